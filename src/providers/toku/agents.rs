//! Agents: status, creation, SIP provisioning.

use serde::{Deserialize, Serialize};

use super::{Provider, TokuReply};
use crate::error::Error;
use crate::secret::Secret;
use crate::validate as v;

operation! {
    /// Change an agent's status; identify the agent by `email` or `account`.
    POST "/v1/agent/change-status", "change-status" as "changeAgentStatus", retry Never, auth ApiAuthorization
        -> TokuReply,
    pub struct ChangeAgentStatusParams {
        /// The new status (Toku agent status list or your mapped status).
        pub status: String,
        /// The agent's e-mail; required when `account` is absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// The agent's account id; required when `email` is absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<String>,
    }
    validate(p) {
        v::required("status", &p.status)?;
        if p.email.is_none() && p.account.is_none() {
            return Err(Error::validation("email", "email or account is required"));
        }
        if let Some(e) = &p.email { v::email("email", e)?; }
        if let Some(a) = &p.account { v::id("account", a)?; }
    }
}

/// A skill and its rating.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct AgentSkill {
    /// Skill code.
    pub skill_code: String,
    /// Rating 1-55 (higher is better).
    pub skill_rating: u32,
}

operation! {
    /// Create an agent.
    POST "/platform/v1/users/agents", "users/agents" as "createAgent", retry Never, auth Bearer
        -> TokuReply,
    pub struct CreateAgentParams {
        /// Line of business.
        pub line_of_business_id: u64,
        /// Agent's name.
        pub name: String,
        /// Role id (agents are 5).
        pub role_id: u64,
        /// Agent's e-mail.
        pub email: String,
        /// Active (true) or inactive.
        pub status: bool,
        /// Whether the agent must use multi-factor authentication.
        pub is_mfa: bool,
        /// Password; generated when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub password: Option<Secret>,
        /// Must equal `password`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub confirm_password: Option<Secret>,
        /// Country ids (e.g. 201 = Singapore).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country_id: Option<Vec<u64>>,
        /// Skills with ratings (an array, as the collection's examples send).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub agent_skills: Option<Vec<AgentSkill>>,
        /// Team ids.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub teams_assigned: Option<Vec<u64>>,
    }
    validate(p) {
        v::required("name", &p.name)?;
        v::email("email", &p.email)?;
        if p.password.as_ref().map(Secret::expose) != p.confirm_password.as_ref().map(Secret::expose) {
            return Err(Error::validation("confirm_password", "must equal password"));
        }
        for (i, s) in p.agent_skills.iter().flatten().enumerate() {
            v::required(&format!("agent_skills.{i}.skill_code"), &s.skill_code)?;
            if !(1..=55).contains(&s.skill_rating) {
                return Err(Error::validation(format!("agent_skills.{i}.skill_rating"), "expected 1 to 55"));
            }
        }
    }
}

operation! {
    /// A user's SIP provisioning settings.
    GET "/platform/v1/accounts/{username}/sip", "accounts/sip" as "getSipProvision", retry Safe, auth Bearer
        -> TokuReply,
    pub struct GetSipProvisionParams {
        /// The user's username; sent percent-encoded in the path.
        pub username: String,
    }
    validate(p) {
        v::id("username", &p.username)?;
    }
}
