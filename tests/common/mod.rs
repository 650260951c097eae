//! Shared helpers for the native test suites.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::io::Write;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use telepartner::{Error, HttpRequest, HttpResponse, Transport};

/// Run a future that never really waits (test transports complete at once).
pub fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// A scripted transport: pops one outcome per attempt and records every request and sleep.
#[derive(Default)]
pub struct Scripted {
    pub replies: RefCell<VecDeque<Result<HttpResponse, Error>>>,
    pub sent: RefCell<Vec<(HttpRequest, Option<u32>)>>,
    pub sleeps: RefCell<Vec<u32>>,
    pub randoms: std::cell::Cell<u32>,
    pub now: std::cell::Cell<u64>,
}

impl Scripted {
    pub fn new(replies: Vec<Result<HttpResponse, Error>>) -> Self {
        Scripted {
            replies: RefCell::new(replies.into()),
            ..Default::default()
        }
    }
}

impl Transport for Scripted {
    type Signal = ();
    async fn send(
        &self,
        req: &HttpRequest,
        timeout_ms: Option<u32>,
        _s: Option<&()>,
    ) -> Result<HttpResponse, Error> {
        self.sent.borrow_mut().push((req.clone(), timeout_ms));
        record_contract(req);
        self.replies.borrow_mut().pop_front().unwrap_or_else(|| {
            Err(Error::Network {
                message: "test script exhausted: unexpected request".into(),
            })
        })
    }
    async fn sleep(&self, ms: u32, _s: Option<&()>) -> Result<(), Error> {
        self.sleeps.borrow_mut().push(ms);
        Ok(())
    }
    fn fill_random(&self, buf: &mut [u8]) -> Result<(), Error> {
        // Deterministic per call, different across calls: enough to tell keys apart.
        let n = self.randoms.get();
        self.randoms.set(n + 1);
        for (i, b) in buf.iter_mut().enumerate() {
            *b = (n as u8).wrapping_mul(31).wrapping_add(i as u8);
        }
        Ok(())
    }
    fn now_ms(&self) -> u64 {
        self.now.get()
    }
}

/// Append a request to `target/contract/native-<spec>.jsonl`; `make test` validates
/// every line against the spec with openapi-core.
pub fn record_contract(req: &HttpRequest) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/contract");
    let _ = std::fs::create_dir_all(dir);
    let line = serde_json::json!({
        "spec": if req.url.starts_with(telepartner::rhystalk::DEFAULT_BASE_URL) { "rhystalk" } else { "ivrsolutions" },
        "method": req.method.as_str(),
        "url": req.url,
        "headers": req.headers.iter().cloned().collect::<std::collections::BTreeMap<_, _>>(),
        "body": req.body,
    });
    let path = format!("{dir}/native.jsonl");
    // One write per line: tests run on several threads and append to the same file.
    let record = format!("{line}\n");
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(record.as_bytes());
    }
}

pub fn ivr_config() -> telepartner::ivrsolutions::Config {
    telepartner::ivrsolutions::Config::new("pk_test_partner_key", None).expect("valid config")
}

pub fn ok_json(body: &str) -> Result<HttpResponse, Error> {
    Ok(HttpResponse::new(200, body))
}

pub fn rhystalk_config() -> telepartner::rhystalk::Config {
    telepartner::rhystalk::Config::new(
        Some("eyJhbGciOiJub25lIn0.eyJzdWIiOiJwIn0.c2ln".into()),
        None,
    )
    .expect("valid config")
}

/// Toku's Postman collection.
pub const TOKU_COLLECTION: &str =
    include_str!("../../../shared/specs/toku.postman_collection.json");

/// Every request of the Toku collection, folders flattened: (method, path, item).
/// Paths keep the collection's `:name` / `{name}` segments (see [`path_template`]).
pub fn toku_requests() -> Vec<(String, String, serde_json::Value)> {
    fn walk(items: &[serde_json::Value], out: &mut Vec<(String, String, serde_json::Value)>) {
        for item in items {
            if let Some(children) = item["item"].as_array() {
                walk(children, out);
                continue;
            }
            let path: Vec<&str> = item["request"]["urlObject"]["path"]
                .as_array()
                .map(|p| p.iter().filter_map(serde_json::Value::as_str).collect())
                .unwrap_or_default();
            out.push((
                item["request"]["method"].as_str().unwrap_or("").to_owned(),
                format!("/{}", path.join("/")),
                item.clone(),
            ));
        }
    }
    let collection: serde_json::Value = serde_json::from_str(TOKU_COLLECTION).unwrap();
    let mut out = Vec::new();
    walk(collection["item"].as_array().unwrap(), &mut out);
    out
}

/// A path with its parameter segments (`:name`, `{name}`) as `{}`, for comparing
/// the collection's paths with the SDK's templates.
pub fn path_template(path: &str) -> String {
    path.split('/')
        .map(|s| {
            if s.starts_with(':') || s.starts_with('{') {
                "{}"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}
