//! Call-event webhooks: what Toku POSTs to `call_event_webhook_url`.
//! `parse_call_event` needs no network; `MaskedSession` folds a stream of
//! events into the state of one session.

use crate::json::{Map, Value};
use serde::{Deserialize, Serialize};

use crate::endpoint::{Api, Operation};
use crate::error::{excerpt, Error};
use crate::wire::Field;

/// The field a placed call's events are POSTed to.
pub const CALLBACK_URL_FIELD: &str = "call_event_webhook_url";

/// Whether `callbackSecret` can sign this operation's callback URL: it takes
/// one, and the `reference_id` the token is bound to.
pub fn signs_callback<A: Api>(op: &Operation<A>) -> bool {
    let fields = Field::flat(op.fields);
    [CALLBACK_URL_FIELD, "reference_id"]
        .iter()
        .all(|name| fields.iter().any(|f| f.name == *name))
}

/// The Toku operations whose callback URL `callbackSecret` signs.
pub fn signed_callback_operations() -> Vec<&'static str> {
    super::OPERATIONS
        .iter()
        .filter(|op| signs_callback(op))
        .map(|op| op.js_name)
        .collect()
}

/// The `call_status` of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum CallStatus {
    /// Calling.
    SETUP,
    /// Connected.
    CONNECT,
    /// Disconnected.
    DISCONNECT,
    /// The call could not be made.
    FAILED,
    /// A status this SDK does not know yet (kept as sent).
    #[serde(untagged)]
    Other(String),
}

/// One call event, typed; empty strings become absent values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TokuCallEvent {
    /// `SETUP`, `CONNECT`, `DISCONNECT`, `FAILED` (or another value, kept).
    pub call_status: CallStatus,
    /// The call session.
    pub session_id: String,
    /// Your reference id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// 0 = success, negative = error code.
    pub result: i64,
    /// Result description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_desc: Option<String>,
    /// As documented: `0` = inbound, `1` = outbound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<u8>,
    /// `direction` in words: `inbound` or `outbound` (absent for other values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction_label: Option<String>,
    /// The service, e.g. `PROGRAMMABLE_CALL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Channel id within the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<i64>,
    /// Redirecting number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirecting_number: Option<String>,
    /// Calling party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calling_party: Option<String>,
    /// Called party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub called_party: Option<String>,
    /// Setup time, `YYYY-MM-DD hh:mm:ss` in `gmt`'s zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_setup_time: Option<String>,
    /// Alert (ringing) time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_alert_time: Option<String>,
    /// Connected time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_connected_time: Option<String>,
    /// Disconnected time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_disconnected_time: Option<String>,
    /// UTC offset of the times, in hours (8 = Singapore, 5.5 = India).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmt: Option<f64>,
    /// SIP cause code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_cause: Option<String>,
    /// Whether the call is connected.
    pub call_connected: bool,
    /// Duration in seconds.
    pub call_duration: u64,
    /// The last DTMF digits pressed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dtmf: Option<String>,
    /// Every field as sent.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub raw: Map<String, Value>,
}

fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    match map.get(key)? {
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A number, or a numeric string (read by the JSON number reader).
fn number(map: &Map<String, Value>, key: &str) -> Option<f64> {
    match map.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => {
            let parsed: Result<Value, _> = crate::json::from_str(s.trim());
            parsed.ok().and_then(|v| v.as_f64())
        }
        _ => None,
    }
}

fn int(map: &Map<String, Value>, key: &str) -> Option<i64> {
    match map.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Parse a webhook body (the raw JSON text). Malformed bodies are `decode` errors.
pub fn parse_call_event(body: &str) -> Result<TokuCallEvent, Error> {
    let bad = |path: &str, reason: &str| Error::Decode {
        status: 0,
        path: path.into(),
        reason: reason.into(),
        body: excerpt(body.as_bytes()),
    };
    let value: Value = crate::json::from_str(body).map_err(|e| bad(".", &e.to_string()))?;
    let Value::Object(map) = value else {
        return Err(bad(".", "expected a JSON object"));
    };
    TokuCallEvent::read(&map, map.clone()).map_err(|(path, reason)| bad(path, reason))
}

impl TokuCallEvent {
    /// The typed event from `fields` (a webhook body, or an event this module
    /// made: its typed fields have the wire names), with `raw` as sent. Lenient
    /// as Toku's own bodies need: numbers may come as strings, empty strings are
    /// absent. A fault is `(field, reason)`.
    pub fn read(
        fields: &Map<String, Value>,
        raw: Map<String, Value>,
    ) -> Result<TokuCallEvent, (&'static str, &'static str)> {
        let map = fields;
        let call_status = match text(map, "call_status").as_deref() {
            Some("SETUP") => CallStatus::SETUP,
            Some("CONNECT") => CallStatus::CONNECT,
            Some("DISCONNECT") => CallStatus::DISCONNECT,
            Some("FAILED") => CallStatus::FAILED,
            Some(other) => CallStatus::Other(other.to_owned()),
            None => return Err(("call_status", "is required")),
        };
        let session_id = text(map, "session_id").ok_or(("session_id", "is required"))?;
        let result = int(map, "result").ok_or(("result", "expected an integer"))?;
        let direction = int(map, "direction").and_then(|d| u8::try_from(d).ok());
        let direction_label = match direction {
            Some(0) => Some("inbound".to_owned()),
            Some(1) => Some("outbound".to_owned()),
            _ => None,
        };
        Ok(TokuCallEvent {
            call_status,
            session_id,
            reference_id: text(map, "reference_id"),
            result,
            result_desc: text(map, "result_desc"),
            direction,
            direction_label,
            service_name: text(map, "service_name"),
            channel: int(map, "channel"),
            redirecting_number: text(map, "redirecting_number"),
            calling_party: text(map, "calling_party"),
            called_party: text(map, "called_party"),
            call_setup_time: text(map, "call_setup_time"),
            call_alert_time: text(map, "call_alert_time"),
            call_connected_time: text(map, "call_connected_time"),
            call_disconnected_time: text(map, "call_disconnected_time"),
            gmt: number(map, "gmt"),
            call_cause: text(map, "call_cause"),
            // `1` on the wire, `true` in an event this module made.
            call_connected: matches!(map.get("call_connected"), Some(Value::Bool(true)))
                || int(map, "call_connected") == Some(1),
            call_duration: int(map, "call_duration")
                .and_then(|d| u64::try_from(d).ok())
                .unwrap_or(0),
            dtmf: text(map, "dtmf"),
            raw,
        })
    }
}

/// The state of one masked session, folded from its events in any order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MaskedSession {
    /// The session.
    pub session_id: String,
    /// `ringing`, `connected`, `ended` or `failed`.
    pub state: String,
    /// When the call was set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_at: Option<String>,
    /// When it connected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_at: Option<String>,
    /// When it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<String>,
    /// Talk time in seconds (from DISCONNECT).
    pub duration_seconds: u64,
    /// The last DTMF digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dtmf: Option<String>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    /// Events seen.
    pub events: u32,
}

impl MaskedSession {
    /// Apply one event (events of other sessions are ignored).
    pub fn apply(&mut self, e: &TokuCallEvent) {
        if self.events > 0 && e.session_id != self.session_id {
            return;
        }
        self.session_id = e.session_id.clone();
        self.events += 1;
        let rank = |s: &str| match s {
            "ringing" => 1,
            "connected" => 2,
            "ended" | "failed" => 3,
            _ => 0,
        };
        let next = match &e.call_status {
            CallStatus::SETUP => "ringing",
            CallStatus::CONNECT => "connected",
            CallStatus::DISCONNECT => "ended",
            CallStatus::FAILED => "failed",
            CallStatus::Other(_) => "",
        };
        if rank(next) > rank(&self.state) {
            self.state = next.to_owned();
        }
        self.setup_at = self.setup_at.take().or_else(|| e.call_setup_time.clone());
        self.connected_at = self
            .connected_at
            .take()
            .or_else(|| e.call_connected_time.clone());
        self.ended_at = self
            .ended_at
            .take()
            .or_else(|| e.call_disconnected_time.clone());
        self.duration_seconds = self.duration_seconds.max(e.call_duration);
        if e.dtmf.is_some() {
            self.dtmf = e.dtmf.clone();
        }
        if e.call_status == CallStatus::FAILED || e.result < 0 {
            self.failure = e
                .result_desc
                .clone()
                .or_else(|| Some(format!("result {}", e.result)));
        }
    }

    /// Fold `events` into one session state.
    pub fn fold<'a>(events: impl IntoIterator<Item = &'a TokuCallEvent>) -> Self {
        let mut s = MaskedSession::default();
        for e in events {
            s.apply(e);
        }
        s
    }
}
