//! Tag "WhatsApp": link business numbers, schedules and holidays.

use super::types::{opt, WorkingHours};
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::endpoint::Validate;
use crate::secret::Secret;
use crate::validate as v;
use telepartner_macros::operation;

/// Register (link) a WhatsApp Business number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/link_whatsapp_did",
    id = "partner_link_whatsapp_did",
    js = "linkWhatsappDid",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct LinkWhatsappDidParams {
    /// The client's id.
    pub client_id: String,
    /// Meta's phone number id.
    pub phone_number_id: String,
    /// Meta access token (never logged).
    pub access_token: Secret,
    /// The number as displayed, E.164.
    pub display_number: Option<String>,
    /// The verified business name.
    pub verified_name: Option<String>,
}

impl Validate for LinkWhatsappDidParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::digits("phone_number_id", &p.phone_number_id, 1, 32)?;
        v::required("access_token", p.access_token.expose())?;
        opt(p.display_number.as_deref(), |s| {
            v::e164("display_number", s)
        })?;
        opt(p.verified_name.as_deref(), |s| {
            v::required("verified_name", s)?;
            v::max_len("verified_name", s, 200)
        })?;
        Ok(())
    }
}

/// List a client's WhatsApp numbers (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_whatsapp_dids",
    id = "partner_get_whatsapp_dids",
    js = "getWhatsappDids",
    retry = Safe,
    reply = "IvrResponse<OpenData>",
)]
pub struct GetWhatsappDidsParams {
    /// The client's id.
    pub client_id: String,
}

impl Validate for GetWhatsappDidsParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        Ok(())
    }
}

/// Unlink a WhatsApp number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_whatsapp_did",
    id = "partner_delete_whatsapp_did",
    js = "deleteWhatsappDid",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct DeleteWhatsappDidParams {
    /// The client's id.
    pub client_id: String,
    /// The WhatsApp DID's id.
    pub wa_did_id: String,
}

impl Validate for DeleteWhatsappDidParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
        Ok(())
    }
}

/// Set when a WhatsApp number is active.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/set_whatsapp_schedule",
    id = "partner_set_whatsapp_schedule",
    js = "setWhatsappSchedule",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct SetWhatsappScheduleParams {
    /// The client's id.
    pub client_id: String,
    /// The WhatsApp DID's id.
    pub wa_did_id: String,
    /// IANA time zone, e.g. `Asia/Kolkata`.
    pub timezone: String,
    /// Working hours keyed by day.
    pub working_hours: Option<WorkingHours>,
}

impl Validate for SetWhatsappScheduleParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
        v::timezone("timezone", &p.timezone)?;
        if let Some(h) = &p.working_hours {
            h.validate("working_hours")?;
        }
        Ok(())
    }
}

/// Get a WhatsApp number's schedule and holidays (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_whatsapp_schedule",
    id = "partner_get_whatsapp_schedule",
    js = "getWhatsappSchedule",
    retry = Safe,
    reply = "IvrResponse<OpenData>",
)]
pub struct GetWhatsappScheduleParams {
    /// The client's id.
    pub client_id: String,
    /// The WhatsApp DID's id.
    pub wa_did_id: String,
}

impl Validate for GetWhatsappScheduleParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
        Ok(())
    }
}

/// Add a holiday to a WhatsApp number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_whatsapp_holiday",
    id = "partner_add_whatsapp_holiday",
    js = "addWhatsappHoliday",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
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

impl Validate for AddWhatsappHolidayParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("wa_did_id", &p.wa_did_id)?;
        v::required("name", &p.name)?;
        v::max_len("name", &p.name, 100)?;
        v::date("date", &p.date)?;
        Ok(())
    }
}

/// Delete a holiday from a WhatsApp number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_whatsapp_holiday",
    id = "partner_delete_whatsapp_holiday",
    js = "deleteWhatsappHoliday",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct DeleteWhatsappHolidayParams {
    /// The client's id.
    pub client_id: String,
    /// The holiday's id.
    pub holiday_id: String,
}

impl Validate for DeleteWhatsappHolidayParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("holiday_id", &p.holiday_id)?;
        Ok(())
    }
}
