//! Bad inputs: each is rejected locally with its field and rule, before any
//! request is sent, and no message echoes the bad value.

mod common;

use common::{block_on, ivr_config, Scripted};
use serde_json::{json, Value};
use telepartner::ivrsolutions::{self, IvrSolutionsApi};
use telepartner::{Client, ClientOptions, Error, RequestOptions};

fn reg(patch: Value) -> Value {
    merge(
        json!({"name":"Acme Corp","email":"ops@acme.com","mobile":"9876543210","password":"SecurePass@123","country_code":"+91"}),
        patch,
    )
}
fn kyc(patch: Value) -> Value {
    merge(json!({"temp_client_id":"tmp_5521"}), patch)
}
const SPEC: &str = include_str!("../../shared/specs/ivrsolutions-partner-clients.openapi.json");

/// The spec's own example for an operation (by JS name), with `patch` applied.
fn ex(js: &str, patch: Value) -> Value {
    let spec: Value = serde_json::from_str(SPEC).unwrap();
    let info = ivrsolutions::OPERATIONS
        .iter()
        .find(|o| o.js_name == js)
        .unwrap();
    let op = &spec["paths"][info.path][info.method.as_str().to_lowercase()];
    let mut base = op["requestBody"]["content"]["application/json"]["example"].clone();
    if base.is_null() {
        base = json!({});
        for p in op["parameters"].as_array().into_iter().flatten() {
            base[p["name"].as_str().unwrap()] = p["example"].clone();
        }
    }
    if let Some(map) = base.as_object_mut() {
        map.shift_remove("page");
        map.shift_remove("limit");
    }
    merge(base, patch)
}

fn click(patch: Value) -> Value {
    merge(
        json!({"did":"+911143104501","from":"+919876543210","to":"+919812345678","reference":"ride_8812"}),
        patch,
    )
}

fn merge(mut base: Value, patch: Value) -> Value {
    for (k, v) in patch.as_object().unwrap() {
        if v == &json!("__remove__") {
            base.as_object_mut().unwrap().shift_remove(k);
        } else {
            base[k] = v.clone();
        }
    }
    base
}

/// (operation, params, field, a fragment of the rule)
fn cases() -> Vec<(&'static str, Value, &'static str, &'static str)> {
    let r = "__remove__";
    vec![
        // register
        ("register", reg(json!({"name": r})), "name", "is required"),
        (
            "register",
            reg(json!({"name": "   "})),
            "name",
            "must not be empty",
        ),
        (
            "register",
            reg(json!({"name": 42})),
            "name",
            "expected a string",
        ),
        ("register", reg(json!({"email": r})), "email", "is required"),
        (
            "register",
            reg(json!({"email": "ops.acme.com"})),
            "email",
            "e-mail address",
        ),
        (
            "register",
            reg(json!({"email": "ops@acme"})),
            "email",
            "e-mail address",
        ),
        (
            "register",
            reg(json!({"email": "ops@@acme.com"})),
            "email",
            "e-mail address",
        ),
        (
            "register",
            reg(json!({"email": "o ps@acme.com"})),
            "email",
            "e-mail address",
        ),
        (
            "register",
            reg(json!({"email": ""})),
            "email",
            "is required",
        ),
        (
            "register",
            reg(json!({"mobile": r})),
            "mobile",
            "is required",
        ),
        (
            "register",
            reg(json!({"mobile": "98765"})),
            "mobile",
            "10 digits",
        ),
        (
            "register",
            reg(json!({"mobile": "5876543210"})),
            "mobile",
            "starting with 6, 7, 8 or 9",
        ),
        (
            "register",
            reg(json!({"mobile": "98765432101"})),
            "mobile",
            "10 digits",
        ),
        (
            "register",
            reg(json!({"mobile": "98765x3210"})),
            "mobile",
            "10 digits",
        ),
        (
            "register",
            reg(json!({"mobile": 9876543210u64})),
            "mobile",
            "expected a string",
        ),
        (
            "register",
            reg(json!({"mobile": "12", "country_code": "+44"})),
            "mobile",
            "4 to 14 digits",
        ),
        (
            "register",
            reg(json!({"password": r})),
            "password",
            "is required",
        ),
        (
            "register",
            reg(json!({"password": ""})),
            "password",
            "must not be empty",
        ),
        (
            "register",
            reg(json!({"country_code": r})),
            "country_code",
            "is required",
        ),
        (
            "register",
            reg(json!({"country_code": "91"})),
            "country_code",
            "'+' and 1-4 digits",
        ),
        (
            "register",
            reg(json!({"country_code": "+"})),
            "country_code",
            "'+' and 1-4 digits",
        ),
        (
            "register",
            reg(json!({"country_code": "+12345"})),
            "country_code",
            "'+' and 1-4 digits",
        ),
        (
            "register",
            reg(json!({"promo": ""})),
            "promo",
            "must not be empty",
        ),
        (
            "register",
            reg(json!({"promo": 10})),
            "promo",
            "expected a string",
        ),
        (
            "register",
            reg(json!({"referral": "x"})),
            "referral",
            "is not a parameter",
        ),
        ("register", json!([]), "params", "expected an object"),
        ("register", json!("Acme"), "params", "expected an object"),
        // verify_otp
        (
            "verifyOtp",
            json!({"mobileotp":"123456","emailotp":"654321"}),
            "request_id",
            "is required",
        ),
        (
            "verifyOtp",
            json!({"request_id":"","mobileotp":"123456","emailotp":"654321"}),
            "request_id",
            "must not be empty",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_1","emailotp":"654321"}),
            "mobileotp",
            "is required",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_1","mobileotp":"12a456","emailotp":"654321"}),
            "mobileotp",
            "4 to 8 digits",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_1","mobileotp":"123","emailotp":"654321"}),
            "mobileotp",
            "4 to 8 digits",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_1","mobileotp":"123456"}),
            "emailotp",
            "is required",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_1","mobileotp":"123456","emailotp":"123456789"}),
            "emailotp",
            "4 to 8 digits",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_1","mobileotp":123456,"emailotp":"654321"}),
            "mobileotp",
            "expected a string",
        ),
        (
            "verifyOtp",
            json!({"request_id":"req\u{0007}1","mobileotp":"123456","emailotp":"654321"}),
            "request_id",
            "control characters",
        ),
        // resend_otp
        (
            "resendOtp",
            json!({"request_id":"req_1"}),
            "type",
            "is required",
        ),
        (
            "resendOtp",
            json!({"request_id":"req_1","type":"sms"}),
            "type",
            "expected one of",
        ),
        (
            "resendOtp",
            json!({"request_id":"req_1","type":"EMAIL"}),
            "type",
            "expected one of",
        ),
        (
            "resendOtp",
            json!({"type":"both"}),
            "request_id",
            "is required",
        ),
        (
            "resendOtp",
            json!({"request_id":"req_1","type":"both","channel":"x"}),
            "channel",
            "is not a parameter",
        ),
        // verify_pan
        (
            "verifyPan",
            kyc(json!({"pan":"ABCDE1234F"})),
            "btype",
            "is required",
        ),
        (
            "verifyPan",
            kyc(json!({"pan":"ABCDE1234F","btype":"llp"})),
            "btype",
            "expected one of",
        ),
        (
            "verifyPan",
            kyc(json!({"btype":"company"})),
            "pan",
            "is required",
        ),
        (
            "verifyPan",
            kyc(json!({"pan":"abcde1234f","btype":"company"})),
            "pan",
            "5 letters, 4 digits, 1 letter",
        ),
        (
            "verifyPan",
            kyc(json!({"pan":"ABCD1234F","btype":"company"})),
            "pan",
            "5 letters, 4 digits, 1 letter",
        ),
        (
            "verifyPan",
            kyc(json!({"pan":"ABCDE12345","btype":"company"})),
            "pan",
            "5 letters, 4 digits, 1 letter",
        ),
        (
            "verifyPan",
            kyc(json!({"pan":"12345ABCDE","btype":"company"})),
            "pan",
            "5 letters, 4 digits, 1 letter",
        ),
        (
            "verifyPan",
            json!({"pan":"ABCDE1234F","btype":"company"}),
            "temp_client_id",
            "is required",
        ),
        (
            "verifyPan",
            kyc(json!({"temp_client_id":"", "pan":"ABCDE1234F","btype":"company"})),
            "temp_client_id",
            "must not be empty",
        ),
        // aadhaar
        ("aadharOtp", kyc(json!({})), "aadhar_num", "is required"),
        (
            "aadharOtp",
            kyc(json!({"aadhar_num":"12341234123"})),
            "aadhar_num",
            "12 digits",
        ),
        (
            "aadharOtp",
            kyc(json!({"aadhar_num":"1234123412345"})),
            "aadhar_num",
            "12 digits",
        ),
        (
            "aadharOtp",
            kyc(json!({"aadhar_num":"1234 1234 1234"})),
            "aadhar_num",
            "12 digits",
        ),
        (
            "aadharOtp",
            kyc(json!({"aadhar_num":"123412341235"})),
            "aadhar_num",
            "Verhoeff",
        ),
        (
            "aadharOtp",
            kyc(json!({"aadhar_num":"213412341234"})),
            "aadhar_num",
            "Verhoeff",
        ),
        (
            "aadharOtp",
            kyc(json!({"aadhar_num":123412341234u64})),
            "aadhar_num",
            "expected a string",
        ),
        (
            "aadharVerify",
            kyc(json!({"ref":"ref_1"})),
            "otp",
            "is required",
        ),
        (
            "aadharVerify",
            kyc(json!({"otp":"12","ref":"ref_1"})),
            "otp",
            "4 to 8 digits",
        ),
        (
            "aadharVerify",
            kyc(json!({"otp":"123456"})),
            "ref",
            "is required",
        ),
        (
            "aadharVerify",
            kyc(json!({"otp":"123456","ref":""})),
            "ref",
            "must not be empty",
        ),
        // gst
        ("verifyGst", kyc(json!({})), "gst_num", "is required"),
        (
            "verifyGst",
            kyc(json!({"gst_num":"29ABCDE1234F1Z5"})),
            "gst_num",
            "check character",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"29ABCDE1234F1Z"})),
            "gst_num",
            "15 upper-case",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"29abcde1234f1zw"})),
            "gst_num",
            "15 upper-case",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"00ABCDE1234F1ZW"})),
            "gst_num",
            "state code",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"45ABCDE1234F1ZW"})),
            "gst_num",
            "state code",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"2912CDE1234F1ZW"})),
            "gst_num",
            "PAN",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"29ABCDE1234F0ZW"})),
            "gst_num",
            "entity number",
        ),
        (
            "verifyGst",
            kyc(json!({"gst_num":"29ABCDE1234F1YW"})),
            "gst_num",
            "must be 'Z'",
        ),
        ("skipGst", json!({}), "temp_client_id", "is required"),
        (
            "skipGst",
            kyc(json!({"reason":"none"})),
            "reason",
            "is not a parameter",
        ),
        (
            "previewKyc",
            json!({"temp_client_id": null}),
            "temp_client_id",
            "expected a string",
        ),
        (
            "acceptKyc",
            json!({"signature":"data:image/png;base64,AA"}),
            "temp_client_id",
            "is required",
        ),
        (
            "acceptKyc",
            kyc(json!({"signature":""})),
            "signature",
            "must not be empty",
        ),
        // clients
        ("client", json!({}), "client_id", "is required"),
        (
            "client",
            json!({"client_id":""}),
            "client_id",
            "must not be empty",
        ),
        (
            "client",
            json!({"client_id": "x".repeat(129)}),
            "client_id",
            "at most 128",
        ),
        (
            "updateStatus",
            json!({"client_id":"C1"}),
            "status",
            "is required",
        ),
        (
            "updateStatus",
            json!({"client_id":"C1","status":"2"}),
            "status",
            "expected '0' or '1'",
        ),
        (
            "updateStatus",
            json!({"client_id":"C1","status":1}),
            "status",
            "expected",
        ),
        (
            "updateStatus",
            json!({"client_id":"C1","status":"active"}),
            "status",
            "expected '0' or '1'",
        ),
        (
            "updateStatus",
            json!({"status":"1"}),
            "client_id",
            "is required",
        ),
        ("clients", json!({"page":1}), "page", "is not a parameter"),
        (
            "pending",
            json!({"limit":10}),
            "limit",
            "is not a parameter",
        ),
        // DID numbers
        (
            "didRegions",
            json!({"region":"1"}),
            "region",
            "is not a parameter",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"client_id": r})),
            "client_id",
            "is required",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"country_code": "91"})),
            "country_code",
            "'+' and 1-4 digits",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"search_pattern": "regex"})),
            "search_pattern",
            "expected one of",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"search_pattern": "Contains"})),
            "search_pattern",
            "expected one of",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"pattern": "43a0"})),
            "pattern",
            "1 to 15 digits",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"pattern": r})),
            "pattern",
            "required when search_pattern",
        ),
        (
            "searchDids",
            ex("searchDids", json!({"region": 1})),
            "region",
            "expected a string",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"number": "01143104501"})),
            "number",
            "E.164",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"number": "+0911143104501"})),
            "number",
            "E.164",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"number": "+91 11431 04501"})),
            "number",
            "E.164",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"number": "+123"})),
            "number",
            "E.164",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"number": "+1234567890123456"})),
            "number",
            "E.164",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"country": "in"})),
            "country",
            "ISO 3166-1 alpha-2",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"country": "IND"})),
            "country",
            "ISO 3166-1 alpha-2",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"country": "XK"})),
            "country",
            "ISO 3166-1 alpha-2",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"country": r})),
            "country",
            "is required",
        ),
        (
            "buyDid",
            ex("buyDid", json!({"client_id": ""})),
            "client_id",
            "must not be empty",
        ),
        (
            "removeDid",
            ex("removeDid", json!({"did_no": "1143104501"})),
            "did_no",
            "E.164",
        ),
        (
            "removeDid",
            ex("removeDid", json!({"did_no": r})),
            "did_no",
            "is required",
        ),
        ("clientDids", json!({}), "client_id", "is required"),
        (
            "clientDids",
            json!({"client_id": ""}),
            "client_id",
            "must not be empty",
        ),
        // agents
        (
            "addAgent",
            ex("addAgent", json!({"email": "ops"})),
            "email",
            "e-mail address",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"phonenumber": "98765"})),
            "phonenumber",
            "6 to 15 digits",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"phonenumber": "98765-43210"})),
            "phonenumber",
            "6 to 15 digits",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"password": ""})),
            "password",
            "must not be empty",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"extension": "21a1"})),
            "extension",
            "1 to 10 digits",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"is_webrtc": "yes"})),
            "is_webrtc",
            "expected '0' or '1'",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"is_webrtc": true})),
            "is_webrtc",
            "expected",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"did_num": "1143104501"})),
            "did_num",
            "E.164",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"name": r})),
            "name",
            "is required",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"permission_group": ""})),
            "permission_group",
            "must not be empty",
        ),
        (
            "addAgent",
            ex("addAgent", json!({"role": "admin"})),
            "role",
            "is not a parameter",
        ),
        (
            "editAgent",
            ex("editAgent", json!({"agent_id": r})),
            "agent_id",
            "is required",
        ),
        (
            "editAgent",
            ex("editAgent", json!({"agent_id": ""})),
            "agent_id",
            "must not be empty",
        ),
        (
            "editAgent",
            ex("editAgent", json!({"email": "a@b"})),
            "email",
            "e-mail address",
        ),
        (
            "editAgent",
            ex("editAgent", json!({"dial_preference": ""})),
            "dial_preference",
            "must not be empty",
        ),
        (
            "deleteAgent",
            ex("deleteAgent", json!({"agent_id": 4821})),
            "agent_id",
            "expected a string",
        ),
        (
            "updateAgentDid",
            ex("updateAgentDid", json!({"agent_ext": "ext1"})),
            "agent_ext",
            "1 to 10 digits",
        ),
        (
            "updateAgentDid",
            ex("updateAgentDid", json!({"did_num": "+91"})),
            "did_num",
            "E.164",
        ),
        // flows
        (
            "createBasicFlow",
            ex("createBasicFlow", json!({"flow_name": ""})),
            "flow_name",
            "must not be empty",
        ),
        (
            "createBasicFlow",
            ex("createBasicFlow", json!({"flow_name": "x".repeat(101)})),
            "flow_name",
            "at most 100",
        ),
        (
            "createBasicFlow",
            ex("createBasicFlow", json!({"agent_ext": r})),
            "agent_ext",
            "is required",
        ),
        (
            "createBasicFlow",
            ex("createBasicFlow", json!({"did_no": "011431"})),
            "did_no",
            "E.164",
        ),
        (
            "editBasicFlow",
            ex("editBasicFlow", json!({"flow_id": r})),
            "flow_id",
            "is required",
        ),
        (
            "editBasicFlow",
            ex("editBasicFlow", json!({"transfer_to": "sales"})),
            "transfer_to",
            "1 to 10 digits",
        ),
        (
            "editBasicFlow",
            ex("editBasicFlow", json!({"flow_name": ""})),
            "flow_name",
            "must not be empty",
        ),
        (
            "editBasicFlow",
            ex("editBasicFlow", json!({"recording_id": "rec\u{7}1"})),
            "recording_id",
            "control characters",
        ),
        (
            "createBasicFlow",
            ex("createBasicFlow", json!({"recording_id": ""})),
            "recording_id",
            "must not be empty",
        ),
        // Several faults: the field rules in field order, then the rules across fields.
        (
            "walletTransactions",
            ex("walletTransactions", json!({"start_date": "2025-02-30", "end_date": "2025-01-01", "did": "123"})),
            "start_date",
            "real calendar date",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"start_date": "2025-02-01", "end_date": "2025-01-01", "did": "123"})),
            "did",
            "E.164",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"start_date": "2025-02-01", "end_date": "2025-01-01"})),
            "end_date",
            "must not be before start_date",
        ),
        (
            "editBasicFlow",
            ex("editBasicFlow", json!({"wss_bot_id": ""})),
            "wss_bot_id",
            "must not be empty",
        ),
        (
            "mapFlowDid",
            ex("mapFlowDid", json!({"did_no": "+91-11-4310"})),
            "did_no",
            "E.164",
        ),
        (
            "mapFlowDid",
            ex("mapFlowDid", json!({"flow_id": ""})),
            "flow_id",
            "must not be empty",
        ),
        // voice bots
        (
            "createWssBot",
            ex(
                "createWssBot",
                json!({"wss_url": "https://example.com/stream"}),
            ),
            "wss_url",
            "wss:// URL",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"wss_url": "wss://"})),
            "wss_url",
            "wss:// URL",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"api_url": "http://example.com/bot"})),
            "api_url",
            "https:// URL",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"api_url": "https://exa mple.com"})),
            "api_url",
            "https:// URL",
        ),
        (
            "createWssBot",
            ex(
                "createWssBot",
                json!({"api_url": "https://user@example.com"}),
            ),
            "api_url",
            "https:// URL",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"bot_name": r})),
            "bot_name",
            "is required",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"to_be_used": ""})),
            "to_be_used",
            "must not be empty",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"wss_header": "Bearer xyz"})),
            "wss_header",
            "'Name: value'",
        ),
        (
            "createWssBot",
            ex("createWssBot", json!({"wss_header": "A: b\r\nX: y"})),
            "wss_header",
            "'Name: value'",
        ),
        ("getWssBots", json!({}), "client_id", "is required"),
        (
            "getWssBot",
            ex("getWssBot", json!({"id": r})),
            "id",
            "is required",
        ),
        (
            "deleteWssBot",
            ex("deleteWssBot", json!({"id": ""})),
            "id",
            "must not be empty",
        ),
        // DID scheduling
        (
            "getDidSchedule",
            ex("getDidSchedule", json!({"did_id": r})),
            "did_id",
            "is required",
        ),
        (
            "setDidSchedule",
            ex("setDidSchedule", json!({"timezone": "IST!"})),
            "timezone",
            "IANA",
        ),
        (
            "setDidSchedule",
            ex("setDidSchedule", json!({"timezone": "asia/kolkata"})),
            "timezone",
            "IANA",
        ),
        (
            "setDidSchedule",
            ex("setDidSchedule", json!({"timezone": "Asia//Kolkata"})),
            "timezone",
            "IANA",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"mon": {"open": "9:00", "close": "18:00"}}}),
            ),
            "working_hours.mon.open",
            "HH:MM",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"tue": {"open": "09:00", "close": "24:00"}}}),
            ),
            "working_hours.tue.close",
            "HH:MM",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"wed": {"open": "18:00", "close": "09:00"}}}),
            ),
            "working_hours.wed.close",
            "after open",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"thu": {"open": "09:00", "close": "09:00"}}}),
            ),
            "working_hours.thu.close",
            "after open",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"monday": {"open": "09:00", "close": "18:00"}}}),
            ),
            "working_hours.monday",
            "is not a parameter",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"mon": {"open": "09:00"}}}),
            ),
            "working_hours.mon.close",
            "is required",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"fri": {"open": "09:00", "close": "18:00", "break": "13:00"}}}),
            ),
            "working_hours.fri.break",
            "is not a parameter",
        ),
        (
            "setDidSchedule",
            ex("setDidSchedule", json!({"working_hours": ["mon"]})),
            "working_hours",
            "expected an object keyed by day",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"sun": "closed"}}),
            ),
            "working_hours.sun",
            "expected an object with open and close",
        ),
        (
            "setDidSchedule",
            ex(
                "setDidSchedule",
                json!({"working_hours": {"mon": {"open": 900, "close": "18:00"}}}),
            ),
            "working_hours.mon.open",
            "expected a string",
        ),
        (
            "addDidHoliday",
            ex("addDidHoliday", json!({"date": "2025-02-30"})),
            "date",
            "real calendar date",
        ),
        (
            "addDidHoliday",
            ex("addDidHoliday", json!({"date": "15-08-2025"})),
            "date",
            "real calendar date",
        ),
        (
            "addDidHoliday",
            ex("addDidHoliday", json!({"date": "2025-8-15"})),
            "date",
            "real calendar date",
        ),
        (
            "addDidHoliday",
            ex("addDidHoliday", json!({"date": "2023-02-29"})),
            "date",
            "real calendar date",
        ),
        (
            "addDidHoliday",
            ex("addDidHoliday", json!({"name": ""})),
            "name",
            "must not be empty",
        ),
        (
            "deleteDidHoliday",
            ex("deleteDidHoliday", json!({"holiday_id": r})),
            "holiday_id",
            "is required",
        ),
        // WhatsApp
        (
            "linkWhatsappDid",
            ex("linkWhatsappDid", json!({"phone_number_id": "abc"})),
            "phone_number_id",
            "1 to 32 digits",
        ),
        (
            "linkWhatsappDid",
            ex("linkWhatsappDid", json!({"access_token": ""})),
            "access_token",
            "must not be empty",
        ),
        (
            "linkWhatsappDid",
            ex("linkWhatsappDid", json!({"display_number": "1143104501"})),
            "display_number",
            "E.164",
        ),
        (
            "linkWhatsappDid",
            ex("linkWhatsappDid", json!({"verified_name": " "})),
            "verified_name",
            "must not be empty",
        ),
        ("getWhatsappDids", json!({}), "client_id", "is required"),
        (
            "deleteWhatsappDid",
            ex("deleteWhatsappDid", json!({"wa_did_id": r})),
            "wa_did_id",
            "is required",
        ),
        (
            "setWhatsappSchedule",
            ex("setWhatsappSchedule", json!({"timezone": ""})),
            "timezone",
            "IANA",
        ),
        (
            "setWhatsappSchedule",
            ex(
                "setWhatsappSchedule",
                json!({"working_hours": {"sun": {"open": "10:60", "close": "12:00"}}}),
            ),
            "working_hours.sun.open",
            "HH:MM",
        ),
        (
            "getWhatsappSchedule",
            ex("getWhatsappSchedule", json!({"wa_did_id": ""})),
            "wa_did_id",
            "must not be empty",
        ),
        (
            "addWhatsappHoliday",
            ex("addWhatsappHoliday", json!({"date": "2025-13-01"})),
            "date",
            "real calendar date",
        ),
        (
            "addWhatsappHoliday",
            ex("addWhatsappHoliday", json!({"date": r})),
            "date",
            "is required",
        ),
        (
            "deleteWhatsappHoliday",
            ex("deleteWhatsappHoliday", json!({"holiday_id": 12})),
            "holiday_id",
            "expected a string",
        ),
        // wallet
        (
            "walletTransactions",
            ex("walletTransactions", json!({"page": 0})),
            "page",
            "positive integer",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"limit": 0})),
            "limit",
            "positive integer",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"page": ""})),
            "page",
            "expected",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"page": -1})),
            "page",
            "expected",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"limit": 1.5})),
            "limit",
            "expected",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"start_date": "2025-08-32"})),
            "start_date",
            "real calendar date",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"end_date": "2025/08/31"})),
            "end_date",
            "real calendar date",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"start_date": "2025-09-01"})),
            "end_date",
            "not be before start_date",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"did": "1143104501"})),
            "did",
            "E.164",
        ),
        (
            "walletTransactions",
            ex("walletTransactions", json!({"expense_type": ""})),
            "expense_type",
            "must not be empty",
        ),
        ("walletBalance", json!({}), "client_id", "is required"),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"credit": "0"})),
            "credit",
            "greater than 0",
        ),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"credit": "-5"})),
            "credit",
            "greater than 0",
        ),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"credit": "5e2"})),
            "credit",
            "greater than 0",
        ),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"credit": "1.2.3"})),
            "credit",
            "greater than 0",
        ),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"credit": 500})),
            "credit",
            "expected a string",
        ),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"valid_till": "2025-12-31"})),
            "valid_till",
            "YYYY-MM-DD HH:MM:SS",
        ),
        (
            "addClientCredits",
            ex(
                "addClientCredits",
                json!({"valid_till": "2025-12-31 23:59:60"}),
            ),
            "valid_till",
            "YYYY-MM-DD HH:MM:SS",
        ),
        (
            "addClientCredits",
            ex(
                "addClientCredits",
                json!({"valid_till": "2025-11-31 10:00:00"}),
            ),
            "valid_till",
            "YYYY-MM-DD HH:MM:SS",
        ),
        (
            "addClientCredits",
            ex("addClientCredits", json!({"valid_till": r, "credit": r})),
            "credit",
            "credit or valid_till is required",
        ),
        // agent scheduling
        (
            "getAgentSchedule",
            ex("getAgentSchedule", json!({"agent_id": r})),
            "agent_id",
            "is required",
        ),
        (
            "setAgentSchedule",
            ex("setAgentSchedule", json!({"timezone": r})),
            "timezone",
            "is required",
        ),
        (
            "setAgentSchedule",
            ex(
                "setAgentSchedule",
                json!({"working_hours": {"sat": {"open": "18:00", "close": "10:00"}}}),
            ),
            "working_hours.sat.close",
            "after open",
        ),
        (
            "updateAgentAvailability",
            ex("updateAgentAvailability", json!({"available": "2"})),
            "available",
            "expected '0' or '1'",
        ),
        (
            "updateAgentAvailability",
            ex("updateAgentAvailability", json!({"available": 1})),
            "available",
            "expected",
        ),
        (
            "updateAgentAvailability",
            ex("updateAgentAvailability", json!({"available": r})),
            "available",
            "is required",
        ),
        (
            "getAgentsAvailability",
            json!({"client_id": null}),
            "client_id",
            "expected a string",
        ),
        // click-connect
        (
            "clickConnect",
            click(json!({"did": "1143104501"})),
            "did",
            "E.164",
        ),
        (
            "clickConnect",
            click(json!({"from": "9876543210"})),
            "from",
            "E.164",
        ),
        ("clickConnect", click(json!({"to": r})), "to", "is required"),
        (
            "clickConnect",
            click(json!({"to": "+919876543210"})),
            "to",
            "must differ",
        ),
        (
            "clickConnect",
            click(json!({"reference": ""})),
            "reference",
            "must not be empty",
        ),
        (
            "clickConnect",
            click(json!({"session_ttl": 0})),
            "session_ttl",
            "1 to 86400",
        ),
        (
            "clickConnect",
            click(json!({"session_ttl": 86401})),
            "session_ttl",
            "1 to 86400",
        ),
        (
            "clickConnect",
            click(json!({"wire_names": {"password": "x"}})),
            "wire_names.password",
            "can rename only",
        ),
        (
            "clickConnect",
            click(json!({"wire_names": {"from": ""}})),
            "wire_names.from",
            "must not be empty",
        ),
        (
            "clickConnect",
            click(json!({"wire_names": {"from": "to"}})),
            "wire_names",
            "two fields would be sent as 'to'",
        ),
        (
            "clickConnect",
            click(json!({"extra_fields": {"did": "+911100000000"}})),
            "extra_fields.did",
            "two fields would be sent as 'did'",
        ),
        (
            "clickConnect",
            click(json!({"extra_fields": {"": 1}})),
            "extra_fields.",
            "must not be empty",
        ),
        (
            "clickConnect",
            click(json!({"wire_names": ["from"]})),
            "wire_names",
            "expected",
        ),
        (
            "clickConnect",
            click(json!({"wire_names": {"from": 5}})),
            "wire_names.from",
            "expected a string",
        ),
        (
            "clickConnect",
            click(json!({"callback_url": "https://x"})),
            "callback_url",
            "is not a parameter",
        ),
    ]
}

/// Decode and send through the client's registry path, as the JS methods do.
fn send_by_name(
    client: &Client<IvrSolutionsApi, Scripted>,
    js: &str,
    params: Value,
) -> Result<(), Error> {
    block_on(client.call(js, params, &RequestOptions::default())).map(|_| ())
}

#[test]
fn bad_inputs_are_rejected_with_field_and_rule_and_nothing_is_sent() {
    let cases = cases();
    assert!(
        cases.len() >= 150,
        "at least 150 bad inputs, have {}",
        cases.len()
    );
    let covered: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.0).collect();
    assert_eq!(
        covered.len(),
        ivrsolutions::OPERATIONS.len(),
        "every operation has bad-input cases"
    );
    println!(
        "{} bad inputs across {} operations",
        cases.len(),
        covered.len()
    );
    let cfg = ivr_config();
    for (op, params, field, rule) in cases {
        let secret_values: Vec<String> = [
            "password",
            "mobileotp",
            "emailotp",
            "otp",
            "aadhar_num",
            "access_token",
            "wss_header",
        ]
        .iter()
        .filter_map(|k| {
            params
                .get(*k)
                .map(|v| v.to_string().trim_matches('"').to_owned())
        })
        .filter(|v| v.len() > 2)
        .collect();
        let client: Client<IvrSolutionsApi, Scripted> =
            Client::new(cfg.clone(), Scripted::new(vec![]), ClientOptions::default());
        let err = match send_by_name(&client, op, params.clone()) {
            Err(e) => e,
            Ok(()) => panic!("{op} {params}: accepted"),
        };
        assert!(
            client.transport().sent.borrow().is_empty(),
            "{op}: nothing may be sent"
        );
        let Error::Validation { field: f, reason } = &err else {
            panic!("{op}: not a validation error: {err:?}")
        };
        assert_eq!(f, field, "{op} {params}: field ({reason})");
        assert!(
            reason.contains(rule),
            "{op} {params}: reason {reason:?} lacks {rule:?}"
        );
        let shown = format!("{err} {err:?}");
        for s in &secret_values {
            assert!(
                !shown.contains(s.as_str()),
                "{op}: error echoes a secret value"
            );
        }
    }
}

#[test]
fn client_send_rejects_before_any_request() {
    let transport = Scripted::new(vec![]);
    let client: Client<IvrSolutionsApi, Scripted> =
        Client::new(ivr_config(), transport, ClientOptions::default());
    let params: ivrsolutions::VerifyPanParams =
        telepartner::decode_params(kyc(json!({"pan":"ABCDE1234","btype":"company"}))).unwrap();
    let err = block_on(client.send(&params, &RequestOptions::default())).unwrap_err();
    assert_eq!(err.field(), Some("pan"));
    assert!(client.transport().sent.borrow().is_empty(), "nothing sent");
}

#[test]
fn config_is_checked() {
    use ivrsolutions::Config;
    assert_eq!(Config::new("", None).unwrap_err().field(), Some("apiKey"));
    assert_eq!(
        Config::new("k y", None).unwrap_err().field(),
        Some("apiKey")
    );
    assert_eq!(
        Config::new("k", Some("ftp://x")).unwrap_err().field(),
        Some("baseUrl")
    );
    assert_eq!(
        Config::new("k", Some("https://")).unwrap_err().field(),
        Some("baseUrl")
    );
    assert_eq!(
        Config::new("k", Some("http://127.0.0.1:4010/"))
            .unwrap()
            .base_url,
        "http://127.0.0.1:4010"
    );
    let dbg = format!("{:?}", Config::new("pk_live_secret", None).unwrap());
    assert!(!dbg.contains("pk_live_secret"), "Debug never shows the key");
}

#[test]
fn unknown_operation_is_a_validation_error() {
    let err = ivrsolutions::build("buyEverything", json!({}), &ivr_config()).unwrap_err();
    assert_eq!(err.field(), Some("operation"));
}
