//! `Client::send`: the only async glue. Validation, build, send, retry, parse.

use std::cell::Cell;
use std::rc::Rc;

use crate::json::Value;
use serde::Serialize;

use crate::endpoint::{build_request, Api, Auth, Endpoint, Retry};
use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};
use crate::secret::Secret;
use crate::transport::{uuid_v4, Transport};

/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
/// Default number of retries for operations that are safe to retry.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// First backoff delay.
pub const BACKOFF_INITIAL_MS: u32 = 500;
/// Longest backoff delay (also the cap on `Retry-After`).
pub const BACKOFF_MAX_MS: u32 = 8_000;

/// Client-wide defaults.
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// Per-attempt timeout in milliseconds.
    pub timeout_ms: u32,
    /// Retries for safe operations.
    pub max_retries: u32,
    /// Send a generated correlation id on every call (providers with a correlation header).
    pub correlation_ids: bool,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout_ms: DEFAULT_TIMEOUT_MS,
            max_retries: DEFAULT_MAX_RETRIES,
            correlation_ids: false,
        }
    }
}

/// Per-call options; `None` falls back to the client's defaults.
#[derive(Debug)]
pub struct RequestOptions<'a, S> {
    /// Per-attempt timeout in milliseconds.
    pub timeout_ms: Option<u32>,
    /// Retries for this call (only used when the operation is safe to retry).
    pub max_retries: Option<u32>,
    /// Idempotency key (only for providers/operations that take one).
    pub idempotency_key: Option<String>,
    /// Correlation id (only for providers that define a correlation header).
    pub correlation_id: Option<String>,
    /// Cancellation signal.
    pub signal: Option<&'a S>,
}

impl<S> Default for RequestOptions<'_, S> {
    fn default() -> Self {
        RequestOptions {
            timeout_ms: None,
            max_retries: None,
            idempotency_key: None,
            correlation_id: None,
            signal: None,
        }
    }
}

/// A provider's client over a transport.
pub struct Client<A: Api, T: Transport> {
    config: A::Config,
    transport: T,
    options: ClientOptions,
    on_request: Option<Hook>,
    on_response: Option<Hook>,
    tokens: Option<Rc<dyn TokenSource>>,
    log: Option<(LogLevel, Logger)>,
}

/// What [`Client::dispatch`] returns: the outcome, and what was sent.
#[derive(Debug)]
pub struct Dispatched {
    /// The reply and its checked JSON, or the error.
    pub result: Result<(HttpResponse, Value), Error>,
    /// The ids sent (also on failure: errors carry them).
    pub sent: Sent,
    /// Retries made.
    pub retries: u32,
}

/// Tokens fetched on demand (`getToken` of RhysTalk and Toku), cached by the
/// source; concurrent calls share one fetch.
pub trait TokenSource {
    /// A token to send: the cached one, or a fresh one. `stale` is a token the
    /// API just refused: fetch a new one, unless another call already did.
    fn token(
        &self,
        stale: Option<Secret>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Secret, Error>> + '_>>;
}

impl<A: Api, T: Transport> Client<A, T> {
    /// A client with its config, transport and defaults.
    pub fn new(config: A::Config, transport: T, options: ClientOptions) -> Self {
        Client {
            config,
            transport,
            options,
            on_request: None,
            on_response: None,
            tokens: None,
            log: None,
        }
    }

    /// The provider config.
    pub fn config(&self) -> &A::Config {
        &self.config
    }

    /// The transport (test doubles expose what they received).
    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Validate, build, send (retrying when the operation allows it) and parse.
    pub async fn send<E: Endpoint<Api = A>>(
        &self,
        params: &E,
        opts: &RequestOptions<'_, T::Signal>,
    ) -> Result<E::Response, Error> {
        self.send_with_ids(params, opts)
            .await
            .map(|(reply, _)| reply)
    }

    /// [`Client::send`], also returning the ids that were sent.
    pub async fn send_with_ids<E: Endpoint<Api = A>>(
        &self,
        params: &E,
        opts: &RequestOptions<'_, T::Signal>,
    ) -> Result<(E::Response, Sent), Error> {
        let op = &E::OPERATION;
        let call = CallInfo::new(op.js_name, op.path).with_auth(op.auth);
        let done = self
            .dispatch(build_request(params, &self.config), op.retry, opts, &call)
            .await;
        let (resp, value) = done.result?;
        Ok((crate::endpoint::decode_reply::<E>(value, &resp)?, done.sent))
    }

    /// The registry path: the operation named `operation` (JS name) with
    /// params as JSON; the typed reply comes back as JSON, with the reply and
    /// the ids sent. What the JS classes and dynamic callers use.
    pub async fn call(
        &self,
        operation: &str,
        params: Value,
        opts: &RequestOptions<'_, T::Signal>,
    ) -> Result<(Value, HttpResponse, Sent), Error> {
        let op = crate::endpoint::find::<A>(operation)?;
        let call = CallInfo::new(op.js_name, op.path).with_auth(op.auth);
        let done = self
            .dispatch(op.build(&self.config, params), op.retry, opts, &call)
            .await;
        let (resp, value) = done.result?;
        Ok((op.decode_reply(value, &resp)?, resp, done.sent))
    }

    /// The one async pipeline every call goes through: attach the idempotency
    /// key and correlation id, authorize (token source), send with retries,
    /// and on an expired-token reply refresh once and send once more. Returns
    /// the ids sent and the retries made also when the call fails.
    pub async fn dispatch(
        &self,
        request: Result<HttpRequest, Error>,
        retry: Retry,
        opts: &RequestOptions<'_, T::Signal>,
        call: &CallInfo<'_>,
    ) -> Dispatched {
        let mut sent = Sent::default();
        let result = async {
            let mut request = request?;
            sent = self.attach_ids(
                &mut request,
                call.operation,
                retry,
                opts.idempotency_key.as_deref(),
                opts.correlation_id.as_deref(),
            )?;
            let (Some(tokens), Some(header)) = (&self.tokens, A::token_header(call.auth)) else {
                return self.execute(request, retry, opts, call).await;
            };
            let token = tokens.token(None).await?;
            request
                .headers
                .push((header.to_owned(), format!("Bearer {}", token.expose())));
            match self.execute(request.clone(), retry, opts, call).await {
                Err(e) if A::token_expired(&e) => {
                    // One new token (shared with every call that saw the same one
                    // refused), one more try.
                    let fresh = tokens.token(Some(token)).await?;
                    if let Some(h) = request.headers.iter_mut().find(|(k, _)| k == header) {
                        h.1 = format!("Bearer {}", fresh.expose());
                    }
                    self.execute(request, retry, opts, call).await
                }
                outcome => outcome,
            }
        }
        .await;
        Dispatched {
            result,
            sent,
            retries: call.retries.get(),
        }
    }

    /// Log attempts at `level` and above to `logger`.
    pub fn with_logger(mut self, level: LogLevel, logger: Option<Logger>) -> Self {
        self.log = logger
            .filter(|_| level != LogLevel::Off)
            .map(|l| (level, l));
        self
    }

    /// Log one attempt (see [`LogLevel`]); bodies only at debug, redacted.
    fn log_attempt(
        &self,
        request: &HttpRequest,
        call: &CallInfo<'_>,
        event: &CallEvent,
        resp: Option<&HttpResponse>,
        err: Option<&Error>,
    ) {
        let Some((max, logger)) = &self.log else {
            return;
        };
        let level = match (err, event.will_retry) {
            (None, _) => LogLevel::Info,
            (Some(_), Some(true)) => LogLevel::Warn,
            (Some(_), _) => LogLevel::Error,
        };
        if level > *max {
            return;
        }
        let outcome = match (resp, err) {
            (_, Some(e)) => format!("failed: {e}"),
            (Some(r), None) => r.status.to_string(),
            (None, None) => String::new(),
        };
        let message = format!(
            "telepartner {} {} {} -> {outcome} (attempt {}, {} ms)",
            event.api,
            event.method,
            call.path,
            event.attempt,
            event.elapsed_ms.unwrap_or(0)
        );
        let mut fields = event.to_json();
        if let (Value::Object(map), Some(r)) = (&mut fields, resp) {
            if let Some(id) = r
                .header("x-request-id")
                .or_else(|| r.header("x-amzn-requestid"))
            {
                map.insert("requestId".into(), Value::String(id.to_owned()));
            }
        }
        if *max >= LogLevel::Debug {
            if let Value::Object(map) = &mut fields {
                let headers: crate::json::Map<String, Value> = request
                    .headers
                    .iter()
                    .map(|(k, v)| {
                        let shown = if crate::redact::is_secret(k) {
                            "[redacted]"
                        } else {
                            v
                        };
                        (k.clone(), Value::String(shown.to_owned()))
                    })
                    .collect();
                map.insert("requestHeaders".into(), Value::Object(headers));
                let query = request.url.split_once('?').map(|(_, q)| q.as_bytes());
                if let Some(body) = request.body.as_deref().map(str::as_bytes).or(query) {
                    map.insert("requestBody".into(), crate::redact::redact_body(body));
                }
                if let Some(r) = resp {
                    map.insert("responseBody".into(), crate::redact::redact_body(&r.body));
                }
            }
        }
        logger(level, &message, &fields);
    }

    /// Credentials that need IO: an async token source, asked before each call.
    pub fn with_token_source(mut self, tokens: Option<Rc<dyn TokenSource>>) -> Self {
        self.tokens = tokens;
        self
    }

    /// Add the idempotency and correlation headers a call needs. A keyed write
    /// gets the caller's key or a new UUID v4; the request (hence the key) is
    /// the same on every retry. Refuses options the provider does not support.
    pub fn attach_ids(
        &self,
        request: &mut HttpRequest,
        operation: &str,
        retry: Retry,
        idempotency_key: Option<&str>,
        correlation_id: Option<&str>,
    ) -> Result<Sent, Error> {
        idempotency_allowed(A::NAME, operation, retry, idempotency_key)?;
        let mut sent = Sent::default();
        if retry == Retry::Keyed {
            let header = A::IDEMPOTENCY_HEADER.ok_or_else(|| Error::Config {
                field: "idempotencyKey".into(),
                reason: format!("{} declares no idempotency header", A::NAME),
            })?;
            let key = match idempotency_key {
                Some(key) => {
                    crate::validate::printable_ascii("idempotencyKey", key, 128)?;
                    key.to_owned()
                }
                None => uuid_v4(&self.transport)?,
            };
            request.headers.push((header.to_owned(), key.clone()));
            sent.idempotency_key = Some(key);
        }
        let correlation = match (correlation_id, A::CORRELATION_HEADER) {
            (Some(_), None) => {
                return Err(Error::validation(
                    "correlationId",
                    format!("{} has no correlation header", A::NAME),
                ))
            }
            (Some(id), Some(header)) => {
                crate::validate::printable_ascii("correlationId", id, 128)?;
                Some((header, id.to_owned()))
            }
            (None, Some(header)) if self.options.correlation_ids => {
                Some((header, uuid_v4(&self.transport)?))
            }
            _ => None,
        };
        if let Some((header, id)) = correlation {
            request.headers.push((header.to_owned(), id.clone()));
            sent.correlation_id = Some(id);
        }
        Ok(sent)
    }

    /// Observe every attempt (`onRequest`/`onResponse` in JS).
    pub fn with_hooks(mut self, on_request: Option<Hook>, on_response: Option<Hook>) -> Self {
        self.on_request = on_request;
        self.on_response = on_response;
        self
    }

    /// Send a built request, retrying transient failures when `retry` allows it;
    /// returns the reply and its checked JSON. Shared by every operation.
    /// `call.retries` counts the retries made, also when the call fails.
    pub async fn execute(
        &self,
        request: HttpRequest,
        retry: Retry,
        opts: &RequestOptions<'_, T::Signal>,
        call: &CallInfo<'_>,
    ) -> Result<(HttpResponse, Value), Error> {
        let timeout = opts.timeout_ms.unwrap_or(self.options.timeout_ms);
        let max_retries = match retry {
            Retry::Never => 0,
            _ => opts.max_retries.unwrap_or(self.options.max_retries),
        };
        let hooked = self.on_request.is_some() || self.on_response.is_some() || self.log.is_some();
        let event = |attempt: u32| CallEvent {
            api: A::NAME,
            operation: call.operation.to_owned(),
            method: request.method.as_str(),
            path: call.path.to_owned(),
            attempt: attempt + 1,
            status: None,
            elapsed_ms: None,
            error: None,
            will_retry: None,
        };
        let mut attempt = 0u32;
        loop {
            if let Some(hook) = &self.on_request {
                hook(&event(attempt));
            }
            let started = if hooked { self.transport.now_ms() } else { 0 };
            // The send's own state machine stays out of this one (boxed: one
            // allocation per attempt, -0.16 KB gzip of wasm per entry).
            let sending = Box::pin(self.transport.send(&request, Some(timeout), opts.signal));
            let (err, resp) = match sending.await {
                Ok(mut resp) => match crate::endpoint::check_reply::<A>(&mut resp) {
                    Ok(value) => {
                        if hooked {
                            let elapsed_ms = Some(self.transport.now_ms().saturating_sub(started));
                            let done = CallEvent {
                                status: Some(resp.status),
                                elapsed_ms,
                                ..event(attempt)
                            };
                            if let Some(hook) = &self.on_response {
                                hook(&done);
                            }
                            self.log_attempt(&request, call, &done, Some(&resp), None);
                        }
                        return Ok((resp, value));
                    }
                    Err(e) => (e, Some(resp)),
                },
                Err(e) => (e, None),
            };
            let again = attempt < max_retries && err.is_transient();
            if hooked {
                let failed = CallEvent {
                    status: resp.as_ref().map(|r| r.status),
                    elapsed_ms: Some(self.transport.now_ms().saturating_sub(started)),
                    error: Some(err.kind()),
                    will_retry: Some(again),
                    ..event(attempt)
                };
                if let Some(hook) = &self.on_response {
                    hook(&failed);
                }
                self.log_attempt(&request, call, &failed, resp.as_ref(), Some(&err));
            }
            if !again {
                return Err(err);
            }
            let mut jitter = [0u8; 4];
            self.transport.fill_random(&mut jitter)?;
            let delay = backoff_ms(
                attempt,
                resp.as_ref(),
                self.transport.now_ms(),
                u32::from_le_bytes(jitter),
            );
            self.transport.sleep(delay, opts.signal).await?;
            attempt += 1;
            call.retries.set(attempt);
        }
    }
}

/// What `execute` needs to know of the call besides the request.
#[derive(Debug)]
pub struct CallInfo<'a> {
    /// The JS method name (`buyDid`), or `request` for the escape hatch.
    pub operation: &'a str,
    /// The path template (no parameter values).
    pub path: &'a str,
    /// Retries made so far.
    pub retries: Cell<u32>,
    /// The operation's auth scheme (which header a token goes in).
    pub auth: Auth,
}

impl<'a> CallInfo<'a> {
    /// A call of `operation` on `path`.
    pub fn new(operation: &'a str, path: &'a str) -> Self {
        CallInfo {
            operation,
            path,
            retries: Cell::new(0),
            auth: Auth::Default,
        }
    }

    /// The same call, for an operation with `auth`.
    pub fn with_auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
}

/// One attempt of a call, as hooks see it: no header, body, query or
/// parameter value, so no credential or personal data can leak through it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallEvent {
    /// The API (`IVR Solutions`, `RhysTalk`).
    pub api: &'static str,
    /// The JS method name.
    pub operation: String,
    /// HTTP method.
    pub method: &'static str,
    /// The path template, e.g. `/partnerclients/client/{client_id}`.
    pub path: String,
    /// 1 for the first attempt, 2 for the first retry, ...
    pub attempt: u32,
    /// HTTP status, when a reply came.
    pub status: Option<u16>,
    /// Time from send to reply or failure.
    pub elapsed_ms: Option<u64>,
    /// The error kind of a failed attempt.
    pub error: Option<&'static str>,
    /// Whether a failed attempt will be retried.
    pub will_retry: Option<bool>,
}

/// A field value of a [`CallEvent`].
#[derive(Clone, Copy)]
enum EventField<'a> {
    Str(&'a str),
    Int(u64),
    Bool(bool),
}

impl CallEvent {
    /// Its fields as hooks and logs see them: camelCase, absent options left
    /// out. The one listing both [`CallEvent::to_json`] and `Serialize` write.
    fn fields(&self) -> impl Iterator<Item = (&'static str, EventField<'_>)> {
        use EventField::*;
        [
            Some(("api", Str(self.api))),
            Some(("operation", Str(&self.operation))),
            Some(("method", Str(self.method))),
            Some(("path", Str(&self.path))),
            Some(("attempt", Int(self.attempt.into()))),
            self.status.map(|s| ("status", Int(s.into()))),
            self.elapsed_ms.map(|ms| ("elapsedMs", Int(ms))),
            self.error.map(|e| ("error", Str(e))),
            self.will_retry.map(|w| ("willRetry", Bool(w))),
        ]
        .into_iter()
        .flatten()
    }

    /// The event as a JSON object: the logger's fields, written without a
    /// serde serializer.
    pub fn to_json(&self) -> Value {
        let fields = self.fields().map(|(k, v)| {
            let v = match v {
                EventField::Str(s) => s.into(),
                EventField::Int(n) => n.into(),
                EventField::Bool(b) => b.into(),
            };
            (k.to_owned(), v)
        });
        Value::Object(fields.collect())
    }
}

/// A map of its present fields (as [`CallEvent::to_json`]): hooks get a plain
/// object through serde-wasm-bindgen, its keys passed as strings (a struct's
/// keys would go through that crate's interned-name cache, a hash table more
/// in every entry for the handful of fields of one event per attempt).
impl Serialize for CallEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for (k, v) in self.fields() {
            match v {
                EventField::Str(s) => map.serialize_entry(k, s)?,
                // As u32 (attempts, statuses, milliseconds: small): serde-wasm-bindgen
                // then makes a JS number directly, with no u64-to-BigInt path.
                EventField::Int(n) => {
                    map.serialize_entry(k, &u32::try_from(n).unwrap_or(u32::MAX))?
                }
                EventField::Bool(b) => map.serialize_entry(k, &b)?,
            }
        }
        map.end()
    }
}

/// A hook called with each [`CallEvent`].
pub type Hook = Rc<dyn Fn(&CallEvent)>;

/// How much a client logs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    /// Nothing.
    Off,
    /// Calls that failed for good.
    Error,
    /// Attempts that failed and will be retried.
    Warn,
    /// Every attempt: method, path, status, attempt, elapsed time, request id.
    Info,
    /// Also the request and reply bodies, secrets and phone numbers masked.
    Debug,
}

impl LogLevel {
    /// `off`, `error`, `warn`, `info` or `debug`.
    pub fn parse(name: &str) -> Option<LogLevel> {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "off" | "" => LogLevel::Off,
            "error" => LogLevel::Error,
            "warn" => LogLevel::Warn,
            "info" => LogLevel::Info,
            "debug" => LogLevel::Debug,
            _ => return None,
        })
    }

    /// The level's name.
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::Off => "off",
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
        }
    }
}

/// Where log records go: level, a one-line message, and its fields (JSON,
/// redacted: no credential, password, OTP, Aadhaar, PAN or whole phone number).
pub type Logger = Rc<dyn Fn(LogLevel, &str, &Value)>;

/// The ids a call sent, surfaced on results and errors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sent {
    /// The `Idempotency-Key` of a keyed write.
    pub idempotency_key: Option<String>,
    /// The correlation id sent, if any.
    pub correlation_id: Option<String>,
}

/// Only operations that carry an `Idempotency-Key` accept one; elsewhere a key
/// would be silently ignored, so it is refused.
pub fn idempotency_allowed(
    provider: &str,
    operation: &str,
    retry: Retry,
    key: Option<&str>,
) -> Result<(), Error> {
    if key.is_some() && retry != Retry::Keyed {
        return Err(Error::validation(
            "idempotencyKey",
            format!("{provider} does not accept an idempotency key for {operation}"),
        ));
    }
    Ok(())
}

/// Longest `Retry-After` honoured; a longer one falls back to the backoff.
pub const RETRY_AFTER_MAX_MS: u64 = 60_000;

/// The delay before retry number `attempt + 1`: the reply's `retry-after-ms`
/// or `Retry-After` (seconds or HTTP date) when given and at most 60 s, else
/// exponential backoff from 500 ms doubling to 8 s, reduced by up to 25 %
/// jitter (`random` picks where).
pub fn backoff_ms(attempt: u32, resp: Option<&HttpResponse>, now_ms: u64, random: u32) -> u32 {
    // Whole numbers only: parsing floats would pull ~10 KB of code into the wasm.
    let whole = |v: &str| {
        v.trim()
            .split('.')
            .next()
            .and_then(|i| i.parse::<u64>().ok())
    };
    let asked = resp.and_then(|r| {
        let ms = r.header("retry-after-ms").and_then(whole);
        let after = r.header("retry-after").and_then(|v| {
            whole(v)
                .map(|s| s.saturating_mul(1000))
                .or_else(|| http_date_ms(v.trim()).map(|at| at.saturating_sub(now_ms)))
        });
        ms.or(after).filter(|d| *d <= RETRY_AFTER_MAX_MS)
    });
    if let Some(ms) = asked {
        return ms as u32;
    }
    let base = BACKOFF_INITIAL_MS
        .saturating_mul(1u32 << attempt.min(16))
        .min(BACKOFF_MAX_MS);
    let jitter = f64::from(random) / f64::from(u32::MAX) * 0.25;
    (f64::from(base) * (1.0 - jitter)) as u32
}

/// Milliseconds since the epoch of an IMF-fixdate (`Wed, 21 Oct 2015 07:28:00 GMT`).
pub fn http_date_ms(value: &str) -> Option<u64> {
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| m == month)? as i64
        + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [h, m, s] = hms.as_slice() else {
        return None;
    };
    // Days from civil (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(((days * 24 + h) * 60 + m) * 60 + s)
        .ok()
        .map(|secs| secs * 1000)
}

#[cfg(test)]
mod call_event_tests {
    use super::CallEvent;

    /// The logger's fields and what the event's `Serialize` writes: camelCase,
    /// absent options left out, full and sparse.
    #[test]
    fn to_json_writes_what_serde_writes() {
        let sparse = CallEvent {
            api: "RhysTalk",
            operation: "topup".into(),
            method: "POST",
            path: "/topup".into(),
            attempt: 1,
            status: None,
            elapsed_ms: None,
            error: None,
            will_retry: None,
        };
        let full = CallEvent {
            status: Some(502),
            elapsed_ms: Some(12),
            error: Some("server"),
            will_retry: Some(true),
            attempt: 2,
            ..sparse.clone()
        };
        let expected = [
            serde_json::json!({"api": "RhysTalk", "operation": "topup", "method": "POST", "path": "/topup", "attempt": 1}),
            serde_json::json!({"api": "RhysTalk", "operation": "topup", "method": "POST", "path": "/topup", "attempt": 2,
                "status": 502, "elapsedMs": 12, "error": "server", "willRetry": true}),
        ];
        for (event, expected) in [sparse, full].into_iter().zip(expected) {
            assert_eq!(event.to_json(), expected);
            assert_eq!(serde_json::to_value(&event).unwrap(), expected);
            assert_eq!(serde_json::to_string(&event).unwrap(), expected.to_string());
        }
    }
}
