//! Bad inputs: each is rejected locally with its field and rule, before any
//! request is sent, and no message echoes the bad value.

mod common;

use common::{block_on, ivr_config, Scripted};
use serde_json::{json, Value};
use telepartner::ivrsolutions::{self, Provider};
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
fn merge(mut base: Value, patch: Value) -> Value {
    for (k, v) in patch.as_object().unwrap() {
        if v == &json!("__remove__") {
            base.as_object_mut().unwrap().remove(k);
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
    ]
}

#[test]
fn bad_inputs_are_rejected_with_field_and_rule_and_nothing_is_sent() {
    let cases = cases();
    assert!(
        cases.len() >= 60,
        "at least 60 bad inputs, have {}",
        cases.len()
    );
    let cfg = ivr_config();
    for (op, params, field, rule) in cases {
        let secret_values: Vec<String> = ["password", "mobileotp", "emailotp", "otp", "aadhar_num"]
            .iter()
            .filter_map(|k| {
                params
                    .get(*k)
                    .map(|v| v.to_string().trim_matches('"').to_owned())
            })
            .filter(|v| v.len() > 2)
            .collect();
        let err = match ivrsolutions::build(op, params.clone(), &cfg) {
            Err(e) => e,
            Ok(req) => panic!("{op} {params}: accepted, would send {req:?}"),
        };
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
    let client: Client<Provider, Scripted> =
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
