//! Agents: status, creation, SIP provisioning.

use crate::json::Value;

use super::replies::*;
use super::TokuApi;
use crate::endpoint::Validate;
use crate::error::Error;
use crate::secret::Secret;
use crate::validate as v;
use telepartner_macros::operation;

/// Change an agent's status; identify the agent by `email` or `account`.
#[operation(
    validate = "custom",
    api = TokuApi,
    method = "POST",
    path = "/v1/agent/change-status",
    id = "change-status",
    js = "changeAgentStatus",
    reply = "TokuResponse<Value>",
    retry = Never,
    auth = ApiAuthorization,
)]
pub struct ChangeAgentStatusParams {
    /// The new status (Toku agent status list or your mapped status).
    #[check(required)]
    pub status: String,
    /// The agent's e-mail; required when `account` is absent.
    #[check(email)]
    pub email: Option<String>,
    /// The agent's account id; required when `email` is absent.
    #[check(id)]
    pub account: Option<String>,
}

impl Validate for ChangeAgentStatusParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if p.email.is_none() && p.account.is_none() {
            return Err(Error::validation("email", "email or account is required"));
        }
        Ok(())
    }
}

/// A skill and its rating.
#[telepartner_macros::params]
pub struct AgentSkill {
    /// Skill code.
    pub skill_code: String,
    /// Rating 1-55 (higher is better).
    pub skill_rating: u32,
}

crate::wire::wire_via_table!(AgentSkill);

/// Create an agent.
#[operation(
    validate = "custom",
    api = TokuApi,
    method = "POST",
    path = "/platform/v1/users/agents",
    id = "users/agents",
    js = "createAgent",
    reply = "TokuResponse<CreatedAgent>",
    retry = Never,
    auth = Bearer,
)]
pub struct CreateAgentParams {
    /// Line of business.
    pub line_of_business_id: u64,
    /// Agent's name.
    #[check(required)]
    pub name: String,
    /// Role id (agents are 5).
    pub role_id: u64,
    /// Agent's e-mail.
    #[check(email)]
    pub email: String,
    /// Active (true) or inactive.
    pub status: bool,
    /// Whether the agent must use multi-factor authentication.
    pub is_mfa: bool,
    /// Password; generated when left out.
    pub password: Option<Secret>,
    /// Must equal `password`.
    pub confirm_password: Option<Secret>,
    /// Country ids (e.g. 201 = Singapore).
    pub country_id: Option<Vec<u64>>,
    /// Skills with ratings (an array, as the collection's examples send).
    pub agent_skills: Option<Vec<AgentSkill>>,
    /// Team ids.
    pub teams_assigned: Option<Vec<u64>>,
}

impl Validate for CreateAgentParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if p.password.as_ref().map(Secret::expose)
            != p.confirm_password.as_ref().map(Secret::expose)
        {
            return Err(Error::validation("confirm_password", "must equal password"));
        }
        for (i, s) in p.agent_skills.iter().flatten().enumerate() {
            v::required(&format!("agent_skills.{i}.skill_code"), &s.skill_code)?;
            if !(1..=55).contains(&s.skill_rating) {
                return Err(Error::validation(
                    format!("agent_skills.{i}.skill_rating"),
                    "expected 1 to 55",
                ));
            }
        }
        Ok(())
    }
}

/// A user's SIP provisioning settings.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/platform/v1/accounts/{username}/sip",
    id = "accounts/sip",
    js = "getSipProvision",
    reply = "TokuResponse<SipProvision>",
    retry = Safe,
    auth = Bearer,
)]
pub struct GetSipProvisionParams {
    /// The user's username; sent percent-encoded in the path.
    #[check(id)]
    pub username: String,
}
