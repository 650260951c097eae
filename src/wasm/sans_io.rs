//! Sans-IO from JS: build the exact request, send it with any HTTP stack, parse the reply.

use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::json::{Map, Value};

use super::call::reply_to_js;
use super::error::to_js as js_error;
use super::options::Reader;
use super::{json_to_js, params_json};
use crate::client::Sent;
use crate::endpoint::{find, Api, BodyKind, PageStyle, Retry};
use crate::error::Error;
use crate::http::HttpResponse;
#[cfg(feature = "ivrsolutions")]
use crate::providers::ivrsolutions;
#[cfg(feature = "rhystalk")]
use crate::providers::rhystalk;
#[cfg(feature = "toku")]
use crate::providers::toku;

/// The APIs this build has (a single-API entry has one), for errors.
pub(crate) const API_EXPECTED: &str = if cfg!(all(
    feature = "ivrsolutions",
    feature = "rhystalk",
    feature = "toku"
)) {
    "expected \"ivrsolutions\", \"rhystalk\" or \"toku\""
} else if cfg!(feature = "ivrsolutions") {
    "expected \"ivrsolutions\" (this entry has only IVR Solutions)"
} else if cfg!(feature = "rhystalk") {
    "expected \"rhystalk\" (this entry has only RhysTalk)"
} else {
    "expected \"toku\" (this entry has only Toku)"
};
use crate::transport::fetch::FetchTransport;
use crate::transport::uuid_v4;
use crate::wire::Field;

/// A request built by `buildRequest`: send it as is.
#[derive(Debug, Serialize, Tsify)]
pub struct RequestData {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// Absolute URL.
    pub url: String,
    /// Headers to send, in the order the SDK writes them (includes credentials: do not log).
    #[tsify(type = "Record<string, string>")]
    pub headers: Map<String, Value>,
    /// JSON body text, when the operation has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

impl RequestData {
    /// As JS gets it (`body` absent when there is none).
    fn to_json(self) -> Value {
        let mut out = Map::new();
        out.insert("method".into(), self.method.into());
        out.insert("url".into(), self.url.into());
        out.insert("headers".into(), Value::Object(self.headers));
        if let Some(body) = self.body {
            out.insert("body".into(), body.into());
        }
        Value::Object(out)
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS_SANS_IO: &'static str = r#"
/** Which API an operation belongs to. */
export type ApiName = "ivrsolutions" | "rhystalk" | "toku";
/** Credentials for `buildRequest`: `apiKey` (IVR Solutions, Toku), `token` (RhysTalk, Toku), Toku's `lineOfBusinessId` and `userAgent`. */
export interface SansIoConfig { apiKey?: string; token?: string; lineOfBusinessId?: string; userAgent?: string; baseUrl?: string }
/** One wire field of an operation's params. */
export interface OperationField {
    /** Wire name. */
    name: string;
    /** What it holds: query and form strings are re-typed by it. */
    kind: "string" | "integer" | "number" | "boolean" | "json";
    /** Whether it must be present. */
    required: boolean;
}
/** How a list operation pages (its `iter...` method). */
export interface OperationPaging {
    /** The async iterator's name, e.g. `iterCallHistories`. */
    iterator: string;
    /** `offset`: limit + offset; `page`: page + limit. */
    style: "offset" | "page";
    /** Dotted path of the total rows (offset) or last page (page) in the reply, or "" to stop on a short page. */
    total: string;
    /** Dotted path of the rows in the reply, or "" for the reply itself or its `data`. */
    rows: string;
}
/** One operation of one API (see `operations()`), as declared once in the SDK. */
export interface OperationEntry {
    api: ApiName;
    /** The method name, e.g. `verifyPan`. */
    operation: string;
    /** The spec's operationId (or the collection's request). */
    operationId: string;
    method: string;
    /** Path template, `{name}` for path params. */
    path: string;
    /** Where the params that are not path params travel. */
    body: "json" | "query" | "form";
    /** `safe`: retried on transient failures; `keyed`: retried with the same Idempotency-Key; `never`. */
    retry: "safe" | "keyed" | "never";
    /** The params' TypeScript type and whether they may be omitted. */
    params: string;
    paramsOptional: boolean;
    /** The result's TypeScript type. */
    reply: string;
    /** The declaration's doc comment. */
    doc: string;
    fields: OperationField[];
    paging?: OperationPaging;
    /** The journey it is a step of (`onboarding`). */
    journey?: string;
    /** The call option `callbackSecret` signs its callback URL (it takes one and a `reference_id`). */
    signedCallback?: boolean;
}
/** A reply received by your own HTTP stack, for `parseResponse`. */
export interface ResponseData { status: number; headers?: Record<string, string>; body: string | Uint8Array }
"#;

/// The API named `api`, as a function of its marker type.
macro_rules! by_api {
    ($api:expr, $f:ident $(, $arg:expr)*) => {
        match $api {
            #[cfg(feature = "ivrsolutions")]
            "ivrsolutions" => $f::<ivrsolutions::IvrSolutionsApi>($($arg),*),
            #[cfg(feature = "rhystalk")]
            "rhystalk" => $f::<rhystalk::RhysTalkApi>($($arg),*),
            #[cfg(feature = "toku")]
            "toku" => $f::<toku::TokuApi>($($arg),*),
            _ => Err(Error::validation("api", crate::wasm::sans_io::API_EXPECTED)),
        }
    };
}

/// An API's config from the sans-IO `config` object.
trait SansIoConfig: Api {
    /// The keys of this API's `config`.
    const OPTIONS: &'static [&'static str];
    fn sans_io_config(r: &Reader) -> Result<Self::Config, Error>;
}

#[cfg(feature = "ivrsolutions")]
impl SansIoConfig for ivrsolutions::IvrSolutionsApi {
    const OPTIONS: &'static [&'static str] = &["apiKey", "baseUrl"];
    fn sans_io_config(r: &Reader) -> Result<ivrsolutions::Config, Error> {
        let key = r.string("apiKey")?.unwrap_or_default();
        ivrsolutions::Config::new(key, r.string("baseUrl")?.as_deref())
    }
}

#[cfg(feature = "rhystalk")]
impl SansIoConfig for rhystalk::RhysTalkApi {
    const OPTIONS: &'static [&'static str] = &["token", "baseUrl"];
    fn sans_io_config(r: &Reader) -> Result<rhystalk::Config, Error> {
        rhystalk::Config::new(r.string("token")?, r.string("baseUrl")?.as_deref())
    }
}

#[cfg(feature = "toku")]
impl SansIoConfig for toku::TokuApi {
    const OPTIONS: &'static [&'static str] = &[
        "baseUrl",
        "apiKey",
        "lineOfBusinessId",
        "token",
        "userAgent",
    ];
    fn sans_io_config(r: &Reader) -> Result<toku::Config, Error> {
        let base = r.string("baseUrl")?.ok_or_else(|| Error::Config {
            field: "baseUrl".into(),
            reason: "is required for Toku".into(),
        })?;
        toku::Config::new(
            &base,
            r.string("apiKey")?,
            r.string("lineOfBusinessId")?,
            r.string("token")?,
            r.string("userAgent")?,
        )
    }
}

fn build_for<A: SansIoConfig>(
    op: &str,
    params: &JsValue,
    config: JsValue,
) -> Result<RequestData, Error> {
    let r = Reader::new(Some(config), "config", A::OPTIONS)?
        .ok_or_else(|| Error::validation("config", "expected an object"))?;
    let cfg = A::sans_io_config(&r)?;
    let operation = find::<A>(op)?;
    let mut req = operation.build(&cfg, params_json(params)?)?;
    if let (Retry::Keyed, Some(header)) = (operation.retry, A::IDEMPOTENCY_HEADER) {
        // Send this exact request (same key) on every retry.
        req.headers
            .push((header.into(), uuid_v4(&FetchTransport::default())?));
    }
    Ok(RequestData {
        method: req.method.as_str().into(),
        url: req.url,
        headers: req
            .headers
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect(),
        body: req.body,
    })
}

/// Validate `params` for `operation` (a method name such as `verifyPan`) and
/// return the exact request to send. Nothing is sent. A write that takes an
/// `Idempotency-Key` (RhysTalk) gets a generated one: send this exact request
/// on every retry.
#[wasm_bindgen(js_name = buildRequest, unchecked_return_type = "RequestData")]
pub fn build_request(
    #[wasm_bindgen(unchecked_param_type = "ApiName")] api: String,
    operation: String,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>")] params: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SansIoConfig")] config: JsValue,
) -> Result<JsValue, JsValue> {
    let run = || -> Result<RequestData, Error> {
        by_api!(api.as_str(), build_for, &operation, &params, config)
    };
    run()
        .and_then(|data| json_to_js(data.to_json()))
        .map_err(|e| js_error(&e))
}

fn parse_for<A: Api>(op: &str, mut resp: HttpResponse) -> Result<JsValue, Error> {
    let op = find::<A>(op)?;
    let value = crate::endpoint::check_reply::<A>(&mut resp)?;
    reply_to_js(op, value, &resp, &Sent::default())
}

/// Parse a reply to `operation` of `api` with that API's rules: its typed
/// result (what the client method would resolve to), or the
/// `TelepartnerError` it means, thrown.
#[wasm_bindgen(js_name = parseResponse, unchecked_return_type = "JsonValue")]
pub fn parse_response(
    #[wasm_bindgen(unchecked_param_type = "ApiName")] api: String,
    operation: String,
    #[wasm_bindgen(unchecked_param_type = "ResponseData")] response: JsValue,
) -> Result<JsValue, JsValue> {
    let run = || -> Result<JsValue, Error> {
        let r = Reader::new(Some(response), "response", &["status", "headers", "body"])?
            .ok_or_else(|| Error::validation("response", "expected an object"))?;
        let status = r
            .integer("status", 100, 599)?
            .ok_or_else(|| Error::validation("status", "is required"))? as u16;
        let raw = r.get("body");
        let body = if let Some(text) = raw.as_string() {
            text.into_bytes()
        } else if let Some(bytes) = raw.dyn_ref::<js_sys::Uint8Array>() {
            crate::js::to_vec(bytes)
        } else {
            return Err(Error::validation("body", "expected a string or Uint8Array"));
        };
        let headers_js = r.get("headers");
        let mut headers = Vec::new();
        if headers_js.is_object() {
            let entries = super::options::own_entries(&headers_js).ok_or_else(|| {
                Error::validation(
                    "headers",
                    "could not be read (a getter or Proxy trap threw)",
                )
            })?;
            for (k, v) in entries {
                if let Some(v) = v.as_string() {
                    headers.push((k.to_ascii_lowercase(), v));
                }
            }
        }
        let resp = HttpResponse {
            status,
            parsed: engine_parse(&headers, &body),
            headers,
            body,
        };
        by_api!(api.as_str(), parse_for, &operation, resp)
    };
    run().map_err(|e| js_error(&e))
}

/// A registry row's members, written as JSON text straight from the
/// declarations (no value tree per row; the engine parses the whole list once).
struct Row<'a>(&'a mut String);

impl Row<'_> {
    fn key(&mut self, key: &str) {
        if !self.0.ends_with('{') {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(key);
        self.0.push_str("\":");
    }

    fn str(&mut self, key: &str, value: &str) {
        self.key(key);
        crate::json::lean::write_str(value, self.0);
    }

    fn bool(&mut self, key: &str, value: bool) {
        self.key(key);
        self.0.push_str(if value { "true" } else { "false" });
    }
}

fn entries<A: Api>(out: &mut String) {
    for op in A::OPERATIONS {
        if !out.ends_with('[') {
            out.push(',');
        }
        out.push('{');
        let mut row = Row(out);
        row.str("api", A::ID);
        row.str("operation", op.js_name);
        row.str("operationId", op.operation_id);
        row.str("method", op.method.as_str());
        row.str("path", op.path);
        let body = match op.body {
            BodyKind::Json => "json",
            BodyKind::Query => "query",
            BodyKind::Form => "form",
        };
        row.str("body", body);
        row.str("retry", op.retry.as_str());
        row.str("params", op.params);
        row.bool("paramsOptional", op.params_optional);
        row.str("reply", op.reply);
        row.str("doc", op.doc);
        row.key("fields");
        row.0.push('[');
        for f in Field::flat(op.fields) {
            if !row.0.ends_with('[') {
                row.0.push(',');
            }
            row.0.push('{');
            let mut field = Row(row.0);
            field.str("name", f.name);
            field.str("kind", f.kind.as_str());
            field.bool("required", f.required);
            field.0.push('}');
        }
        row.0.push(']');
        if let Some(p) = &op.paging {
            let style = match p.style {
                PageStyle::Offset => "offset",
                PageStyle::Page => "page",
            };
            row.key("paging");
            row.0.push('{');
            let mut paging = Row(row.0);
            paging.str("iterator", p.iterator);
            paging.str("style", style);
            paging.str("total", p.total);
            paging.str("rows", p.rows);
            paging.0.push('}');
        }
        if let Some(j) = op.journey {
            row.str("journey", j);
        }
        #[cfg(feature = "toku")]
        if crate::providers::toku::signs_callback(op) {
            row.bool("signedCallback", true);
        }
        row.0.push('}');
    }
}

/// Every operation of every API, from their declarations: name, method, path
/// template, body, retry class, params and reply types, fields, paging.
#[wasm_bindgen(unchecked_return_type = "OperationEntry[]")]
pub fn operations() -> JsValue {
    let mut rows = String::from("[");
    #[cfg(feature = "ivrsolutions")]
    entries::<ivrsolutions::IvrSolutionsApi>(&mut rows);
    #[cfg(feature = "rhystalk")]
    entries::<rhystalk::RhysTalkApi>(&mut rows);
    #[cfg(feature = "toku")]
    entries::<toku::TokuApi>(&mut rows);
    rows.push(']');
    js_sys::JSON::parse(&rows).unwrap_or(JsValue::NULL)
}

/// The same redaction the debug log applies: a JSON value (or a body as text) with keys,
/// tokens, passwords, OTPs, Aadhaar, PAN, PINs and SIP passwords replaced by
/// `[redacted]` and phone numbers masked to their last two digits.
#[wasm_bindgen(unchecked_return_type = "JsonValue")]
pub fn redact(
    #[wasm_bindgen(unchecked_param_type = "JsonValue")] value: JsValue,
) -> Result<JsValue, JsValue> {
    let redacted = match value.as_string() {
        Some(text) => crate::redact::redact_body(text.as_bytes()),
        None => {
            let mut json = params_json(&value).map_err(|e| js_error(&e))?;
            crate::redact::redact(&mut json);
            json
        }
    };
    json_to_js(redacted).map_err(|e| js_error(&e))
}

/// The body as the engine's `JSON.parse` reads it, for the reply check to
/// take as it is (what the package's fetch reader does for the methods): a
/// JSON reply (content type JSON or none) that the engine reads as the crate
/// would; else `None`, and the check parses the bytes.
fn engine_parse(headers: &[(String, String)], body: &[u8]) -> Option<JsValue> {
    let json = headers
        .iter()
        .find(|(k, _)| k == "content-type")
        .is_none_or(|(_, v)| crate::text::contains(v, "json"));
    if !json || SLOW_PATH.with(|s| s.get()) || !crate::json::engine_reads_alike(body) {
        return None;
    }
    js_sys::JSON::parse(std::str::from_utf8(body).ok()?).ok()
}

thread_local! {
    static SLOW_PATH: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Tests: make `parseResponse` parse every reply in the wasm (the path a reply
/// the engine would read differently takes), to hold both paths to one verdict.
#[doc(hidden)]
pub fn force_wasm_parse(on: bool) {
    SLOW_PATH.with(|s| s.set(on));
}
