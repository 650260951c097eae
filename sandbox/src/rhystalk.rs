//! RhysTalk: balances, accounts, translations; Idempotency-Key replay or 409.

use std::collections::HashMap;

use serde_json::{json, Map, Value};
use telepartner::endpoint::route;
use telepartner::rhystalk::{self, RhysTalkApi};

use crate::state::{null_field, App, Reply};

#[derive(Default)]
pub struct Rhys {
    balances: HashMap<String, f64>,
    active: HashMap<String, bool>,
    cli: HashMap<String, String>,
    idem: HashMap<(String, String), (String, Reply)>,
    next_account: u64,
    setups: u64,
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

impl Rhys {
    /// The account the spec's examples use (`123456789012`), with a balance.
    pub fn seed(&mut self) {
        self.balances.insert(EXAMPLE_ACCOUNT.into(), 100.0);
        self.active.insert(EXAMPLE_ACCOUNT.into(), true);
    }
}

/// The request fields the spec marks `nullable`, per operation.
const NULLABLE: [(&str, &[&str]); 3] = [
    ("create_account", &["external_user_id", "cli"]),
    ("delete_account", &["product_id", "reason"]),
    ("change_cli", &["product_id"]),
];

/// The account number of the spec's examples.
const EXAMPLE_ACCOUNT: &str = "123456789012";

/// A refusal in the spec's `ErrorResponse` shape.
fn refuse(status: u16, error: &str, ids: &[(String, String)]) -> Reply {
    (status, json!({ "error": error }), ids.to_vec())
}

/// The header rules of the spec's `components.parameters`: `Idempotency-Key`
/// 1 to 128 printable ASCII characters, `X-Correlation-Id` at most 128.
fn header_error(headers: &[(String, String)]) -> Option<&'static str> {
    let printable = |v: &str| v.bytes().all(|b| (0x20..=0x7e).contains(&b));
    if let Some(key) = header(headers, "idempotency-key") {
        if key.is_empty() || key.len() > 128 || !printable(key) {
            return Some("Idempotency-Key must be 1 to 128 printable ASCII characters");
        }
    }
    if header(headers, "x-correlation-id").is_some_and(|c| c.len() > 128) {
        return Some("X-Correlation-Id must be at most 128 characters");
    }
    None
}

impl App {
    pub fn rhystalk(&self, path: &str, headers: &[(String, String)], body: &str) -> Reply {
        // API Gateway's Cognito authorizer: the spec documents 403 for a missing or
        // invalid token (components.responses.Forbidden).
        if !self.keys.accepts_bearer("rhystalk", header(headers, "authorization")) {
            return (403, json!({"message": "Forbidden"}), vec![]);
        }
        let op = path.trim_start_matches('/');
        let Some((info, _)) = route::<RhysTalkApi>("POST", path) else {
            return (404, json!({"message": "Not Found"}), vec![]);
        };
        if let Some(error) = header_error(headers) {
            return refuse(400, error, &[]);
        }
        let mut ids = Vec::new();
        if let Some(c) = header(headers, "x-correlation-id") {
            ids.push(("x-correlation-id".to_owned(), c.to_owned()));
        }
        let params: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        let nullable = NULLABLE.iter().find(|(o, _)| *o == op).map_or(&[][..], |(_, f)| f);
        if let Some(field) = null_field(&params, nullable) {
            return refuse(400, &format!("{field}: must not be null"), &ids);
        }
        // The same validation as the SDK: a request it would refuse gets the API's 400.
        let cfg = rhystalk::Config::new(Some("sandbox".into()), None).expect("static config");
        if let Err(e) = rhystalk::build(info.js_name, params.clone(), &cfg) {
            return (
                400,
                json!({"error": "validation error", "message": e.to_string()}),
                ids,
            );
        }
        let key = header(headers, "idempotency-key").map(str::to_owned);
        if info.retry == telepartner::Retry::Keyed && key.is_none() {
            return refuse(400, "Idempotency-Key header is required", &ids);
        }
        let body_key = body.to_owned();
        if let Some(key) = &key {
            let seen = self.with(|d| d.rhys.idem.get(&(op.to_owned(), key.clone())).cloned());
            if let Some((first_body, (status, payload, _))) = seen {
                if first_body != body_key {
                    return refuse(
                        409,
                        "Idempotency key already used with a different request",
                        &ids,
                    );
                }
                ids.push(("x-transaction-id".to_owned(), key.clone()));
                return (status, payload, ids);
            }
            ids.push(("x-transaction-id".to_owned(), key.clone()));
        }
        let reply = self.with(|d| rhys_op(&mut d.rhys, op, &params, key.as_deref()));
        if let Some(key) = key {
            if (200..300).contains(&reply.0) {
                self.with(|d| {
                    d.rhys
                        .idem
                        .insert((op.to_owned(), key), (body_key, reply.clone()))
                });
            }
        }
        (reply.0, reply.1, ids)
    }
}

/// The operations whose responses document 404.
const NOT_FOUND_DOCUMENTED: [&str; 4] = ["get_balance", "topup", "delete_account", "change_cli"];

fn rhys_op(s: &mut Rhys, op: &str, p: &Value, key: Option<&str>) -> Reply {
    let text = |k: &str| {
        p.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let acct = if op == "setup_call" {
        text("account_number")
    } else {
        text("account")
    };
    let mut base = Map::new();
    base.insert("tenant_id".into(), json!("sandbox"));
    base.insert(
        "product_id".into(),
        p.get("product_id").cloned().unwrap_or(json!("prepaid_uk")),
    );
    base.insert(
        "currency".into(),
        p.get("currency").cloned().unwrap_or(json!("GBP")),
    );
    let known = s.balances.contains_key(&acct);
    if op != "create_account" && !known {
        // 404 where the operation documents it; the others document only 400 for a
        // request they cannot serve.
        let status = if NOT_FOUND_DOCUMENTED.contains(&op) { 404 } else { 400 };
        return (
            status,
            json!({"error": "account not found", "detail": format!("account {acct} does not exist")}),
            vec![],
        );
    }
    let mut out = base.clone();
    out.insert("account_code_12".into(), json!(acct));
    match op {
        "get_balance" => {
            out.insert("total_balance".into(), json!(s.balances[&acct]));
        }
        "call_history" => {
            out.insert("calls".into(), json!([]));
        }
        "topup" | "debit_balance" => {
            let amount = p.get("amount").and_then(Value::as_f64).unwrap_or(0.0);
            let before = s.balances[&acct];
            let after = if op == "topup" {
                before + amount
            } else {
                before - amount
            };
            s.balances.insert(acct.clone(), (after * 1e6).round() / 1e6);
            out.insert("balance_before".into(), json!(before));
            out.insert("balance_after".into(), json!(s.balances[&acct]));
            out.insert("transaction_id".into(), json!(key));
        }
        "create_account" => {
            let cli = p
                .get("external_user_id")
                .or_else(|| p.get("cli"))
                .and_then(Value::as_str)
                .map(str::to_owned);
            if let Some(c) = &cli {
                if s.cli.values().any(|x| x == c) {
                    return (409, json!({"error": "duplicate external_user_id"}), vec![]);
                }
            }
            s.next_account += 1;
            let code = format!("{:012}", 100_000_000_000 + s.next_account);
            let initial = p
                .get("initial_balance")
                .and_then(Value::as_f64)
                .unwrap_or(0.0);
            s.balances.insert(code.clone(), initial);
            s.active.insert(code.clone(), true);
            if let Some(c) = &cli {
                s.cli.insert(code.clone(), c.clone());
            }
            out.insert("account_code_12".into(), json!(code));
            out.insert("initial_balance".into(), json!(initial));
            out.insert(
                "requires_pin".into(),
                p.get("requires_pin").cloned().unwrap_or(json!(true)),
            );
            out.insert("external_user_id".into(), json!(cli));
            out.insert("transaction_id".into(), json!(key));
            return (201, Value::Object(out), vec![]);
        }
        "delete_account" => {
            s.active.insert(acct.clone(), false);
            out.insert("status".into(), json!("deactivated"));
            out.insert("deactivated_at".into(), json!("2026-11-23T10:00:00Z"));
        }
        "change_cli" => {
            let cli = p
                .get("external_user_id")
                .or_else(|| p.get("cli"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            s.cli.insert(acct.clone(), cli.clone());
            out.insert("external_user_id".into(), json!(cli));
        }
        "setup_call" => {
            s.setups += 1;
            out.insert("message".into(), json!("Call setup saved successfully"));
            out.insert("insertId".into(), json!(s.setups));
        }
        _ => return (404, json!({"message": "Not Found"}), vec![]),
    }
    (200, Value::Object(out), vec![])
}
