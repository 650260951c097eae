//! Client construction shared by every JS class: common options, the browser
//! key guard, proxy mode (extra headers, cookies), hooks.

use js_sys::Reflect;
use serde::Deserialize;
use tsify::Tsify;
use wasm_bindgen::JsValue;

use super::call::js_hook;
use super::options::Reader;
use std::rc::Rc;

use crate::client::{Client, ClientOptions, LogLevel, Logger};
use crate::endpoint::Api;
use crate::error::Error;
use crate::transport::fetch::FetchTransport;

/// Options every client takes, besides its credentials.
pub(crate) const COMMON_OPTIONS: [&str; 11] = [
    "baseUrl",
    "fetch",
    "timeoutMs",
    "maxRetries",
    "onRequest",
    "onResponse",
    "dangerouslyAllowBrowser",
    "headers",
    "credentials",
    "logLevel",
    "logger",
];

fn has(global: &JsValue, name: &str) -> bool {
    Reflect::get(global, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

/// A web page: `window` and `document` exist, and this is not Node, Deno or Bun
/// (workers, including ones used as servers, have no `document`).
pub fn is_browser() -> bool {
    let g = crate::js::global();
    let node = Reflect::get(&g, &"process".into())
        .and_then(|p| Reflect::get(&p, &"versions".into()))
        .and_then(|v| Reflect::get(&v, &"node".into()))
        .is_ok_and(|n| n.is_string());
    has(&g, "window") && has(&g, "document") && !node && !has(&g, "Deno") && !has(&g, "Bun")
}

/// Build a client from the common options. `secret` names the credential option
/// the client holds (if any): in a browser it needs `dangerouslyAllowBrowser: true`.
pub(crate) fn client<A: Api>(
    r: &Reader,
    config: A::Config,
    secret: Option<&str>,
    correlation_ids: bool,
) -> Result<Client<A, FetchTransport>, Error> {
    let Common {
        transport,
        options,
        on_request,
        on_response,
        level,
        logger,
    } = common(r, secret, correlation_ids)?;
    Ok(Client::new(config, transport, options)
        .with_hooks(on_request, on_response)
        .with_logger(level, logger))
}

/// What the common options make of a client, whatever its API.
struct Common {
    transport: FetchTransport,
    options: ClientOptions,
    on_request: Option<crate::client::Hook>,
    on_response: Option<crate::client::Hook>,
    level: LogLevel,
    logger: Option<Logger>,
}

/// The common options, read by one function for every API (not generic: the
/// whole SDK carries one copy instead of one per class).
fn common(r: &Reader, secret: Option<&str>, correlation_ids: bool) -> Result<Common, Error> {
    let allow = r.boolean("dangerouslyAllowBrowser")?.unwrap_or(false);
    if let Some(option) = secret {
        if !allow && is_browser() {
            return Err(Error::Config {
                field: option.into(),
                reason: "a partner key or token in a web page is given to every visitor: call your own backend \
                         (proxy mode: no key, baseUrl = your backend, see createProxyHandler), or pass \
                         dangerouslyAllowBrowser: true if you really mean it"
                    .into(),
            });
        }
    }
    let defaults = ClientOptions::default();
    let options = ClientOptions {
        timeout_ms: r
            .integer("timeoutMs", 1, i32::MAX as u32)?
            .unwrap_or(defaults.timeout_ms),
        max_retries: r
            .integer("maxRetries", 0, 10)?
            .unwrap_or(defaults.max_retries),
        correlation_ids,
    };
    let mut headers = Vec::new();
    let h = r.get("headers");
    if !h.is_undefined() && !h.is_null() {
        let entries = h
            .is_object()
            .then(|| super::options::own_entries(&h))
            .flatten()
            .ok_or_else(|| Error::validation("headers", "expected an object of strings"))?;
        for (k, v) in entries {
            let Some(v) = v.as_string() else {
                return Err(Error::validation(
                    "headers",
                    "expected an object of strings",
                ));
            };
            let name = k.to_ascii_lowercase();
            if secret.is_some() && crate::http::SECRET_HEADERS.contains(&name.as_str()) {
                return Err(Error::validation(
                    format!("headers.{name}"),
                    "is set from the client's credentials",
                ));
            }
            crate::validate::printable_ascii(&format!("headers.{name}"), &v, 8192)?;
            headers.push((name, v));
        }
    }
    let credentials = match r.string("credentials")?.as_deref() {
        None => None,
        Some("omit") => Some(web_sys::RequestCredentials::Omit),
        Some("same-origin") => Some(web_sys::RequestCredentials::SameOrigin),
        Some("include") => Some(web_sys::RequestCredentials::Include),
        Some(_) => {
            return Err(Error::validation(
                "credentials",
                "expected omit, same-origin or include",
            ))
        }
    };
    let transport = FetchTransport::new(r.function("fetch")?).with_proxy(headers, credentials);
    let (level, logger) = log_options(r)?;
    Ok(Common {
        transport,
        options,
        on_request: js_hook(r.function("onRequest")?),
        on_response: js_hook(r.function("onResponse")?),
        level,
        logger,
    })
}

/// `process.env.TELEPARTNER_LOG`, where there is a `process` (Node).
fn env_log_level() -> Option<String> {
    let env = Reflect::get(&crate::js::global(), &"process".into())
        .and_then(|p| Reflect::get(&p, &"env".into()))
        .ok()?;
    Reflect::get(&env, &"TELEPARTNER_LOG".into())
        .ok()?
        .as_string()
}

/// `logLevel` (else `TELEPARTNER_LOG`, else off) and `logger` (else the console).
fn log_options(r: &Reader) -> Result<(LogLevel, Option<Logger>), Error> {
    let level = match r.string("logLevel")? {
        Some(name) => LogLevel::parse(&name).ok_or_else(|| {
            Error::validation("logLevel", "expected off, error, warn, info or debug")
        })?,
        None => env_log_level()
            .and_then(|n| LogLevel::parse(&n))
            .unwrap_or(LogLevel::Off),
    };
    if level == LogLevel::Off {
        return Ok((level, None));
    }
    let custom = r.function("logger")?;
    let logger: Logger = Rc::new(
        move |level: LogLevel, message: &str, fields: &crate::json::Value| {
            let fields = super::json_to_js(fields.clone()).unwrap_or(JsValue::NULL);
            let (level_js, message_js) = (JsValue::from(level.as_str()), JsValue::from(message));
            match &custom {
                // A logger that throws is ignored: logging must never break a call.
                Some(f) => {
                    let _ =
                        crate::js::call(f, &JsValue::UNDEFINED, &[&level_js, &message_js, &fields]);
                }
                None => {
                    let console = Reflect::get(&crate::js::global(), &"console".into())
                        .unwrap_or(JsValue::UNDEFINED);
                    let method = match level {
                        LogLevel::Error => "error",
                        LogLevel::Warn => "warn",
                        LogLevel::Debug => "debug",
                        _ => "info",
                    };
                    if let Ok(f) = Reflect::get(&console, &method.into())
                        .and_then(|f| f.dyn_into::<js_sys::Function>())
                    {
                        let _ = crate::js::call(&f, &console, &[&message_js, &fields]);
                    }
                }
            }
        },
    );
    Ok((level, Some(logger)))
}

use wasm_bindgen::JsCast;

/// Options every client takes.
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CommonOptions {
    /// A `fetch` to use instead of the global one.
    #[tsify(optional, type = "(input: Request) => Promise<Response>")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub fetch: JsValue,
    /// Called before every attempt with `{ api, operation, method, path, attempt }`
    /// (the path template: no parameter values, headers or bodies, so nothing secret).
    #[tsify(optional, type = "(event: CallEvent) => void")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub on_request: JsValue,
    /// Called after every attempt with the same fields plus `status`,
    /// `elapsedMs`, and for failures `error` (the kind) and `willRetry`.
    #[tsify(optional, type = "(event: CallEvent) => void")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub on_response: JsValue,
    /// Per-attempt timeout in milliseconds (default 30000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u32>,
    /// Retries for operations that are safe to repeat (default 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
    /// A key or token in a web page is given to every visitor, so a client holding one
    /// refuses to start in a browser unless this is `true`. Prefer proxy mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dangerously_allow_browser: Option<bool>,
    /// Proxy mode: headers of your choosing on every request (e.g. your session header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "Record<string, string>")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// What to log: `off` (default; in Node `TELEPARTNER_LOG` sets it), `error`, `warn`,
    /// `info` (method, path, status, attempt, elapsed ms, request id) or `debug` (also the
    /// bodies, with keys, tokens, passwords, OTPs, Aadhaar, PAN and phone numbers masked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "\"off\" | \"error\" | \"warn\" | \"info\" | \"debug\"")]
    pub log_level: Option<String>,
    /// Where log records go (default: the console): `(level, message, fields)`.
    #[tsify(
        optional,
        type = "(level: \"error\" | \"warn\" | \"info\" | \"debug\", message: string, fields: { [key: string]: JsonValue }) => void"
    )]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub logger: JsValue,
    /// Proxy mode: the fetch `credentials` mode, e.g. `include` to send your portal's cookies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "\"omit\" | \"same-origin\" | \"include\"")]
    pub credentials: Option<String>,
}
