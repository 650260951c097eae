//! The one call path every JS method of every client shares.
//!
//! An operation is data ([`Op`]): only `prepare` (decode params, build the
//! request) and `decode` (type the reply) are compiled per operation.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use js_sys::{Promise, Reflect};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::future_to_promise;

use super::error::to_js_for;
use super::options::CallOptions;
use super::{params_json, to_js_value};
use crate::client::{CallInfo, Client, Hook, Sent};
use crate::endpoint::{build_request, decode_params, decode_value, Endpoint, Provider, Retry};
use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};
use crate::transport::fetch::FetchTransport;

/// A provider's client over fetch.
pub(crate) type Inner<P> = Client<P, FetchTransport>;

/// Types a checked reply and converts it for JS.
pub(crate) type DecodeFn = fn(Value, &HttpResponse, &Sent) -> Result<JsValue, Error>;

/// Decodes params and builds the request of one operation.
pub(crate) type PrepareFn<P> = fn(&<P as Provider>::Config, Value) -> Result<HttpRequest, Error>;

fn prepare_op<E: Endpoint>(
    cfg: &<E::Provider as Provider>::Config,
    params: Value,
) -> Result<HttpRequest, Error> {
    build_request(&decode_params::<E>(params)?, cfg)
}

/// The reply as the API sent it (typed).
pub(crate) fn decode_plain<R: DeserializeOwned + Serialize>(
    value: Value,
    resp: &HttpResponse,
    _: &Sent,
) -> Result<JsValue, Error> {
    let reply: R = decode_value(value, resp)?;
    to_js_value(&reply)
}

/// One operation as data.
pub(crate) struct Op<P: Provider> {
    pub js_name: &'static str,
    pub path: &'static str,
    pub retry: Retry,
    pub prepare: PrepareFn<P>,
    pub decode: DecodeFn,
}

impl<P: Provider> Op<P> {
    /// The operation `E`, its reply converted by `decode`.
    pub fn of<E: Endpoint<Provider = P>>(decode: DecodeFn) -> Self {
        Op {
            js_name: E::JS_NAME,
            path: E::PATH,
            retry: E::RETRY,
            prepare: prepare_op::<E>,
            decode,
        }
    }
}

/// Credentials that need IO (an async token provider).
pub(crate) trait Authorize {
    /// The `Authorization` header value to send (`refresh`: fetch a new token).
    fn authorization(
        &self,
        refresh: bool,
    ) -> Pin<Box<dyn Future<Output = Result<String, Error>> + '_>>;
    /// Whether `err` means the credential expired (then: refresh once, retry once).
    fn expired(&self, err: &Error) -> bool;
}

/// Run one call: params, then options and ids, then the shared async pipeline.
#[inline(never)]
pub(crate) fn call<P: Provider + 'static>(
    inner: &Rc<Inner<P>>,
    auth: Option<Rc<dyn Authorize>>,
    op: Op<P>,
    params: JsValue,
    options: Option<JsValue>,
) -> Promise {
    let prepared = (|| {
        let request = (op.prepare)(inner.config(), params_json(&params)?)?;
        Ok((request, CallOptions::from_js(options)?))
    })();
    send(
        inner,
        auth,
        CallInfo::new(op.js_name, op.path),
        op.retry,
        op.decode,
        prepared,
    )
}

/// Attach ids and run a prepared request (also used by `request()`).
pub(crate) fn send<P: Provider + 'static>(
    inner: &Rc<Inner<P>>,
    auth: Option<Rc<dyn Authorize>>,
    call: CallInfo<'static>,
    retry: Retry,
    decode: DecodeFn,
    prepared: Result<(HttpRequest, CallOptions), Error>,
) -> Promise {
    let prepared = prepared.and_then(|(mut request, opts)| {
        let ids = opts.idempotency_key.as_deref();
        let sent = inner.attach_ids(
            &mut request,
            call.operation,
            retry,
            ids,
            opts.correlation_id.as_deref(),
        )?;
        Ok((request, opts, sent))
    });
    future_to_promise(run(inner.clone(), auth, call, prepared, retry, decode))
}

async fn run<P: Provider>(
    inner: Rc<Inner<P>>,
    auth: Option<Rc<dyn Authorize>>,
    call: CallInfo<'static>,
    prepared: Result<(HttpRequest, CallOptions, Sent), Error>,
    retry: Retry,
    decode: DecodeFn,
) -> Result<JsValue, JsValue> {
    let mut sent = Sent::default();
    let result = async {
        let (mut request, opts, ids) = prepared?;
        sent = ids;
        let signal = opts.signal();
        let request_opts = opts.as_request_options(signal.as_ref());
        if let Some(auth) = &auth {
            request
                .headers
                .push(("authorization".into(), auth.authorization(false).await?));
        }
        let outcome = inner
            .execute(request.clone(), retry, &request_opts, &call)
            .await;
        let (resp, value) = match (outcome, &auth) {
            (Err(e), Some(auth)) if auth.expired(&e) => {
                let header = auth.authorization(true).await?;
                if let Some(h) = request
                    .headers
                    .iter_mut()
                    .find(|(k, _)| k == "authorization")
                {
                    h.1 = header;
                }
                inner.execute(request, retry, &request_opts, &call).await?
            }
            (outcome, _) => outcome?,
        };
        decode(value, &resp, &sent)
    }
    .await;
    result.map_err(|e| {
        let error = to_js_for(&e, retry);
        let set = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                if Reflect::get(&error, &k.into()).map_or(true, |x| x.is_undefined()) {
                    let _ = Reflect::set(&error, &k.into(), &v.as_str().into());
                }
            }
        };
        set("idempotencyKey", &sent.idempotency_key);
        set("correlationId", &sent.correlation_id);
        let _ = Reflect::set(&error, &"retries".into(), &call.retries.get().into());
        error
    })
}

/// One JS method per operation on `$class`, all through [`call`]:
/// `for_each_..._operation!(js_methods, Class, decode_fn)`.
macro_rules! js_methods {
    ($class:ident, $decode:ident; $(($fn:ident, $js:literal, $params:ident $($optional:ident)?, $ts:literal, $doc:literal)),* $(,)?) => {
        $(js_methods!(@method $class, $decode, $fn, $js, $params $($optional)?, $ts, $doc);)*
    };
    (@method $class:ident, $decode:ident, $fn:ident, $js:literal, $params:ident, $ts:literal, $doc:literal) => {
        #[wasm_bindgen]
        impl $class {
            #[doc = $doc]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = $ts)]
            pub fn $fn(&self, params: Ts<$params>, options: Option<Ts<CallOptions>>) -> Promise {
                let op = Op::of::<$params>($decode::<<$params as Endpoint>::Response>);
                call(&self.inner, self.auth(), op, params.js_value(), options.map(|o| o.js_value()))
            }
        }
    };
    (@method $class:ident, $decode:ident, $fn:ident, $js:literal, $params:ident optional, $ts:literal, $doc:literal) => {
        #[wasm_bindgen]
        impl $class {
            #[doc = $doc]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = $ts)]
            pub fn $fn(&self, params: Option<Ts<$params>>, options: Option<Ts<CallOptions>>) -> Promise {
                let op = Op::of::<$params>($decode::<<$params as Endpoint>::Response>);
                let params = params.map(|p| p.js_value()).unwrap_or(JsValue::UNDEFINED);
                call(&self.inner, self.auth(), op, params, options.map(|o| o.js_value()))
            }
        }
    };
}
pub(crate) use js_methods;

/// A JS hook (`onRequest` / `onResponse`) as a core [`Hook`]; a hook that
/// throws is ignored (observing must never break a call).
pub(crate) fn js_hook(f: Option<js_sys::Function>) -> Option<Hook> {
    let f = f?;
    Some(Rc::new(move |event: &crate::client::CallEvent| {
        if let Ok(value) = to_js_value(event) {
            let _ = f.call1(&JsValue::UNDEFINED, &value);
        }
    }))
}
