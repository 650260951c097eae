//! Click-connect number masking (`POST /api/click_connect`).
//!
//! The partner page sells it ("bridge a rider and a driver ... over your DID")
//! but publishes no request contract. The SDK sends the fields the page
//! describes under documented names (`did`, `from`, `to`, `reference`,
//! `session_ttl`), and lets each call rename them (`wire_names`) or add fields
//! (`extra_fields`) to match the contract of a partner's account.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{IvrResponse, OpenData, Provider};
use crate::endpoint::{BodyKind, Endpoint, Retry};
use crate::error::Error;
use crate::http::Method;
use crate::validate as v;

/// Params of `clickConnect`: bridge two parties over your DID without either
/// seeing the other's number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_ttl: Option<u32>,
    /// Rename wire fields for your account's contract, e.g. `{ "from": "caller" }`. Not sent itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, string>"))]
    pub wire_names: Option<BTreeMap<String, String>>,
    /// Extra wire fields to send as they are, e.g. `{ "record": "1" }`. Not sent itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "{ [key: string]: JsonValue }"))]
    pub extra_fields: Option<Map<String, Value>>,
}

/// The wire fields `wire_names` may rename.
const RENAMABLE: [&str; 5] = ["did", "from", "to", "reference", "session_ttl"];

impl Endpoint for ClickConnectParams {
    type Provider = Provider;
    type Response = IvrResponse<OpenData>;
    const OPERATION_ID: &'static str = "click_connect (not in the OpenAPI document)";
    const JS_NAME: &'static str = "clickConnect";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/api/click_connect";
    const BODY: BodyKind = BodyKind::Json;
    const RETRY: Retry = Retry::Never;

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
        let renames = self.wire_names.clone().unwrap_or_default();
        for (from, to) in &renames {
            let at = format!("wire_names.{from}");
            if !RENAMABLE.contains(&from.as_str()) {
                return Err(Error::validation(
                    at,
                    format!("can rename only {}", RENAMABLE.join(", ")),
                ));
            }
            v::id(&at, to)?;
        }
        let extras = self
            .extra_fields
            .iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone(), true));
        let named = fields
            .into_iter()
            .map(|(k, v)| (renames.get(&k).cloned().unwrap_or(k), v, false));
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

crate::wire::wire_params!(ClickConnectParams {
    did,
    from,
    to,
    reference,
    session_ttl,
    wire_names,
    extra_fields
});
