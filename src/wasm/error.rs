//! Errors as real JS `Error`s.
//!
//! The package's entry points register the `TelepartnerError` class (an
//! `Error` subclass written in JS, so `instanceof` works); errors are built with
//! it and their fields set with `Reflect`. Without a registered class (e.g. in
//! wasm-bindgen tests) a plain `Error` named `TelepartnerError` is built.

use std::cell::RefCell;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;

use crate::endpoint::Retry;
use crate::error::Error;

thread_local! {
    static ERROR_CLASS: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Internal: called once by the package entry points with the `TelepartnerError` class.
#[wasm_bindgen(js_name = "__registerErrorClass", skip_typescript)]
pub fn register_error_class(class: Function) {
    ERROR_CLASS.with(|c| *c.borrow_mut() = Some(class));
}

/// Build the JS error for a failed call of an operation with retry class `retry`:
/// `retryable` is false for writes that are not idempotent, and `reason` says why.
pub fn to_js_for(err: &Error, retry: Retry) -> JsValue {
    let object = to_js(err);
    if retry == Retry::Never && err.is_transient() {
        crate::js::set(&object, "retryable", &false.into());
        let why = "not retried: this write is not idempotent and may have reached the server";
        crate::js::set(&object, "reason", &why.into());
    }
    object
}

/// Build the JS error for `err`.
pub fn to_js(err: &Error) -> JsValue {
    let message = JsValue::from_str(&err.to_string());
    let class = ERROR_CLASS.with(|c| c.borrow().clone());
    let object: JsValue = class
        .and_then(|c| Reflect::construct(&c, &Array::of1(&message)).ok())
        .unwrap_or_else(|| {
            let e: JsValue = js_sys::Error::new(&err.to_string()).into();
            crate::js::set(&e, "name", &"TelepartnerError".into());
            e
        });
    let set = |k: &str, v: JsValue| {
        crate::js::set(&object, k, &v);
    };
    let opt = |v: Option<&str>| v.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED);
    set("kind", err.kind().into());
    set(
        "status",
        err.status()
            .map(JsValue::from)
            .unwrap_or(JsValue::UNDEFINED),
    );
    set("field", opt(err.field()));
    set("retryable", err.is_transient().into());
    match err {
        Error::Validation { reason, .. } | Error::Config { reason, .. } => {
            set("reason", reason.as_str().into())
        }
        Error::Api {
            code,
            request_id,
            correlation_id,
            transaction_id,
            body,
            ..
        } => {
            set("code", opt(code.as_deref()));
            set("requestId", opt(request_id.as_deref()));
            set("correlationId", opt(correlation_id.as_deref()));
            set("transactionId", opt(transaction_id.as_deref()));
            set("body", body.as_str().into());
        }
        Error::Decode {
            path, reason, body, ..
        } => {
            set("path", path.as_str().into());
            set("reason", reason.as_str().into());
            set("body", body.as_str().into());
        }
        _ => {}
    }
    object
}

/// Internal diagnostics: bytes of wasm linear memory (for the memory soak test).
#[wasm_bindgen(js_name = "__wasmMemoryBytes", skip_typescript)]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length() as f64
        })
        .unwrap_or(0.0)
}
