//! Tag "DID Numbers": regions, search, buy, remove, list a client's DIDs.

use serde::{Deserialize, Serialize};

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::error::Error;
use crate::wire::Fields;
use telepartner_macros::operation;

/// List the regions where DID numbers are available.
#[operation(
    api = IvrSolutionsApi,
    method = "GET",
    path = "/partnerclients/did_regions",
    id = "partner_did_regions",
    js = "didRegions",
    retry = Safe,
)]
pub struct DidRegionsParams {}

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

/// Search DID numbers available to assign to a client (read-only).
#[operation(
    check = pattern_with_search,
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/search_dids",
    id = "partner_search_dids",
    js = "searchDids",
    retry = Safe,
)]
pub struct SearchDidsParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// Country calling code, e.g. `+91`.
    #[check(country_code)]
    pub country_code: String,
    /// Digits the number should match, e.g. `4310`.
    #[check(digits(1, 15))]
    pub pattern: Option<String>,
    /// How `pattern` is matched.
    pub search_pattern: Option<SearchPattern>,
    /// A region id from `didRegions`.
    #[check(id)]
    pub region: Option<String>,
}

/// `search_pattern` says how `pattern` matches: it needs one.
fn pattern_with_search(f: Fields) -> Result<(), Error> {
    if f.has("search_pattern") && !f.has("pattern") {
        return Err(Error::validation(
            "pattern",
            "is required when search_pattern is given",
        ));
    }
    Ok(())
}

/// Buy a DID and assign it to a client. Never retried.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/buy_did",
    id = "partner_buy_did",
    js = "buyDid",
    retry = Never,
)]
pub struct BuyDidParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The number to buy, E.164 (`+911143104501`).
    #[check(e164)]
    pub number: String,
    /// ISO 3166-1 alpha-2 country of the number (`IN`).
    #[check(country)]
    pub country: String,
}

/// Remove (unlink) a DID from a client.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/remove_did",
    id = "partner_remove_did",
    js = "removeDid",
    retry = Never,
)]
pub struct RemoveDidParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The DID, E.164.
    #[check(e164)]
    pub did_no: String,
}

/// List a client's DIDs and their status.
#[operation(
    api = IvrSolutionsApi,
    method = "GET",
    path = "/partnerclients/client_dids/{client_id}",
    id = "partner_client_dids",
    js = "clientDids",
    retry = Safe,
)]
pub struct ClientDidsParams {
    /// The client's id; sent percent-encoded in the path.
    #[check(id)]
    pub client_id: String,
}

crate::wire::wire_enum!(SearchPattern: Startswith, Contains, Endswith;);
