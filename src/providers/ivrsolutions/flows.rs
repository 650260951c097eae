//! Tag "Call Flows": create, edit, map to a DID.

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use telepartner_macros::operation;

/// Create a basic call flow that rings an agent. Never retried.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/create_basic_flow",
    id = "partner_create_basic_flow",
    js = "createBasicFlow",
    retry = Never,
)]
pub struct CreateBasicFlowParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// Flow name.
    #[check(required, max_len(100))]
    pub flow_name: String,
    /// Extension of the agent the flow rings, digits.
    #[check(digits(1, 10))]
    pub agent_ext: String,
    /// DID, E.164; defaults to the client's primary DID.
    #[check(e164)]
    pub did_no: Option<String>,
    /// Welcome message recording id.
    #[check(id)]
    pub recording_id: Option<String>,
}

/// Edit a basic call flow.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/edit_basic_flow",
    id = "partner_edit_basic_flow",
    js = "editBasicFlow",
    retry = Never,
)]
pub struct EditBasicFlowParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The flow's id.
    #[check(id)]
    pub flow_id: String,
    /// New flow name.
    #[check(required, max_len(100))]
    pub flow_name: Option<String>,
    /// Welcome message recording id.
    #[check(id)]
    pub recording_id: Option<String>,
    /// Extension to transfer to, digits.
    #[check(digits(1, 10))]
    pub transfer_to: Option<String>,
    /// Extension of the agent the flow rings, digits.
    #[check(digits(1, 10))]
    pub agent_ext: Option<String>,
    /// Id of a WSS voice bot to route to.
    #[check(id)]
    pub wss_bot_id: Option<String>,
}

/// Route a DID to a call flow.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/map_flow_did",
    id = "partner_map_flow_did",
    js = "mapFlowDid",
    retry = Never,
)]
pub struct MapFlowDidParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The flow's id.
    #[check(id)]
    pub flow_id: String,
    /// The DID, E.164.
    #[check(e164)]
    pub did_no: String,
}
