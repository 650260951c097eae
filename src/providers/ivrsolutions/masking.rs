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
use crate::endpoint::Validate;
use crate::error::Error;
use crate::validate as v;

/// Click-connect number masking: bridge two parties over your DID, neither
/// seeing the other's number (no published contract: see `wire_names`).
#[operation(
    validate = "custom",
    api = IvrSolutionsApi,
    method = "POST",
    path = "/api/click_connect",
    id = "click_connect (not in the OpenAPI document)",
    js = "clickConnect",
    retry = Never,
)]
pub struct ClickConnectParams {
    /// Your DID both legs ring from, E.164. Wire name `did`.
    pub did: String,
    /// The party called first, E.164. Wire name `from`.
    pub from: String,
    /// The party bridged in second, E.164. Wire name `to`.
    pub to: String,
    /// Your reference for the session (ride, order, appointment). Wire name `reference`.
    pub reference: String,
    /// Session lifetime in seconds (1-86400); the number mapping ends with it. Wire name `session_ttl`.
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

impl Validate for ClickConnectParams {
    fn validate(&self) -> Result<(), Error> {
        v::e164("did", &self.did)?;
        v::e164("from", &self.from)?;
        v::e164("to", &self.to)?;
        if self.from == self.to {
            return Err(Error::validation("to", "must differ from 'from'"));
        }
        v::id("reference", &self.reference)?;
        if let Some(ttl) = self.session_ttl {
            if !(1..=86_400).contains(&ttl) {
                return Err(Error::validation(
                    "session_ttl",
                    "expected 1 to 86400 seconds",
                ));
            }
        }
        Ok(())
    }

    fn wire_fields(&self, fields: Value) -> Result<Value, Error> {
        let Value::Object(mut fields) = fields else {
            return Ok(fields);
        };
        fields.shift_remove("wire_names");
        fields.shift_remove("extra_fields");
        let mut renames: Vec<(&str, &str)> = Vec::new();
        for (from, to) in self.wire_names.iter().flatten() {
            let at = format!("wire_names.{from}");
            if !RENAMABLE.contains(&from.as_str()) {
                return Err(Error::validation(
                    at,
                    format!("can rename only {}", RENAMABLE.join(", ")),
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
        let extras = self
            .extra_fields
            .iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone(), true));
        let named = fields.into_iter().map(|(k, v)| (rename(k), v, false));
        let mut out = Map::new();
        for (wire, value, extra) in named.chain(extras) {
            let at = if extra {
                format!("extra_fields.{wire}")
            } else {
                "wire_names".to_owned()
            };
            v::id(&at, &wire)?;
            if out.insert(wire.clone(), value).is_some() {
                return Err(Error::validation(
                    at,
                    format!("two fields would be sent as '{wire}'"),
                ));
            }
        }
        Ok(Value::Object(out))
    }
}
