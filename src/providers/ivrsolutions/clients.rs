//! Tag "Clients": list, read, activate/deactivate, pending registrations.

use serde::{Deserialize, Serialize};

use super::{IvrResponse, OpenData, Provider};
use crate::validate as v;

operation! {
    /// List every client under the partner account.
    GET "/partnerclients/clients", "partner_clients" as "clients", retry Safe
        -> IvrResponse<OpenData>,
    pub struct ClientsParams {}
    validate(p) {}
}

operation! {
    /// Get one client's profile.
    GET "/partnerclients/client/{client_id}", "partner_client" as "client", retry Safe
        -> IvrResponse<OpenData>,
    pub struct ClientParams {
        /// The client's id (its `api_key`); sent percent-encoded in the path.
        pub client_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
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

operation! {
    /// Activate (`"1"`) or deactivate (`"0"`) a client.
    POST "/partnerclients/update_status", "partner_update_status" as "updateStatus", retry Never
        -> IvrResponse<OpenData>,
    pub struct UpdateStatusParams {
        /// The client's id.
        pub client_id: String,
        /// New status: `"1"` active, `"0"` inactive.
        pub status: ClientStatus,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
}

operation! {
    /// List registrations that have not completed KYC.
    GET "/partnerclients/pending", "partner_pending" as "pending", retry Safe
        -> IvrResponse<OpenData>,
    pub struct PendingParams {}
    validate(p) {}
}

crate::wire::wire_via_serde!(ClientStatus);
