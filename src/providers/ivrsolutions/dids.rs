//! Tag "DID Numbers": regions, search, buy, remove, list a client's DIDs.

use serde::{Deserialize, Serialize};

use super::types::opt;
use super::{IvrResponse, OpenData, Provider};
use crate::validate as v;

operation! {
    /// List the regions where DID numbers are available.
    GET "/partnerclients/did_regions", "partner_did_regions" as "didRegions", retry Safe
        -> IvrResponse<OpenData>,
    pub struct DidRegionsParams {}
    validate(p) {}
}

/// How `pattern` is matched against available numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum SearchPattern {
    /// Numbers starting with the pattern.
    Startswith,
    /// Numbers containing the pattern.
    Contains,
    /// Numbers ending with the pattern.
    Endswith,
}

operation! {
    /// Search DID numbers available to assign to a client (read-only).
    POST "/partnerclients/search_dids", "partner_search_dids" as "searchDids", retry Safe
        -> IvrResponse<OpenData>,
    pub struct SearchDidsParams {
        /// The client's id.
        pub client_id: String,
        /// Country calling code, e.g. `+91`.
        pub country_code: String,
        /// Digits the number should match, e.g. `4310`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pattern: Option<String>,
        /// How `pattern` is matched.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub search_pattern: Option<SearchPattern>,
        /// A region id from `didRegions`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub region: Option<String>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::country_code("country_code", &p.country_code)?;
        opt(p.pattern.as_deref(), |s| v::digits("pattern", s, 1, 15))?;
        opt(p.region.as_deref(), |s| v::id("region", s))?;
        if p.search_pattern.is_some() && p.pattern.is_none() {
            return Err(crate::Error::validation("pattern", "is required when search_pattern is given"));
        }
    }
}

operation! {
    /// Buy a DID and assign it to a client. Never retried.
    POST "/partnerclients/buy_did", "partner_buy_did" as "buyDid", retry Never
        -> IvrResponse<OpenData>,
    pub struct BuyDidParams {
        /// The client's id.
        pub client_id: String,
        /// The number to buy, E.164 (`+911143104501`).
        pub number: String,
        /// ISO 3166-1 alpha-2 country of the number (`IN`).
        pub country: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::e164("number", &p.number)?;
        v::country("country", &p.country)?;
    }
}

operation! {
    /// Remove (unlink) a DID from a client.
    POST "/partnerclients/remove_did", "partner_remove_did" as "removeDid", retry Never
        -> IvrResponse<OpenData>,
    pub struct RemoveDidParams {
        /// The client's id.
        pub client_id: String,
        /// The DID, E.164.
        pub did_no: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::e164("did_no", &p.did_no)?;
    }
}

operation! {
    /// List a client's DIDs and their status.
    GET "/partnerclients/client_dids/{client_id}", "partner_client_dids" as "clientDids", retry Safe
        -> IvrResponse<OpenData>,
    pub struct ClientDidsParams {
        /// The client's id; sent percent-encoded in the path.
        pub client_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
}

crate::wire::wire_via_serde!(SearchPattern);
