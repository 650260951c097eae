//! `IvrSolutions`: the JS class for the IVR Solutions partner API.

use std::rc::Rc;

use js_sys::Promise;
use serde::Deserialize;
use serde_json::Value;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

use super::call::{call, decode_plain, js_hook, js_methods, send, Op};
use super::error::to_js as js_error;
use super::options::{CallOptions, Reader};
use super::params_json;
use crate::client::{CallInfo, Client, ClientOptions};
use crate::endpoint::{custom_request, Endpoint, Retry};
use crate::providers::ivrsolutions::*;
use crate::transport::fetch::FetchTransport;

/// Options for `new IvrSolutions(...)`.
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct IvrSolutionsOptions {
    /// Your partner API key (sent as `Authorization: Bearer ...`). Keep it on your server.
    pub api_key: String,
    /// Base URL; defaults to `https://api.ivrsolutions.in`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
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
    /// Retries for operations that are safe to repeat (default 2). Writes are never retried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
}

type Inner = super::call::Inner<Provider>;

/// The IVR Solutions partner API: onboard clients, KYC, client management.
///
/// Every method takes the operation's params (the API's own wire names) and
/// optional per-call options, validates locally, and resolves to the reply
/// `{ status, message, data }` or rejects with a `TelepartnerError`.
#[wasm_bindgen]
pub struct IvrSolutions {
    inner: Rc<Inner>,
}

#[wasm_bindgen]
impl IvrSolutions {
    /// Create a client. Throws a `TelepartnerError` (`kind: "config"` or `"validation"`) on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<IvrSolutionsOptions>) -> Result<IvrSolutions, JsValue> {
        Self::from_js(options.js_value()).map_err(|e| js_error(&e))
    }

    fn from_js(value: JsValue) -> Result<IvrSolutions, crate::Error> {
        let known = [
            "apiKey",
            "baseUrl",
            "fetch",
            "timeoutMs",
            "maxRetries",
            "onRequest",
            "onResponse",
        ];
        let r = Reader::new(Some(value), "options", &known)?
            .ok_or_else(|| crate::Error::validation("options", "expected an object"))?;
        let api_key = r.string("apiKey")?.ok_or_else(|| crate::Error::Config {
            field: "apiKey".into(),
            reason: "is required".into(),
        })?;
        let config = Config::new(api_key, r.string("baseUrl")?.as_deref())?;
        let defaults = ClientOptions::default();
        let options = ClientOptions {
            timeout_ms: r
                .integer("timeoutMs", 1, i32::MAX as u32)?
                .unwrap_or(defaults.timeout_ms),
            max_retries: r
                .integer("maxRetries", 0, 10)?
                .unwrap_or(defaults.max_retries),
            correlation_ids: false,
        };
        let transport = FetchTransport::new(r.function("fetch")?);
        Ok(IvrSolutions {
            inner: Rc::new(Client::new(config, transport, options).with_hooks(
                js_hook(r.function("onRequest")?),
                js_hook(r.function("onResponse")?),
            )),
        })
    }

    /// Call an endpoint the SDK does not list yet, with the same auth, errors,
    /// retries (GETs only) and timeouts. `path` is relative to `baseUrl`
    /// (`/partnerclients/new_endpoint`); absolute URLs and paths that would
    /// leave the configured host are refused.
    #[wasm_bindgen(unchecked_return_type = "Promise<IvrResponse<JsonValue>>")]
    pub fn request(
        &self,
        method: String,
        path: String,
        #[wasm_bindgen(unchecked_param_type = "{ [key: string]: JsonValue } | null")] body: Option<
            js_sys::Object,
        >,
        options: Option<Ts<CallOptions>>,
    ) -> Promise {
        let prepared = (|| {
            let body = body.map(|b| params_json(&b)).transpose()?;
            let (request, retry) =
                custom_request::<Provider>(self.inner.config(), &method, &path, body)?;
            Ok((
                request,
                CallOptions::from_js(options.map(|o| o.js_value()))?,
                retry,
            ))
        })();
        let (prepared, retry) = match prepared {
            Ok((request, opts, retry)) => (Ok((request, opts)), retry),
            Err(e) => (Err(e), Retry::Never),
        };
        send(
            &self.inner,
            None,
            CallInfo::new("request", "(request)"),
            retry,
            decode_plain::<IvrResponse<Value>>,
            prepared,
        )
    }

    /// The base URL in use.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }
}

impl IvrSolutions {
    /// A static partner key needs no per-call authorization step.
    fn auth(&self) -> Option<Rc<dyn super::call::Authorize>> {
        None
    }
}

crate::for_each_ivr_operation!(js_methods, IvrSolutions, decode_plain);
