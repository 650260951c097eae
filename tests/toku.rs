//! Toku: golden requests from the collection's documented examples, auth
//! schemes per request, bad inputs, webhook parsing and session folding.

mod common;

use serde_json::{json, Value};
use telepartner::toku::{self, parse_call_event, CallStatus, Config, MaskedSession, OPERATIONS};

const BASE: &str = "https://api.toku.example";
const COLLECTION: &str = include_str!("../../shared/specs/toku.postman_collection.json");

fn cfg() -> Config {
    Config::new(
        BASE,
        Some("tk_test_api_key".into()),
        Some("11111388".into()),
        Some("tok_test_bearer".into()),
        Some("partner-app/1.0".into()),
    )
    .unwrap()
}

const UA: (&str, &str) = ("user-agent", "partner-app/1.0");

fn h(k: &str, v: &str) -> (String, String) {
    (k.to_owned(), v.to_owned())
}

/// (operation, params from the docs' example, method, path+query, auth headers, content type, body)
fn golden() -> Vec<(
    &'static str,
    Value,
    &'static str,
    &'static str,
    Vec<(String, String)>,
    Option<&'static str>,
    Option<&'static str>,
)> {
    let api_key = || {
        vec![
            h("x-api-key", "tk_test_api_key"),
            h("line-of-business-id", "11111388"),
        ]
    };
    let api_auth = || vec![h("api-authorization", "Bearer tok_test_bearer")];
    let bearer = || vec![h("authorization", "Bearer tok_test_bearer")];
    let json_ct = Some("application/json");
    vec![
        ("changeAgentStatus", json!({"status":"available","account":"555555555","email":"agent@toku.co"}), "POST", "/v1/agent/change-status", api_auth(), json_ct,
            Some(r#"{"status":"available","email":"agent@toku.co","account":"555555555"}"#)),
        ("createAgent", json!({"line_of_business_id":11111388,"country_id":[201],"name":"Test Agent","role_id":5,"email":"test@toku.co","status":true,"is_mfa":true,
            "agent_skills":[{"skill_code":"SSH_CC","skill_rating":4},{"skill_code":"ITE_CW_OTHER","skill_rating":2}],"teams_assigned":[9]}), "POST", "/platform/v1/users/agents", bearer(), json_ct,
            Some(r#"{"line_of_business_id":11111388,"name":"Test Agent","role_id":5,"email":"test@toku.co","status":true,"is_mfa":true,"country_id":[201],"agent_skills":[{"skill_code":"SSH_CC","skill_rating":4},{"skill_code":"ITE_CW_OTHER","skill_rating":2}],"teams_assigned":[9]}"#)),
        ("getSipProvision", json!({"username":"john.doe"}), "GET", "/platform/v1/accounts/john.doe/sip", bearer(), None, None),
        ("getRecording", json!({"recordingId":"0567868501"}), "GET", "/v1/interactions/play/0567868501", api_auth(), None, None),
        ("createTtsCall", json!({"called_number":"1234567890","caller_id":"9876543210","reference_id":"call_123","call_event_webhook_url":"https://api.example.com/webhooks/calls",
            "commands":[{"function":"PlayTTS","message":"Hello, this is a test message.","language":"en","voice":"f","dtmf":5,"replay":2,"no_dtmf_message":"No input received.","timeout":10}]}),
            "POST", "/v1/programmable-call/call", api_key(), json_ct,
            Some(r#"{"called_number":"1234567890","reference_id":"call_123","commands":[{"function":"PlayTTS","message":"Hello, this is a test message.","language":"en","voice":"f","dtmf":5,"replay":2,"no_dtmf_message":"No input received.","timeout":10}],"caller_id":"9876543210","call_event_webhook_url":"https://api.example.com/webhooks/calls"}"#)),
        ("createMaskedCall", json!({"a_party_number":"1234567890","b_party_number":"1234567892","reference_id":"call_123","caller_id":"9876543210",
            "message":{"text":"Please wait while we connect","voice":"f","language":"en"},"timeout":60,"call_event_webhook_url":"https://api.example.com/webhooks/calls"}),
            "POST", "/v1/programmable-call/number-masking", api_key(), json_ct,
            Some(r#"{"a_party_number":"1234567890","b_party_number":"1234567892","reference_id":"call_123","caller_id":"9876543210","message":{"text":"Please wait while we connect","voice":"f","language":"en"},"timeout":60,"call_event_webhook_url":"https://api.example.com/webhooks/calls"}"#)),
        ("createMaskingConference", json!({"destination_number":"1234567890","reference_id":"call_123","caller_id":"9876543210",
            "message":{"text":"Please wait while we connect","voice":"f","language":"en"},"timeout":60,"call_event_webhook_url":"https://api.example.com/webhooks/calls"}),
            "POST", "/v1/programmable-call/number-masking/conferences", api_key(), json_ct,
            Some(r#"{"destination_number":"1234567890","reference_id":"call_123","caller_id":"9876543210","message":{"text":"Please wait while we connect","voice":"f","language":"en"},"timeout":60,"call_event_webhook_url":"https://api.example.com/webhooks/calls"}"#)),
        ("joinMaskingConference", json!({"sessionID":"7d2ac8a2-46ae-47cf-915d-d1b3e8b2296d","destination_number":"1234567890","party_role":"B","caller_id":"9876543210","timeout":60,"call_event_webhook_url":"https://api.example.com/webhooks/calls"}),
            "POST", "/v1/programmable-call/number-masking/conferences/7d2ac8a2-46ae-47cf-915d-d1b3e8b2296d/join", api_key(), json_ct,
            Some(r#"{"destination_number":"1234567890","party_role":"B","caller_id":"9876543210","timeout":60,"call_event_webhook_url":"https://api.example.com/webhooks/calls"}"#)),
        ("listOutboundCallerIds", json!({"area_code":"65","page":1,"limit":10}), "GET", "/v1/caller-ids/service/outbound?area_code=65&page=1&limit=10", api_key(), None, None),
        ("getOutboundCallerId", json!({"id":"42"}), "GET", "/v1/caller-ids/service/outbound/42", api_key(), None, None),
        ("requestOtp", json!({"recipient":"agent1","length":6,"expiry":60}), "POST", "/v1/authorization/otp/request", bearer(), Some("application/x-www-form-urlencoded"),
            Some("recipient=agent1&length=6&expiry=60")),
        ("verifyOtp", json!({"otp_code":"8233123","reciepient":"agent1"}), "POST", "/v1/authorization/otp/verify", api_auth(), json_ct,
            Some(r#"{"recipient":"agent1","otp_code":"8233123"}"#)),
        ("getCallRate", json!({"caller_number":"919876543210","destination_number":"6583225129","account_code":"500181"}), "GET",
            "/data/rate?caller_number=919876543210&destination_number=6583225129&account_code=500181", bearer(), None, None),
        ("getCallHistories", json!({"limit":100,"offset":0,"start_date":"2025-11-01","end_date":"2025-11-14T23:59:59"}), "GET",
            "/data/callhistories?limit=100&offset=0&start_date=2025-11-01&end_date=2025-11-14T23%3A59%3A59", bearer(), None, None),
        ("getCallMetrics", json!({"call_id":"1476889142@1.1.1.1"}), "GET", "/data/getcallmetrics/1476889142%401.1.1.1", bearer(), None, None),
        ("getCallList", json!({"call_status":"abandoned,answered","start_date":"2025-11-01T00:00","limit":100,"offset":0}), "GET",
            "/data/call-list?call_status=abandoned%2Canswered&start_date=2025-11-01T00%3A00&limit=100&offset=0", bearer(), None, None),
        ("getAfterCallSurveys", json!({"start_date":"2025-11-01 00:00","agent_username":"john.doe","limit":100,"offset":0}), "GET",
            "/data/acs?start_date=2025-11-01%2000%3A00&agent_username=john.doe&limit=100&offset=0", bearer(), None, None),
        ("getVoicemails", json!({"start_date":"2025-11-01T00:00:00","end_date":"2025-11-14T23:59:59","limit":100,"offset":0}), "GET",
            "/v1/voicemail?start_date=2025-11-01T00%3A00%3A00&end_date=2025-11-14T23%3A59%3A59&limit=100&offset=0", api_auth(), None, None),
        ("getPreviewDialerCalls", json!({"start_date":"2025-01-01T00:00:00","end_date":"2025-01-31T23:59:59","limit":100,"offset":0,"campaign_name":"Sales Campaign","call_status":"Successful"}), "GET",
            "/v1/preview-dialer-calls?start_date=2025-01-01T00%3A00%3A00&end_date=2025-01-31T23%3A59%3A59&limit=100&offset=0&campaign_name=Sales%20Campaign&call_status=Successful", api_auth(), None, None),
        ("getWrapups", json!({"start_date":"2025-01-01T00:00:00","end_date":"2025-01-31T23:59:59","limit":100,"offset":0}), "GET",
            "/v1/wrapups?start_date=2025-01-01T00%3A00%3A00&end_date=2025-01-31T23%3A59%3A59&limit=100&offset=0", api_auth(), None, None),
        ("getConsolidatedCallReport", json!({"key":"partner_id","key_filter":"PARTNER123","start_date":"2025-11-01T00:00:00","end_date":"2025-11-30T23:59:59","limit":10,"offset":0}), "GET",
            "/consolidated-call-report/custom-list?key=partner_id&key_filter=PARTNER123&start_date=2025-11-01T00%3A00%3A00&end_date=2025-11-30T23%3A59%3A59&limit=10&offset=0", api_auth(), None, None),
        ("getDetailedIvrReport", json!({"key":"partner_id","key_filter":"PARTNER123","start_date":"2025-11-01T00:00:00","end_date":"2025-11-30T23:59:59","limit":10,"offset":0}), "GET",
            "/detailed-ivr-report/custom-list?key=partner_id&key_filter=PARTNER123&start_date=2025-11-01T00%3A00%3A00&end_date=2025-11-30T23%3A59%3A59&limit=10&offset=0", api_auth(), None, None),
        ("ingestCallMetadata", json!({"call_uuid":"call_uuid_12345","call_start_time":"2024-01-15T09:30:00Z","call_end_time":"2024-01-15T09:35:30Z","call_duration":330,"agent_id":"agent_001",
            "phone_number":"65123456789","line_of_business_code":"001","type":"IN","recording_url":"https://recordings.example.com/calls/550e8400-e29b-41d4-a716-446655440000.wav"}),
            "POST", "/platform/v1/calls/metadata", bearer(), json_ct,
            Some(r#"{"call_uuid":"call_uuid_12345","call_start_time":"2024-01-15T09:30:00Z","call_end_time":"2024-01-15T09:35:30Z","call_duration":330,"agent_id":"agent_001","phone_number":"65123456789","line_of_business_code":"001","type":"IN","recording_url":"https://recordings.example.com/calls/550e8400-e29b-41d4-a716-446655440000.wav"}"#)),
    ]
}

#[test]
fn every_request_is_exact() {
    let rows = golden();
    assert_eq!(rows.len(), OPERATIONS.len(), "one row per request");
    assert_eq!(OPERATIONS.len(), 23);
    for (op, params, method, path, auth, content_type, body) in rows {
        let req = toku::build(op, params, &cfg()).unwrap_or_else(|e| panic!("{op}: {e}"));
        assert_eq!(req.method.as_str(), method, "{op}");
        assert_eq!(req.url, format!("{BASE}{path}"), "{op}");
        let accept = if op == "getRecording" {
            "audio/wav"
        } else {
            "application/json"
        };
        let mut headers = vec![h("accept", accept)];
        headers.extend(auth);
        headers.push(h(UA.0, UA.1));
        if let Some(ct) = content_type {
            headers.push(h("content-type", ct));
        }
        assert_eq!(req.headers, headers, "{op}");
        assert_eq!(req.body.as_deref(), body, "{op}");
    }
}

#[test]
fn every_collection_request_is_covered() {
    let raw: Vec<(String, String)> = common::toku_requests()
        .into_iter()
        .map(|(method, path, _)| (method, path))
        .collect();
    let template = common::path_template;
    for (method, path) in &raw {
        if path == "/v1/programmable-call/callback" {
            continue; // the webhook Toku calls: parseCallEvent, not a request
        }
        let found = OPERATIONS
            .iter()
            .any(|o| o.method.as_str() == method && template(o.path) == template(path));
        assert!(found, "{method} {path} has no SDK method");
    }
    assert_eq!(raw.len(), 24, "23 requests and the webhook");
}

#[test]
fn missing_credentials_name_the_option() {
    let no_key = Config::new(BASE, None, None, Some("t".into()), None).unwrap();
    let err = toku::build(
        "createMaskedCall",
        json!({"a_party_number":"123","b_party_number":"456","reference_id":"r"}),
        &no_key,
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("apiKey"));
    let no_token = Config::new(BASE, Some("k".into()), Some("1".into()), None, None).unwrap();
    let err = toku::build("getWrapups", json!({}), &no_token).unwrap_err();
    assert_eq!(err.field(), Some("token"));
    assert_eq!(
        Config::new("/", None, None, None, None)
            .unwrap_err()
            .field(),
        Some("baseUrl")
    );
}

#[test]
fn bad_inputs_are_rejected() {
    let tts = |patch: Value| {
        merge(
            json!({"called_number":"1234567890","reference_id":"r","commands":[{"function":"PlayTTS","message":"hi","language":"en"}]}),
            patch,
        )
    };
    let masked = |patch: Value| {
        merge(
            json!({"a_party_number":"1234567890","b_party_number":"1234567892","reference_id":"r"}),
            patch,
        )
    };
    let conf = |patch: Value| {
        merge(
            json!({"destination_number":"1234567890","reference_id":"r"}),
            patch,
        )
    };
    let join = |patch: Value| {
        merge(
            json!({"sessionID":"s1","destination_number":"1234567890","party_role":"B"}),
            patch,
        )
    };
    let meta = |patch: Value| {
        merge(
            json!({"call_uuid":"c","call_start_time":"2024-01-15T09:30:00Z","call_end_time":"2024-01-15T09:35:30Z","call_duration":330,"agent_id":"a","phone_number":"65123","line_of_business_code":"001","type":"IN","recording_url":"https://r.example/x.wav"}),
            patch,
        )
    };
    let r = "__remove__";
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        (
            "changeAgentStatus",
            json!({"status":"available"}),
            "email",
            "email or account is required",
        ),
        (
            "changeAgentStatus",
            json!({"status":"","account":"5"}),
            "status",
            "must not be empty",
        ),
        (
            "changeAgentStatus",
            json!({"status":"x","email":"nope"}),
            "email",
            "e-mail",
        ),
        (
            "changeAgentStatus",
            json!({"status":"x","account":"5","team":"t"}),
            "team",
            "is not a parameter",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true}),
            "is_mfa",
            "is required",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":"1","name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true}),
            "line_of_business_id",
            "non-negative integer",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":"yes","is_mfa":true}),
            "status",
            "true or false",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"password":"x1","confirm_password":"x2"}),
            "confirm_password",
            "must equal password",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"agent_skills":[{"skill_code":"S","skill_rating":56}]}),
            "agent_skills.0.skill_rating",
            "1 to 55",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"agent_skills":[{"skill_code":"S"}]}),
            "agent_skills.0.skill_rating",
            "is required",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"agent_skills":[{"skill_code":"S","skill_rating":5,"level":1}]}),
            "agent_skills.0.level",
            "is not a parameter",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"teams_assigned":[9,"x"]}),
            "teams_assigned.1",
            "expected a non-negative integer",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"country_id":201}),
            "country_id",
            "expected a list",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"A","role_id":5,"email":"a@b.co","status":true,"is_mfa":true,"country_id":["SG"]}),
            "country_id.0",
            "expected",
        ),
        (
            "createAgent",
            json!({"line_of_business_id":1,"name":"","role_id":5,"email":"a@b.co","status":true,"is_mfa":true}),
            "name",
            "must not be empty",
        ),
        ("getSipProvision", json!({}), "username", "is required"),
        (
            "getRecording",
            json!({"recordingId":""}),
            "recordingId",
            "must not be empty",
        ),
        (
            "createTtsCall",
            tts(json!({"called_number":"+6512345678"})),
            "called_number",
            "only numeric",
        ),
        (
            "createTtsCall",
            tts(json!({"called_number":"12"})),
            "called_number",
            "only numeric",
        ),
        (
            "createTtsCall",
            tts(json!({"commands":[]})),
            "commands",
            "at least one",
        ),
        (
            "createTtsCall",
            tts(json!({"commands":[{"function":"Play","message":"hi","language":"en"}]})),
            "commands.0.function",
            "PlayTTS",
        ),
        (
            "createTtsCall",
            tts(json!({"commands":[{"function":"PlayTTS","message":"","language":"en"}]})),
            "commands.0.message",
            "must not be empty",
        ),
        (
            "createTtsCall",
            tts(
                json!({"commands":[{"function":"PlayTTS","message":"hi","language":"en","dtmf":10}]}),
            ),
            "commands.0.dtmf",
            "0 to 9",
        ),
        (
            "createTtsCall",
            tts(
                json!({"commands":[{"function":"PlayTTS","message":"hi","language":"en","replay":0}]}),
            ),
            "commands.0.replay",
            "at least 1",
        ),
        (
            "createTtsCall",
            tts(
                json!({"commands":[{"function":"PlayTTS","message":"hi","language":"en","speed":2}]}),
            ),
            "commands.0.speed",
            "is not a parameter",
        ),
        (
            "createTtsCall",
            tts(json!({"commands":[{"function":"PlayTTS","message":"hi"}]})),
            "commands.0.language",
            "is required",
        ),
        (
            "createTtsCall",
            tts(json!({"caller_id":"+65"})),
            "caller_id",
            "only numeric",
        ),
        (
            "createTtsCall",
            tts(json!({"call_event_webhook_url":"ftp://x"})),
            "call_event_webhook_url",
            "http(s)",
        ),
        (
            "createTtsCall",
            tts(json!({"reference_id":r})),
            "reference_id",
            "is required",
        ),
        (
            "createMaskedCall",
            masked(json!({"a_party_number":"12-34"})),
            "a_party_number",
            "only numeric",
        ),
        (
            "createMaskedCall",
            masked(json!({"b_party_number":r})),
            "b_party_number",
            "is required",
        ),
        (
            "createMaskedCall",
            masked(json!({"message":{"text":"hi","voice":"f"}})),
            "message.language",
            "is required",
        ),
        (
            "createMaskedCall",
            masked(json!({"message":{"text":"","voice":"f","language":"en"}})),
            "message.text",
            "must not be empty",
        ),
        (
            "createMaskedCall",
            masked(json!({"timeout":0})),
            "timeout",
            "positive",
        ),
        (
            "createMaskedCall",
            masked(json!({"timeout":"60"})),
            "timeout",
            "non-negative integer",
        ),
        (
            "createMaskedCall",
            masked(json!({"caller_id":"abc"})),
            "caller_id",
            "only numeric",
        ),
        (
            "createMaskingConference",
            conf(json!({"destination_number":"+1"})),
            "destination_number",
            "only numeric",
        ),
        (
            "createMaskingConference",
            conf(json!({"reference_id":""})),
            "reference_id",
            "must not be empty",
        ),
        (
            "createMaskingConference",
            conf(json!({"call_event_webhook_url":"not a url"})),
            "call_event_webhook_url",
            "http(s)",
        ),
        (
            "joinMaskingConference",
            join(json!({"party_role":"A"})),
            "party_role",
            "after A",
        ),
        (
            "joinMaskingConference",
            join(json!({"party_role":"b"})),
            "party_role",
            "upper-case",
        ),
        (
            "joinMaskingConference",
            join(json!({"sessionID":r})),
            "sessionID",
            "is required",
        ),
        (
            "joinMaskingConference",
            join(json!({"destination_number":"phone"})),
            "destination_number",
            "only numeric",
        ),
        (
            "listOutboundCallerIds",
            json!({"limit":0}),
            "limit",
            "1 to 1000",
        ),
        (
            "listOutboundCallerIds",
            json!({"limit":1001}),
            "limit",
            "1 to 1000",
        ),
        (
            "listOutboundCallerIds",
            json!({"page":0}),
            "page",
            "positive",
        ),
        (
            "listOutboundCallerIds",
            json!({"area_code":"+65"}),
            "area_code",
            "digits",
        ),
        (
            "listOutboundCallerIds",
            json!({"queue_id":-1}),
            "queue_id",
            "non-negative integer",
        ),
        ("getOutboundCallerId", json!({}), "id", "is required"),
        (
            "requestOtp",
            json!({"recipient":"a","length":3,"expiry":60}),
            "length",
            "4 to 10",
        ),
        (
            "requestOtp",
            json!({"recipient":"a","length":11,"expiry":60}),
            "length",
            "4 to 10",
        ),
        (
            "requestOtp",
            json!({"recipient":"a","length":6,"expiry":29}),
            "expiry",
            "at least 30",
        ),
        (
            "requestOtp",
            json!({"recipient":"a","length":6}),
            "expiry",
            "is required",
        ),
        (
            "requestOtp",
            json!({"length":6,"expiry":60}),
            "recipient",
            "is required",
        ),
        (
            "verifyOtp",
            json!({"recipient":"a","otp_code":"12a4"}),
            "otp_code",
            "4 to 10 digits",
        ),
        (
            "verifyOtp",
            json!({"recipient":"a"}),
            "otp_code",
            "is required",
        ),
        (
            "verifyOtp",
            json!({"otp_code":"1234"}),
            "recipient",
            "is required",
        ),
        (
            "getCallRate",
            json!({"caller_number":"+91","destination_number":"65832","account_code":"5"}),
            "caller_number",
            "only numeric",
        ),
        (
            "getCallRate",
            json!({"caller_number":"919876","destination_number":"65832"}),
            "account_code",
            "is required",
        ),
        (
            "getCallHistories",
            json!({"offset":0}),
            "limit",
            "is required",
        ),
        (
            "getCallHistories",
            json!({"limit":100}),
            "offset",
            "is required",
        ),
        (
            "getCallHistories",
            json!({"limit":100,"offset":-1}),
            "offset",
            "non-negative integer",
        ),
        (
            "getCallHistories",
            json!({"limit":1001,"offset":0}),
            "limit",
            "1 to 1000",
        ),
        (
            "getCallHistories",
            json!({"limit":10,"offset":0,"start_date":"2025-13-01"}),
            "start_date",
            "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS",
        ),
        (
            "getCallHistories",
            json!({"limit":10,"offset":0,"start_date":"2025-11-01T10:00"}),
            "start_date",
            "YYYY-MM-DDTHH:MM:SS",
        ),
        (
            "getCallHistories",
            json!({"limit":10,"offset":0,"start_date":"2025-11-10","end_date":"2025-11-01"}),
            "end_date",
            "not be before",
        ),
        (
            "getCallHistories",
            json!({"limit":10,"offset":0,"duration_from":60,"duration_to":10}),
            "duration_to",
            "below duration_from",
        ),
        (
            "getCallHistories",
            json!({"limit":10,"offset":0,"call_status":"missed"}),
            "call_status",
            "abandoned and/or answered",
        ),
        (
            "getCallMetrics",
            json!({"call_id":""}),
            "call_id",
            "must not be empty",
        ),
        (
            "getCallList",
            json!({"start_date":"2025-11-01"}),
            "start_date",
            "YYYY-MM-DDTHH:MM",
        ),
        (
            "getCallList",
            json!({"end_date":"2025-11-01T25:00"}),
            "end_date",
            "YYYY-MM-DDTHH:MM",
        ),
        (
            "getCallList",
            json!({"call_status":"answered,busy"}),
            "call_status",
            "abandoned and/or answered",
        ),
        ("getCallList", json!({"limit":5000}), "limit", "1 to 1000"),
        (
            "getAfterCallSurveys",
            json!({"start_date":"01/11/2025"}),
            "start_date",
            "YYYY-MM-DD HH:MM",
        ),
        (
            "getAfterCallSurveys",
            json!({"team_id":"7"}),
            "team_id",
            "non-negative integer",
        ),
        (
            "getVoicemails",
            json!({"end_date":"2025-02-30T00:00"}),
            "end_date",
            "real date",
        ),
        (
            "getVoicemails",
            json!({"offset":1.5}),
            "offset",
            "non-negative integer",
        ),
        (
            "getPreviewDialerCalls",
            json!({"call_status":"Failed"}),
            "call_status",
            "Successful or Unsuccessful",
        ),
        (
            "getPreviewDialerCalls",
            json!({"limit":0}),
            "limit",
            "1 to 1000",
        ),
        (
            "getWrapups",
            json!({"start_date":"2025-01-01 00:00:00"}),
            "start_date",
            "YYYY-MM-DDTHH:MM",
        ),
        (
            "getWrapups",
            json!({"interaction":"x"}),
            "interaction",
            "is not a parameter",
        ),
        ("getConsolidatedCallReport", json!({}), "key", "is required"),
        (
            "getConsolidatedCallReport",
            json!({"key":"partner_id","start_date":"2025-11-01T00:00"}),
            "start_date",
            "YYYY-MM-DDTHH:MM:SS",
        ),
        (
            "getDetailedIvrReport",
            json!({"key":""}),
            "key",
            "must not be empty",
        ),
        (
            "getDetailedIvrReport",
            json!({"key":"k","limit":1001}),
            "limit",
            "1 to 1000",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"call_start_time":"2024-01-15T09:30:00"})),
            "call_start_time",
            "ISO 8601 UTC with Z",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"call_start_time":"2024-01-15 09:30:00Z"})),
            "call_start_time",
            "ISO 8601 UTC with Z",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"call_end_time":"2024-01-15T09:30:00Z"})),
            "call_end_time",
            "after call_start_time",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"call_end_time":"2024-01-15T09:29:59Z"})),
            "call_end_time",
            "after call_start_time",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"type":"INBOUND"})),
            "type",
            "expected 'IN' or 'OUT'",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"type":1})),
            "type",
            "expected 'IN' or 'OUT'",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"recording_url":"recordings/x.wav"})),
            "recording_url",
            "URL",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"call_duration":-5})),
            "call_duration",
            "non-negative integer",
        ),
        (
            "ingestCallMetadata",
            meta(json!({"agent_id":r})),
            "agent_id",
            "is required",
        ),
    ];
    assert!(cases.len() >= 80, "{} cases", cases.len());
    println!("{} Toku bad inputs", cases.len());
    for (op, params, field, rule) in cases {
        let err = toku::build(op, params.clone(), &cfg()).expect_err(&format!("{op} {params}"));
        assert_eq!(err.field(), Some(field), "{op} {params}: {err}");
        assert!(
            err.to_string().contains(rule),
            "{op} {params}: {err} lacks {rule:?}"
        );
    }
}

fn merge(mut base: Value, patch: Value) -> Value {
    for (k, v) in patch.as_object().unwrap() {
        if v == "__remove__" {
            base.as_object_mut().unwrap().shift_remove(k);
        } else {
            base[k] = v.clone();
        }
    }
    base
}

/// The four documented webhook payloads, from the collection.
fn payloads() -> Vec<String> {
    let collection: Value = serde_json::from_str(COLLECTION).unwrap();
    fn find<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
        match v {
            Value::Object(o) if o.get("name").and_then(Value::as_str) == Some(name) => Some(v),
            Value::Object(o) => o.values().find_map(|x| find(x, name)),
            Value::Array(a) => a.iter().find_map(|x| find(x, name)),
            _ => None,
        }
    }
    let webhook = find(&collection, "Call Service Webhook Handling").expect("the webhook item");
    let mut found = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if s.contains("\"call_status\"") => {
                // The description holds several JSON examples: cut each `{...}` out.
                let mut depth = 0;
                let mut begin = None;
                for (i, c) in s.char_indices() {
                    match c {
                        '{' => {
                            if depth == 0 {
                                begin = Some(i);
                            }
                            depth += 1;
                        }
                        '}' if depth > 0 => {
                            depth -= 1;
                            if depth == 0 {
                                if let Some(b) = begin {
                                    out.push(s[b..=i].to_owned());
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(webhook, &mut found);
    found.retain(|p| {
        p.contains("\"call_status\"") && serde_json::from_str::<Value>(&html_unescape(p)).is_ok()
    });
    found.into_iter().map(|p| html_unescape(&p)).collect()
}

fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("<br>", "")
        .replace("&nbsp;", " ")
}

#[test]
fn webhook_payloads_parse_and_fold() {
    let bodies = payloads();
    let events: Vec<_> = bodies
        .iter()
        .map(|b| parse_call_event(b).unwrap_or_else(|e| panic!("{e}: {b}")))
        .collect();
    let statuses: Vec<CallStatus> = events.iter().map(|e| e.call_status.clone()).collect();
    for s in [
        CallStatus::SETUP,
        CallStatus::CONNECT,
        CallStatus::DISCONNECT,
        CallStatus::FAILED,
    ] {
        assert!(statuses.contains(&s), "the collection documents {s:?}");
    }
    let disconnect = events
        .iter()
        .find(|e| e.call_status == CallStatus::DISCONNECT)
        .unwrap();
    assert_eq!(
        (
            disconnect.call_duration,
            disconnect.dtmf.as_deref(),
            disconnect.direction,
            disconnect.direction_label.as_deref()
        ),
        (47, Some("9"), Some(1), Some("outbound"))
    );
    assert_eq!(
        disconnect.service_name.as_deref(),
        Some("PROGRAMMABLE_CALL")
    );
    assert_eq!(disconnect.channel, Some(0));
    assert_eq!(disconnect.gmt, Some(8.0));
    assert_eq!(
        disconnect.call_connected_time.as_deref(),
        Some("2025-03-10 08:08:04")
    );
    let failed = events
        .iter()
        .find(|e| e.call_status == CallStatus::FAILED)
        .unwrap();
    assert_eq!(failed.result, -1);
    // One session: CONNECT and DISCONNECT share a session id.
    let session = MaskedSession::fold(
        events
            .iter()
            .filter(|e| e.session_id == disconnect.session_id)
            .rev(),
    );
    assert_eq!(session.state, "ended", "order does not matter");
    assert_eq!(
        (session.duration_seconds, session.dtmf.as_deref()),
        (47, Some("9"))
    );
    assert_eq!(session.connected_at.as_deref(), Some("2025-03-10 08:08:04"));
    let failed_session = MaskedSession::fold([failed]);
    assert_eq!(failed_session.state, "failed");
    assert!(failed_session.failure.unwrap().contains("NO_ANSWER"));
}

#[test]
fn malformed_webhooks_are_typed_errors() {
    for (body, path) in [
        ("", "."),
        ("not json", "."),
        ("[1,2]", "."),
        ("{}", "call_status"),
        (r#"{"call_status":"SETUP"}"#, "session_id"),
        (
            r#"{"call_status":"SETUP","session_id":"s","result":"ok"}"#,
            "result",
        ),
    ] {
        let err = parse_call_event(body).unwrap_err();
        assert_eq!(err.kind(), "decode", "{body}");
        assert!(
            matches!(&err, telepartner::Error::Decode { path: p, .. } if p == path),
            "{body}: {err:?}"
        );
    }
    let unknown =
        parse_call_event(r#"{"call_status":"RINGBACK","session_id":"s","result":0,"extra":1}"#)
            .unwrap();
    assert_eq!(unknown.call_status, CallStatus::Other("RINGBACK".into()));
    assert_eq!(unknown.raw["extra"], 1);
}

#[test]
fn webhook_gmt_keeps_fractional_offsets_and_every_documented_field() {
    let body = r#"{"result":0,"result_desc":"Ok","service_name":"PROGRAMMABLE_CALL","channel":2,"session_id":"s-9","call_status":"CONNECT","calling_party":"911","called_party":"912","redirecting_number":"913","direction":0,"reference_id":"r","call_setup_time":"2025-03-10 08:07:57","call_alert_time":"2025-03-10 08:07:58","call_connected_time":"2025-03-10 08:08:04","call_disconnected_time":"","gmt":5.5,"call_cause":"","call_connected":1,"call_duration":0,"dtmf":""}"#;
    let e = telepartner::toku::parse_call_event(body).unwrap();
    assert_eq!(e.gmt, Some(5.5), "India's +5:30 is not truncated");
    assert_eq!(
        (e.direction, e.direction_label.as_deref()),
        (Some(0), Some("inbound"))
    );
    assert_eq!(e.redirecting_number.as_deref(), Some("913"));
    assert_eq!(e.call_alert_time.as_deref(), Some("2025-03-10 08:07:58"));
    assert_eq!(e.channel, Some(2));
    let quoted =
        telepartner::toku::parse_call_event(&body.replace("\"gmt\":5.5", "\"gmt\":\"-3.5\""))
            .unwrap();
    assert_eq!(quoted.gmt, Some(-3.5));
}
