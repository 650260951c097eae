//! `telepartner-sandbox`: a stateful local fake of the IVR Solutions, RhysTalk
//! and Toku APIs for demos and end-to-end tests (no keys, no money).
//!
//! ```text
//! telepartner-sandbox [--port 4010] [--seed 42] [--event-delay-ms 150] [--key api=value]...
//!                     [--toku-call-list-rows N]
//! ```
//! Base URLs: `http://127.0.0.1:PORT` (IVR Solutions), `.../prod` (RhysTalk),
//! `.../toku` (Toku). Controls: `GET /__sandbox/requests`, `POST /__sandbox/faults`,
//! `POST /__sandbox/reset`. Fixed OTPs: mobile `123456`, e-mail `654321`, Aadhaar `123456`.
//!
//! Only the documented keys ([`state::Keys::DEFAULTS`]) and those given with `--key`
//! are accepted; any other credential gets each API's own refusal. A method a
//! path does not declare gets 405 with `Allow`.

mod ivr;
mod rhystalk;
mod state;
mod toku;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, Uri};
use axum::Router;
use serde_json::{json, Value};

use state::{App, Fault, Keys, Reply};
use telepartner::endpoint::{route, Api};

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let port: u16 = arg(&args, "--port")
        .and_then(|p| p.parse().ok())
        .unwrap_or(4010);
    let seed: u64 = arg(&args, "--seed")
        .and_then(|p| p.parse().ok())
        .unwrap_or(42);
    let delay: u64 = arg(&args, "--event-delay-ms")
        .and_then(|p| p.parse().ok())
        .unwrap_or(150);
    let extra: Vec<String> = args
        .iter()
        .zip(args.iter().skip(1))
        .filter(|(flag, _)| *flag == "--key")
        .map(|(_, v)| v.clone())
        .collect();
    let keys = match Keys::new(&extra) {
        Ok(keys) => keys,
        Err(e) => {
            eprintln!("sandbox: {e}");
            std::process::exit(2);
        }
    };
    let call_list_rows: u64 = arg(&args, "--toku-call-list-rows")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let app = Arc::new(App::new(seed, Duration::from_millis(delay), keys, call_list_rows));
    let router = Router::new().fallback(handle).with_state(app);
    let listener =
        match tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("sandbox: cannot listen on 127.0.0.1:{port}: {e}");
                std::process::exit(1);
            }
        };
    let base = format!(
        "http://127.0.0.1:{}",
        listener.local_addr().map(|a| a.port()).unwrap_or(port)
    );
    println!("telepartner sandbox (seed {seed})");
    println!("  IVR Solutions  {base}");
    println!("  RhysTalk       {base}/prod");
    println!("  Toku           {base}/toku");
    println!("  controls       {base}/__sandbox/requests | faults | reset");
    println!("  keys           the documented sandbox keys (README) and {} --key option(s)", extra.len());
    if let Err(e) = axum::serve(listener, router).await {
        eprintln!("sandbox: {e}");
    }
}

const CORS_HEADERS: &str = "authorization, content-type, accept, idempotency-key, x-correlation-id, x-api-key, line-of-business-id, api-authorization, user-agent";

fn respond(reply: Reply) -> Response<Body> {
    let (status, body, headers) = reply;
    let text = match body {
        Value::String(raw) => raw,
        other => other.to_string(),
    };
    let mut resp = Response::new(Body::from(text));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = resp.headers_mut();
    h.insert("content-type", HeaderValue::from_static("application/json"));
    h.insert("access-control-allow-origin", HeaderValue::from_static("*"));
    h.insert(
        "access-control-expose-headers",
        HeaderValue::from_static("x-request-id, retry-after, x-correlation-id, x-transaction-id"),
    );
    for (k, v) in headers {
        if let (Ok(k), Ok(v)) = (
            axum::http::HeaderName::try_from(k),
            HeaderValue::from_str(&v),
        ) {
            h.insert(k, v);
        }
    }
    resp
}

/// The methods the registry of `A` declares for `path` (none: an unknown path).
fn declared<A: Api>(path: &str) -> Vec<&'static str> {
    ["GET", "POST", "PUT", "PATCH", "DELETE"]
        .into_iter()
        .filter(|m| route::<A>(m, path).is_some())
        .collect()
}

/// 405 with `Allow` for a method the path does not declare (in the API's own
/// error shape); `None` when the method is declared or the path unknown.
fn undeclared_method(method: &str, path: &str) -> Option<Reply> {
    let (allowed, body) = if let Some(rest) = path.strip_prefix("/prod") {
        (
            declared::<telepartner::rhystalk::RhysTalkApi>(rest),
            json!({"error": "Method Not Allowed"}),
        )
    } else if let Some(rest) = path.strip_prefix("/toku") {
        (
            declared::<telepartner::toku::TokuApi>(rest),
            json!({"message": "Method Not Allowed"}),
        )
    } else {
        (
            declared::<telepartner::ivrsolutions::IvrSolutionsApi>(path),
            json!({"status": 405, "message": "Method Not Allowed"}),
        )
    };
    if allowed.is_empty() || allowed.contains(&method) {
        return None;
    }
    let allow = format!("{}, OPTIONS", allowed.join(", "));
    Some((405, body, vec![("allow".to_owned(), allow)]))
}

async fn handle(
    State(app): State<Arc<App>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    if method == Method::OPTIONS {
        let mut resp = Response::new(Body::empty());
        *resp.status_mut() = StatusCode::NO_CONTENT;
        let h = resp.headers_mut();
        h.insert("access-control-allow-origin", HeaderValue::from_static("*"));
        h.insert(
            "access-control-allow-methods",
            HeaderValue::from_static("GET, POST, OPTIONS"),
        );
        h.insert(
            "access-control-allow-headers",
            HeaderValue::from_static(CORS_HEADERS),
        );
        h.insert("access-control-max-age", HeaderValue::from_static("600"));
        return resp;
    }
    let path = uri.path().to_owned();
    let query = uri.query().unwrap_or("").to_owned();
    let headers: Vec<(String, String)> = headers
        .iter()
        .filter_map(|(k, v)| {
            v.to_str()
                .ok()
                .map(|v| (k.as_str().to_ascii_lowercase(), v.to_owned()))
        })
        .collect();
    let text = String::from_utf8_lossy(&body).into_owned();

    if let Some(control) = path.strip_prefix("/__sandbox/") {
        return respond(app.control(control, &method, &text));
    }
    if let Some(reply) = undeclared_method(method.as_str(), &path) {
        return respond(reply);
    }
    let entry = app.log(&method, &path, &query, &headers, &text);
    if let Some(fault) = app.take_fault(&path) {
        if let Some(ms) = fault.delay_ms {
            tokio::time::sleep(Duration::from_millis(ms)).await;
        }
        match fault {
            Fault { drop: true, .. } => {
                tokio::time::sleep(Duration::from_secs(60)).await;
                return respond((504, json!({"message": "dropped"}), vec![]));
            }
            Fault {
                malformed: true, ..
            } => {
                return respond((
                    200,
                    Value::String("{\"status\":200,\"data\":{".into()),
                    vec![],
                ))
            }
            Fault {
                status: Some(s), ..
            } => return respond((s, json!({"status": s, "message": "fault injected"}), vec![])),
            _ => {}
        }
    }
    let method = method.as_str().to_owned();
    let reply = if let Some(rest) = path.strip_prefix("/prod") {
        app.rhystalk(rest, &headers, &text)
    } else if let Some(rest) = path.strip_prefix("/toku") {
        toku::handle(&app, &method, rest, &query, &headers, &text)
    } else {
        app.ivr(&method, &path, &query, &headers, &text)
    };
    app.log_reply(entry, reply.0, &reply.1);
    respond(reply)
}
