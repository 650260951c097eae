//! wasm-bindgen-test suite (Node and headless Chromium): the wasm build gives
//! every reply of `tests/data/reply_verdicts.json` the verdict the native build
//! gave it (`tests/reply_verdicts.rs` writes the file and holds the shape tables
//! to serde): documented fields of the wrong type, required fields missing and
//! `null`s are refused with the same path and rule; everything else succeeds.
//! Both ways a reply is read in the wasm: the engine's object, and the bytes.
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

/// Through the engine's `JSON.parse` (what the methods' fetch reader and
/// `parseResponse` use for a JSON reply the engine reads as the crate does).
#[wasm_bindgen_test]
fn every_reply_gets_the_native_verdict() {
    telepartner::wasm::sans_io::force_wasm_parse(false);
    let before = telepartner::endpoint::engine_reads();
    verdicts();
    let taken = telepartner::endpoint::engine_reads() - before;
    assert!(
        taken > 1500,
        "only {taken} replies were read from the engine's object"
    );
}

/// Through the crate's own reader in the wasm (what a reply the engine would
/// read differently takes: integers beyond 2^53, exponents, escaped surrogates).
#[wasm_bindgen_test]
fn every_reply_gets_the_native_verdict_when_parsed_in_the_wasm() {
    telepartner::wasm::sans_io::force_wasm_parse(true);
    let before = telepartner::endpoint::engine_reads();
    verdicts();
    telepartner::wasm::sans_io::force_wasm_parse(false);
    assert_eq!(telepartner::endpoint::engine_reads(), before);
}

fn verdicts() {
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
