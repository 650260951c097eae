//! The JS facade: classes per provider, JS errors, sans-IO functions.

pub(crate) mod call;
pub mod error;
#[cfg(feature = "ivrsolutions")]
pub mod ivrsolutions;
#[cfg(feature = "ivrsolutions")]
pub mod journeys;
#[cfg(all(feature = "ivrsolutions", feature = "toku", feature = "rhystalk"))]
pub mod masked_call;
pub mod options;
#[cfg(feature = "rhystalk")]
pub mod rhystalk;
pub mod sans_io;
pub(crate) mod setup;
#[cfg(any(feature = "toku", feature = "rhystalk"))]
pub(crate) mod tokens;
#[cfg(feature = "toku")]
pub mod toku;

use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::error::Error;

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_JSON_VALUE: &'static str = r#"
/** Any JSON value: what a reply holds where the spec leaves its shape open. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** An id a document types as a number: a number, or a string beyond 2^53 (never rounded). */
export type Id = number | string;

/** Options of the async iterators (`iter...`): call options plus a cap on the rows yielded. */
export interface PageOptions extends CallOptions {
    /** Stop after this many rows (default: no cap). */
    maxItems?: number;
}

/** One attempt of a call, as `onRequest` / `onResponse` hooks see it. Holds no
 * header, body, query or parameter value: nothing secret or personal. */
export interface CallEvent {
    /** `IVR Solutions` or `RhysTalk`. */
    api: string;
    /** The method name, e.g. `buyDid` (`request` for the escape hatch). */
    operation: string;
    /** HTTP method. */
    method: string;
    /** Path template, e.g. `/partnerclients/client/{client_id}`. */
    path: string;
    /** 1 for the first attempt, 2 for the first retry, ... */
    attempt: number;
    /** HTTP status, when a reply came (onResponse). */
    status?: number;
    /** Milliseconds from send to reply or failure (onResponse). */
    elapsedMs?: number;
    /** The error kind of a failed attempt (onResponse). */
    error?: string;
    /** Whether a failed attempt will be retried (onResponse). */
    willRetry?: boolean;
}
"#;

/// Install the package's reply reader (`pkg-template/methods.js`): one crossing
/// per attempt for status, headers and body.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = __registerReader, skip_typescript)]
pub fn register_reader(read: js_sys::Function) {
    crate::transport::fetch::set_reader(read);
}

/// Serialize a reply for JS: plain objects (not `Map`s), JSON-compatible, and
/// integers beyond `Number.MAX_SAFE_INTEGER` as decimal strings (ids and money
/// never lose precision).
#[allow(dead_code)] // a single-API build may hand no typed struct to JS
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    to_js_value(value).map_err(|e| error::to_js(&e))
}

/// [`to_js`] with the core's error type.
#[allow(dead_code)] // a single-API build may hand no typed struct to JS
pub(crate) fn to_js_value<T: Serialize>(value: &T) -> Result<JsValue, Error> {
    json_to_js(crate::json::to_value(value).map_err(|e| unconvertible(e.to_string()))?)
}

/// A value that could not be handed to JS.
fn unconvertible(reason: String) -> Error {
    Error::Decode {
        status: 0,
        path: ".".into(),
        reason,
        body: String::new(),
    }
}

/// [`to_js_value`] of a JSON value already owned (replies): no copy first.
pub(crate) fn json_to_js(mut json: crate::json::Value) -> Result<JsValue, Error> {
    make_js_safe(&mut json);
    // One JSON text across the boundary and the engine's JSON.parse: faster than
    // building the object field by field from wasm.
    js_sys::JSON::parse(&crate::json::text(&json))
        .map_err(|_| unconvertible("the reply could not be handed to JS".into()))
}

/// Largest integer a JS number holds exactly.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Replace integers a JS number cannot hold exactly by their decimal strings.
pub fn make_js_safe(value: &mut crate::json::Value) {
    use crate::json::Value;
    match value {
        Value::Number(n) => {
            let unsafe_int = n.as_u64().is_some_and(|u| u > MAX_SAFE_INTEGER)
                || n.as_i64()
                    .is_some_and(|i| i.unsigned_abs() > MAX_SAFE_INTEGER);
            if unsafe_int {
                *value = Value::String(n.to_string());
            }
        }
        Value::Array(items) => items.iter_mut().for_each(make_js_safe),
        Value::Object(map) => map.values_mut().for_each(make_js_safe),
        _ => {}
    }
}

/// Read a JS value as JSON for the params decoders (`undefined`/`null` -> `{}`).
pub(crate) fn params_json(value: &JsValue) -> Result<crate::json::Value, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(crate::json::Value::Object(Default::default()));
    }
    // JSON.stringify, then one string across the boundary (faster than walking the
    // object from wasm). Values JSON cannot hold (BigInt, cycles) are refused.
    let bad = || Error::validation("params", "expected a plain object of JSON values");
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(bad)?;
    crate::json::from_str(&text).map_err(|_| bad())
}
