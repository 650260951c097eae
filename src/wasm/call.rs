//! The JS side of a call: convert JS values in, run [`Client::dispatch`] (the
//! one async pipeline: ids, tokens, retries, timeouts), convert the reply or
//! the error out. Nothing else happens here.

use std::rc::Rc;

use crate::json::Value;
use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::future_to_promise;

use super::error::to_js_for;
use super::options::CallOptions;
use super::{json_to_js, params_json};
use crate::client::{CallInfo, Client, Hook, Sent};
use crate::endpoint::{Api, Operation, Retry};
use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};
use crate::transport::fetch::FetchTransport;

/// An API's client over fetch.
pub(crate) type Inner<A> = Client<A, FetchTransport>;

/// The class's one entry for its API's operations: `__call(index, params,
/// options)`, where `index` is the operation's place in `A::OPERATIONS`. The
/// named methods (`walletBalance`, ...) are installed from the registry by
/// `pkg-template/methods.js`; their types are the declarations' (`#[operation]`).
/// One export per class instead of one per operation.
macro_rules! operation_entry {
    ($class:ident, $api:ty) => {
        #[wasm_bindgen::prelude::wasm_bindgen(js_class = $class)]
        impl $class {
            /// Call the operation at `index` of this API's registry (the named methods do).
            #[wasm_bindgen(js_name = __call, skip_typescript)]
            pub fn call_operation(
                &self,
                index: u32,
                params: wasm_bindgen::JsValue,
                options: wasm_bindgen::JsValue,
            ) -> js_sys::Promise {
                $crate::wasm::call::call_index::<$api>(&self.inner, index, params, options)
            }
        }
    };
}
pub(crate) use operation_entry;

/// [`call`] of the operation at `index` of `A::OPERATIONS`.
pub(crate) fn call_index<A: Api>(
    inner: &Rc<Inner<A>>,
    index: u32,
    params: JsValue,
    options: JsValue,
) -> Promise {
    let options = (!options.is_undefined()).then_some(options);
    match A::OPERATIONS.get(index as usize) {
        Some(op) => call(inner, op, params, options),
        None => Promise::reject(&super::error::to_js(&Error::validation(
            "operation",
            format!("no {} operation at index {index}", A::NAME),
        ))),
    }
}

/// A JS method of a registry operation.
pub(crate) fn call<A: Api>(
    inner: &Rc<Inner<A>>,
    op: &'static Operation<A>,
    params: JsValue,
    options: Option<JsValue>,
) -> Promise {
    call_then(inner, op, params, options, None)
}

/// What a journey does with a method's reply before its caller gets it (the
/// onboarding session advances on it). A step is then a method call like any
/// other: one copy of the future behind the promises serves both.
#[cfg(feature = "ivrsolutions")]
pub(crate) type After = Option<Box<dyn FnOnce(&JsValue)>>;
/// Without IVR Solutions there is no journey: never anything to do after.
#[cfg(not(feature = "ivrsolutions"))]
pub(crate) type After = Option<std::convert::Infallible>;

/// [`call`], then `after` on a successful reply.
pub(crate) fn call_then<A: Api>(
    inner: &Rc<Inner<A>>,
    op: &'static Operation<A>,
    params: JsValue,
    options: Option<JsValue>,
    after: After,
) -> Promise {
    let prepared = CallOptions::from_js(options).and_then(|opts| {
        let request = op.build(inner.config(), params_json(&params)?)?;
        Ok((request, opts))
    });
    run(
        inner.clone(),
        CallInfo::new(op.js_name, op.path),
        op.retry,
        prepared,
        (method_reply, Some(op)),
        after,
    )
}

/// [`Decode`] of the registry methods: [`reply_to_js`] of their operation
/// (which they always pass; without one there is nothing to type the reply by).
fn method_reply<A: Api>(
    op: Option<&'static Operation<A>>,
    value: Value,
    resp: &HttpResponse,
    sent: &Sent,
) -> Result<JsValue, Error> {
    match op {
        Some(op) => reply_to_js(op, value, resp, sent),
        None => Err(Error::validation(
            "operation",
            "is required to type the reply",
        )),
    }
}

/// A checked reply to `op` as JS (methods and `parseResponse` alike): the
/// bytes of a bytes operation (recordings), else the typed reply as the API
/// hands it to JS.
pub(crate) fn reply_to_js<A: Api>(
    op: &Operation<A>,
    value: Value,
    resp: &HttpResponse,
    sent: &Sent,
) -> Result<JsValue, Error> {
    if let (Some(parsed), false) = (&resp.parsed, op.binary()) {
        // The engine's object (see `check_reply`): checked in place, handed on as it is.
        crate::shape::check_shape(op.shape, crate::shape::Node::Js(parsed.clone()), resp)?;
        return Ok(wrap_parsed::<A>(parsed.clone(), resp, sent));
    }
    let reply = op.decode_reply(value, resp)?;
    if op.binary() {
        return Ok(bytes_reply(resp));
    }
    json_to_js(A::wrap_reply(reply, resp, sent))
}

/// [`Api::wrap_reply`] of the engine's object.
fn wrap_parsed<A: Api>(reply: JsValue, resp: &HttpResponse, sent: &Sent) -> JsValue {
    let Some(ids) = A::reply_ids(resp, sent) else {
        return reply;
    };
    let out = Object::new();
    crate::js::set(&out, "data", &reply);
    crate::js::set(&out, "status", &resp.status.into());
    for (k, v) in ids {
        crate::js::set(&out, k, &v.into());
    }
    out.into()
}

/// The checked JSON of a reply as the core's value: what `check` returned,
/// or the engine's object read back (see `check_reply`), for the paths that
/// type a reply in the wasm (the escape hatch).
#[cfg(feature = "ivrsolutions")]
pub(crate) fn reply_value(value: Value, resp: &HttpResponse) -> Result<Value, Error> {
    match &resp.parsed {
        Some(parsed) => params_json(parsed),
        None => Ok(value),
    }
}

/// A non-JSON reply (recordings): `{ contentType, data: Uint8Array }`.
fn bytes_reply(resp: &HttpResponse) -> JsValue {
    let out = Object::new();
    let content_type = resp.header("content-type").unwrap_or("");
    crate::js::set(&out, "contentType", &content_type.into());
    crate::js::set(&out, "data", &Uint8Array::from(resp.body.as_slice()));
    out.into()
}

/// How [`run`] turns a checked reply into JS: a plain function and the
/// operation it is for (none for the escape hatch). Not a closure: every
/// caller then shares one copy of the future behind the promise.
pub(crate) type Decode<A> = (
    fn(Option<&'static Operation<A>>, Value, &HttpResponse, &Sent) -> Result<JsValue, Error>,
    Option<&'static Operation<A>>,
);

/// Run a prepared request through the client and convert the outcome for JS
/// (also used by `request()`, the escape hatch). Errors carry the
/// idempotency key and correlation id sent, and the retries made.
pub(crate) fn run<A: Api>(
    inner: Rc<Inner<A>>,
    call: CallInfo<'static>,
    retry: Retry,
    prepared: Result<(HttpRequest, CallOptions), Error>,
    decode: Decode<A>,
    after: After,
) -> Promise {
    future_to_promise(async move {
        let (request, opts) = match prepared {
            Ok((request, opts)) => (Ok(request), opts),
            Err(e) => (Err(e), CallOptions::default()),
        };
        let signal = opts.signal();
        let request_opts = opts.as_request_options(signal.as_ref());
        let done = inner.dispatch(request, retry, &request_opts, &call).await;
        let sent = done.sent;
        done.result
            .and_then(|(resp, value)| (decode.0)(decode.1, value, &resp, &sent))
            .inspect(|reply| {
                #[cfg(feature = "ivrsolutions")]
                if let Some(after) = after {
                    after(reply);
                }
                #[cfg(not(feature = "ivrsolutions"))]
                let _ = (reply, after);
            })
            .map_err(|e| {
                let error = to_js_for(&e, retry);
                let set = |k: &str, v: &Option<String>| {
                    if let Some(v) = v {
                        if Reflect::get(&error, &k.into()).map_or(true, |x| x.is_undefined()) {
                            crate::js::set(&error, k, &v.as_str().into());
                        }
                    }
                };
                set("idempotencyKey", &sent.idempotency_key);
                set("correlationId", &sent.correlation_id);
                crate::js::set(&error, "retries", &done.retries.into());
                error
            })
    })
}

/// A JS hook (`onRequest` / `onResponse`) as a core [`Hook`]; a hook that
/// throws is ignored (observing must never break a call). The event becomes a
/// plain JS object through serde-wasm-bindgen (its fields set one by one: no
/// JSON text in between for a handful of scalars; see `CallEvent`'s `Serialize`).
pub(crate) fn js_hook(f: Option<js_sys::Function>) -> Option<Hook> {
    let f = f?;
    Some(Rc::new(move |event: &crate::client::CallEvent| {
        use serde::Serialize;
        let js = serde_wasm_bindgen::Serializer::json_compatible();
        if let Ok(value) = event.serialize(&js) {
            let _ = f.call1(&JsValue::UNDEFINED, &value);
        }
    }))
}
