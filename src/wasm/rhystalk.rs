//! `RhysTalk`: the JS class for the RhysTalk partner API.

use std::rc::Rc;

use serde::Deserialize;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

use super::call::Inner;
use super::error::to_js as js_error;
use super::options::Reader;
use super::setup::{self, CommonOptions, COMMON_OPTIONS};
use super::tokens::JsTokenSource;
use crate::client::TokenSource;
use crate::error::Error;
use crate::providers::rhystalk::*;

/// Options for `new RhysTalk(...)`: give `token` or `getToken`.
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RhysTalkOptions {
    /// A Cognito ID token, sent as `Authorization: Bearer ...` (never logged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Returns a fresh Cognito ID token. Called when none is cached, shortly
    /// before the cached one expires (JWT `exp`), and once more if the API
    /// says the token expired (the call is then retried once).
    #[tsify(optional, type = "() => string | Promise<string>")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub get_token: JsValue,
    /// Base URL; defaults to the production stage in the spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Send a generated `X-Correlation-Id` on every call (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_ids: Option<bool>,
    /// Timeouts, retries, fetch, hooks, browser guard and proxy-mode options.
    #[serde(flatten)]
    pub common: CommonOptions,
}

/// The RhysTalk partner API: balances, usage, accounts and masked-call setup.
///
/// Writes carry an `Idempotency-Key` (yours via `{ idempotencyKey }`, or a
/// generated UUID v4) that stays the same on every retry. Replies are
/// `{ data, status, idempotencyKey?, correlationId?, transactionId? }`.
#[wasm_bindgen]
pub struct RhysTalk {
    pub(crate) inner: Rc<Inner<RhysTalkApi>>,
}

super::call::operation_entry!(RhysTalk, RhysTalkApi);

#[wasm_bindgen]
impl RhysTalk {
    /// Create a client. Throws a `TelepartnerError` (`kind: "config"` or `"validation"`) on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<RhysTalkOptions>) -> Result<RhysTalk, JsValue> {
        Self::from_js(options.js_value()).map_err(|e| js_error(&e))
    }

    fn from_js(value: JsValue) -> Result<RhysTalk, Error> {
        let known: Vec<&str> = COMMON_OPTIONS
            .iter()
            .copied()
            .chain(["token", "getToken", "correlationIds"])
            .collect();
        let r = Reader::new(Some(value), "options", &known)?
            .ok_or_else(|| Error::validation("options", "expected an object"))?;
        let token = r.string("token")?;
        let get_token = r.function("getToken")?;
        let base = r.string("baseUrl")?;
        let (auth, secret): (Option<Rc<dyn TokenSource>>, Option<&str>) = match (&token, get_token)
        {
            (Some(_), Some(_)) => {
                return Err(Error::Config {
                    field: "token".into(),
                    reason: "give token or getToken, not both".into(),
                })
            }
            (None, None) if base.is_none() => return Err(Error::Config {
                field: "token".into(),
                reason:
                    "token or getToken is required (or give baseUrl: your backend, for proxy mode)"
                        .into(),
            }),
            (None, None) => (None, None),
            (Some(_), None) => (None, Some("token")),
            (None, Some(get_token)) => (
                Some(Rc::new(JsTokenSource::new(get_token))),
                Some("getToken"),
            ),
        };
        let config = match (&secret, &base) {
            (None, Some(backend)) => Config::proxy(backend)?,
            _ => Config::new(token, base.as_deref())?,
        };
        let correlation_ids = r.boolean("correlationIds")?.unwrap_or(false);
        let client = setup::client::<RhysTalkApi>(&r, config, secret, correlation_ids)?;
        Ok(RhysTalk {
            inner: Rc::new(client.with_token_source(auth)),
        })
    }

    /// The base URL in use.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }
}
