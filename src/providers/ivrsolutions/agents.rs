//! Tag "Agents": add, edit, delete, assign a DID.

use super::types::{opt, Flag};
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::endpoint::Validate;
use crate::secret::Secret;
use crate::validate as v;
use telepartner_macros::operation;

/// Add an agent to a client. Never retried.
#[operation(
    validate = "custom",
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_agent",
    id = "partner_add_agent",
    js = "addAgent",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct AddAgentParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// Agent's name.
    pub name: String,
    /// Agent's e-mail (login).
    pub email: String,
    /// Agent's phone number (digits, optional leading `+`).
    pub phonenumber: String,
    /// Agent's password.
    pub password: Secret,
    /// Extension, digits (e.g. `2101`).
    pub extension: Option<String>,
    /// Reporting manager id.
    pub reporting_manager: Option<String>,
    /// Manager id.
    pub manager: Option<String>,
    /// `"1"` to use the WebRTC softphone.
    pub is_webrtc: Option<Flag>,
    /// Dial preference code (the spec gives `"1"` without listing values).
    pub dial_preference: Option<String>,
    /// DID to assign, E.164.
    pub did_num: Option<String>,
    /// Permission group id.
    pub permission_group: Option<String>,
}

impl Validate for AddAgentParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        validate_agent(&p.name, &p.email, &p.phonenumber, &p.password)?;
        validate_agent_options(
            p.extension.as_deref(),
            p.reporting_manager.as_deref(),
            p.manager.as_deref(),
            p.dial_preference.as_deref(),
            p.did_num.as_deref(),
            p.permission_group.as_deref(),
        )?;
        Ok(())
    }
}

/// Edit an agent. The spec requires name, email, phonenumber and password on every edit.
#[operation(
    validate = "custom",
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/edit_agent",
    id = "partner_edit_agent",
    js = "editAgent",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct EditAgentParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The agent's id.
    #[check(id)]
    pub agent_id: String,
    /// Agent's name.
    pub name: String,
    /// Agent's e-mail (login).
    pub email: String,
    /// Agent's phone number (digits, optional leading `+`).
    pub phonenumber: String,
    /// Agent's password.
    pub password: Secret,
    /// Extension, digits.
    pub extension: Option<String>,
    /// Reporting manager id.
    pub reporting_manager: Option<String>,
    /// Manager id.
    pub manager: Option<String>,
    /// `"1"` to use the WebRTC softphone.
    pub is_webrtc: Option<Flag>,
    /// Dial preference code.
    pub dial_preference: Option<String>,
    /// DID to assign, E.164.
    pub did_num: Option<String>,
    /// Permission group id.
    pub permission_group: Option<String>,
}

impl Validate for EditAgentParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        validate_agent(&p.name, &p.email, &p.phonenumber, &p.password)?;
        validate_agent_options(
            p.extension.as_deref(),
            p.reporting_manager.as_deref(),
            p.manager.as_deref(),
            p.dial_preference.as_deref(),
            p.did_num.as_deref(),
            p.permission_group.as_deref(),
        )?;
        Ok(())
    }
}

fn validate_agent(
    name: &str,
    email: &str,
    phone: &str,
    password: &Secret,
) -> Result<(), crate::Error> {
    v::required("name", name)?;
    v::max_len("name", name, 200)?;
    v::email("email", email)?;
    v::digits(
        "phonenumber",
        phone.strip_prefix('+').unwrap_or(phone),
        6,
        15,
    )
    .map_err(|_| {
        crate::Error::validation(
            "phonenumber",
            "expected 6 to 15 digits, optionally after '+'",
        )
    })?;
    v::required("password", password.expose())
}

fn validate_agent_options(
    extension: Option<&str>,
    reporting_manager: Option<&str>,
    manager: Option<&str>,
    dial_preference: Option<&str>,
    did_num: Option<&str>,
    permission_group: Option<&str>,
) -> Result<(), crate::Error> {
    opt(extension, |s| v::digits("extension", s, 1, 10))?;
    opt(reporting_manager, |s| v::id("reporting_manager", s))?;
    opt(manager, |s| v::id("manager", s))?;
    opt(dial_preference, |s| v::id("dial_preference", s))?;
    opt(did_num, |s| v::e164("did_num", s))?;
    opt(permission_group, |s| v::id("permission_group", s))
}

/// Deactivate an agent (status set to 0).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_agent",
    id = "partner_delete_agent",
    js = "deleteAgent",
    retry = Never,
    reply = "IvrResponse<OpenData>",
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
    reply = "IvrResponse<OpenData>",
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
