//! One masked-call request, mapped onto each provider's own operation.

use crate::json::{json, Value};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::validate as v;

/// A provider that can mask a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum MaskingProvider {
    /// Toku `createMaskedCall`: dials both parties and bridges them.
    Toku,
    /// RhysTalk `setupCall`: stores a number translation for `ttlSeconds`; it does not dial.
    Rhystalk,
    /// IVR Solutions `clickConnect` (no published contract; see the README).
    Ivrsolutions,
}

impl MaskingProvider {
    /// The provider's name as `maskedCall` takes it (`toku`, `rhystalk`, `ivrsolutions`).
    pub fn name(self) -> &'static str {
        match self {
            MaskingProvider::Toku => "toku",
            MaskingProvider::Rhystalk => "rhystalk",
            MaskingProvider::Ivrsolutions => "ivrsolutions",
        }
    }
}

/// What `maskedCall` takes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MaskedCallParams {
    /// Which provider.
    pub provider: MaskingProvider,
    /// The first party, E.164 (`+6591234567`).
    pub from: String,
    /// The second party, E.164.
    pub to: String,
    /// The number both parties see: Toku caller id, RhysTalk access number, IVR DID. E.164.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// How long the masking lasts (RhysTalk `ttl`, IVR `session_ttl`; Toku: call timeout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_seconds: Option<u32>,
    /// Your reference (ride, order).
    pub reference: String,
    /// Toku: where call events go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
    /// RhysTalk: the account the translation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Provider fields that do not map, sent as they are (they override the mapped ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Option<crate::json::Map<String, Value>>,
}

/// The provider operation and its params for a masked call.
pub fn plan(p: &MaskedCallParams) -> Result<(&'static str, &'static str, Value), Error> {
    v::e164("from", &p.from)?;
    v::e164("to", &p.to)?;
    if p.from == p.to {
        return Err(Error::validation("to", "must differ from 'from'"));
    }
    if let Some(via) = &p.via {
        v::e164("via", via)?;
    }
    v::id("reference", &p.reference)?;
    let digits = |s: &str| s.trim_start_matches('+').to_owned();
    let (api, operation, mut params) = match p.provider {
        MaskingProvider::Toku => {
            let mut m = json!({"a_party_number": digits(&p.from), "b_party_number": digits(&p.to), "reference_id": p.reference});
            if let Some(via) = &p.via {
                m["caller_id"] = json!(digits(via));
            }
            if let Some(t) = p.ttl_seconds {
                m["timeout"] = json!(t);
            }
            if let Some(u) = &p.webhook_url {
                m["call_event_webhook_url"] = json!(u);
            }
            ("toku", "createMaskedCall", m)
        }
        MaskingProvider::Rhystalk => {
            let via = p.via.as_ref().ok_or_else(|| {
                Error::validation(
                    "via",
                    "is required for RhysTalk (the access number the caller dials)",
                )
            })?;
            let account = p
                .account
                .as_ref()
                .ok_or_else(|| Error::validation("account", "is required for RhysTalk"))?;
            if p.webhook_url.is_some() {
                return Err(Error::validation(
                    "webhookUrl",
                    "RhysTalk stores a translation and does not dial: it sends no call events",
                ));
            }
            let m = json!({"a_number": p.from, "b_number": p.to, "access_number": via, "account_number": account, "ttl": p.ttl_seconds.unwrap_or(300)});
            ("rhystalk", "setupCall", m)
        }
        MaskingProvider::Ivrsolutions => {
            let via = p.via.as_ref().ok_or_else(|| {
                Error::validation("via", "is required for IVR Solutions (your DID)")
            })?;
            let mut m = json!({"did": via, "from": p.from, "to": p.to, "reference": p.reference});
            if let Some(t) = p.ttl_seconds {
                m["session_ttl"] = json!(t);
            }
            if p.webhook_url.is_some() {
                return Err(Error::validation(
                    "webhookUrl",
                    "IVR Solutions click-connect documents no call events",
                ));
            }
            ("ivrsolutions", "clickConnect", m)
        }
    };
    for (k, val) in p.extra.iter().flatten() {
        params[k] = val.clone();
    }
    Ok((api, operation, params))
}
