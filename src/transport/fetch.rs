//! The fetch transport: gloo-net builds the `Request`, the global `fetch` (or a
//! caller-supplied one) sends it. Works in browsers, workers and Node >= 18.
//! Timeouts and caller signals abort the underlying fetch via `AbortController`.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};
use crate::transport::Transport;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(request: &web_sys::Request) -> Promise;
}

/// Sends requests with `fetch`.
#[derive(Clone, Debug, Default)]
pub struct FetchTransport {
    fetch: Option<Function>,
    extra_headers: Vec<(String, String)>,
    credentials: Option<web_sys::RequestCredentials>,
}

impl FetchTransport {
    /// Use `fetch` when given (any function `(Request) => Promise<Response>`), else the global one.
    pub fn new(fetch: Option<Function>) -> Self {
        FetchTransport {
            fetch,
            extra_headers: Vec::new(),
            credentials: None,
        }
    }

    /// Proxy mode: headers of the partner's choosing on every request, and the
    /// fetch `credentials` mode (e.g. `include` to send the portal's cookies).
    pub fn with_proxy(
        mut self,
        headers: Vec<(String, String)>,
        credentials: Option<web_sys::RequestCredentials>,
    ) -> Self {
        self.extra_headers = headers;
        self.credentials = credentials;
        self
    }
}

/// Runs a callback when a signal aborts; removes itself when dropped.
struct AbortLink {
    signal: AbortSignal,
    callback: Closure<dyn FnMut()>,
}

impl AbortLink {
    fn new(signal: &AbortSignal, f: impl FnMut() + 'static) -> Self {
        let callback = Closure::<dyn FnMut()>::new(f);
        let _ = signal.add_event_listener_with_callback("abort", callback.as_ref().unchecked_ref());
        AbortLink {
            signal: signal.clone(),
            callback,
        }
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.callback.as_ref().unchecked_ref());
    }
}

/// A `setTimeout` that is cleared when dropped.
struct Timer {
    id: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Timer {
    fn new(ms: u32, f: impl FnMut() + 'static) -> Self {
        let callback = Closure::<dyn FnMut()>::new(f);
        let id = set_timeout(
            callback.as_ref().unchecked_ref(),
            ms.min(i32::MAX as u32) as i32,
        );
        Timer {
            id,
            _callback: callback,
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_timeout(&self.id);
    }
}

fn js_message(e: &JsValue) -> String {
    Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "fetch failed".into())
}

impl Transport for FetchTransport {
    type Signal = AbortSignal;

    async fn send(
        &self,
        req: &HttpRequest,
        timeout_ms: Option<u32>,
        signal: Option<&AbortSignal>,
    ) -> Result<HttpResponse, Error> {
        if signal.is_some_and(AbortSignal::aborted) {
            return Err(Error::Aborted);
        }
        let controller = AbortController::new().map_err(|e| Error::Network {
            message: js_message(&e),
        })?;
        let timed_out = Rc::new(Cell::new(false));
        let _timer = timeout_ms.map(|ms| {
            let (flag, c) = (timed_out.clone(), controller.clone());
            Timer::new(ms, move || {
                flag.set(true);
                c.abort();
            })
        });
        let _link = signal.map(|s| {
            let c = controller.clone();
            AbortLink::new(s, move || c.abort())
        });
        let outcome = async {
            let request = build(
                req,
                &controller.signal(),
                &self.extra_headers,
                self.credentials,
            )?;
            let promise = match &self.fetch {
                Some(f) => f
                    .call1(&JsValue::UNDEFINED, &request)
                    .map_err(|e| Error::Network {
                        message: js_message(&e),
                    })?,
                None => global_fetch(&request).into(),
            };
            let response = JsFuture::from(Promise::resolve(&promise))
                .await
                .map_err(|e| Error::Network {
                    message: js_message(&e),
                })?;
            read_response(&response).await
        }
        .await;
        match outcome {
            Err(_) if signal.is_some_and(AbortSignal::aborted) => Err(Error::Aborted),
            Err(_) if timed_out.get() => Err(Error::Timeout {
                timeout_ms: timeout_ms.unwrap_or(0),
            }),
            other => other,
        }
    }

    fn fill_random(&self, buf: &mut [u8]) -> Result<(), Error> {
        let crypto = Reflect::get(&js_sys::global(), &"crypto".into())
            .ok()
            .filter(|c| c.is_object());
        let get = crypto
            .as_ref()
            .and_then(|c| Reflect::get(c, &"getRandomValues".into()).ok())
            .and_then(|f| f.dyn_into::<Function>().ok());
        let (Some(crypto), Some(get)) = (crypto, get) else {
            return Err(Error::Network {
                message: "crypto.getRandomValues is not available in this environment".into(),
            });
        };
        let array = Uint8Array::new_with_length(buf.len() as u32);
        get.call1(&crypto, &array).map_err(|e| Error::Network {
            message: js_message(&e),
        })?;
        array.copy_to(buf);
        Ok(())
    }

    fn now_ms(&self) -> u64 {
        js_sys::Date::now() as u64
    }

    async fn sleep(&self, ms: u32, signal: Option<&AbortSignal>) -> Result<(), Error> {
        if signal.is_some_and(AbortSignal::aborted) {
            return Err(Error::Aborted);
        }
        let mut resolve = None;
        let promise = Promise::new(&mut |res, _rej| resolve = Some(res));
        let Some(resolve) = resolve else {
            return Ok(());
        };
        let r1 = resolve.clone();
        let _timer = Timer::new(ms, move || {
            let _ = r1.call0(&JsValue::UNDEFINED);
        });
        let _link = signal.map(|s| {
            AbortLink::new(s, move || {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            })
        });
        let _ = JsFuture::from(promise).await;
        if signal.is_some_and(AbortSignal::aborted) {
            return Err(Error::Aborted);
        }
        Ok(())
    }
}

fn build(
    req: &HttpRequest,
    signal: &AbortSignal,
    extra: &[(String, String)],
    credentials: Option<web_sys::RequestCredentials>,
) -> Result<web_sys::Request, Error> {
    let method = match req.method {
        crate::http::Method::Get => gloo_net::http::Method::GET,
        crate::http::Method::Post => gloo_net::http::Method::POST,
        crate::http::Method::Put => gloo_net::http::Method::PUT,
        crate::http::Method::Patch => gloo_net::http::Method::PATCH,
        crate::http::Method::Delete => gloo_net::http::Method::DELETE,
    };
    let mut builder = gloo_net::http::RequestBuilder::new(&req.url)
        .method(method)
        .abort_signal(Some(signal));
    for (k, v) in req.headers.iter().chain(extra) {
        builder = builder.header(k, v);
    }
    if let Some(c) = credentials {
        builder = builder.credentials(c);
    }
    let request = match &req.body {
        Some(body) => builder.body(body.as_str()),
        None => builder.build(),
    }
    .map_err(|e| Error::Network {
        message: format!("could not build the request: {e}"),
    })?;
    Ok(request.into())
}

/// Reply headers any provider reads (see the providers' `check` and the client's retry policy).
const READ_HEADERS: &[&str] = &[
    "content-type",
    "retry-after",
    "retry-after-ms",
    "x-request-id",
    "x-amzn-requestid",
    "x-correlation-id",
    "x-transaction-id",
];

/// Read any fetch-compatible response (a real `Response` or a look-alike).
async fn read_response(response: &JsValue) -> Result<HttpResponse, Error> {
    let bad = |what: &str| Error::Network {
        message: format!("fetch resolved to something that is not a Response ({what})"),
    };
    let status = Reflect::get(response, &"status".into())
        .ok()
        .and_then(|s| s.as_f64())
        .ok_or_else(|| bad("no status"))?;
    let status = if (100.0..=599.0).contains(&status) {
        status as u16
    } else {
        return Err(bad("status out of range"));
    };
    // Only the headers the providers read: one `get` each is cheaper than
    // iterating every header through the JS iterator protocol.
    let mut headers = Vec::new();
    if let Some(get) = Reflect::get(response, &"headers".into())
        .ok()
        .filter(|h| h.is_object())
        .and_then(|h| {
            Reflect::get(&h, &"get".into())
                .ok()
                .and_then(|f| f.dyn_into::<Function>().ok())
                .map(|f| (h, f))
        })
    {
        let (h, get) = get;
        for name in READ_HEADERS {
            if let Some(value) = get
                .call1(&h, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
            {
                headers.push(((*name).to_owned(), value));
            }
        }
    }
    let array_buffer = Reflect::get(response, &"arrayBuffer".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| bad("no arrayBuffer()"))?;
    let promise = array_buffer.call0(response).map_err(|e| Error::Network {
        message: js_message(&e),
    })?;
    let buffer = JsFuture::from(Promise::resolve(&promise))
        .await
        .map_err(|e| Error::Network {
            message: js_message(&e),
        })?;
    let body = Uint8Array::new(&buffer).to_vec();
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}
