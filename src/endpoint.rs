//! The `Endpoint` trait and the generic, pure request builder / reply parser.
//!
//! One declaration per operation (constants + a params struct + `validate`)
//! serves the typed Rust API, the JS methods, the sans-IO functions and the
//! golden and coverage tests.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

use crate::error::{excerpt, Error};
use crate::http::{HttpRequest, HttpResponse, Method};

/// How an operation may be repeated after it may have reached the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retry {
    /// Reads (GETs and read-only POSTs): safe to retry on transient failures.
    Safe,
    /// Writes that carry an `Idempotency-Key`: retried with the same key.
    Keyed,
    /// Writes without idempotency: never retried once they may have been sent.
    Never,
}

/// Where the params that are not path params travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    /// A JSON object body (`content-type: application/json`).
    Json,
    /// The query string (GETs).
    Query,
}

/// A partner API: its config, auth headers and reply conventions.
pub trait Provider {
    /// Credentials and base URL.
    type Config;
    /// Human name for messages (`IVR Solutions`).
    const NAME: &'static str;
    /// The header that carries a correlation id, if the API defines one.
    const CORRELATION_HEADER: Option<&'static str> = None;
    /// The base URL in use (no trailing slash).
    fn base_url(cfg: &Self::Config) -> &str;
    /// Append authentication headers for this call.
    fn auth_headers(cfg: &Self::Config, headers: &mut Vec<(String, String)>) -> Result<(), Error>;
    /// Check a reply: the API's error conventions become errors, a success
    /// becomes the reply's JSON (not yet typed). Not generic, so the retry loop
    /// is compiled once per provider, not once per operation.
    fn check(resp: &HttpResponse) -> Result<Value, Error>;

    /// Turn a reply into the operation's response or an error.
    fn parse<R: DeserializeOwned>(resp: &HttpResponse) -> Result<R, Error> {
        decode_value(Self::check(resp)?, resp)
    }
}

/// Type a checked reply, reporting the failing path.
pub fn decode_value<R: DeserializeOwned>(value: Value, resp: &HttpResponse) -> Result<R, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::Decode {
        status: resp.status,
        path: e.path().to_string(),
        reason: e.inner().to_string(),
        body: excerpt(&resp.body),
    })
}

/// One API operation. Implemented by its params struct.
pub trait Endpoint: Serialize + DeserializeOwned {
    /// The API the operation belongs to.
    type Provider: Provider;
    /// The decoded reply, tied to the request.
    type Response: DeserializeOwned + Serialize;
    /// The spec's operationId.
    const OPERATION_ID: &'static str;
    /// The JS method name (`verifyPan`).
    const JS_NAME: &'static str;
    /// HTTP method.
    const METHOD: Method;
    /// Path template, `{name}` for path params.
    const PATH: &'static str;
    /// Where the remaining params go.
    const BODY: BodyKind;
    /// Retry class.
    const RETRY: Retry;
    /// Local checks beyond the types; run before anything is sent.
    fn validate(&self) -> Result<(), Error>;
}

/// Decode params from a JSON value (what JS passed), naming the field on error.
///
/// Unknown fields are rejected, missing required fields and wrong types are
/// reported with the field's wire name. Values are never echoed.
///
/// Plain serde (no path-tracking wrapper, which would be compiled again for
/// every operation): serde names the field for missing and unknown fields; for
/// a wrong type or value, the field is found by matching serde's description of
/// the unexpected value against the input.
pub fn decode_params<E: Endpoint>(value: Value) -> Result<E, Error> {
    if !value.is_object() {
        return Err(Error::validation("params", "expected an object"));
    }
    E::deserialize(&value).map_err(|e| {
        let msg = e.to_string();
        let path = locate_unexpected(&value, &msg).unwrap_or_default();
        params_error(&path, &msg)
    })
}

/// The path of the first value in `root` that serde's message `msg` complains about.
fn locate_unexpected(root: &Value, msg: &str) -> Option<String> {
    let target = if let Some(rest) = msg.strip_prefix("unknown variant `") {
        format!("string {:?}", rest.split('`').next()?)
    } else {
        let rest = msg
            .strip_prefix("invalid type: ")
            .or_else(|| msg.strip_prefix("invalid value: "))?;
        match rest.split(", expected").next()? {
            "unit value" => "null".to_owned(),
            other => other.to_owned(),
        }
    };
    let mut found = None;
    walk(root, String::new(), &mut |path, v| {
        if found.is_none() && !path.is_empty() && describe(v) == target {
            found = Some(path.to_owned());
        }
    });
    found
}

fn walk(v: &Value, path: String, f: &mut impl FnMut(&str, &Value)) {
    f(&path, v);
    let join = |k: &str| {
        if path.is_empty() {
            k.to_owned()
        } else {
            format!("{path}.{k}")
        }
    };
    match v {
        Value::Object(map) => map.iter().for_each(|(k, child)| walk(child, join(k), f)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, child)| walk(child, join(&i.to_string()), f)),
        _ => {}
    }
}

/// serde's `Unexpected` description of a JSON value (`integer `42``, `string "x"`, `map`).
fn describe(v: &Value) -> String {
    use serde::de::Unexpected;
    let unexpected = match v {
        Value::Null => return "null".to_owned(),
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (_, Some(i), _) => Unexpected::Signed(i),
            (_, _, f) => Unexpected::Float(f.unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    unexpected.to_string()
}

/// Map a serde message to a field + rule without the offending value.
fn params_error(path: &str, msg: &str) -> Error {
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_owned);
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let field = quoted(rest).unwrap_or_else(|| path.to_owned());
        return Error::validation(join(path, &field), "is required");
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let field = quoted(rest).unwrap_or_default();
        let expected = rest
            .split_once(", expected ")
            .map(|(_, e)| e.replace('`', ""))
            .unwrap_or_default();
        let reason = if expected.is_empty() {
            "is not a parameter of this operation".to_owned()
        } else {
            format!("is not a parameter of this operation (expected {expected})")
        };
        return Error::validation(join(path, &field), reason);
    }
    let field = if path.is_empty() || path == "." {
        "params".to_owned()
    } else {
        path.to_owned()
    };
    let reason = match msg.split_once("expected ") {
        Some((_, expected)) => format!("expected {}", expected.replace('`', "'")),
        None => "has an invalid value".to_owned(),
    };
    Error::validation(field, reason)
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() || path == "." || path == field || path.ends_with(&format!(".{field}")) {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Validate the params and build the exact request for `cfg`.
pub fn build_request<E: Endpoint>(
    params: &E,
    cfg: &<E::Provider as Provider>::Config,
) -> Result<HttpRequest, Error> {
    params.validate()?;
    let fields = serde_json::to_value(params)
        .map_err(|_| Error::validation("params", "could not be encoded as JSON"))?;
    let mut headers = vec![("accept".to_owned(), "application/json".to_owned())];
    E::Provider::auth_headers(cfg, &mut headers)?;
    assemble(
        E::METHOD,
        E::PATH,
        E::BODY,
        E::Provider::base_url(cfg),
        headers,
        fields,
    )
}

/// The operation-independent part of [`build_request`] (compiled once).
fn assemble(
    method: Method,
    path_template: &str,
    body_kind: BodyKind,
    base: &str,
    mut headers: Vec<(String, String)>,
    fields: Value,
) -> Result<HttpRequest, Error> {
    let mut fields = match fields {
        Value::Object(map) => map,
        Value::Null => Map::new(),
        _ => return Err(Error::validation("params", "expected an object")),
    };
    let path = fill_path(path_template, &mut fields)?;
    let (url, body) = match body_kind {
        BodyKind::Json => {
            headers.push(("content-type".to_owned(), "application/json".to_owned()));
            let body = serde_json::to_string(&Value::Object(fields))
                .map_err(|_| Error::validation("params", "could not be encoded as JSON"))?;
            (format!("{base}{path}"), Some(body))
        }
        BodyKind::Query => {
            let query = encode_query(&fields);
            let url = if query.is_empty() {
                format!("{base}{path}")
            } else {
                format!("{base}{path}?{query}")
            };
            (url, None)
        }
    };
    Ok(HttpRequest {
        method,
        url,
        headers,
        body,
    })
}

/// Substitute `{name}` path params (percent-encoded), removing them from `fields`.
fn fill_path(template: &str, fields: &mut Map<String, Value>) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map(|e| start + e)
            .unwrap_or(rest.len());
        let name = &rest[start + 1..end];
        let value = match fields.remove(name) {
            Some(Value::String(s)) if !s.is_empty() => s,
            Some(Value::Number(n)) => n.to_string(),
            _ => return Err(Error::validation(name, "is required (path parameter)")),
        };
        out.push_str(&percent_encode(&value));
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    Ok(out)
}

/// Percent-encode everything except RFC 3986 unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn encode_query(fields: &Map<String, Value>) -> String {
    let mut parts = Vec::new();
    for (k, v) in fields {
        let v = match v {
            Value::Null => continue,
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        parts.push(format!("{}={}", percent_encode(k), percent_encode(&v)));
    }
    parts.join("&")
}

/// Decode a JSON reply body into `R`, reporting the failing path.
pub fn decode_json<R: DeserializeOwned>(resp: &HttpResponse) -> Result<R, Error> {
    let decode_err = |path: String, reason: String| Error::Decode {
        status: resp.status,
        path,
        reason,
        body: excerpt(&resp.body),
    };
    let text = std::str::from_utf8(&resp.body)
        .map_err(|_| decode_err(".".into(), "reply body is not valid UTF-8".into()))?;
    if text.trim().is_empty() {
        return Err(decode_err(".".into(), "reply body is empty".into()));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value: R = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let reason = e.inner().to_string();
        decode_err(if path.is_empty() { ".".into() } else { path }, reason)
    })?;
    de.end()
        .map_err(|e| decode_err(".".into(), e.to_string()))?;
    Ok(value)
}

/// Parse a reply for operation `E`.
pub fn parse_response<E: Endpoint>(resp: &HttpResponse) -> Result<E::Response, Error> {
    E::Provider::parse(resp)
}
