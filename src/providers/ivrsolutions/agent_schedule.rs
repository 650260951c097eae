//! Tag "Agent Scheduling & Availability".

use super::types::{Flag, WorkingHours};
use super::{IvrResponse, OpenData, Provider};
use crate::validate as v;

operation! {
    /// Get an agent's working hours and time zone (read-only).
    POST "/partnerclients/get_agent_schedule", "partner_get_agent_schedule" as "getAgentSchedule", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetAgentScheduleParams {
        /// The client's id.
        pub client_id: String,
        /// The agent's id (`SipUsers.id`).
        pub agent_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("agent_id", &p.agent_id)?;
    }
}

operation! {
    /// Set when calls route to an agent.
    POST "/partnerclients/set_agent_schedule", "partner_set_agent_schedule" as "setAgentSchedule", retry Never
        -> IvrResponse<OpenData>,
    pub struct SetAgentScheduleParams {
        /// The client's id.
        pub client_id: String,
        /// The agent's id.
        pub agent_id: String,
        /// IANA time zone, e.g. `Asia/Kolkata`.
        pub timezone: String,
        /// Working hours keyed by day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub working_hours: Option<WorkingHours>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("agent_id", &p.agent_id)?;
        v::timezone("timezone", &p.timezone)?;
        if let Some(h) = &p.working_hours { h.validate("working_hours")?; }
    }
}

operation! {
    /// Put an agent online (`"1"`) or offline (`"0"`).
    POST "/partnerclients/update_agent_availability", "partner_update_agent_availability" as "updateAgentAvailability", retry Never
        -> IvrResponse<OpenData>,
    pub struct UpdateAgentAvailabilityParams {
        /// The client's id.
        pub client_id: String,
        /// The agent's id.
        pub agent_id: String,
        /// `"1"` online, `"0"` offline.
        pub available: Flag,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("agent_id", &p.agent_id)?;
    }
}

operation! {
    /// List every agent of a client with their availability (read-only).
    POST "/partnerclients/get_agents_availability", "partner_get_agents_availability" as "getAgentsAvailability", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetAgentsAvailabilityParams {
        /// The client's id.
        pub client_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
}
