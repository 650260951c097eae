//! Tag "Call Flows": create, edit, map to a DID.

use super::types::opt;
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::endpoint::Validate;
use crate::validate as v;
use telepartner_macros::operation;

/// Create a basic call flow that rings an agent. Never retried.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/create_basic_flow",
    id = "partner_create_basic_flow",
    js = "createBasicFlow",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct CreateBasicFlowParams {
    /// The client's id.
    pub client_id: String,
    /// Flow name.
    pub flow_name: String,
    /// Extension of the agent the flow rings, digits.
    pub agent_ext: String,
    /// DID, E.164; defaults to the client's primary DID.
    pub did_no: Option<String>,
    /// Welcome message recording id.
    pub recording_id: Option<String>,
}

impl Validate for CreateBasicFlowParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::required("flow_name", &p.flow_name)?;
        v::max_len("flow_name", &p.flow_name, 100)?;
        v::digits("agent_ext", &p.agent_ext, 1, 10)?;
        opt(p.did_no.as_deref(), |s| v::e164("did_no", s))?;
        opt(p.recording_id.as_deref(), |s| v::id("recording_id", s))?;
        Ok(())
    }
}

/// Edit a basic call flow.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/edit_basic_flow",
    id = "partner_edit_basic_flow",
    js = "editBasicFlow",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct EditBasicFlowParams {
    /// The client's id.
    pub client_id: String,
    /// The flow's id.
    pub flow_id: String,
    /// New flow name.
    pub flow_name: Option<String>,
    /// Welcome message recording id.
    pub recording_id: Option<String>,
    /// Extension to transfer to, digits.
    pub transfer_to: Option<String>,
    /// Extension of the agent the flow rings, digits.
    pub agent_ext: Option<String>,
    /// Id of a WSS voice bot to route to.
    pub wss_bot_id: Option<String>,
}

impl Validate for EditBasicFlowParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("flow_id", &p.flow_id)?;
        opt(p.flow_name.as_deref(), |s| {
            v::required("flow_name", s)?;
            v::max_len("flow_name", s, 100)
        })?;
        opt(p.recording_id.as_deref(), |s| v::id("recording_id", s))?;
        opt(p.transfer_to.as_deref(), |s| {
            v::digits("transfer_to", s, 1, 10)
        })?;
        opt(p.agent_ext.as_deref(), |s| v::digits("agent_ext", s, 1, 10))?;
        opt(p.wss_bot_id.as_deref(), |s| v::id("wss_bot_id", s))?;
        Ok(())
    }
}

/// Route a DID to a call flow.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/map_flow_did",
    id = "partner_map_flow_did",
    js = "mapFlowDid",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct MapFlowDidParams {
    /// The client's id.
    pub client_id: String,
    /// The flow's id.
    pub flow_id: String,
    /// The DID, E.164.
    pub did_no: String,
}

impl Validate for MapFlowDidParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("flow_id", &p.flow_id)?;
        v::e164("did_no", &p.did_no)?;
        Ok(())
    }
}
