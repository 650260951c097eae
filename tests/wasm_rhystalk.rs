//! wasm-bindgen-test suite: the `RhysTalk` JS class over real fetch to the
//! stateful, contract-checking mock (Node and headless Chromium).
#![cfg(target_arch = "wasm32")]

use js_sys::{Promise, Reflect, JSON};
use telepartner::wasm::rhystalk::RhysTalk;
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

fn prop(v: &JsValue, path: &str) -> String {
    let mut cur = v.clone();
    for k in path.split('.') {
        cur = Reflect::get(&cur, &k.into()).unwrap_or(JsValue::UNDEFINED);
    }
    cur.as_string()
        .or_else(|| cur.as_f64().map(|n| n.to_string()))
        .unwrap_or_else(|| format!("{cur:?}"))
}

async fn ok(p: Promise) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => v,
        Err(e) => panic!("call failed: {}", prop(&e, "message")),
    }
}

#[path = "common/wasm_reader.rs"]
mod reader;

fn client(extra: &str) -> RhysTalk {
    reader::install();
    let opts = js(&format!(
        r#"{{"token":"sandbox.token.x","baseUrl":"{MOCK}/prod","dangerouslyAllowBrowser":true{extra}}}"#
    ));
    RhysTalk::new(Ts::new_unchecked(opts)).unwrap_or_else(|_| panic!("options rejected"))
}

#[wasm_bindgen_test]
async fn account_topups_with_one_key_take_effect_once() {
    let rt = client(r#","correlationIds":true"#);
    let created = ok(rt.create_account(
        Ts::new_unchecked(js(r#"{"product_id":"prepaid_uk","initial_balance":0}"#)),
        None,
    ))
    .await;
    assert_eq!(prop(&created, "status"), "201");
    let account = prop(&created, "data.account_code_12");
    let key = format!("wasm-{account}-{}", (js_sys::Math::random() * 1e9) as u64);
    let params = format!(r#"{{"account":"{account}","amount":2.5,"currency":"GBP"}}"#);
    let opts = format!(r#"{{"idempotencyKey":"{key}"}}"#);
    let first = ok(rt.topup(
        Ts::new_unchecked(js(&params)),
        Some(Ts::new_unchecked(js(&opts))),
    ))
    .await;
    let again = ok(rt.topup(
        Ts::new_unchecked(js(&params)),
        Some(Ts::new_unchecked(js(&opts))),
    ))
    .await;
    assert_eq!(prop(&first, "idempotencyKey"), key);
    assert_eq!(prop(&first, "transactionId"), key);
    assert_eq!(
        prop(&again, "data.balance_after"),
        prop(&first, "data.balance_after"),
        "replayed"
    );
    assert!(!prop(&first, "correlationId").is_empty());
    let balance = ok(rt.get_balance(
        Ts::new_unchecked(js(&format!(r#"{{"account":"{account}"}}"#))),
        None,
    ))
    .await;
    assert_eq!(prop(&balance, "data.total_balance"), "2.5", "one effect");
    let other = format!(r#"{{"account":"{account}","amount":3,"currency":"GBP"}}"#);
    let e = JsFuture::from(rt.topup(
        Ts::new_unchecked(js(&other)),
        Some(Ts::new_unchecked(js(&opts))),
    ))
    .await
    .unwrap_err();
    assert_eq!(
        (prop(&e, "status"), prop(&e, "code")),
        ("409".into(), "idempotency_conflict".into())
    );
    let call = ok(rt.setup_call(
        Ts::new_unchecked(js(&format!(r#"{{"a_number":"+441234567890","b_number":"+442071234567","access_number":"+442038355820","account_number":"{account}","ttl":300}}"#))),
        None,
    ))
    .await;
    assert_eq!(prop(&call, "data.message"), "Call setup saved successfully");
}

#[wasm_bindgen_test]
async fn get_token_is_refreshed_after_an_expired_reply() {
    let calls = std::rc::Rc::new(std::cell::Cell::new(0));
    let c = calls.clone();
    let get_token = Closure::<dyn FnMut() -> JsValue>::new(move || {
        c.set(c.get() + 1);
        JsValue::from_str(if c.get() == 1 {
            "expired.token.1"
        } else {
            "fresh.token.2"
        })
    });
    let opts = js(&format!(
        r#"{{"baseUrl":"{MOCK}/prod","dangerouslyAllowBrowser":true}}"#
    ));
    Reflect::set(&opts, &"getToken".into(), get_token.as_ref()).unwrap();
    reader::install();
    let rt = RhysTalk::new(Ts::new_unchecked(opts)).unwrap_or_else(|_| panic!("options rejected"));
    let created = ok(rt.create_account(
        Ts::new_unchecked(js(r#"{"product_id":"prepaid_uk"}"#)),
        None,
    ))
    .await;
    assert_eq!(prop(&created, "status"), "201");
    assert_eq!(
        calls.get(),
        2,
        "fetched, refused as expired, refreshed once"
    );
    drop(get_token);
}
