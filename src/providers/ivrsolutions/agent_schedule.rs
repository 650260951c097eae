//! Tag "Agent Scheduling & Availability".

use super::types::{Flag, Schedule};
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use telepartner_macros::operation;

/// Get an agent's working hours and time zone (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_agent_schedule",
    id = "partner_get_agent_schedule",
    js = "getAgentSchedule",
    retry = Safe,
)]
pub struct GetAgentScheduleParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's id (`SipUsers.id`).
    #[check(id)]
    pub agent_id: String,
}

/// Set when calls route to an agent.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/set_agent_schedule",
    id = "partner_set_agent_schedule",
    js = "setAgentSchedule",
    retry = Never,
)]
pub struct SetAgentScheduleParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's id.
    #[check(id)]
    pub agent_id: String,
    /// Time zone and working hours.
    #[flatten]
    pub schedule: Schedule,
}

/// Put an agent online (`"1"`) or offline (`"0"`).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/update_agent_availability",
    id = "partner_update_agent_availability",
    js = "updateAgentAvailability",
    retry = Never,
)]
pub struct UpdateAgentAvailabilityParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's id.
    #[check(id)]
    pub agent_id: String,
    /// `"1"` online, `"0"` offline.
    pub available: Flag,
}

/// List every agent of a client with their availability (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_agents_availability",
    id = "partner_get_agents_availability",
    js = "getAgentsAvailability",
    retry = Safe,
)]
pub struct GetAgentsAvailabilityParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
}
