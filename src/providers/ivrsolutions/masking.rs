//! Click-connect number masking (`POST /api/click_connect`).
//!
//! The partner page sells it ("bridge a rider and a driver ... over your DID")
//! but publishes no request contract. The SDK sends the fields the page
//! describes under documented names (`did`, `from`, `to`, `reference`,
//! `session_ttl`), and lets each call rename them (`wire_names`) or add fields
//! (`extra_fields`) to match the contract of a partner's account.

use crate::json::{Map, Value};
use telepartner_macros::operation;

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::error::Error;
use crate::validate as v;
use crate::wire::Fields;

/// Click-connect number masking: bridge two parties over your DID, neither
/// seeing the other's number (no published contract: see `wire_names`).
#[operation(
    check = two_parties,
    rewrite = account_names,
    api = IvrSolutionsApi,
    method = "POST",
    path = "/api/click_connect",
    id = "click_connect (not in the OpenAPI document)",
    js = "clickConnect",
    retry = Never,
)]
pub struct ClickConnectParams {
    /// Your DID both legs ring from, E.164. Wire name `did`.
    #[check(e164)]
    pub did: String,
    /// The party called first, E.164. Wire name `from`.
    #[check(e164)]
    pub from: String,
    /// The party bridged in second, E.164. Wire name `to`.
    #[check(e164)]
    pub to: String,
    /// Your reference for the session (ride, order, appointment). Wire name `reference`.
    #[check(id)]
    pub reference: String,
    /// Session lifetime in seconds (1-86400); the number mapping ends with it. Wire name `session_ttl`.
    #[check(within(1, 86_400, "expected 1 to 86400 seconds"))]
    pub session_ttl: Option<u32>,
    /// Rename wire fields for your account's contract, e.g. `{ "from": "caller" }`. Not sent itself.
    /// (A JSON object of strings: an ordered map, no B-tree in the wasm.)
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, string>"))]
    pub wire_names: Option<Map<String, Value>>,
    /// Extra wire fields to send as they are, e.g. `{ "record": "1" }`. Not sent itself.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra_fields: Option<Map<String, Value>>,
}

/// The wire fields `wire_names` may rename.
const RENAMABLE: [&str; 5] = ["did", "from", "to", "reference", "session_ttl"];

/// The two parties are two numbers.
fn two_parties(f: Fields) -> Result<(), Error> {
    if f.str("from") == f.str("to") {
        return Err(Error::validation("to", "must differ from 'from'"));
    }
    Ok(())
}

/// The fields as the partner's account names them: `wire_names` renames, then
/// `extra_fields` are added; neither is sent itself, and no two fields may
/// end up under one name.
fn account_names(fields: &mut Map<String, Value>) -> Result<(), Error> {
    let object = |v: Option<Value>| match v {
        Some(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let names = object(fields.shift_remove("wire_names"));
    let extras = object(fields.shift_remove("extra_fields"));
    let mut renames: Vec<(&str, &str)> = Vec::new();
    for (from, to) in &names {
        let at = format!("wire_names.{from}");
        if !RENAMABLE.contains(&from.as_str()) {
            return Err(Error::validation(
                at,
                format!("can rename only {}", crate::text::join(&RENAMABLE, ", ")),
            ));
        }
        let to = to
            .as_str()
            .ok_or_else(|| Error::validation(&at, "expected a string"))?;
        v::id(&at, to)?;
        renames.push((from, to));
    }
    let rename = |k: String| match renames.iter().find(|(from, _)| *from == k) {
        Some((_, to)) => (*to).to_owned(),
        None => k,
    };
    let named = std::mem::take(fields)
        .into_iter()
        .map(|(k, v)| (rename(k), v, false));
    let extras = extras.into_iter().map(|(k, v)| (k, v, true));
    for (wire, value, extra) in named.chain(extras) {
        let at = if extra {
            format!("extra_fields.{wire}")
        } else {
            "wire_names".to_owned()
        };
        v::id(&at, &wire)?;
        if fields.insert(wire.clone(), value).is_some() {
            return Err(Error::validation(
                at,
                format!("two fields would be sent as '{wire}'"),
            ));
        }
    }
    Ok(())
}
