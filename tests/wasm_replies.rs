//! wasm-bindgen-test suite (Node and headless Chromium): the wasm build gives
//! every reply of `tests/data/reply_verdicts.json` the verdict the native build
//! gave it (`tests/reply_verdicts.rs` writes the file and holds the shape tables
//! to serde): documented fields of the wrong type, required fields missing and
//! `null`s are refused with the same path and rule; everything else succeeds.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use telepartner::wasm::sans_io::parse_response;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

const CORPUS: &str = include_str!("data/reply_verdicts.json");

fn get(v: &JsValue, key: &str) -> String {
    Reflect::get(v, &key.into())
        .ok()
        .and_then(|x| x.as_string())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn every_reply_gets_the_native_verdict() {
    let cases: Array = JSON::parse(CORPUS).expect("corpus JSON").into();
    assert!(
        cases.length() > 2000,
        "the corpus is {} replies",
        cases.length()
    );
    let mut refused = 0;
    for case in cases.iter() {
        let response = js_sys::Object::new();
        let _ = Reflect::set(&response, &"status".into(), &200.into());
        let _ = Reflect::set(&response, &"body".into(), &get(&case, "body").into());
        let headers = js_sys::Object::new();
        let _ = Reflect::set(&headers, &"content-type".into(), &"application/json".into());
        let _ = Reflect::set(&response, &"headers".into(), &headers);
        let verdict =
            match parse_response(get(&case, "api"), get(&case, "operation"), response.into()) {
                Ok(_) => "ok".to_owned(),
                Err(e) if get(&e, "kind") == "decode" => {
                    refused += 1;
                    format!("{}: {}", get(&e, "path"), get(&e, "reason"))
                }
                Err(e) => format!("{}: {}", get(&e, "kind"), get(&e, "message")),
            };
        assert_eq!(
            verdict,
            get(&case, "verdict"),
            "{} {}: {}",
            get(&case, "operation"),
            get(&case, "case"),
            get(&case, "body")
        );
    }
    assert!(refused > 500, "only {refused} refused");
}
