//! The fetch transport: per attempt one `RequestInit` (headers in gloo-net's
//! `Headers`), sent with the global `fetch(url, init)`, or as a `Request` to a
//! caller-supplied fetch; the reply is read in one crossing by the package's
//! reader (`readResponse` in `methods.js`). Works in browsers, workers and
//! Node >= 18. Timeouts and caller signals abort the underlying fetch (see
//! `abort.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortSignal;

use super::abort::{Abort, AbortLink, Timer, Window};
use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};
use crate::transport::Transport;

/// Sends requests with `fetch`.
#[derive(Clone, Debug, Default)]
pub struct FetchTransport {
    fetch: Option<Function>,
    extra_headers: Vec<(String, String)>,
    credentials: Option<web_sys::RequestCredentials>,
    /// The deadline attempts starting now share (see [`abort::Deadline`]).
    window: Rc<RefCell<Option<Window>>>,
}

impl FetchTransport {
    /// Use `fetch` when given (any function `(Request) => Promise<Response>`), else the global one.
    pub fn new(fetch: Option<Function>) -> Self {
        FetchTransport {
            fetch,
            extra_headers: Vec::new(),
            credentials: None,
            window: Rc::default(),
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

pub(super) fn js_message(e: &JsValue) -> String {
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
        let abort = Abort::new(&self.window, timeout_ms, signal)?;
        let outcome = async {
            let init = init(
                req,
                abort.signal.as_ref(),
                &self.extra_headers,
                self.credentials,
            );
            let promise = match &self.fetch {
                // A caller's fetch gets a `Request`, as documented.
                Some(f) => f
                    .call1(&JsValue::UNDEFINED, &request(&req.url, &init)?.into())
                    .map_err(|e| Error::Network {
                        message: js_message(&e),
                    })?,
                // The global fetch gets (url, init): no `Request` object in
                // between (Node's undici builds one per `Request` and again
                // inside `fetch`; over real sockets that second object and its
                // body stream cost a third of the throughput).
                None => crate::js::fetch(&req.url, &init).into(),
            };
            read_once(&promise).await
        }
        .await;
        match outcome {
            Err(_) if signal.is_some_and(AbortSignal::aborted) => Err(Error::Aborted),
            Err(_) if abort.timed_out() => Err(Error::Timeout {
                timeout_ms: timeout_ms.unwrap_or(0),
            }),
            other => other,
        }
    }

    fn fill_random(&self, buf: &mut [u8]) -> Result<(), Error> {
        crate::js::random_bytes(buf).ok_or_else(|| Error::Network {
            message: "crypto.getRandomValues is not available in this environment".into(),
        })
    }

    fn now_ms(&self) -> u64 {
        crate::js::now_ms() as u64
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

/// The `RequestInit` of an attempt (its headers in gloo-net's `Headers`).
fn init(
    req: &HttpRequest,
    signal: Option<&AbortSignal>,
    extra: &[(String, String)],
    credentials: Option<web_sys::RequestCredentials>,
) -> web_sys::RequestInit {
    let init = web_sys::RequestInit::new();
    crate::js::init_method(&init, req.method.as_str());
    let headers = gloo_net::http::Headers::new();
    for (k, v) in req.headers.iter().chain(extra) {
        headers.set(k, v);
    }
    init.set_headers(&headers.into_raw());
    if let Some(body) = &req.body {
        init.set_body(&JsValue::from_str(body));
    }
    if signal.is_some() {
        init.set_signal(signal);
    }
    if let Some(c) = credentials {
        crate::js::init_credentials(&init, c);
    }
    init
}

/// The one `Request` of an attempt, for a caller's fetch. (gloo-net's
/// `RequestBuilder` would make two, and parse the URL in between, to merge
/// query parameters we never pass it.)
fn request(url: &str, init: &web_sys::RequestInit) -> Result<web_sys::Request, Error> {
    crate::js::request(url, init).map_err(|e| Error::Network {
        message: format!("could not build the request: {}", js_message(&e)),
    })
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

thread_local! {
    /// The package's reader (`readResponse` of `methods.js`), installed by the
    /// package's entry when it has loaded the wasm.
    static READER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// [`READ_HEADERS`] as one JS array (the reader's argument), made once.
    static NAMES: JsValue = {
        // One JSON text for the engine to parse (header names hold no quotes).
        let mut text = String::from("[");
        for (i, name) in READ_HEADERS.iter().enumerate() {
            text.push_str(if i == 0 { "\"" } else { ",\"" });
            text.push_str(name);
            text.push('"');
        }
        text.push(']');
        js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL)
    };
}

/// Install the JS reader: `(header names, pending fetch) => Promise<[status,
/// "name\nvalue\n..." of the headers present, body bytes, the body as the
/// engine's JSON.parse read it (a JSON reply; else undefined)]>`. An attempt
/// crosses into JS once for its whole reply. The package installs it; a raw
/// wasm module's caller must too (`__registerReader`), or every call fails with
/// a network error that says so.
pub fn set_reader(read: Function) {
    // The names bound once: each attempt then calls it with one argument.
    let bound = NAMES.with(|names| read.bind1(&JsValue::UNDEFINED, names).unchecked_into());
    READER.with(|r| *r.borrow_mut() = Some(bound));
}

/// One crossing for the whole reply: the reader waits for the fetch and reads
/// status, the headers the providers read, the body bytes and its JSON.
async fn read_once(pending: &JsValue) -> Result<HttpResponse, Error> {
    let network = |e: JsValue| Error::Network {
        message: js_message(&e),
    };
    let read = READER
        .with(|r| r.borrow().clone())
        .ok_or_else(|| Error::Network {
            message: "no reply reader: the package installs it when it loads the wasm; \
                  a raw wasm module needs __registerReader(readResponse) from methods.js"
                .into(),
        })?;
    let promise = read.call1(&JsValue::UNDEFINED, pending).map_err(network)?;
    let out: js_sys::Array = JsFuture::from(Promise::resolve(&promise))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(|_| not_a_response("no reply"))?;
    let status = out
        .get(0)
        .as_f64()
        .ok_or_else(|| not_a_response("no status"))?;
    if !(100.0..=599.0).contains(&status) {
        return Err(not_a_response("status out of range"));
    }
    let head = out.get(1).as_string().unwrap_or_default();
    let mut lines = head.split('\n');
    let mut headers = Vec::new();
    while let (Some(name), Some(value)) = (lines.next(), lines.next()) {
        if let Some(known) = READ_HEADERS.iter().find(|h| **h == name) {
            headers.push(((*known).to_owned(), value.to_owned()));
        }
    }
    let body = out
        .get(2)
        .dyn_into::<Uint8Array>()
        .map_err(|_| not_a_response("no arrayBuffer()"))
        .map(|b| crate::js::to_vec(&b))?;
    let parsed = Some(out.get(3)).filter(|p| !p.is_undefined());
    Ok(HttpResponse {
        status: status as u16,
        headers,
        body,
        parsed,
    })
}

fn not_a_response(what: &str) -> Error {
    Error::Network {
        message: format!("fetch resolved to something that is not a Response ({what})"),
    }
}
