//! `IvrSolutions`: the JS class for the IVR Solutions partner API.

use std::rc::Rc;

use crate::json::Value;
use js_sys::Promise;
use serde::Deserialize;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

use super::call::run;
use super::error::to_js as js_error;
use super::options::{CallOptions, Reader};
use super::setup::{self, CommonOptions, COMMON_OPTIONS};
use super::{json_to_js, params_json};
use crate::client::CallInfo;
use crate::endpoint::{custom_request, Retry};
use crate::error::Error;
use crate::http::HttpResponse;
use crate::providers::ivrsolutions::*;

/// Options for `new IvrSolutions(...)`.
#[derive(Debug, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct IvrSolutionsOptions {
    /// Your partner API key (sent as `Authorization: Bearer ...`). Keep it on your server;
    /// leave it out in a browser (proxy mode: `baseUrl` is your backend).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Base URL; defaults to `https://api.ivrsolutions.in`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Timeouts, retries, fetch, hooks, browser guard and proxy-mode options.
    #[serde(flatten)]
    pub common: CommonOptions,
}

type Inner = super::call::Inner<IvrSolutionsApi>;

/// The IVR Solutions partner API: onboard clients, KYC, client management.
///
/// Its methods are generated from the operation declarations
/// (`src/providers/ivrsolutions/`). Every method takes the operation's params (the API's own wire names) and
/// optional per-call options, validates locally, and resolves to the reply
/// `{ status, message, data }` or rejects with a `TelepartnerError`.
#[wasm_bindgen]
pub struct IvrSolutions {
    pub(crate) inner: Rc<Inner>,
}

super::call::operation_entry!(IvrSolutions, IvrSolutionsApi);

#[wasm_bindgen]
impl IvrSolutions {
    /// Create a client. Throws a `TelepartnerError` (`kind: "config"` or `"validation"`) on bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<IvrSolutionsOptions>) -> Result<IvrSolutions, JsValue> {
        Self::from_js(options.js_value()).map_err(|e| js_error(&e))
    }

    fn from_js(value: JsValue) -> Result<IvrSolutions, crate::Error> {
        let known: Vec<&str> = COMMON_OPTIONS.iter().copied().chain(["apiKey"]).collect();
        let r = Reader::new(Some(value), "options", &known)?
            .ok_or_else(|| crate::Error::validation("options", "expected an object"))?;
        let config = match (r.string("apiKey")?, r.string("baseUrl")?) {
            (Some(key), base) => Config::new(key, base.as_deref())?,
            (None, Some(backend)) => Config::proxy(&backend)?,
            (None, None) => {
                return Err(crate::Error::Config {
                    field: "apiKey".into(),
                    reason: "is required (or give baseUrl: your backend, for proxy mode)".into(),
                })
            }
        };
        let secret = config.api_key.is_some().then_some("apiKey");
        Ok(IvrSolutions {
            inner: Rc::new(setup::client::<IvrSolutionsApi>(&r, config, secret, false)?),
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
                custom_request::<IvrSolutionsApi>(self.inner.config(), &method, &path, body)?;
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
        run(
            self.inner.clone(),
            CallInfo::new("request", "(request)"),
            retry,
            prepared,
            (
                |_, value, resp, _| {
                    let value = super::call::reply_value(value, resp)?;
                    json_to_js(envelope(value, resp)?)
                },
                None,
            ),
            None,
        )
    }

    /// The base URL in use.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }
}

/// The reply of `request()` as `IvrResponse<JsonValue>` types it: checked
/// against its shape table (the provider's check has settled `status` and
/// `message`), then `{ status, message, data? }` (a `null` data is absent).
fn envelope(value: Value, resp: &HttpResponse) -> Result<Value, Error> {
    crate::shape::check_reply::<IvrResponse<Value>, _>(crate::shape::Node::Lean(&value), resp)?;
    let Value::Object(mut map) = value else {
        return Ok(value);
    };
    let mut out = crate::json::Map::new();
    for key in ["status", "message", "data"] {
        match map.swap_remove(key) {
            None | Some(Value::Null) => {}
            Some(v) => {
                out.insert(key.to_owned(), v);
            }
        }
    }
    Ok(Value::Object(out))
}
