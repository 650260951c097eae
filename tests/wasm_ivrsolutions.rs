//! wasm-bindgen-test suite: the `IvrSolutions` JS class making real fetch calls
//! to the contract-checking mock (tests/contract/mock_server.py), which
//! validates every request against the spec. Runs in Node and in headless
//! Chromium (`WASM_BINDGEN_USE_BROWSER=1`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Promise, Reflect, JSON};
use telepartner::wasm::ivrsolutions::IvrSolutions;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

const MOCK: &str = match option_env!("TELEPARTNER_MOCK_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:4010",
};

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

#[path = "common/wasm_reader.rs"]
mod reader;

fn client(extra: &str) -> IvrSolutions {
    client_with(&format!(
        r#"{{"apiKey":"pk_test_partner_key","baseUrl":"{MOCK}","dangerouslyAllowBrowser":true{extra}}}"#
    ))
}

/// A client from these options, with the package's reply reader installed.
fn client_with(options: &str) -> IvrSolutions {
    reader::install();
    IvrSolutions::new(Ts::new_unchecked(js(options)))
        .unwrap_or_else(|_| panic!("client options rejected"))
}

fn ts<T: tsify::Tsify>(json: &str) -> Ts<T> {
    Ts::new_unchecked(js(json))
}

fn opt<T: tsify::Tsify>(json: &str) -> Option<Ts<T>> {
    Some(ts(json))
}

async fn ok(p: Promise) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => v,
        Err(e) => panic!("call failed: {}", prop(&e, "message")),
    }
}

async fn err(p: Promise) -> JsValue {
    JsFuture::from(p)
        .await
        .expect_err("call should have failed")
}

fn prop(v: &JsValue, path: &str) -> String {
    let mut cur = v.clone();
    for k in path.split('.') {
        cur = Reflect::get(&cur, &k.into()).unwrap_or(JsValue::UNDEFINED);
    }
    cur.as_string()
        .or_else(|| cur.as_f64().map(|n| n.to_string()))
        .or_else(|| cur.as_bool().map(|b| b.to_string()))
        .unwrap_or_else(|| format!("{cur:?}"))
}

async fn count(path: &str) -> u32 {
    let resp = JsFuture::from(fetch(&format!("{MOCK}/__mock/count?path={path}")))
        .await
        .unwrap();
    let json = JsFuture::from(
        Reflect::get(&resp, &"json".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>()
            .call0(&resp)
            .unwrap()
            .unchecked_into::<Promise>(),
    )
    .await
    .unwrap();
    prop(&json, "count").parse().unwrap()
}

#[wasm_bindgen]
extern "C" {
    fn fetch(url: &str) -> Promise;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(cb: &js_sys::Function, ms: i32) -> JsValue;
}

#[wasm_bindgen_test]
async fn onboarding_flow_runs_every_operation_over_fetch() {
    let ivr = client("");
    let r = ok(ivr.register(ts(r#"{"name":"Acme Corp","email":"ops@acme.com","mobile":"9876543210","password":"SecurePass@123","country_code":"+91","promo":"WELCOME10"}"#), None)).await;
    assert_eq!(prop(&r, "data.request_id"), "req_8f3a21");
    assert_eq!(prop(&r, "status"), "200");
    let r = ok(ivr.verify_otp(
        ts(r#"{"request_id":"req_8f3a21","mobileotp":"123456","emailotp":"654321"}"#),
        None,
    ))
    .await;
    assert_eq!(prop(&r, "data.temp_client_id"), "tmp_5521");
    ok(ivr.resend_otp(ts(r#"{"request_id":"req_8f3a21","type":"both"}"#), None)).await;
    ok(ivr.verify_pan(
        ts(r#"{"temp_client_id":"tmp_5521","pan":"ABCDE1234F","btype":"company"}"#),
        None,
    ))
    .await;
    let r = ok(ivr.aadhar_otp(
        ts(r#"{"temp_client_id":"tmp_5521","aadhar_num":"123412341234"}"#),
        None,
    ))
    .await;
    assert_eq!(prop(&r, "data.ref"), "ref_99812");
    ok(ivr.aadhar_verify(
        ts(r#"{"temp_client_id":"tmp_5521","otp":"123456","ref":"ref_99812"}"#),
        None,
    ))
    .await;
    ok(ivr.verify_gst(
        ts(r#"{"temp_client_id":"tmp_5521","gst_num":"29ABCDE1234F1ZW"}"#),
        None,
    ))
    .await;
    ok(ivr.skip_gst(ts(r#"{"temp_client_id":"tmp_5521"}"#), None)).await;
    ok(ivr.preview_kyc(ts(r#"{"temp_client_id":"tmp_5521"}"#), None)).await;
    let r = ok(ivr.accept_kyc(
        ts(r#"{"temp_client_id":"tmp_5521","signature":"data:image/png;base64,iVBORw0K..."}"#),
        None,
    ))
    .await;
    assert_eq!(prop(&r, "data.client_id"), "CLIENTAPIKEY12345");
    let r = ok(ivr.clients(None, None)).await;
    assert_eq!(prop(&r, "message"), "Success");
    let r = ok(ivr.client(ts(r#"{"client_id":"CLIENTAPIKEY12345"}"#), None)).await;
    assert_eq!(prop(&r, "data.client_id"), "CLIENTAPIKEY12345");
    ok(ivr.update_status(
        ts(r#"{"client_id":"CLIENTAPIKEY12345","status":"0"}"#),
        None,
    ))
    .await;
    ok(ivr.pending(None, None)).await;
}

#[wasm_bindgen_test]
async fn validation_error_names_field_and_sends_nothing() {
    let before = count("/partnerclients/verify_pan").await;
    let e = err(client("").verify_pan(
        ts(r#"{"temp_client_id":"tmp_5521","pan":"ABCDE1234","btype":"company"}"#),
        None,
    ))
    .await;
    assert_eq!(prop(&e, "kind"), "validation");
    assert_eq!(prop(&e, "field"), "pan");
    assert!(e.is_instance_of::<js_sys::Error>());
    assert_eq!(
        count("/partnerclients/verify_pan").await,
        before,
        "nothing sent"
    );
}

#[wasm_bindgen_test]
async fn secret_values_are_not_echoed() {
    let e = err(client("").aadhar_otp(
        ts(r#"{"temp_client_id":"t","aadhar_num":"123412341235"}"#),
        None,
    ))
    .await;
    assert_eq!(prop(&e, "field"), "aadhar_num");
    assert!(!prop(&e, "message").contains("123412341235"));
}

#[wasm_bindgen_test]
async fn not_found_maps_to_kind_and_status() {
    let e = err(client("").client(ts(r#"{"client_id":"CLIENT404"}"#), None)).await;
    assert_eq!(prop(&e, "kind"), "not_found");
    assert_eq!(prop(&e, "status"), "404");
    assert_eq!(prop(&e, "message"), "API error 404: Client not found");
    assert!(prop(&e, "requestId").starts_with("mock-"));
}

#[wasm_bindgen_test]
async fn bad_key_is_an_auth_error() {
    let ivr = client_with(&format!(
        r#"{{"apiKey":"bad-key","baseUrl":"{MOCK}","dangerouslyAllowBrowser":true}}"#
    ));
    let e = err(ivr.pending(None, None)).await;
    assert_eq!(prop(&e, "kind"), "auth");
    assert_eq!(prop(&e, "status"), "401");
}

#[wasm_bindgen_test]
async fn envelope_status_400_in_http_200_is_an_error() {
    let e = err(client("").client(ts(r#"{"client_id":"ENVELOPE400"}"#), None)).await;
    assert_eq!(prop(&e, "kind"), "api");
    assert_eq!(prop(&e, "status"), "400");
}

#[wasm_bindgen_test]
async fn reads_are_retried_after_503() {
    let id = format!("FLAKY{}", (js_sys::Math::random() * 1e9) as u64);
    let path = format!("/partnerclients/client/{id}");
    let r = ok(client("").client(ts(&format!(r#"{{"client_id":"{id}"}}"#)), None)).await;
    assert_eq!(prop(&r, "data.client_id"), id);
    assert_eq!(count(&path).await, 2, "one failed attempt, one retry");
}

#[wasm_bindgen_test]
async fn writes_are_never_retried() {
    let before = count("/partnerclients/register").await;
    let e = err(client("").register(ts(r#"{"name":"Flaky 503","email":"ops@acme.com","mobile":"9876543210","password":"x","country_code":"+91"}"#), None)).await;
    assert_eq!(prop(&e, "kind"), "server");
    assert_eq!(prop(&e, "status"), "503");
    assert_eq!(
        count("/partnerclients/register").await,
        before + 1,
        "sent exactly once"
    );
}

#[wasm_bindgen_test]
async fn timeout_aborts_the_fetch() {
    let e = err(client("").client(
        ts(r#"{"client_id":"SLOW"}"#),
        opt(r#"{"timeoutMs":300,"maxRetries":0}"#),
    ))
    .await;
    assert_eq!(prop(&e, "kind"), "timeout");
}

#[wasm_bindgen_test]
async fn abort_signal_cancels_in_flight() {
    let controller = web_sys::AbortController::new().unwrap();
    let options = js(r#"{"maxRetries":0}"#);
    Reflect::set(&options, &"signal".into(), &controller.signal()).unwrap();
    let c = controller.clone();
    let abort = Closure::once_into_js(move || c.abort());
    set_timeout(abort.unchecked_ref(), 200);
    let e = err(client("").client(
        ts(r#"{"client_id":"SLOW"}"#),
        Some(Ts::new_unchecked(options)),
    ))
    .await;
    assert_eq!(prop(&e, "kind"), "aborted");
}

#[wasm_bindgen_test]
async fn already_aborted_signal_sends_nothing() {
    let before = count("/partnerclients/pending").await;
    let controller = web_sys::AbortController::new().unwrap();
    controller.abort();
    let options = js("{}");
    Reflect::set(&options, &"signal".into(), &controller.signal()).unwrap();
    let e = err(client("").pending(None, Some(Ts::new_unchecked(options)))).await;
    assert_eq!(prop(&e, "kind"), "aborted");
    assert_eq!(count("/partnerclients/pending").await, before);
}

#[wasm_bindgen_test]
async fn connection_refused_is_a_network_error() {
    let ivr = client_with(
        r#"{"apiKey":"k","baseUrl":"http://127.0.0.1:9","maxRetries":0,"dangerouslyAllowBrowser":true}"#,
    );
    let e = err(ivr.clients(None, None)).await;
    assert_eq!(prop(&e, "kind"), "network");
}

#[wasm_bindgen_test]
fn bad_options_are_rejected_with_the_option_name() {
    let bad = |json: &str| match IvrSolutions::new(Ts::new_unchecked(js(json))) {
        Ok(_) => panic!("accepted {json}"),
        Err(e) => (prop(&e, "kind"), prop(&e, "field")),
    };
    assert_eq!(bad(r#"{}"#), ("config".into(), "apiKey".into()));
    assert_eq!(
        bad(r#"{"apiKey":"k","baseUrl":"ftp://x","dangerouslyAllowBrowser":true}"#),
        ("config".into(), "baseUrl".into())
    );
    assert_eq!(
        bad(r#"{"apiKey":"k","timeoutMs":-1,"dangerouslyAllowBrowser":true}"#),
        ("validation".into(), "timeoutMs".into())
    );
    assert_eq!(
        bad(r#"{"apiKey":"k","apikey":"k","dangerouslyAllowBrowser":true}"#),
        ("validation".into(), "apikey".into())
    );
}

#[wasm_bindgen_test]
fn sans_io_build_and_parse() {
    use telepartner::wasm::sans_io::{build_request, parse_response};
    let req = build_request(
        "ivrsolutions".into(),
        "skipGst".into(),
        js(r#"{"temp_client_id":"tmp_5521"}"#),
        js(r#"{"apiKey":"k"}"#),
    )
    .unwrap_or_else(|_| panic!());
    assert_eq!(
        prop(&req, "url"),
        "https://api.ivrsolutions.in/partnerclients/skip_gst"
    );
    assert_eq!(prop(&req, "headers.authorization"), "Bearer k");
    assert_eq!(prop(&req, "body"), r#"{"temp_client_id":"tmp_5521"}"#);
    let parsed = parse_response("ivrsolutions".into(), "register".into(), js(r#"{"status":200,"body":"{\"status\":200,\"message\":\"ok\",\"data\":{\"request_id\":\"r1\",\"x\":1}}"}"#)).unwrap_or_else(|_| panic!());
    assert_eq!(prop(&parsed, "data.request_id"), "r1");
    assert_eq!(prop(&parsed, "data.x"), "1");
    let e = parse_response(
        "ivrsolutions".into(),
        "register".into(),
        js(r#"{"status":200,"body":"{\"status\":200,\"message\":\"ok\",\"data\":{\"request_id\":7}}"}"#),
    )
    .unwrap_err();
    assert_eq!(prop(&e, "kind"), "decode");
}

const SPEC: &str = include_str!("../../shared/specs/ivrsolutions-partner-clients.openapi.json");

/// Every operation of the spec, called by its JS method name with the spec's own
/// example, over real fetch; the mock validates each request with openapi-core.
#[wasm_bindgen_test]
async fn every_spec_operation_over_fetch() {
    let spec: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    let ivr = JsValue::from(client(""));
    let mut called = 0;
    for (path, ops) in spec["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            let index = telepartner::ivrsolutions::OPERATIONS
                .iter()
                .position(|o| o.path == path && o.method.as_str().eq_ignore_ascii_case(method))
                .unwrap();
            let info = &telepartner::ivrsolutions::OPERATIONS[index];
            let mut params = op["requestBody"]["content"]["application/json"]["example"].clone();
            if params.is_null() {
                params = serde_json::json!({});
                for p in op["parameters"].as_array().into_iter().flatten() {
                    params[p["name"].as_str().unwrap()] = p["example"].clone();
                }
            }
            if let Some(map) = params.as_object_mut() {
                if map.contains_key("gst_num") {
                    map.insert("gst_num".into(), "29ABCDE1234F1ZW".into()); // spec quirk: bad check character
                }
                if map.get("page") == Some(&serde_json::json!("")) {
                    map.insert("page".into(), 1.into()); // spec quirk: "" for an integer
                    map.insert("limit".into(), 10.into());
                }
            }
            // The class's one entry, as the named JS methods (`methods.js`) call it.
            let f: js_sys::Function = Reflect::get(&ivr, &"__call".into())
                .unwrap()
                .unchecked_into();
            let promise: Promise = f
                .call3(
                    &ivr,
                    &(index as u32).into(),
                    &js(&params.to_string()),
                    &JsValue::UNDEFINED,
                )
                .unwrap()
                .unchecked_into();
            let reply = ok(promise).await;
            assert_eq!(prop(&reply, "status"), "200", "{}", info.js_name);
            called += 1;
        }
    }
    assert_eq!(called, 48);
}

#[wasm_bindgen_test]
async fn click_connect_and_escape_hatch_over_fetch() {
    let ivr = client("");
    let r = ok(ivr.click_connect(ts(r#"{"did":"+911143104501","from":"+919876543210","to":"+919812345678","reference":"ride_8812","session_ttl":900}"#), None)).await;
    assert_eq!(prop(&r, "data.session_id"), "sess_7f2c");
    let r = ok(ivr.request(
        "GET".into(),
        "/partnerclients/did_regions".into(),
        None,
        None,
    ))
    .await;
    assert_eq!(prop(&r, "data.0.name"), "Delhi");
    let body: js_sys::Object = js(r#"{"client_id":"CLIENTAPIKEY12345"}"#).unchecked_into();
    let r = ok(ivr.request(
        "POST".into(),
        "/partnerclients/wallet_balance".into(),
        Some(body),
        None,
    ))
    .await;
    assert_eq!(prop(&r, "data.currency"), "INR");
    let e = err(ivr.request(
        "GET".into(),
        "https://evil.example/partnerclients/clients".into(),
        None,
        None,
    ))
    .await;
    assert_eq!(
        (prop(&e, "kind"), prop(&e, "field")),
        ("validation".into(), "path".into())
    );
}

/// A key in a web page is refused unless the caller insists; Node is unaffected;
/// proxy mode (no key) needs no flag.
#[wasm_bindgen_test]
fn browser_key_guard() {
    let in_browser = js_sys::Reflect::get(&js_sys::global(), &"document".into())
        .is_ok_and(|d| !d.is_undefined());
    let with_key = IvrSolutions::new(Ts::new_unchecked(js(r#"{"apiKey":"pk_live_secret"}"#)));
    match (in_browser, with_key) {
        (true, Err(e)) => {
            assert_eq!(
                (prop(&e, "kind"), prop(&e, "field")),
                ("config".into(), "apiKey".into())
            );
            assert!(prop(&e, "message").contains("dangerouslyAllowBrowser"));
            assert!(!prop(&e, "message").contains("pk_live_secret"));
        }
        (false, Ok(_)) => {}
        (b, r) => panic!("browser={b}, constructed={}", r.is_ok()),
    }
    assert!(IvrSolutions::new(Ts::new_unchecked(js(
        r#"{"apiKey":"k","dangerouslyAllowBrowser":true}"#
    )))
    .is_ok());
    assert!(
        IvrSolutions::new(Ts::new_unchecked(js(
            r#"{"baseUrl":"https://portal.example/api/tp/ivrsolutions"}"#
        )))
        .is_ok(),
        "proxy mode"
    );
}
