//! Tag "Clients": list, read, activate/deactivate, pending registrations.

use serde::{Deserialize, Serialize};

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use telepartner_macros::operation;

/// List every client under the partner account.
#[operation(
    api = IvrSolutionsApi,
    method = "GET",
    path = "/partnerclients/clients",
    id = "partner_clients",
    js = "clients",
    retry = Safe,
)]
pub struct ClientsParams {}

/// Get one client's profile.
#[operation(
    api = IvrSolutionsApi,
    method = "GET",
    path = "/partnerclients/client/{client_id}",
    id = "partner_client",
    js = "client",
    retry = Safe,
)]
pub struct ClientParams {
    /// The client's id (its `api_key`); sent percent-encoded in the path.
    #[check(id)]
    pub client_id: String,
}

/// A client's account status, as the spec spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum ClientStatus {
    /// `"0"`: deactivated.
    #[serde(rename = "0")]
    Inactive,
    /// `"1"`: active.
    #[serde(rename = "1")]
    Active,
}

/// Activate (`"1"`) or deactivate (`"0"`) a client.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/update_status",
    id = "partner_update_status",
    js = "updateStatus",
    retry = Never,
)]
pub struct UpdateStatusParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// New status: `"1"` active, `"0"` inactive.
    pub status: ClientStatus,
}

/// List registrations that have not completed KYC.
#[operation(
    api = IvrSolutionsApi,
    method = "GET",
    path = "/partnerclients/pending",
    id = "partner_pending",
    js = "pending",
    retry = Safe,
)]
pub struct PendingParams {}

crate::wire::wire_enum!(ClientStatus: Inactive, Active;);
