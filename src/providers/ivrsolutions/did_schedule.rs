//! Tag "DID Scheduling": working hours, time zone and holidays of a DID.

use super::types::Schedule;
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use telepartner_macros::operation;

/// Get a DID's working hours, time zone and holidays (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_did_schedule",
    id = "partner_get_did_schedule",
    js = "getDidSchedule",
    retry = Safe,
)]
pub struct GetDidScheduleParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The DID's id.
    #[check(id)]
    pub did_id: String,
}

/// Set a DID's working hours and time zone.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/set_did_schedule",
    id = "partner_set_did_schedule",
    js = "setDidSchedule",
    retry = Never,
)]
pub struct SetDidScheduleParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The DID's id.
    #[check(id)]
    pub did_id: String,
    /// Time zone and working hours.
    #[flatten]
    pub schedule: Schedule,
}

/// Add a holiday to a DID.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_did_holiday",
    id = "partner_add_did_holiday",
    js = "addDidHoliday",
    retry = Never,
)]
pub struct AddDidHolidayParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The DID's id.
    #[check(id)]
    pub did_id: String,
    /// Holiday name.
    #[check(required, max_len(100))]
    pub name: String,
    /// Date, `YYYY-MM-DD`.
    #[check(date)]
    pub date: String,
}

/// Delete a holiday from a DID.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_did_holiday",
    id = "partner_delete_did_holiday",
    js = "deleteDidHoliday",
    retry = Never,
)]
pub struct DeleteDidHolidayParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The holiday's id.
    #[check(id)]
    pub holiday_id: String,
}
