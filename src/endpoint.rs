//! The `Endpoint` trait and the generic, pure request builder / reply parser.
//!
//! An operation is declared once, with `#[operation(...)]` on its params
//! struct (see `telepartner-macros`); the declaration implements [`Endpoint`],
//! whose [`Operation`] record is the registry entry every consumer reads: the
//! typed Rust API, the JS methods and `.d.ts`, sans-IO, the proxy, paging, the
//! sandbox's routing and the coverage tests.

use crate::json::{Map, Value};
use serde::{de::DeserializeOwned, Serialize};

use crate::error::{excerpt, Error};
use crate::http::{HttpRequest, HttpResponse, Method};
use crate::wire::{Field, FieldKind, Params};

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
    /// A form body (`content-type: application/x-www-form-urlencoded`).
    Form,
}

/// Which credentials an operation sends (for APIs whose operations differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// The API's one scheme.
    Default,
    /// `x-api-key` + `line-of-business-id` (+ `user-agent`).
    ApiKey,
    /// `api-authorization: Bearer <token>`.
    ApiAuthorization,
    /// `Authorization: Bearer <token>`.
    Bearer,
}

impl Auth {
    /// The scheme as `operations()` lists it.
    pub fn as_str(self) -> &'static str {
        match self {
            Auth::Default => "default",
            Auth::ApiKey => "apiKey",
            Auth::ApiAuthorization => "apiAuthorization",
            Auth::Bearer => "bearer",
        }
    }
}

impl Retry {
    /// The class as `operations()` lists it.
    pub fn as_str(self) -> &'static str {
        match self {
            Retry::Safe => "safe",
            Retry::Keyed => "keyed",
            Retry::Never => "never",
        }
    }
}

/// A partner API: its config, auth headers, reply conventions and registry.
pub trait Api: Sized + 'static {
    /// Credentials and base URL.
    type Config;
    /// Human name for messages (`IVR Solutions`).
    const NAME: &'static str;
    /// The name sans-IO and the proxy use (`ivrsolutions`).
    const ID: &'static str;
    /// The header that carries a correlation id, if the API defines one.
    const CORRELATION_HEADER: Option<&'static str> = None;
    /// The header that carries an idempotency key, if the API defines one.
    const IDEMPOTENCY_HEADER: Option<&'static str> = None;
    /// The registry: every operation of this API, from their declarations.
    const OPERATIONS: &'static [Operation<Self>];
    /// The base URL in use (no trailing slash).
    fn base_url(cfg: &Self::Config) -> &str;
    /// Append the authentication headers `auth` asks for (`operation` names the
    /// call in a config error).
    fn auth_headers(
        cfg: &Self::Config,
        auth: Auth,
        operation: &str,
        headers: &mut Vec<(String, String)>,
    ) -> Result<(), Error>;
    /// Check a reply: the API's error conventions become errors, a success
    /// becomes the reply's JSON (not yet typed). Not generic, so the retry loop
    /// is compiled once per API, not once per operation.
    fn check(resp: &HttpResponse) -> Result<Value, Error>;
    /// The header that carries a token from a [`crate::client::TokenSource`]
    /// for an operation with `auth` (`None`: that operation sends no token).
    fn token_header(_auth: Auth) -> Option<&'static str> {
        Some("authorization")
    }
    /// Whether `err` says the token expired (then: a new token, one more try).
    fn token_expired(err: &Error) -> bool {
        matches!(err, Error::Api { status: 401, .. })
    }
    /// The exchange's ids a JS caller gets around a reply (RhysTalk: `status`,
    /// `idempotencyKey`, `correlationId`, `transactionId` next to `data`);
    /// `None`: the reply itself is the result.
    fn reply_ids(
        _resp: &HttpResponse,
        _sent: &crate::client::Sent,
    ) -> Option<Vec<(&'static str, String)>> {
        None
    }
    /// The result a JS caller gets from a typed reply (as JSON): the reply,
    /// wrapped with [`Api::reply_ids`] when the API has them.
    fn wrap_reply(reply: Value, resp: &HttpResponse, sent: &crate::client::Sent) -> Value {
        let Some(ids) = Self::reply_ids(resp, sent) else {
            return reply;
        };
        let mut out = Map::new();
        out.insert("data".into(), reply);
        out.insert("status".into(), Value::from(resp.status));
        for (k, v) in ids {
            out.insert(k.into(), Value::String(v));
        }
        Value::Object(out)
    }
    /// Whether a 2xx reply is a success by this API's conventions (IVR's
    /// envelope `status`, Toku's `success: false`), read through the
    /// [`crate::shape::Read`] seam: `check` decides with it natively, and the
    /// wasm on the object the engine parsed.
    fn succeeded<R: crate::shape::Read>(_reply: &R) -> bool {
        true
    }
    /// What `check` does to a successful reply, on the object the engine
    /// parsed (IVR: the envelope's `status` as a number, `message` present).
    #[cfg(target_arch = "wasm32")]
    fn settle_parsed(_reply: &wasm_bindgen::JsValue, _resp: &HttpResponse) {}
}

/// The one reply check the client runs on every attempt: [`Api::check`], or,
/// in the wasm, when the engine already parsed a 2xx reply that it reads
/// exactly as the crate would ([`crate::json::engine_reads_alike`]) and the
/// API takes as a success, that object as it is (kept in `resp.parsed`; the
/// returned JSON is then `null` and unused). Any other reply, `resp.parsed`
/// is dropped and `check` parses the bytes (same verdict, same errors).
pub fn check_reply<A: Api>(resp: &mut HttpResponse) -> Result<Value, Error> {
    #[cfg(target_arch = "wasm32")]
    if let Some(parsed) = resp.parsed.take() {
        if (200..300).contains(&resp.status)
            && crate::json::engine_reads_alike(&resp.body)
            && A::succeeded(&parsed)
        {
            A::settle_parsed(&parsed, resp);
            resp.parsed = Some(parsed);
            ENGINE_READS.with(|n| n.set(n.get() + 1));
            return Ok(Value::Null);
        }
    }
    A::check(resp)
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static ENGINE_READS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Tests: how many replies [`check_reply`] took as the engine parsed them.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub fn engine_reads() -> u32 {
    ENGINE_READS.with(|n| n.get())
}

/// Type a checked reply, reporting the failing path. Plain serde (a
/// path-tracking wrapper would be compiled again for every reply type); the
/// path is recovered from serde's message and the value.
pub fn decode_value<R: DeserializeOwned>(value: Value, resp: &HttpResponse) -> Result<R, Error> {
    crate::de::from_value::<R>(&value).map_err(|e| {
        let reason = e.to_string();
        let path = crate::wire::locate(&value, &reason)
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| ".".into());
        Error::Decode {
            status: resp.status,
            path,
            reason,
            body: excerpt(&resp.body),
        }
    })
}

/// How a paged operation pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageStyle {
    /// `limit` + `offset`.
    Offset,
    /// `page` + `limit`.
    Page,
}

/// The paging shape of an operation (its async iterator).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The iterator's JS name (`iterCallHistories`).
    pub iterator: &'static str,
    /// Offset or page paging.
    pub style: PageStyle,
    /// Where the reply says when to stop: the total rows (offset paging,
    /// `meta.total_records`) or the last page (page paging,
    /// `meta.pagination.last_page`), as a dotted path; empty: stop on a short page.
    pub total: &'static str,
    /// Dotted path of the rows in the reply; empty: the reply itself when it is
    /// an array, else `data` (or `data.data`).
    pub rows: &'static str,
}

/// Everything about one operation, from its declaration (`#[operation]`):
/// the registry entry that the JS classes, sans-IO, proxy, paging, sandbox,
/// coverage tests and README read.
#[derive(Debug)]
pub struct Operation<A: Api> {
    /// JS method name (`verifyPan`).
    pub js_name: &'static str,
    /// The spec's operationId (or the request's name in the collection).
    pub operation_id: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template, `{name}` for path params.
    pub path: &'static str,
    /// Where the params that are not path params travel.
    pub body: BodyKind,
    /// Retry class.
    pub retry: Retry,
    /// Credentials the operation sends.
    pub auth: Auth,
    /// The `accept` header (not JSON: the reply is returned as bytes).
    pub accept: &'static str,
    /// Other spellings accepted on input, renamed before decoding: `(alias, wire name)`.
    pub aliases: &'static [(&'static str, &'static str)],
    /// The declaration's doc comment.
    pub doc: &'static str,
    /// The params' TypeScript type name.
    pub params: &'static str,
    /// Whether the params may be omitted (no field is required).
    pub params_optional: bool,
    /// The JS result's TypeScript type.
    pub reply: &'static str,
    /// The params' wire fields.
    pub fields: &'static [Field],
    /// Paging, for list operations.
    pub paging: Option<Paging>,
    /// The journey this operation is a step of (`onboarding`), if any.
    pub journey: Option<&'static str>,
    /// The rules across fields (`check = f`): run on the checked wire fields
    /// after the field rules.
    pub check: Option<crate::wire::GroupCheck>,
    /// The last word on the wire fields (`rewrite = f`), after every rule.
    pub rewrite: Option<crate::wire::Rewrite>,
    /// The API the operation belongs to (its config, auth and reply rules).
    pub api: std::marker::PhantomData<fn() -> A>,
    /// Natively: type a checked reply (from [`Api::check`]) and return it as
    /// JSON (the wasm checks it against [`Operation::shape`] instead: see
    /// [`Operation::decode_reply`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub decode: fn(Value, &HttpResponse) -> Result<Value, Error>,
    /// The reply's shape table (from its `#[reply]` declaration).
    pub shape: &'static crate::shape::Shape,
    /// Natively: whether serde alone types `value` as the reply type (the
    /// tests hold the shape table to it).
    #[cfg(not(target_arch = "wasm32"))]
    pub serde_accepts: fn(&Value) -> bool,
}

impl<A: Api> Operation<A> {
    /// Whether the reply is bytes (recordings) rather than JSON.
    pub fn binary(&self) -> bool {
        !crate::text::contains(self.accept, "json")
    }

    /// A checked reply (from [`Api::check`]) as the operation's reply: typed
    /// natively; in the wasm held to the reply's shape table and handed on as
    /// it came (one function for every operation, no code per reply type).
    pub fn decode_reply(&self, value: Value, resp: &HttpResponse) -> Result<Value, Error> {
        #[cfg(target_arch = "wasm32")]
        return decode_shaped(self.binary(), self.shape, value, resp);
        #[cfg(not(target_arch = "wasm32"))]
        (self.decode)(value, resp)
    }

    /// Check params given as JSON against the declaration and build the exact
    /// request for `cfg`: the one request builder (JS methods, sans-IO, the
    /// proxy and the typed Rust API all end here). Not generic over the
    /// operation: the field table drives it.
    pub fn build(&self, cfg: &A::Config, params: Value) -> Result<HttpRequest, Error> {
        let Value::Object(mut map) = params else {
            return Err(Error::validation("params", "expected an object"));
        };
        for (alias, name) in self.aliases {
            if !map.contains_key(*name) {
                if let Some(v) = map.shift_remove(*alias) {
                    map.insert((*name).to_owned(), v);
                }
            }
        }
        let mut fields = crate::wire::encode(self.fields, self.check, map)?;
        if let Some(rewrite) = self.rewrite {
            rewrite(&mut fields)?;
        }
        let mut headers = vec![("accept".to_owned(), self.accept.to_owned())];
        A::auth_headers(cfg, self.auth, self.js_name, &mut headers)?;
        assemble(
            self.method,
            self.path,
            self.body,
            A::base_url(cfg),
            headers,
            fields,
        )
    }
}

/// One API operation: implemented by `#[operation]` on its params struct.
pub trait Endpoint: Params {
    /// The API the operation belongs to.
    type Api: Api;
    /// The decoded reply, tied to the request; its shape table checks replies in the wasm.
    type Response: DeserializeOwned + Serialize + crate::shape::HasShape;
    /// Everything else about the operation.
    const OPERATION: Operation<Self::Api>;
}

/// Whether serde types `value` as `E`'s reply (the registry's `serde_accepts`).
#[cfg(not(target_arch = "wasm32"))]
pub fn serde_accepts<E: Endpoint>(value: &Value) -> bool {
    crate::de::from_value::<E::Response>(value).is_ok()
}

/// The operation `E` as a registry entry's `decode` (natively: typed by serde).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_json_reply<E: Endpoint>(value: Value, resp: &HttpResponse) -> Result<Value, Error> {
    reply_json(decode_reply::<E>(value, resp)?)
}

/// The wasm's reply check, shared by every operation (one copy, not one per
/// reply type): the content type, then the reply's shape table.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn decode_shaped(
    binary: bool,
    shape: &'static crate::shape::Shape,
    value: Value,
    resp: &HttpResponse,
) -> Result<Value, Error> {
    let value = checked_reply(binary, value, resp)?;
    if !binary {
        crate::shape::check_shape(shape, crate::shape::Node::Lean(&value), resp)?;
    }
    Ok(value)
}

/// Type a checked reply of `E` (what [`Api::check`] returned). The one place
/// the reply rules below apply, for every path: typed, registry, JS, sans-IO.
/// The shape table is held against the reply first, so both builds give the
/// same verdict, with the same message, on the same reply.
pub fn decode_reply<E: Endpoint>(value: Value, resp: &HttpResponse) -> Result<E::Response, Error> {
    let value = checked_reply(E::OPERATION.binary(), value, resp)?;
    if !E::OPERATION.binary() {
        crate::shape::check_reply::<E::Response, _>(&value, resp)?;
    }
    decode_value(value, resp)
}

/// A bytes operation's reply must be audio; a JSON operation's must be JSON.
fn checked_reply(binary: bool, value: Value, resp: &HttpResponse) -> Result<Value, Error> {
    if binary {
        binary_reply(resp)?;
        return Ok(value);
    }
    json_reply(value, resp)
}

/// A JSON operation's checked reply: an API whose check lets a non-JSON 2xx
/// through (Toku, for its recordings) yields `null`; for a JSON operation that
/// is a decode error naming what came instead (an HTML page from a proxy or a
/// wrong `baseUrl`), never a result.
fn json_reply(value: Value, resp: &HttpResponse) -> Result<Value, Error> {
    let content_type = resp.header("content-type").unwrap_or("");
    if value.is_null() && !content_type.is_empty() && !crate::text::contains(content_type, "json") {
        return Err(Error::Decode {
            status: resp.status,
            path: ".".into(),
            reason: format!(
                "expected a JSON reply, got {}",
                excerpt(content_type.as_bytes())
            ),
            body: excerpt(&resp.body),
        });
    }
    Ok(value)
}

/// A bytes operation's reply (recordings): audio, or a decode error.
fn binary_reply(resp: &HttpResponse) -> Result<(), Error> {
    let content_type = resp.header("content-type").unwrap_or("");
    if content_type.starts_with("audio/") || content_type.starts_with("application/octet-stream") {
        return Ok(());
    }
    Err(Error::Decode {
        status: resp.status,
        path: ".".into(),
        reason: format!("expected audio, got {}", excerpt(content_type.as_bytes())),
        body: excerpt(&resp.body),
    })
}

/// The registry entry of `A` named `op` (JS name).
pub fn find<A: Api>(op: &str) -> Result<&'static Operation<A>, Error> {
    A::OPERATIONS
        .iter()
        .find(|o| o.js_name == op)
        .ok_or_else(|| unknown_operation::<A>(op))
}

/// Sans-IO: decode `params` for the operation named `op` and build its request.
pub fn build_named<A: Api>(op: &str, params: Value, cfg: &A::Config) -> Result<HttpRequest, Error> {
    find::<A>(op)?.build(cfg, params)
}

/// Sans-IO: parse a reply to the operation named `op` with `A`'s rules into
/// its typed reply (as JSON). Bytes replies (recordings) are checked, and
/// returned as `null` (the bytes are the body).
pub fn parse_named<A: Api>(op: &str, resp: &HttpResponse) -> Result<Value, Error> {
    let op = find::<A>(op)?;
    op.decode_reply(A::check(resp)?, resp)
}

/// The operation of `A` that serves `method` + `path` (a path on the API's
/// host, without the query), with its path params decoded.
pub fn route<A: Api>(
    method: &str,
    path: &str,
) -> Option<(&'static Operation<A>, Map<String, Value>)> {
    A::OPERATIONS.iter().find_map(|op| {
        if !op.method.as_str().eq_ignore_ascii_case(method) {
            return None;
        }
        let (t, p): (Vec<&str>, Vec<&str>) =
            (op.path.split('/').collect(), path.split('/').collect());
        if t.len() != p.len() {
            return None;
        }
        let mut params = Map::new();
        for (t, p) in t.iter().zip(&p) {
            match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                Some(name) => {
                    params.insert(name.to_owned(), Value::String(percent_decode(p)));
                }
                None if t == p => {}
                None => return None,
            }
        }
        Some((op, params))
    })
}

/// Give string values (from a query string or form body) the JSON type the
/// operation's fields declare (integers, numbers, booleans); others are left
/// as they are, for validation to judge.
pub fn retype_strings(table: &'static [Field], params: &mut Map<String, Value>) {
    Field::each(table, &mut |f| {
        let typed = match params.get(f.name) {
            Some(Value::String(s)) => match f.kind {
                FieldKind::Integer(_) => s.trim().parse::<i64>().ok().map(Value::from),
                FieldKind::Number => s
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(crate::json::Number::from_f64)
                    .map(Value::Number),
                FieldKind::Boolean => match s.as_str() {
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = typed {
            params.insert(f.name.to_owned(), v);
        }
    });
}

/// Decode `%XX` escapes (invalid escapes are kept as they are).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decode params from a JSON value (what JS passed), naming the field on error.
///
/// Unknown fields are rejected; missing required fields and wrong types are
/// reported with the field's wire name. Values are never echoed.
pub fn decode_params<E: Endpoint>(value: Value) -> Result<E, Error> {
    match value {
        Value::Object(mut map) => {
            for (alias, name) in E::OPERATION.aliases {
                if !map.contains_key(*name) {
                    if let Some(v) = map.shift_remove(*alias) {
                        map.insert((*name).to_owned(), v);
                    }
                }
            }
            E::from_fields(&mut map)
        }
        _ => Err(Error::validation("params", "expected an object")),
    }
}

/// Validate the params and build the exact request for `cfg` (the typed
/// path: the struct's wire fields go through [`Operation::build`]).
pub fn build_request<E: Endpoint>(
    params: &E,
    cfg: &<E::Api as Api>::Config,
) -> Result<HttpRequest, Error> {
    let mut fields = Map::new();
    params.to_fields(&mut fields);
    E::OPERATION.build(cfg, Value::Object(fields))
}

/// The operation-independent part of [`Operation::build`].
fn assemble(
    method: Method,
    path_template: &str,
    body_kind: BodyKind,
    base: &str,
    mut headers: Vec<(String, String)>,
    mut fields: Map<String, Value>,
) -> Result<HttpRequest, Error> {
    let path = fill_path(path_template, &mut fields)?;
    let (url, body) = match body_kind {
        BodyKind::Json => {
            headers.push(("content-type".to_owned(), "application/json".to_owned()));
            let body = crate::json::text(&Value::Object(fields));
            (format!("{base}{path}"), Some(body))
        }
        BodyKind::Form => {
            headers.push((
                "content-type".to_owned(),
                "application/x-www-form-urlencoded".to_owned(),
            ));
            (format!("{base}{path}"), Some(encode_query(&fields)))
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
        let value = match fields.shift_remove(name) {
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
    percent_encode_into(&mut out, s);
    out
}

/// [`percent_encode`] onto `out` (two upper-case hex digits per byte, no formatting machinery).
fn percent_encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

fn encode_query(fields: &Map<String, Value>) -> String {
    let mut out = String::new();
    for (k, v) in fields {
        let text;
        let v = match v {
            Value::Null => continue,
            Value::String(s) => s.as_str(),
            other => {
                text = crate::json::text(other);
                &text
            }
        };
        if !out.is_empty() {
            out.push('&');
        }
        percent_encode_into(&mut out, k);
        out.push('=');
        percent_encode_into(&mut out, v);
    }
    out
}

/// Parse a JSON reply body (UTF-8, not empty), naming the fault.
pub fn parse_json(resp: &HttpResponse) -> Result<Value, Error> {
    let decode_err = |reason: String| Error::Decode {
        status: resp.status,
        path: ".".into(),
        reason,
        body: excerpt(&resp.body),
    };
    let text = std::str::from_utf8(&resp.body)
        .map_err(|_| decode_err("reply body is not valid UTF-8".into()))?;
    if text.trim().is_empty() {
        return Err(decode_err("reply body is empty".into()));
    }
    crate::json::from_str(text).map_err(|e| decode_err(e.to_string()))
}

/// Parse a reply for operation `E`.
pub fn parse_response<E: Endpoint>(resp: &HttpResponse) -> Result<E::Response, Error> {
    decode_reply::<E>(E::Api::check(resp)?, resp)
}

/// Build a request to an endpoint the SDK does not list, with the provider's
/// auth: the escape hatch behind `request(method, path, body)`.
///
/// `path` must be a path on the configured host (`/partnerclients/new_thing`,
/// optionally with a query): absolute URLs, `//host`, backslashes, `.`/`..`
/// segments (also percent-encoded) and control characters are refused. A body
/// must be a JSON object and is not allowed on GET. GETs are retried like
/// reads; everything else is treated as a non-idempotent write.
pub fn custom_request<A: Api>(
    cfg: &A::Config,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> Result<(HttpRequest, Retry), Error> {
    let method = match method.to_ascii_uppercase().as_str() {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "PATCH" => Method::Patch,
        "DELETE" => Method::Delete,
        _ => {
            return Err(Error::validation(
                "method",
                "expected GET, POST, PUT, PATCH or DELETE",
            ))
        }
    };
    let bad = |reason: &str| Err(Error::validation("path", reason));
    if !path.starts_with('/') || path.starts_with("//") {
        return bad("expected a path on the configured host, starting with a single '/'");
    }
    if crate::text::contains(path, "://")
        || path.contains('\\')
        || path.contains('#')
        || path.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return bad("must not contain a scheme, backslash, fragment, spaces or control characters");
    }
    let route = path.split('?').next().unwrap_or("");
    let dot_segment = route.split('/').any(|seg| {
        let seg = crate::text::replace(&seg.to_ascii_lowercase(), "%2e", ".");
        seg == "." || seg == ".."
    });
    if dot_segment || crate::text::contains(&route.to_ascii_lowercase(), "%2f") {
        return bad("must not contain '.' or '..' segments or encoded slashes");
    }
    if path.len() > 2048 {
        return bad("must be at most 2048 characters");
    }
    let mut headers = vec![("accept".to_owned(), "application/json".to_owned())];
    A::auth_headers(cfg, Auth::Default, "request", &mut headers)?;
    let url = format!("{}{path}", A::base_url(cfg));
    let body = match body {
        None | Some(Value::Null) => None,
        Some(_) if method == Method::Get => {
            return Err(Error::validation("body", "a GET request has no body"))
        }
        Some(value @ Value::Object(_)) => {
            headers.push(("content-type".to_owned(), "application/json".to_owned()));
            Some(crate::json::text(&value))
        }
        Some(_) => return Err(Error::validation("body", "expected a JSON object")),
    };
    let retry = if method == Method::Get {
        Retry::Safe
    } else {
        Retry::Never
    };
    Ok((
        HttpRequest {
            method,
            url,
            headers,
            body,
        },
        retry,
    ))
}

/// The error for an operation name an API does not have.
pub fn unknown_operation<A: Api>(op: &str) -> Error {
    let names: Vec<&str> = A::OPERATIONS.iter().map(|o| o.js_name).collect();
    let shown: String = op.chars().take(64).collect();
    Error::validation(
        "operation",
        format!(
            "unknown {} operation '{shown}' (expected one of {})",
            A::NAME,
            crate::text::join(&names, ", ")
        ),
    )
}

/// A typed reply back to JSON (sans-IO).
pub fn reply_json<T: Serialize>(value: T) -> Result<Value, Error> {
    crate::json::to_value(value).map_err(|e| Error::Decode {
        status: 0,
        path: ".".into(),
        reason: e.to_string(),
        body: String::new(),
    })
}
