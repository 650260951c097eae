//! `IvrSolutions`: the JS class for the IVR Solutions partner API.

use std::rc::Rc;

use js_sys::Promise;
use serde::Deserialize;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::error::{to_js as js_error, to_js_for};
use super::options::{CallOptions, Reader};
use super::{params_json, to_js};
use crate::client::{Client, ClientOptions, RequestOptions};
use crate::endpoint::{decode_params, Endpoint};
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
    /// Per-attempt timeout in milliseconds (default 30000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u32>,
    /// Retries for operations that are safe to repeat (default 2). Writes are never retried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
}

type Inner = Client<Provider, FetchTransport>;

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
        let known = ["apiKey", "baseUrl", "fetch", "timeoutMs", "maxRetries"];
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
        };
        let transport = FetchTransport::new(r.function("fetch")?);
        Ok(IvrSolutions {
            inner: Rc::new(Client::new(config, transport, options)),
        })
    }

    /// The base URL in use.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }
}

/// Run one call: decode params and options, send, convert the reply.
fn call<E: Endpoint<Provider = Provider>>(
    inner: Rc<Inner>,
    params: JsValue,
    options: Option<JsValue>,
) -> Promise {
    future_to_promise(async move {
        let run = async {
            let params: E = decode_params(params_json(&params)?)?;
            let opts = CallOptions::from_js(options)?;
            let signal = opts.signal();
            let request = RequestOptions {
                timeout_ms: opts.timeout_ms,
                max_retries: opts.max_retries,
                idempotency_key: opts.idempotency_key,
                correlation_id: opts.correlation_id,
                signal: signal.as_ref(),
            };
            inner.send(&params, &request).await
        };
        match run.await {
            Ok(reply) => to_js(&reply),
            Err(e) => Err(to_js_for(&e, E::RETRY)),
        }
    })
}

macro_rules! ivr_methods {
    ($(($fn:ident, $js:literal, $params:ident $($optional:ident)?, $ts:literal, $doc:literal)),* $(,)?) => {
        $(ivr_methods!(@method $fn, $js, $params $($optional)?, $ts, $doc);)*
    };
    (@method $fn:ident, $js:literal, $params:ident, $ts:literal, $doc:literal) => {
        #[wasm_bindgen]
        impl IvrSolutions {
        #[doc = $doc]
        #[wasm_bindgen(js_name = $js, unchecked_return_type = $ts)]
        pub fn $fn(&self, params: Ts<$params>, options: Option<Ts<CallOptions>>) -> Promise {
            call::<$params>(self.inner.clone(), params.js_value(), options.map(|o| o.js_value()))
        }
        }
    };
    (@method $fn:ident, $js:literal, $params:ident optional, $ts:literal, $doc:literal) => {
        #[wasm_bindgen]
        impl IvrSolutions {
        #[doc = $doc]
        #[wasm_bindgen(js_name = $js, unchecked_return_type = $ts)]
        pub fn $fn(&self, params: Option<Ts<$params>>, options: Option<Ts<CallOptions>>) -> Promise {
            call::<$params>(self.inner.clone(), params.map(|p| p.js_value()).unwrap_or(JsValue::UNDEFINED), options.map(|o| o.js_value()))
        }
        }
    };
}
crate::for_each_ivr_operation!(ivr_methods);
