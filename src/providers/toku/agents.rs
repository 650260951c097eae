//! Agents: status, creation, SIP provisioning.

use crate::json::Value;

use super::replies::*;
use super::TokuApi;
use crate::error::Error;
use crate::secret::Secret;
use crate::wire::Fields;
use telepartner_macros::operation;

/// Change an agent's status; identify the agent by `email` or `account`.
#[operation(
    check = email_or_account,
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

/// The agent is named by one of the two.
fn email_or_account(f: Fields) -> Result<(), Error> {
    if !f.has("email") && !f.has("account") {
        return Err(Error::validation("email", "email or account is required"));
    }
    Ok(())
}

/// A skill and its rating.
#[telepartner_macros::params]
pub struct AgentSkill {
    /// Skill code.
    #[check(required)]
    pub skill_code: String,
    /// Rating 1-55 (higher is better).
    #[check(within(1, 55, "expected 1 to 55"))]
    pub skill_rating: u32,
}

crate::wire::wire_via_table!(AgentSkill);

/// Create an agent.
#[operation(
    check = passwords_match,
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

/// `confirm_password` repeats `password` (both or neither).
fn passwords_match(f: Fields) -> Result<(), Error> {
    if f.str("password") != f.str("confirm_password") {
        return Err(Error::validation("confirm_password", "must equal password"));
    }
    Ok(())
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
