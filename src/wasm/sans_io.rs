//! Sans-IO from JS: build the exact request, send it with any HTTP stack, parse the reply.

use std::collections::BTreeMap;

use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::error::to_js as js_error;
use super::options::Reader;
use super::{params_json, to_js};
use crate::endpoint::Retry;
use crate::error::Error;
use crate::http::HttpResponse;
use crate::providers::{ivrsolutions, rhystalk, toku};
use crate::transport::fetch::FetchTransport;
use crate::transport::uuid_v4;

/// A request built by `buildRequest`: send it as is.
#[derive(Debug, Serialize, Tsify)]
pub struct RequestData {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// Absolute URL.
    pub url: String,
    /// Headers to send (includes credentials: do not log).
    #[tsify(type = "Record<string, string>")]
    pub headers: BTreeMap<String, String>,
    /// JSON body text, when the operation has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

#[wasm_bindgen(typescript_custom_section)]
const TS_SANS_IO: &'static str = r#"
/** Which API an operation belongs to. */
export type ApiName = "ivrsolutions" | "rhystalk" | "toku";
/** Credentials for `buildRequest`: `apiKey` (IVR Solutions, Toku), `token` (RhysTalk, Toku), Toku's `lineOfBusinessId` and `userAgent`. */
export interface SansIoConfig { apiKey?: string; token?: string; lineOfBusinessId?: string; userAgent?: string; baseUrl?: string }
/** One operation of one API (see `operations()`). */
export interface OperationEntry { api: ApiName; operation: string; method: string; path: string }
/** A reply received by your own HTTP stack, for `parseResponse`. */
export interface ResponseData { status: number; headers?: Record<string, string>; body: string | Uint8Array }
"#;

fn api_check(api: &str) -> Result<(), Error> {
    if !matches!(api, "ivrsolutions" | "rhystalk" | "toku") {
        return Err(Error::validation(
            "api",
            "expected \"ivrsolutions\", \"rhystalk\" or \"toku\"",
        ));
    }
    Ok(())
}

/// Validate `params` for `operation` (a method name such as `verifyPan`) and
/// return the exact request to send. Nothing is sent. A RhysTalk write gets a
/// generated `Idempotency-Key` header: send this exact request on every retry.
#[wasm_bindgen(js_name = buildRequest, unchecked_return_type = "RequestData")]
pub fn build_request(
    #[wasm_bindgen(unchecked_param_type = "ApiName")] api: String,
    operation: String,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>")] params: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SansIoConfig")] config: JsValue,
) -> Result<JsValue, JsValue> {
    let run = || -> Result<RequestData, Error> {
        api_check(&api)?;
        let r = Reader::new(
            Some(config),
            "config",
            &[
                "apiKey",
                "token",
                "lineOfBusinessId",
                "userAgent",
                "baseUrl",
            ],
        )?
        .ok_or_else(|| Error::validation("config", "expected an object"))?;
        let base = r.string("baseUrl")?;
        let req = if api == "toku" {
            let base = base.ok_or_else(|| Error::Config {
                field: "baseUrl".into(),
                reason: "is required for Toku".into(),
            })?;
            let cfg = toku::Config::new(
                &base,
                r.string("apiKey")?,
                r.string("lineOfBusinessId")?,
                r.string("token")?,
                r.string("userAgent")?,
            )?;
            toku::build(&operation, params_json(&params)?, &cfg)?
        } else if api == "rhystalk" {
            let cfg = rhystalk::Config::new(r.string("token")?, base.as_deref())?;
            let mut req = rhystalk::build(&operation, params_json(&params)?, &cfg)?;
            let keyed = rhystalk::OPERATIONS
                .iter()
                .any(|o| o.js_name == operation && o.retry == Retry::Keyed);
            if keyed {
                // Send this exact request (same key) on every retry.
                req.headers.push((
                    "idempotency-key".into(),
                    uuid_v4(&FetchTransport::default())?,
                ));
            }
            req
        } else {
            let key = r.string("apiKey")?.unwrap_or_default();
            let cfg = ivrsolutions::Config::new(key, base.as_deref())?;
            ivrsolutions::build(&operation, params_json(&params)?, &cfg)?
        };
        Ok(RequestData {
            method: req.method.as_str().into(),
            url: req.url,
            headers: req.headers.into_iter().collect(),
            body: req.body,
        })
    };
    match run() {
        Ok(data) => to_js(&data),
        Err(e) => Err(js_error(&e)),
    }
}

/// Parse a reply to `operation` into its typed result, or throw the `TelepartnerError` it means.
#[wasm_bindgen(js_name = parseResponse, unchecked_return_type = "JsonValue")]
pub fn parse_response(
    #[wasm_bindgen(unchecked_param_type = "ApiName")] api: String,
    operation: String,
    #[wasm_bindgen(unchecked_param_type = "ResponseData")] response: JsValue,
) -> Result<JsValue, JsValue> {
    let run = || -> Result<serde_json::Value, Error> {
        api_check(&api)?;
        let r = Reader::new(Some(response), "response", &["status", "headers", "body"])?
            .ok_or_else(|| Error::validation("response", "expected an object"))?;
        let status = r
            .integer("status", 100, 599)?
            .ok_or_else(|| Error::validation("status", "is required"))? as u16;
        let raw = r.get("body");
        let body = if let Some(text) = raw.as_string() {
            text.into_bytes()
        } else if let Some(bytes) = raw.dyn_ref::<js_sys::Uint8Array>() {
            bytes.to_vec()
        } else {
            return Err(Error::validation("body", "expected a string or Uint8Array"));
        };
        let headers_js = r.get("headers");
        let mut headers = Vec::new();
        if headers_js.is_object() {
            for entry in js_sys::Object::entries(headers_js.unchecked_ref()).iter() {
                let pair: js_sys::Array = entry.unchecked_into();
                if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                    headers.push((k.to_ascii_lowercase(), v));
                }
            }
        }
        ivrsolutions::parse(
            &operation,
            &HttpResponse {
                status,
                headers,
                body,
            },
        )
    };
    match run() {
        Ok(v) => to_js(&v),
        Err(e) => Err(js_error(&e)),
    }
}

/// Every operation of every API: `{ api, operation, method, path }` (path templates use `{name}`).
#[wasm_bindgen(unchecked_return_type = "OperationEntry[]")]
pub fn operations() -> JsValue {
    let all = [
        ("ivrsolutions", ivrsolutions::OPERATIONS),
        ("rhystalk", rhystalk::OPERATIONS),
        ("toku", toku::OPERATIONS),
    ];
    let rows: Vec<serde_json::Value> = all
        .iter()
        .flat_map(|(api, ops)| ops.iter().map(move |o| serde_json::json!({"api": api, "operation": o.js_name, "method": o.method.as_str(), "path": o.path})))
        .collect();
    to_js(&rows).unwrap_or(JsValue::NULL)
}
