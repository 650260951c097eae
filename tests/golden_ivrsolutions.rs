//! Golden tests: for every IVR Solutions operation the spec's own example
//! produces exactly this method, URL, headers and body.

mod common;

use common::{ivr_config, record_contract};
use serde_json::{json, Value};
use telepartner::ivrsolutions::{self, OPERATIONS};

const SPEC: &str = include_str!("../../shared/specs/ivrsolutions-partner-clients.openapi.json");
const BASE: &str = "https://api.ivrsolutions.in";
/// The spec's GST example fails the GSTIN check character; this is the same GSTIN with its valid check character.
const VALID_GSTIN: &str = "29ABCDE1234F1ZW";

/// (js name, params, method, path + query, exact body text or None)
fn golden() -> Vec<(
    &'static str,
    Value,
    &'static str,
    &'static str,
    Option<&'static str>,
)> {
    vec![
        (
            "register",
            json!({"name":"Acme Corp","email":"ops@acme.com","mobile":"9876543210","password":"SecurePass@123","country_code":"+91","promo":"WELCOME10"}),
            "POST",
            "/partnerclients/register",
            Some(
                r#"{"name":"Acme Corp","email":"ops@acme.com","mobile":"9876543210","password":"SecurePass@123","country_code":"+91","promo":"WELCOME10"}"#,
            ),
        ),
        (
            "verifyOtp",
            json!({"request_id":"req_8f3a21","mobileotp":"123456","emailotp":"654321"}),
            "POST",
            "/partnerclients/verify_otp",
            Some(r#"{"request_id":"req_8f3a21","mobileotp":"123456","emailotp":"654321"}"#),
        ),
        (
            "resendOtp",
            json!({"request_id":"req_8f3a21","type":"both"}),
            "POST",
            "/partnerclients/resend_otp",
            Some(r#"{"request_id":"req_8f3a21","type":"both"}"#),
        ),
        (
            "verifyPan",
            json!({"temp_client_id":"tmp_5521","pan":"ABCDE1234F","btype":"company"}),
            "POST",
            "/partnerclients/verify_pan",
            Some(r#"{"temp_client_id":"tmp_5521","pan":"ABCDE1234F","btype":"company"}"#),
        ),
        (
            "aadharOtp",
            json!({"temp_client_id":"tmp_5521","aadhar_num":"123412341234"}),
            "POST",
            "/partnerclients/aadhar_otp",
            Some(r#"{"temp_client_id":"tmp_5521","aadhar_num":"123412341234"}"#),
        ),
        (
            "aadharVerify",
            json!({"temp_client_id":"tmp_5521","otp":"123456","ref":"ref_99812"}),
            "POST",
            "/partnerclients/aadhar_verify",
            Some(r#"{"temp_client_id":"tmp_5521","otp":"123456","ref":"ref_99812"}"#),
        ),
        (
            "verifyGst",
            json!({"temp_client_id":"tmp_5521","gst_num":VALID_GSTIN}),
            "POST",
            "/partnerclients/verify_gst",
            Some(r#"{"temp_client_id":"tmp_5521","gst_num":"29ABCDE1234F1ZW"}"#),
        ),
        (
            "skipGst",
            json!({"temp_client_id":"tmp_5521"}),
            "POST",
            "/partnerclients/skip_gst",
            Some(r#"{"temp_client_id":"tmp_5521"}"#),
        ),
        (
            "previewKyc",
            json!({"temp_client_id":"tmp_5521"}),
            "POST",
            "/partnerclients/preview_kyc",
            Some(r#"{"temp_client_id":"tmp_5521"}"#),
        ),
        (
            "acceptKyc",
            json!({"temp_client_id":"tmp_5521","signature":"data:image/png;base64,iVBORw0K..."}),
            "POST",
            "/partnerclients/accept_kyc",
            Some(
                r#"{"temp_client_id":"tmp_5521","signature":"data:image/png;base64,iVBORw0K..."}"#,
            ),
        ),
        ("clients", json!({}), "GET", "/partnerclients/clients", None),
        (
            "client",
            json!({"client_id":"CLIENTAPIKEY12345"}),
            "GET",
            "/partnerclients/client/CLIENTAPIKEY12345",
            None,
        ),
        (
            "updateStatus",
            json!({"client_id":"CLIENTAPIKEY12345","status":"1"}),
            "POST",
            "/partnerclients/update_status",
            Some(r#"{"client_id":"CLIENTAPIKEY12345","status":"1"}"#),
        ),
        ("pending", json!({}), "GET", "/partnerclients/pending", None),
    ]
}

#[test]
fn every_operation_builds_its_golden_request() {
    let cfg = ivr_config();
    let rows = golden();
    assert_eq!(rows.len(), OPERATIONS.len(), "one golden row per operation");
    for (op, params, method, path, body) in rows {
        let req = ivrsolutions::build(op, params, &cfg).unwrap_or_else(|e| panic!("{op}: {e}"));
        record_contract(&req);
        assert_eq!(req.method.as_str(), method, "{op} method");
        assert_eq!(req.url, format!("{BASE}{path}"), "{op} url");
        let mut expected_headers = vec![
            ("accept".to_owned(), "application/json".to_owned()),
            (
                "authorization".to_owned(),
                "Bearer pk_test_partner_key".to_owned(),
            ),
        ];
        if body.is_some() {
            expected_headers.push(("content-type".to_owned(), "application/json".to_owned()));
        }
        assert_eq!(req.headers, expected_headers, "{op} headers");
        assert_eq!(req.body.as_deref(), body, "{op} body");
    }
}

#[test]
fn golden_bodies_are_the_specs_own_examples() {
    let spec: Value = serde_json::from_str(SPEC).unwrap();
    let cfg = ivr_config();
    for (op, params, _, _, body) in golden() {
        let info = OPERATIONS.iter().find(|o| o.js_name == op).unwrap();
        let operation = &spec["paths"][info.path][info.method.as_str().to_lowercase()];
        assert_eq!(
            operation["operationId"], info.operation_id,
            "{op}: operationId matches the spec"
        );
        let example = &operation["requestBody"]["content"]["application/json"]["example"];
        match body {
            None => assert!(
                example.is_null(),
                "{op}: spec has a body example but SDK sends none"
            ),
            Some(_) => {
                let mut example = example.clone();
                if op == "verifyGst" {
                    assert_eq!(
                        example["gst_num"], "29ABCDE1234F1Z5",
                        "the spec quirk we work around"
                    );
                    example["gst_num"] = json!(VALID_GSTIN);
                }
                let sent: Value = serde_json::from_str(
                    ivrsolutions::build(op, params, &cfg)
                        .unwrap()
                        .body
                        .as_deref()
                        .unwrap(),
                )
                .unwrap();
                assert_eq!(sent, example, "{op}: body equals the spec example");
            }
        }
    }
}

#[test]
fn path_example_from_spec() {
    let spec: Value = serde_json::from_str(SPEC).unwrap();
    let example = spec["paths"]["/partnerclients/client/{client_id}"]["get"]["parameters"][0]
        ["example"]
        .as_str()
        .unwrap();
    let req =
        ivrsolutions::build("client", json!({ "client_id": example }), &ivr_config()).unwrap();
    assert_eq!(req.url, format!("{BASE}/partnerclients/client/{example}"));
}

#[test]
fn path_params_are_percent_encoded() {
    let req =
        ivrsolutions::build("client", json!({"client_id":"a/b c?d#e%"}), &ivr_config()).unwrap();
    assert_eq!(
        req.url,
        format!("{BASE}/partnerclients/client/a%2Fb%20c%3Fd%23e%25")
    );
}

#[test]
fn spec_quirk_gst_example_fails_check_character() {
    let err = ivrsolutions::build(
        "verifyGst",
        json!({"temp_client_id":"tmp_5521","gst_num":"29ABCDE1234F1Z5"}),
        &ivr_config(),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("gst_num"));
}

#[test]
fn spec_covers_exactly_the_slice_operations() {
    // The foundation slice: the two tags, every operation of each.
    let spec: Value = serde_json::from_str(SPEC).unwrap();
    let mut in_spec = Vec::new();
    for (path, ops) in spec["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            let tag = op["tags"][0].as_str().unwrap();
            if tag == "Client Registration & KYC" || tag == "Clients" {
                in_spec.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    in_spec.sort();
    let mut ours: Vec<(String, String)> = OPERATIONS
        .iter()
        .map(|o| (o.method.as_str().to_owned(), o.path.to_owned()))
        .collect();
    ours.sort();
    assert_eq!(ours, in_spec);
}

#[test]
fn sdk_sends_no_field_the_spec_does_not_define() {
    let spec: Value = serde_json::from_str(SPEC).unwrap();
    for (op, params, _, _, body) in golden() {
        let Some(body) = body else { continue };
        let info = OPERATIONS.iter().find(|o| o.js_name == op).unwrap();
        let props = &spec["paths"][info.path][info.method.as_str().to_lowercase()]["requestBody"]
            ["content"]["application/json"]["schema"]["properties"];
        let sent: Value = serde_json::from_str(body).unwrap();
        for key in sent.as_object().unwrap().keys() {
            assert!(
                props.get(key).is_some(),
                "{op}: sends '{key}' which the spec does not define"
            );
        }
        let _ = params;
    }
}
