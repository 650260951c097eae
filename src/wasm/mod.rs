//! The JS facade: classes per provider, JS errors, sans-IO functions.

pub mod error;
pub mod ivrsolutions;
pub mod options;
pub mod sans_io;

use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::error::Error;

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_JSON_VALUE: &'static str = r#"
/** Any JSON value: what a reply holds where the spec leaves its shape open. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
"#;

/// Serialize a reply for JS: plain objects (not `Map`s), JSON-compatible.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            error::to_js(&Error::Decode {
                status: 0,
                path: ".".into(),
                reason: e.to_string(),
                body: String::new(),
            })
        })
}

/// Read a JS value as JSON for the params decoders (`undefined`/`null` -> `{}`).
pub(crate) fn params_json(value: &JsValue) -> Result<serde_json::Value, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(serde_json::Value::Object(Default::default()));
    }
    serde_wasm_bindgen::from_value(value.clone())
        .map_err(|_| Error::validation("params", "expected a plain object of JSON values"))
}
