//! Tag "Agents": add, edit, delete, assign a DID.

use telepartner_macros::{operation, params};

use super::types::Flag;
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::secret::Secret;

/// An agent's profile: the fields `add_agent` and `edit_agent` share (the
/// spec requires name, email, phonenumber and password on every edit too).
#[params]
pub struct AgentProfile {
    /// Agent's name.
    #[check(required, max_len(200))]
    pub name: String,
    /// Agent's e-mail (login).
    #[check(email)]
    pub email: String,
    /// Agent's phone number: 6 to 15 digits, optionally after `+`.
    #[check(phone)]
    pub phonenumber: String,
    /// Agent's password.
    #[check(required)]
    pub password: Secret,
    /// Extension, digits (e.g. `2101`).
    #[check(digits(1, 10))]
    pub extension: Option<String>,
    /// Reporting manager id.
    #[check(id)]
    pub reporting_manager: Option<String>,
    /// Manager id.
    #[check(id)]
    pub manager: Option<String>,
    /// `"1"` to use the WebRTC softphone.
    pub is_webrtc: Option<Flag>,
    /// Dial preference code (the spec gives `"1"` without listing values).
    #[check(id)]
    pub dial_preference: Option<String>,
    /// DID to assign, E.164.
    #[check(e164)]
    pub did_num: Option<String>,
    /// Permission group id.
    #[check(id)]
    pub permission_group: Option<String>,
}

/// Add an agent to a client. Never retried.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_agent",
    id = "partner_add_agent",
    js = "addAgent",
    retry = Never,
)]
pub struct AddAgentParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent.
    #[flatten]
    pub agent: AgentProfile,
}

/// Edit an agent. The spec requires name, email, phonenumber and password on every edit.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/edit_agent",
    id = "partner_edit_agent",
    js = "editAgent",
    retry = Never,
)]
pub struct EditAgentParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's id.
    #[check(id)]
    pub agent_id: String,
    /// The agent.
    #[flatten]
    pub agent: AgentProfile,
}

/// Deactivate an agent (status set to 0).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_agent",
    id = "partner_delete_agent",
    js = "deleteAgent",
    retry = Never,
)]
pub struct DeleteAgentParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's id.
    #[check(id)]
    pub agent_id: String,
}

/// Assign a DID to an agent (by extension).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/update_agent_did",
    id = "partner_update_agent_did",
    js = "updateAgentDid",
    retry = Never,
)]
pub struct UpdateAgentDidParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's extension, digits.
    #[check(digits(1, 10))]
    pub agent_ext: String,
    /// The DID, E.164.
    #[check(e164)]
    pub did_num: String,
}
