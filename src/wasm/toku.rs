//! `Toku`: the JS class for the Toku API.

use std::rc::Rc;

use serde::Deserialize;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

use super::call::Inner;
use super::error::to_js as js_error;
use super::options::Reader;
use super::setup::{self, CommonOptions, COMMON_OPTIONS};
use super::tokens::JsTokenSource;
use super::{params_json, to_js_value};
use crate::client::TokenSource;
use crate::error::Error;
use crate::json::Value;
use crate::providers::toku::*;

/// Options for `new Toku(...)`.
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TokuOptions {
    /// Base URL of your Toku API (required: the collection's is `/`).
    pub base_url: String,
    /// Sent as `x-api-key` on programmable-call and caller-id requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Sent as `line-of-business-id` with the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_of_business_id: Option<String>,
    /// Bearer token, sent as `Authorization` or `api-authorization` as each request documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Returns a fresh access token (from Toku's "Generate Access Token API", with your client
    /// id and secret). Called when none is cached, shortly before the cached one expires (JWT
    /// `exp`), and once more after a 401 (the call is then retried once); concurrent calls share
    /// one call. Give `token` or `getToken`.
    #[tsify(optional, type = "() => string | Promise<string>")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub get_token: JsValue,
    /// Sent as `user-agent` where documented (browsers ignore it: a page cannot set it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// Timeouts, retries, fetch, hooks, browser guard and proxy-mode options.
    #[serde(flatten)]
    pub common: CommonOptions,
}

/// The Toku API: agents, recordings, TTS calls, number masking, caller ids,
/// OTP, rates, reports and call metadata; `Toku.parseCallEvent` for webhooks.
/// Its methods (and the `iter...` iterators of the paged reports) are generated
/// from the operation declarations (`src/providers/toku/`).
#[wasm_bindgen]
pub struct Toku {
    pub(crate) inner: Rc<Inner<TokuApi>>,
}

super::call::operation_entry!(Toku, TokuApi);

#[wasm_bindgen]
impl Toku {
    /// Create a client. Throws a `TelepartnerError` (`kind: "config"` or `"validation"`) on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<TokuOptions>) -> Result<Toku, JsValue> {
        Self::from_js(options.js_value()).map_err(|e| js_error(&e))
    }

    fn from_js(value: JsValue) -> Result<Toku, Error> {
        let known: Vec<&str> = COMMON_OPTIONS
            .iter()
            .copied()
            .chain([
                "apiKey",
                "lineOfBusinessId",
                "token",
                "getToken",
                "userAgent",
            ])
            .collect();
        let r = Reader::new(Some(value), "options", &known)?
            .ok_or_else(|| Error::validation("options", "expected an object"))?;
        let base_url = r.string("baseUrl")?.ok_or_else(|| Error::Config {
            field: "baseUrl".into(),
            reason: "is required (the collection's base URL is /)".into(),
        })?;
        let config = Config::new(
            &base_url,
            r.string("apiKey")?,
            r.string("lineOfBusinessId")?,
            r.string("token")?,
            r.string("userAgent")?,
        )?;
        let get_token = r.function("getToken")?;
        if get_token.is_some() && config.token.is_some() {
            return Err(Error::Config {
                field: "token".into(),
                reason: "give token or getToken, not both".into(),
            });
        }
        let secret = if config.api_key.is_some() {
            Some("apiKey")
        } else if config.token.is_some() {
            Some("token")
        } else if get_token.is_some() {
            Some("getToken")
        } else {
            None
        };
        // No credential at all: proxy mode (the partner's backend adds them).
        let config = match secret {
            Some(_) => config,
            None => Config {
                user_agent: config.user_agent,
                line_of_business_id: config.line_of_business_id,
                ..Config::proxy(&base_url)?
            },
        };
        let config = Config {
            token_provider: get_token.is_some(),
            ..config
        };
        let tokens = get_token.map(|f| Rc::new(JsTokenSource::new(f)) as Rc<dyn TokenSource>);
        let client = setup::client::<TokuApi>(&r, config, secret, false)?;
        Ok(Toku {
            inner: Rc::new(client.with_token_source(tokens)),
        })
    }

    /// Parse a call-event webhook body (JSON text or an already parsed object) into a typed
    /// event. No network. Malformed bodies throw a `TelepartnerError` of kind `decode`.
    #[wasm_bindgen(js_name = parseCallEvent, unchecked_return_type = "TokuCallEvent")]
    pub fn parse_call_event(
        #[wasm_bindgen(unchecked_param_type = "string | object")] body: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = match body.as_string() {
            Some(text) => text,
            None => js_sys::JSON::stringify(&body)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default(),
        };
        parse_call_event(&text)
            .and_then(|e| to_js_value(&e))
            .map_err(|e| js_error(&e))
    }

    /// Fold the events of one masked session (any order) into its state.
    #[wasm_bindgen(js_name = foldCallEvents, unchecked_return_type = "MaskedSession")]
    pub fn fold_call_events(
        #[wasm_bindgen(unchecked_param_type = "TokuCallEvent[]")] events: JsValue,
    ) -> Result<JsValue, JsValue> {
        let bad = || Error::validation("events", "expected events returned by parseCallEvent");
        // Read back as `parseCallEvent` reads a body (no serde visitors in the wasm).
        let read = |event: &Value| match event {
            Value::Object(fields) => match fields.get("raw") {
                Some(Value::Object(raw)) => TokuCallEvent::read(fields, raw.clone()).ok(),
                _ => None,
            },
            _ => None,
        };
        let events: Vec<TokuCallEvent> = match params_json(&events).map_err(|e| js_error(&e))? {
            Value::Array(items) => items.iter().map(read).collect::<Option<_>>(),
            _ => None,
        }
        .ok_or_else(|| js_error(&bad()))?;
        to_js_value(&MaskedSession::fold(&events)).map_err(|e| js_error(&e))
    }

    /// A Fetch-API handler `(Request) => Promise<Response>` for Toku's call events
    /// (Workers, Deno, Bun, Next.js route handlers; Node via `toNodeHandler`). It
    /// answers 201 as the collection documents, parses and folds each event into its
    /// session, and calls `onEvent(event, session)`. With `secret` (the
    /// `callbackSecret` the calls were placed with) a callback without a valid token
    /// for its reference id, or past its expiry, gets 401 and never reaches `onEvent`.
    /// Installed by the package entry (`telepartner`, `telepartner/web`).
    #[wasm_bindgen(js_name = webhookHandler, unchecked_return_type = "(request: Request) => Promise<Response>")]
    pub fn webhook_handler(
        #[wasm_bindgen(unchecked_param_type = "WebhookHandlerOptions")] _options: JsValue,
    ) -> Result<JsValue, JsValue> {
        Err(js_error(&Error::Config {
            field: "webhookHandler".into(),
            reason: "is installed by the package entry: import it from 'telepartner'".into(),
        }))
    }

    /// The base URL in use.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS_WEBHOOKS: &'static str = r#"
/** Options of `Toku.webhookHandler`. */
export interface WebhookHandlerOptions {
    /** Called with each accepted event and the state of its session so far. */
    onEvent?: (event: TokuCallEvent, session: MaskedSession) => void | Promise<void>;
    /** The `callbackSecret` the calls were placed with (at least 16 characters): callbacks
     * without a valid, unexpired token for their reference id get 401, whatever their body,
     * before the event is parsed and before `onEvent`. Never logged. */
    secret?: string;
    /** Bytes of body at most, checked while it streams in; past it: 413. Default 1048576 (1 MiB). */
    maxBodyBytes?: number;
    /** Milliseconds for the whole body to arrive; past it: 408. Default 10000. */
    readTimeoutMs?: number;
    /** Nesting of JSON arrays and objects at most; deeper: 400. Default 64. */
    maxJsonDepth?: number;
}
"#;
