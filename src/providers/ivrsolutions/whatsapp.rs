//! Tag "WhatsApp": link business numbers, schedules and holidays.

use super::types::{opt, WorkingHours};
use super::{IvrResponse, OpenData, Provider};
use crate::secret::Secret;
use crate::validate as v;

operation! {
    /// Register (link) a WhatsApp Business number.
    POST "/partnerclients/link_whatsapp_did", "partner_link_whatsapp_did" as "linkWhatsappDid", retry Never
        -> IvrResponse<OpenData>,
    pub struct LinkWhatsappDidParams {
        /// The client's id.
        pub client_id: String,
        /// Meta's phone number id.
        pub phone_number_id: String,
        /// Meta access token (never logged).
        pub access_token: Secret,
        /// The number as displayed, E.164.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub display_number: Option<String>,
        /// The verified business name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub verified_name: Option<String>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::digits("phone_number_id", &p.phone_number_id, 1, 32)?;
        v::required("access_token", p.access_token.expose())?;
        opt(p.display_number.as_deref(), |s| v::e164("display_number", s))?;
        opt(p.verified_name.as_deref(), |s| { v::required("verified_name", s)?; v::max_len("verified_name", s, 200) })?;
    }
}

operation! {
    /// List a client's WhatsApp numbers (read-only).
    POST "/partnerclients/get_whatsapp_dids", "partner_get_whatsapp_dids" as "getWhatsappDids", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetWhatsappDidsParams {
        /// The client's id.
        pub client_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
}

operation! {
    /// Unlink a WhatsApp number.
    POST "/partnerclients/delete_whatsapp_did", "partner_delete_whatsapp_did" as "deleteWhatsappDid", retry Never
        -> IvrResponse<OpenData>,
    pub struct DeleteWhatsappDidParams {
        /// The client's id.
        pub client_id: String,
        /// The WhatsApp DID's id.
        pub wa_did_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
    }
}

operation! {
    /// Set when a WhatsApp number is active.
    POST "/partnerclients/set_whatsapp_schedule", "partner_set_whatsapp_schedule" as "setWhatsappSchedule", retry Never
        -> IvrResponse<OpenData>,
    pub struct SetWhatsappScheduleParams {
        /// The client's id.
        pub client_id: String,
        /// The WhatsApp DID's id.
        pub wa_did_id: String,
        /// IANA time zone, e.g. `Asia/Kolkata`.
        pub timezone: String,
        /// Working hours keyed by day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub working_hours: Option<WorkingHours>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
        v::timezone("timezone", &p.timezone)?;
        if let Some(h) = &p.working_hours { h.validate("working_hours")?; }
    }
}

operation! {
    /// Get a WhatsApp number's schedule and holidays (read-only).
    POST "/partnerclients/get_whatsapp_schedule", "partner_get_whatsapp_schedule" as "getWhatsappSchedule", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetWhatsappScheduleParams {
        /// The client's id.
        pub client_id: String,
        /// The WhatsApp DID's id.
        pub wa_did_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
    }
}

operation! {
    /// Add a holiday to a WhatsApp number.
    POST "/partnerclients/add_whatsapp_holiday", "partner_add_whatsapp_holiday" as "addWhatsappHoliday", retry Never
        -> IvrResponse<OpenData>,
    pub struct AddWhatsappHolidayParams {
        /// The client's id.
        pub client_id: String,
        /// The WhatsApp DID's id.
        pub wa_did_id: String,
        /// Holiday name.
        pub name: String,
        /// Date, `YYYY-MM-DD`.
        pub date: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
        v::required("name", &p.name)?;
        v::max_len("name", &p.name, 100)?;
        v::date("date", &p.date)?;
    }
}

operation! {
    /// Delete a holiday from a WhatsApp number.
    POST "/partnerclients/delete_whatsapp_holiday", "partner_delete_whatsapp_holiday" as "deleteWhatsappHoliday", retry Never
        -> IvrResponse<OpenData>,
    pub struct DeleteWhatsappHolidayParams {
        /// The client's id.
        pub client_id: String,
        /// The holiday's id.
        pub holiday_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("holiday_id", &p.holiday_id)?;
    }
}
