//! Tag "Agents": add, edit, delete, assign a DID.

use super::types::{opt, Flag};
use super::{IvrResponse, OpenData, Provider};
use crate::secret::Secret;
use crate::validate as v;

operation! {
    /// Add an agent to a client. Never retried.
    POST "/partnerclients/add_agent", "partner_add_agent" as "addAgent", retry Never
        -> IvrResponse<OpenData>,
    pub struct AddAgentParams {
        /// The client's id.
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
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub extension: Option<String>,
        /// Reporting manager id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reporting_manager: Option<String>,
        /// Manager id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub manager: Option<String>,
        /// `"1"` to use the WebRTC softphone.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub is_webrtc: Option<Flag>,
        /// Dial preference code (the spec gives `"1"` without listing values).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub dial_preference: Option<String>,
        /// DID to assign, E.164.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub did_num: Option<String>,
        /// Permission group id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub permission_group: Option<String>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        validate_agent(&p.name, &p.email, &p.phonenumber, &p.password)?;
        validate_agent_options(p.extension.as_deref(), p.reporting_manager.as_deref(), p.manager.as_deref(), p.dial_preference.as_deref(), p.did_num.as_deref(), p.permission_group.as_deref())?;
    }
}

operation! {
    /// Edit an agent. The spec requires name, email, phonenumber and password on every edit.
    POST "/partnerclients/edit_agent", "partner_edit_agent" as "editAgent", retry Never
        -> IvrResponse<OpenData>,
    pub struct EditAgentParams {
        /// The client's id.
        pub client_id: String,
        /// The agent's id.
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
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub extension: Option<String>,
        /// Reporting manager id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reporting_manager: Option<String>,
        /// Manager id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub manager: Option<String>,
        /// `"1"` to use the WebRTC softphone.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub is_webrtc: Option<Flag>,
        /// Dial preference code.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub dial_preference: Option<String>,
        /// DID to assign, E.164.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub did_num: Option<String>,
        /// Permission group id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub permission_group: Option<String>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("agent_id", &p.agent_id)?;
        validate_agent(&p.name, &p.email, &p.phonenumber, &p.password)?;
        validate_agent_options(p.extension.as_deref(), p.reporting_manager.as_deref(), p.manager.as_deref(), p.dial_preference.as_deref(), p.did_num.as_deref(), p.permission_group.as_deref())?;
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

operation! {
    /// Deactivate an agent (status set to 0).
    POST "/partnerclients/delete_agent", "partner_delete_agent" as "deleteAgent", retry Never
        -> IvrResponse<OpenData>,
    pub struct DeleteAgentParams {
        /// The client's id.
        pub client_id: String,
        /// The agent's id.
        pub agent_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("agent_id", &p.agent_id)?;
    }
}

operation! {
    /// Assign a DID to an agent (by extension).
    POST "/partnerclients/update_agent_did", "partner_update_agent_did" as "updateAgentDid", retry Never
        -> IvrResponse<OpenData>,
    pub struct UpdateAgentDidParams {
        /// The client's id.
        pub client_id: String,
        /// The agent's extension, digits.
        pub agent_ext: String,
        /// The DID, E.164.
        pub did_num: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::digits("agent_ext", &p.agent_ext, 1, 10)?;
        v::e164("did_num", &p.did_num)?;
    }
}
