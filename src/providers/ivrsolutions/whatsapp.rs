//! Tag "WhatsApp": link business numbers, schedules and holidays.

use super::types::Schedule;
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::secret::Secret;
use telepartner_macros::operation;

/// Register (link) a WhatsApp Business number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/link_whatsapp_did",
    id = "partner_link_whatsapp_did",
    js = "linkWhatsappDid",
    retry = Never,
)]
pub struct LinkWhatsappDidParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// Meta's phone number id.
    #[check(digits(1, 32))]
    pub phone_number_id: String,
    /// Meta access token (never logged).
    #[check(required)]
    pub access_token: Secret,
    /// The number as displayed, E.164.
    #[check(e164)]
    pub display_number: Option<String>,
    /// The verified business name.
    #[check(required, max_len(200))]
    pub verified_name: Option<String>,
}

/// List a client's WhatsApp numbers (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_whatsapp_dids",
    id = "partner_get_whatsapp_dids",
    js = "getWhatsappDids",
    retry = Safe,
)]
pub struct GetWhatsappDidsParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
}

/// Unlink a WhatsApp number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_whatsapp_did",
    id = "partner_delete_whatsapp_did",
    js = "deleteWhatsappDid",
    retry = Never,
)]
pub struct DeleteWhatsappDidParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The WhatsApp DID's id.
    #[check(id)]
    pub wa_did_id: String,
}

/// Set when a WhatsApp number is active.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/set_whatsapp_schedule",
    id = "partner_set_whatsapp_schedule",
    js = "setWhatsappSchedule",
    retry = Never,
)]
pub struct SetWhatsappScheduleParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The WhatsApp DID's id.
    #[check(id)]
    pub wa_did_id: String,
    /// Time zone and working hours.
    #[flatten]
    pub schedule: Schedule,
}

/// Get a WhatsApp number's schedule and holidays (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_whatsapp_schedule",
    id = "partner_get_whatsapp_schedule",
    js = "getWhatsappSchedule",
    retry = Safe,
)]
pub struct GetWhatsappScheduleParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The WhatsApp DID's id.
    #[check(id)]
    pub wa_did_id: String,
}

/// Add a holiday to a WhatsApp number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_whatsapp_holiday",
    id = "partner_add_whatsapp_holiday",
    js = "addWhatsappHoliday",
    retry = Never,
)]
pub struct AddWhatsappHolidayParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The WhatsApp DID's id.
    #[check(id)]
    pub wa_did_id: String,
    /// Holiday name.
    #[check(required, max_len(100))]
    pub name: String,
    /// Date, `YYYY-MM-DD`.
    #[check(date)]
    pub date: String,
}

/// Delete a holiday from a WhatsApp number.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_whatsapp_holiday",
    id = "partner_delete_whatsapp_holiday",
    js = "deleteWhatsappHoliday",
    retry = Never,
)]
pub struct DeleteWhatsappHolidayParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The holiday's id.
    #[check(id)]
    pub holiday_id: String,
}
