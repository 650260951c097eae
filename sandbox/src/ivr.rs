//! IVR Solutions: registration and KYC in order, clients, DIDs, agents, flows,
//! bots, schedules, WhatsApp and wallet, all kept in memory.

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value};
use telepartner::endpoint::{retype_strings, route};
use telepartner::ivrsolutions::{self, IvrSolutionsApi, OPERATIONS};

use crate::state::{form_params, null_field, App, Reply};

/// A registration on its way through KYC.
#[derive(Clone, Default)]
struct Temp {
    step: u8,
    name: String,
    email: String,
    pan: Option<String>,
    reference: Option<String>,
    gst: Option<String>,
}

const STEPS: [&str; 8] = [
    "register",
    "verify_otp",
    "verify_pan",
    "aadhar_otp",
    "aadhar_verify",
    "verify_gst or skip_gst",
    "preview_kyc",
    "accept_kyc",
];

#[derive(Default)]
pub struct Ivr {
    regs: HashMap<String, Value>,
    temps: BTreeMap<String, Temp>,
    clients: BTreeMap<String, Map<String, Value>>,
    dids: BTreeMap<String, String>,
    /// kind -> id -> record (agents, flows, bots, holidays, whatsapp, schedules)
    records: HashMap<&'static str, BTreeMap<String, Map<String, Value>>>,
    wallets: HashMap<String, (f64, String)>,
    txns: HashMap<String, Vec<Value>>,
}

fn ok(message: &str, data: Value) -> Reply {
    (
        200,
        json!({"status": 200, "message": message, "data": data}),
        vec![],
    )
}

fn err(status: u16, message: impl Into<String>) -> Reply {
    (
        status,
        json!({"status": status, "message": message.into()}),
        vec![],
    )
}

fn s(p: &Value, k: &str) -> String {
    p.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

impl App {
    pub fn ivr(
        &self,
        method: &str,
        path: &str,
        query: &str,
        headers: &[(String, String)],
        body: &str,
    ) -> Reply {
        let auth = headers
            .iter()
            .find(|(k, _)| k == "authorization")
            .map(|(_, v)| v.as_str());
        if !self.keys.accepts_bearer("ivrsolutions", auth) {
            return err(401, "Unauthorized");
        }
        let Some((op, mut params)) = route::<IvrSolutionsApi>(method, path) else {
            return err(404, "Not found");
        };
        let op = op.js_name;
        if method == "GET" {
            params.extend(form_params(query));
            retype_strings(
                OPERATIONS
                    .iter()
                    .find(|o| o.js_name == op)
                    .map_or(&[], |o| o.fields),
                &mut params,
            );
        } else {
            let body = serde_json::from_str::<Value>(body).unwrap_or_default();
            // The spec marks no request field nullable.
            if let Some(field) = null_field(&body, &[]) {
                return err(400, format!("{field}: must not be null"));
            }
            match body {
                Value::Object(m) => params.extend(m),
                _ => return err(400, "Request body must be a JSON object"),
            }
        }
        let params = Value::Object(params);
        // The SDK's own validation: what it would refuse, the sandbox refuses the same way.
        let cfg = ivrsolutions::Config::new("sandbox", None).expect("static config");
        if let Err(e) = ivrsolutions::build(op, params.clone(), &cfg) {
            return err(400, e.to_string());
        }
        let ids = |prefix: &str| self.next_id(prefix);
        self.with(|d| d.ivr.dispatch(op, &params, &ids))
    }
}

impl Ivr {
    fn client_exists(&self, id: &str) -> bool {
        self.clients.contains_key(id)
    }

    fn kind(&mut self, kind: &'static str) -> &mut BTreeMap<String, Map<String, Value>> {
        self.records.entry(kind).or_default()
    }

    fn list(&self, kind: &str, client: &str) -> Value {
        let rows: Vec<Value> = self
            .records
            .get(kind)
            .map(|m| {
                m.values()
                    .filter(|r| r.get("client_id").and_then(Value::as_str) == Some(client))
                    .map(|r| Value::Object(r.clone()))
                    .collect()
            })
            .unwrap_or_default();
        Value::Array(rows)
    }

    fn step(&mut self, p: &Value, needs: u8, next: u8) -> Result<&mut Temp, Reply> {
        let id = s(p, "temp_client_id");
        let Some(t) = self.temps.get_mut(&id) else {
            return Err(err(404, "Registration not found"));
        };
        if t.step == 7 {
            return Err(err(400, "KYC already accepted for this registration"));
        }
        if t.step < needs {
            return Err(err(
                400,
                format!(
                    "KYC step out of order: {} must come first",
                    STEPS[usize::from(t.step) + 1]
                ),
            ));
        }
        t.step = t.step.max(next);
        Ok(t)
    }

    fn dispatch(&mut self, op: &str, p: &Value, ids: &dyn Fn(&str) -> String) -> Reply {
        let client = s(p, "client_id");
        let needs_client = !matches!(
            op,
            "register"
                | "verifyOtp"
                | "resendOtp"
                | "verifyPan"
                | "aadharOtp"
                | "aadharVerify"
                | "verifyGst"
                | "skipGst"
                | "previewKyc"
                | "acceptKyc"
                | "clients"
                | "pending"
                | "didRegions"
                | "clickConnect"
        );
        if needs_client && !self.client_exists(&client) {
            return err(404, "Client not found");
        }
        let record = |p: &Value, id: &str| -> Map<String, Value> {
            let mut m = p.as_object().cloned().unwrap_or_default();
            m.remove("password");
            m.remove("access_token");
            m.remove("wss_header");
            m.insert("id".into(), json!(id));
            m
        };
        match op {
            "register" => {
                let id = ids("req_");
                self.regs.insert(id.clone(), p.clone());
                ok("OTP sent to email and mobile", json!({"request_id": id}))
            }
            "resendOtp" => match self.regs.contains_key(&s(p, "request_id")) {
                true => ok("OTP resent", json!({"type": s(p, "type")})),
                false => err(404, "Registration not found"),
            },
            "verifyOtp" => {
                let Some(reg) = self.regs.get(&s(p, "request_id")).cloned() else {
                    return err(404, "Registration not found");
                };
                if s(p, "mobileotp") != "123456" || s(p, "emailotp") != "654321" {
                    return err(400, "Invalid OTP");
                }
                let id = ids("tmp_");
                self.temps.insert(
                    id.clone(),
                    Temp {
                        step: 1,
                        name: s(&reg, "name"),
                        email: s(&reg, "email"),
                        ..Temp::default()
                    },
                );
                ok("OTP verified", json!({"temp_client_id": id}))
            }
            "verifyPan" => match self.step(p, 1, 2) {
                Ok(t) => {
                    t.pan = Some(s(p, "pan"));
                    ok(
                        "PAN verified",
                        json!({"pan": s(p, "pan"), "btype": s(p, "btype")}),
                    )
                }
                Err(e) => e,
            },
            "aadharOtp" => {
                let reference = ids("ref_");
                match self.step(p, 2, 3) {
                    Ok(t) => {
                        t.reference = Some(reference.clone());
                        ok("Aadhaar OTP sent", json!({"ref": reference}))
                    }
                    Err(e) => e,
                }
            }
            "aadharVerify" => {
                let Some(t) = self.temps.get(&s(p, "temp_client_id")) else {
                    return err(404, "Registration not found");
                };
                if t.step >= 3
                    && (t.reference.as_deref() != Some(s(p, "ref").as_str())
                        || s(p, "otp") != "123456")
                {
                    return err(400, "Invalid Aadhaar OTP or reference");
                }
                match self.step(p, 3, 4) {
                    Ok(_) => ok("Aadhaar verified", json!({})),
                    Err(e) => e,
                }
            }
            "verifyGst" | "skipGst" => match self.step(p, 4, 5) {
                Ok(t) => {
                    t.gst = (op == "verifyGst").then(|| s(p, "gst_num"));
                    ok(
                        if op == "skipGst" {
                            "GST skipped"
                        } else {
                            "GST verified"
                        },
                        json!({}),
                    )
                }
                Err(e) => e,
            },
            "previewKyc" => match self.step(p, 5, 6) {
                Ok(t) => ok(
                    "Success",
                    json!({"temp_client_id": s(p, "temp_client_id"), "name": t.name, "email": t.email, "pan": t.pan, "gst": t.gst, "aadhaar_verified": true}),
                ),
                Err(e) => e,
            },
            "acceptKyc" => match self.step(p, 6, 7) {
                Ok(t) => {
                    let (name, email) = (t.name.clone(), t.email.clone());
                    let id = ids("CL");
                    let mut c = Map::new();
                    c.insert("client_id".into(), json!(id));
                    c.insert("name".into(), json!(name));
                    c.insert("email".into(), json!(email));
                    c.insert("status".into(), json!("1"));
                    self.clients.insert(id.clone(), c);
                    self.wallets.insert(id.clone(), (0.0, String::new()));
                    ok("Client created", json!({"client_id": id}))
                }
                Err(e) => e,
            },
            "clients" => ok(
                "Success",
                json!({"clients": Value::Array(self.clients.values().cloned().map(Value::Object).collect())}),
            ),
            "client" => ok("Success", Value::Object(self.clients[&client].clone())),
            "updateStatus" => {
                if let Some(c) = self.clients.get_mut(&client) {
                    c.insert("status".into(), json!(s(p, "status")));
                }
                ok(
                    "Status updated",
                    json!({"client_id": client, "status": s(p, "status")}),
                )
            }
            "pending" => ok(
                "Success",
                json!({"pending": Value::Array(self.temps.iter().filter(|(_, t)| t.step < 7).map(|(id, t)| json!({"temp_client_id": id, "name": t.name, "step": STEPS[usize::from(t.step)]})).collect())}),
            ),
            "didRegions" => ok(
                "Success",
                json!({"regions": [{"id": "1", "name": "Delhi"}, {"id": "2", "name": "Mumbai"}, {"id": "3", "name": "Bengaluru"}]}),
            ),
            "searchDids" => {
                let pattern: String = s(p, "pattern").chars().take(4).collect();
                let stem = format!("{pattern:0>4}");
                let numbers: Vec<String> = (1..=6)
                    .map(|i| format!("+911{stem}45{i:02}"))
                    .filter(|n| !self.dids.contains_key(n))
                    .collect();
                ok("Success", json!({"numbers": numbers}))
            }
            "buyDid" => {
                let number = s(p, "number");
                if self.dids.contains_key(&number) {
                    return err(400, "DID already assigned");
                }
                self.dids.insert(number.clone(), client.clone());
                ok("DID assigned", json!({"number": number, "did_id": ids("")}))
            }
            "removeDid" => match self.dids.get(&s(p, "did_no")) {
                Some(owner) if *owner == client => {
                    self.dids.remove(&s(p, "did_no"));
                    ok("DID removed", json!({}))
                }
                _ => err(404, "DID not found for this client"),
            },
            "clientDids" => ok(
                "Success",
                json!({"dids": Value::Array(self.dids.iter().filter(|(_, c)| **c == client).map(|(n, _)| json!({"number": n, "status": "1"})).collect())}),
            ),
            "addAgent" | "createBasicFlow" | "createWssBot" | "addDidHoliday"
            | "addWhatsappHoliday" | "linkWhatsappDid" => {
                let kind = match op {
                    "addAgent" => "agents",
                    "createBasicFlow" => "flows",
                    "createWssBot" => "bots",
                    "linkWhatsappDid" => "whatsapp",
                    _ => "holidays",
                };
                let id = if op == "createWssBot" && !s(p, "id").is_empty() {
                    s(p, "id")
                } else {
                    ids("")
                };
                let mut r = record(p, &id);
                r.insert("status".into(), json!("1"));
                self.kind(kind).insert(id.clone(), r);
                let key = match kind {
                    "agents" => "agent_id",
                    "flows" => "flow_id",
                    "holidays" => "holiday_id",
                    "whatsapp" => "wa_did_id",
                    _ => "id",
                };
                ok("Created", json!({key: id}))
            }
            "editAgent"
            | "deleteAgent"
            | "updateAgentDid"
            | "updateAgentAvailability"
            | "editBasicFlow"
            | "mapFlowDid" => {
                let (kind, id) = match op {
                    "editBasicFlow" | "mapFlowDid" => ("flows", s(p, "flow_id")),
                    "updateAgentDid" => {
                        let ext = s(p, "agent_ext");
                        let found = self
                            .kind("agents")
                            .iter()
                            .find(|(_, a)| {
                                a.get("extension").and_then(Value::as_str) == Some(ext.as_str())
                            })
                            .map(|(id, _)| id.clone());
                        ("agents", found.unwrap_or_default())
                    }
                    _ => ("agents", s(p, "agent_id")),
                };
                if op == "mapFlowDid" && self.dids.get(&s(p, "did_no")) != Some(&client) {
                    return err(400, "DID is not assigned to this client");
                }
                let Some(r) = self.kind(kind).get_mut(&id) else {
                    return err(404, "Not found");
                };
                for (k, v) in p.as_object().into_iter().flatten() {
                    if k != "password" {
                        r.insert(k.clone(), v.clone());
                    }
                }
                if op == "deleteAgent" {
                    r.insert("status".into(), json!("0"));
                }
                ok("Updated", Value::Object(r.clone()))
            }
            "getWssBots" => ok("Success", json!({"bots": self.list("bots", &client)})),
            "getWssBot" | "deleteWssBot" => match self.kind("bots").get(&s(p, "id")).cloned() {
                Some(bot) => {
                    if op == "deleteWssBot" {
                        self.kind("bots").remove(&s(p, "id"));
                    }
                    ok("Success", Value::Object(bot))
                }
                None => err(404, "Bot not found"),
            },
            "getAgentsAvailability" => {
                ok("Success", json!({"agents": self.list("agents", &client)}))
            }
            "getWhatsappDids" => ok(
                "Success",
                json!({"whatsapp_dids": self.list("whatsapp", &client)}),
            ),
            "deleteWhatsappDid" | "deleteDidHoliday" | "deleteWhatsappHoliday" => {
                let (kind, id) = if op == "deleteWhatsappDid" {
                    ("whatsapp", s(p, "wa_did_id"))
                } else {
                    ("holidays", s(p, "holiday_id"))
                };
                match self.kind(kind).remove(&id) {
                    Some(_) => ok("Deleted", json!({})),
                    None => err(404, "Not found"),
                }
            }
            "setDidSchedule"
            | "setWhatsappSchedule"
            | "setAgentSchedule"
            | "getDidSchedule"
            | "getWhatsappSchedule"
            | "getAgentSchedule" => {
                let target = ["did_id", "wa_did_id", "agent_id"]
                    .iter()
                    .map(|k| s(p, k))
                    .find(|v| !v.is_empty())
                    .unwrap_or_default();
                let key = format!("{client}/{target}");
                if op.starts_with("set") {
                    let mut r = record(p, &key);
                    r.remove("client_id");
                    self.kind("schedules").insert(key, r.clone());
                    ok("Schedule saved", Value::Object(r))
                } else {
                    let schedule = self
                        .kind("schedules")
                        .get(&key)
                        .cloned()
                        .map(Value::Object)
                        .unwrap_or(json!({"timezone": null, "working_hours": {}}));
                    let holidays: Vec<Value> = self
                        .kind("holidays")
                        .values()
                        .filter(|h| {
                            ["did_id", "wa_did_id"]
                                .iter()
                                .any(|k| h.get(*k).and_then(Value::as_str) == Some(target.as_str()))
                        })
                        .map(|h| Value::Object(h.clone()))
                        .collect();
                    ok(
                        "Success",
                        json!({"schedule": schedule, "holidays": holidays}),
                    )
                }
            }
            "walletBalance" => {
                let (balance, valid_till) = self.wallets.get(&client).cloned().unwrap_or_default();
                ok(
                    "Success",
                    json!({"balance": format!("{balance:.2}"), "currency": "INR", "valid_till": valid_till}),
                )
            }
            "addClientCredits" => {
                let w = self.wallets.entry(client.clone()).or_default();
                let credit: f64 = s(p, "credit").parse().unwrap_or(0.0);
                w.0 += credit;
                if !s(p, "valid_till").is_empty() {
                    w.1 = s(p, "valid_till");
                }
                let (balance, valid_till) = w.clone();
                if credit > 0.0 {
                    let n = self.txns.get(&client).map_or(0, Vec::len) + 1;
                    self.txns.entry(client.clone()).or_default().push(json!({"id": n.to_string(), "type": "credit", "amount": format!("{credit:.2}")}));
                }
                ok(
                    "Credits added",
                    json!({"balance": format!("{balance:.2}"), "valid_till": valid_till}),
                )
            }
            "walletTransactions" => {
                let page = p.get("page").and_then(Value::as_u64).unwrap_or(1).max(1) as usize;
                let limit = p.get("limit").and_then(Value::as_u64).unwrap_or(10).max(1) as usize;
                let all = self.txns.get(&client).cloned().unwrap_or_default();
                let rows: Vec<Value> = all
                    .iter()
                    .skip((page - 1) * limit)
                    .take(limit)
                    .cloned()
                    .collect();
                ok(
                    "Success",
                    json!({"page": page, "limit": limit, "total": all.len(), "transactions": rows}),
                )
            }
            "clickConnect" => ok(
                "Call initiated",
                json!({"session_id": ids("cc_"), "reference": s(p, "reference")}),
            ),
            _ => err(404, "Not found"),
        }
    }
}
