//! Toku: masking and TTS calls return a session id, then the documented call
//! events are POSTed to `call_event_webhook_url` (SETUP, CONNECT, DISCONNECT).

use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::AsyncWriteExt;

use telepartner::endpoint::{retype_strings, route, Auth};
use telepartner::toku::{self, TokuApi};
use telepartner::BodyKind;

use crate::state::{form_params, App, Reply};

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The operations whose documented replies include 400 but not 422 for a bad request.
const DOCUMENTS_400: [&str; 2] = ["changeAgentStatus", "createTtsCall"];
/// The operations that document only 200 and 404: a request for an id that cannot
/// exist is not found.
const DOCUMENTS_404: [&str; 1] = ["getRecording"];

pub fn handle(
    app: &Arc<App>,
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    body: &str,
) -> Reply {
    let Some((op, mut params)) = route::<TokuApi>(method, path) else {
        return (404, json!({"message": "Not Found"}), vec![]);
    };
    // The credentials each request documents, from the registry.
    let authorized = if op.auth == Auth::ApiKey {
        header(headers, "x-api-key").is_some_and(|k| app.keys.accepts("toku", k))
            && header(headers, "line-of-business-id").is_some_and(|l| !l.is_empty())
    } else {
        let bearer = header(headers, "authorization").or_else(|| header(headers, "api-authorization"));
        app.keys.accepts_bearer("toku", bearer)
    };
    if !authorized {
        return (401, json!({"message": "Unauthorized"}), vec![]);
    }
    // The params as the SDK writes them: path, then the query (GET), a JSON or a form body.
    let invalid = |message: String| {
        let status = if DOCUMENTS_400.contains(&op.js_name) {
            400
        } else if DOCUMENTS_404.contains(&op.js_name) {
            404
        } else {
            422
        };
        (status, json!({"status": false, "message": message}), vec![])
    };
    if method != "GET" && op.body == BodyKind::Json {
        match serde_json::from_str::<Value>(body) {
            Ok(Value::Object(m)) => params.extend(m),
            _ => return invalid("the body must be a JSON object".into()),
        }
    } else {
        params.extend(form_params(if method == "GET" { query } else { body }));
        retype_strings(op.fields, &mut params);
    }
    // The SDK's own validation: what it would refuse, the sandbox refuses (422, or 400 where
    // only 400 is documented).
    let p = Value::Object(params);
    let cfg = toku::Config::new(
        "http://sandbox.local",
        Some("sandbox".into()),
        Some("1".into()),
        Some("sandbox".into()),
        Some("sandbox".into()),
    )
    .expect("static config");
    if let Err(e) = toku::build(op.js_name, p.clone(), &cfg) {
        return invalid(e.to_string());
    }
    if method == "POST" && path.starts_with("/v1/programmable-call/") {
        let session_id = app.with(|d| {
            d.toku_sessions += 1;
            d.toku_sessions
        });
        let session_id = format!("{}-{session_id:04}", app.next_id("sess-"));
        if let Some(url) = p.get("call_event_webhook_url").and_then(Value::as_str) {
            let (url, sid, delay) = (url.to_owned(), session_id.clone(), app.event_delay);
            tokio::spawn(deliver_events(url, sid, p.clone(), delay));
        }
        let status = if path.ends_with("/conferences") {
            201
        } else {
            200
        };
        return (
            status,
            json!({"message": "Call initiated", "data": {"reference_id": p.get("reference_id"), "session_id": session_id}}),
            vec![],
        );
    }
    if op.js_name == "getCallList" {
        return call_list(app.call_list_rows, &p);
    }
    documented_reply(op.js_name, path, &p)
}

/// `getCallList` over `total` generated rows, `limit`/`offset` paged as documented.
fn call_list(total: u64, p: &Value) -> Reply {
    let offset = p.get("offset").and_then(Value::as_u64).unwrap_or(0);
    let limit = p.get("limit").and_then(Value::as_u64).unwrap_or(100);
    let rows: Vec<Value> = (offset..total.min(offset.saturating_add(limit)))
        .map(|i| {
            json!({"recording_id": format!("rec-{i:06}"), "phone_no": "6591234567", "inbound_did": "6560000001",
                "datetime": "2026-11-23 10:00:00", "ivr_duration": i % 300})
        })
        .collect();
    let meta = json!({"limit": limit, "offset": offset, "total_records": total});
    (200, json!({"status": true, "message": "Success", "data": rows, "meta": meta}), vec![])
}

/// Each remaining request's reply, in the shape the collection documents.
fn documented_reply(op: &str, path: &str, p: &Value) -> Reply {
    let last = path.rsplit('/').next().unwrap_or_default().to_owned();
    let body = match op {
        "changeAgentStatus" => json!({"status": true, "message": "Agent status updated"}),
        "createAgent" => {
            let data = json!({"user": "555100555", "full_name": p.get("name"), "role_id": p.get("role_id"),
                "email": p.get("email"), "active": "Y", "user_id": 5000});
            return (
                201,
                json!({"success": true, "code": 201, "message": "Successfully create an agent", "data": data}),
                vec![],
            );
        }
        "getSipProvision" => {
            let user = path.split('/').rev().nth(1).unwrap_or_default();
            json!({"message": "Successfully retrieved user SIP provision", "data": {"username": user,
                "sip_password": "sandbox-sip-password", "host": "sip.sandbox.local", "transport": "UDP", "expires": 3600}})
        }
        "listOutboundCallerIds" => json!({"status": true, "message": "Success",
            "data": [{"id": 1, "area_code": "65", "caller_id": "6560000001", "description": "Main line", "queue_id": 3}],
            "meta": {"pagination": {"page_no": 1, "page_length": 10, "last_page": 1, "total": 1}}}),
        "getOutboundCallerId" => json!({"status": true, "message": "Success",
            "data": {"id": last, "area_code": "65", "caller_id": "6560000001", "description": "Main line", "queue_id": 3}}),
        "requestOtp" => {
            json!({"status": true, "message": "OTP sent", "data": {"otp_code": "123456", "expires_in": 300}})
        }
        "verifyOtp" => {
            let verified = p.get("otp_code").and_then(Value::as_str) == Some("123456");
            json!({"status": true, "message": "OTP checked", "data": {"verified": verified}})
        }
        "getCallRate" => {
            json!({"country_code": "65", "full_number": "+6582620969", "source": "custom",
            "price_info": {"price": 0.0113, "currency": "USD", "call_flag": "Allowed"}})
        }
        "getCallHistories" => json!([]),
        "getCallMetrics" => {
            json!({"call_id": telepartner::endpoint::percent_decode(&last), "response_code": "200",
            "response_text": "200 OK", "release_direction": "caller", "mos_f1": "4.5", "mos_f2": "4.4"})
        }
        "ingestCallMetadata" => {
            json!({"status": true, "message": "Metadata ingested successfully", "data": {}})
        }
        "getRecording" => return (404, json!({"message": "Recording not found"}), vec![]),
        _ => json!({"status": true, "message": "Success", "data": [],
            "meta": {"limit": 100, "page": 1, "total_pages": 0, "total_records": 0}}),
    };
    (200, body, vec![])
}

/// SETUP, CONNECT, DISCONNECT as the collection documents them, `delay` apart.
async fn deliver_events(url: String, session_id: String, call: Value, delay: Duration) {
    let party = |k: &str| {
        call.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let base = json!({
        "result": 0, "result_desc": "Ok", "service_name": "PROGRAMMABLE_CALL", "channel": 0,
        "session_id": session_id, "calling_party": party("a_party_number"),
        "called_party": if call.get("b_party_number").is_some() { party("b_party_number") } else { party("destination_number") },
        "redirecting_number": "", "direction": 1, "reference_id": party("reference_id"),
        "call_setup_time": "2026-11-23 10:00:00", "call_alert_time": "2026-11-23 10:00:00", "gmt": 8, "call_cause": "",
    });
    let steps = [
        json!({"call_status": "SETUP", "call_connected_time": "", "call_disconnected_time": "", "call_connected": 0, "call_duration": 0, "dtmf": ""}),
        json!({"call_status": "CONNECT", "call_connected_time": "2026-11-23 10:00:05", "call_disconnected_time": "", "call_connected": 1, "call_duration": 0, "dtmf": ""}),
        json!({"call_status": "DISCONNECT", "call_connected_time": "2026-11-23 10:00:05", "call_disconnected_time": "2026-11-23 10:01:17", "call_connected": 0, "call_duration": 72, "dtmf": "1"}),
    ];
    for step in steps {
        tokio::time::sleep(delay).await;
        let mut event = base.clone();
        if let (Some(e), Some(s)) = (event.as_object_mut(), step.as_object()) {
            e.extend(s.clone());
        }
        if post_json(&url, &event.to_string()).await.is_err() {
            return;
        }
    }
}

/// A minimal HTTP/1.1 POST to an `http://` URL (webhooks on this machine).
async fn post_json(url: &str, body: &str) -> std::io::Result<()> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| std::io::Error::other("only http:// webhooks"))?;
    let (host, path) = rest
        .split_once('/')
        .map(|(h, p)| (h, format!("/{p}")))
        .unwrap_or((rest, "/".into()));
    let mut stream = tokio::net::TcpStream::connect(host).await?;
    let request = format!("POST {path} HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
    stream.write_all(request.as_bytes()).await?;
    let mut sink = Vec::new();
    let _ = tokio::io::AsyncReadExt::read_to_end(&mut stream, &mut sink).await;
    Ok(())
}
