//! Shared state, the request log, fault injection and the control routes.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::Duration;

use axum::http::Method;
use serde_json::{json, Value};

/// Status, JSON body (a `Value::String` is sent raw), extra headers.
pub type Reply = (u16, Value, Vec<(String, String)>);

/// `a=1&b=x` (a query or a form body) as strings, percent-decoded (re-typed from
/// the registry's field kinds by the caller).
pub fn form_params(text: &str) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| telepartner::endpoint::percent_decode(&s.replace('+', " "));
        m.insert(decode(k), Value::String(decode(v)));
    }
    m
}

/// The first field of a request body that is `null` although its schema is not
/// `nullable` (the wire check the SDK's JS-friendly "null = not sent" skips).
pub fn null_field<'a>(body: &'a Value, nullable: &[&str]) -> Option<&'a str> {
    body.as_object()?
        .iter()
        .find(|(k, v)| v.is_null() && !nullable.contains(&k.as_str()))
        .map(|(k, _)| k.as_str())
}

/// A fault to inject on the next requests of one route.
#[derive(Clone, Debug, Default)]
pub struct Fault {
    pub status: Option<u16>,
    pub delay_ms: Option<u64>,
    pub drop: bool,
    pub malformed: bool,
    pub times: u32,
}

/// Everything the sandbox remembers.
#[derive(Default)]
pub struct Data {
    pub log: Vec<Value>,
    pub faults: HashMap<String, Fault>,
    pub ivr: crate::ivr::Ivr,
    pub rhys: crate::rhystalk::Rhys,
    pub toku_sessions: u64,
}

/// The credentials the sandbox accepts, per API: the documented defaults
/// ([`Keys::DEFAULTS`]) and any `--key api=value` it was started with.
#[derive(Clone, Debug)]
pub struct Keys(Vec<(&'static str, String)>);

impl Keys {
    /// `(api, key)`: the IVR Solutions partner key, the RhysTalk bearer token, the
    /// Toku `x-api-key` and the Toku bearer token (README, "Sandbox keys").
    pub const DEFAULTS: [(&'static str, &'static str); 4] = [
        ("ivrsolutions", "sandbox_partner_key"),
        ("rhystalk", "sandbox_rhystalk_token"),
        ("toku", "sandbox_toku_key"),
        ("toku", "sandbox_toku_token"),
    ];
    /// The APIs a `--key` may name.
    pub const APIS: [&'static str; 3] = ["ivrsolutions", "rhystalk", "toku"];

    /// The defaults plus `extra` (`api=value` each); an unknown API or an empty
    /// key is an error naming the option.
    pub fn new(extra: &[String]) -> Result<Self, String> {
        let mut keys: Vec<(&'static str, String)> =
            Self::DEFAULTS.iter().map(|(a, k)| (*a, (*k).to_owned())).collect();
        for option in extra {
            let (api, key) = option.split_once('=').unwrap_or((option, ""));
            let Some(api) = Self::APIS.iter().find(|a| **a == api) else {
                return Err(format!("--key {api}=...: the API must be one of {}", Self::APIS.join(", ")));
            };
            if key.is_empty() {
                return Err(format!("--key {api}=...: the key must not be empty"));
            }
            keys.push((api, key.to_owned()));
        }
        Ok(Keys(keys))
    }

    /// Whether `key` is one of `api`'s keys.
    pub fn accepts(&self, api: &str, key: &str) -> bool {
        self.0.iter().any(|(a, k)| *a == api && k == key)
    }

    /// Whether `value` is `Bearer <one of api's keys>`.
    pub fn accepts_bearer(&self, api: &str, value: Option<&str>) -> bool {
        value
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|k| self.accepts(api, k))
    }
}

impl Data {
    /// The records the specs' own examples name, so an example request finds
    /// what it refers to (RhysTalk account `123456789012`).
    fn seed(&mut self) {
        self.rhys.seed();
    }
}

pub struct App {
    pub data: Mutex<Data>,
    pub seed: u64,
    pub event_delay: Duration,
    pub keys: Keys,
    /// Rows Toku's `getCallList` pages through (`--toku-call-list-rows`, default 0).
    pub call_list_rows: u64,
    counter: Mutex<u64>,
}

impl App {
    pub fn new(seed: u64, event_delay: Duration, keys: Keys, call_list_rows: u64) -> Self {
        let app = App {
            data: Mutex::new(Data::default()),
            seed,
            event_delay,
            keys,
            call_list_rows,
            counter: Mutex::new(0),
        };
        app.with(|d| d.seed());
        app
    }

    /// The state, even after a panic elsewhere poisoned the lock.
    pub fn with<T>(&self, f: impl FnOnce(&mut Data) -> T) -> T {
        let mut guard = match self.data.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }

    /// A deterministic id from the seed: `prefix` + 6 hex digits.
    pub fn next_id(&self, prefix: &str) -> String {
        let mut c = match self.counter.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        *c += 1;
        let mut x = self.seed ^ c.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        format!("{prefix}{:06x}", x & 0xff_ffff)
    }

    /// Record a request; returns its index in the log.
    pub fn log(
        &self,
        method: &Method,
        path: &str,
        query: &str,
        headers: &[(String, String)],
        body: &str,
    ) -> usize {
        let redacted: BTreeMap<&str, &str> = headers
            .iter()
            .map(|(k, v)| {
                let secret = telepartner::http::SECRET_HEADERS.contains(&k.as_str());
                (k.as_str(), if secret { "[redacted]" } else { v.as_str() })
            })
            .collect();
        let entry = json!({"method": method.as_str(), "path": path, "query": query, "headers": redacted, "body": body});
        self.with(|d| {
            d.log.push(entry);
            d.log.len() - 1
        })
    }

    /// Add the reply to a logged request (for contract checks of the replies).
    pub fn log_reply(&self, index: usize, status: u16, body: &Value) {
        self.with(|d| {
            if let Some(Value::Object(e)) = d.log.get_mut(index) {
                e.insert("status".into(), json!(status));
                e.insert("reply".into(), body.clone());
            }
        });
    }

    pub fn take_fault(&self, path: &str) -> Option<Fault> {
        self.with(|d| {
            let fault = d.faults.get_mut(path)?;
            if fault.times == 0 {
                return None;
            }
            fault.times -= 1;
            Some(fault.clone())
        })
    }

    /// `GET requests`, `POST faults {route, status?, delay_ms?, drop?, malformed?, times?}`, `POST reset`.
    pub fn control(&self, route: &str, method: &Method, body: &str) -> crate::state::Reply {
        match (method.as_str(), route) {
            ("GET", "requests") => (200, Value::Array(self.with(|d| d.log.clone())), vec![]),
            ("POST", "reset") => {
                self.with(|d| {
                    *d = Data::default();
                    d.seed();
                });
                (200, json!({"reset": true}), vec![])
            }
            ("POST", "faults") => {
                let Ok(v) = serde_json::from_str::<Value>(body) else {
                    return (400, json!({"message": "expected a JSON object"}), vec![]);
                };
                let Some(route) = v.get("route").and_then(Value::as_str) else {
                    return (400, json!({"message": "route is required"}), vec![]);
                };
                let fault = Fault {
                    status: v
                        .get("status")
                        .and_then(Value::as_u64)
                        .and_then(|s| u16::try_from(s).ok()),
                    delay_ms: v.get("delay_ms").and_then(Value::as_u64),
                    drop: v.get("drop").and_then(Value::as_bool).unwrap_or(false),
                    malformed: v.get("malformed").and_then(Value::as_bool).unwrap_or(false),
                    times: v
                        .get("times")
                        .and_then(Value::as_u64)
                        .map(|t| t as u32)
                        .unwrap_or(1),
                };
                self.with(|d| d.faults.insert(route.to_owned(), fault));
                (200, json!({"route": route}), vec![])
            }
            _ => (404, json!({"message": "unknown control"}), vec![]),
        }
    }
}
