//! Tag "DID Scheduling": working hours, time zone and holidays of a DID.

use super::types::WorkingHours;
use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::endpoint::Validate;
use crate::validate as v;
use telepartner_macros::operation;

/// Get a DID's working hours, time zone and holidays (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_did_schedule",
    id = "partner_get_did_schedule",
    js = "getDidSchedule",
    retry = Safe,
    reply = "IvrResponse<OpenData>",
)]
pub struct GetDidScheduleParams {
    /// The client's id.
    pub client_id: String,
    /// The DID's id.
    pub did_id: String,
}

impl Validate for GetDidScheduleParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("did_id", &p.did_id)?;
        Ok(())
    }
}

/// Set a DID's working hours and time zone.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/set_did_schedule",
    id = "partner_set_did_schedule",
    js = "setDidSchedule",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct SetDidScheduleParams {
    /// The client's id.
    pub client_id: String,
    /// The DID's id.
    pub did_id: String,
    /// IANA time zone, e.g. `Asia/Kolkata`.
    pub timezone: String,
    /// Working hours keyed by day.
    pub working_hours: Option<WorkingHours>,
}

impl Validate for SetDidScheduleParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("did_id", &p.did_id)?;
        v::timezone("timezone", &p.timezone)?;
        if let Some(h) = &p.working_hours {
            h.validate("working_hours")?;
        }
        Ok(())
    }
}

/// Add a holiday to a DID.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_did_holiday",
    id = "partner_add_did_holiday",
    js = "addDidHoliday",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct AddDidHolidayParams {
    /// The client's id.
    pub client_id: String,
    /// The DID's id.
    pub did_id: String,
    /// Holiday name.
    pub name: String,
    /// Date, `YYYY-MM-DD`.
    pub date: String,
}

impl Validate for AddDidHolidayParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("did_id", &p.did_id)?;
        v::required("name", &p.name)?;
        v::max_len("name", &p.name, 100)?;
        v::date("date", &p.date)?;
        Ok(())
    }
}

/// Delete a holiday from a DID.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_did_holiday",
    id = "partner_delete_did_holiday",
    js = "deleteDidHoliday",
    retry = Never,
    reply = "IvrResponse<OpenData>",
)]
pub struct DeleteDidHolidayParams {
    /// The client's id.
    pub client_id: String,
    /// The holiday's id.
    pub holiday_id: String,
}

impl Validate for DeleteDidHolidayParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::id("client_id", &p.client_id)?;
        v::id("holiday_id", &p.holiday_id)?;
        Ok(())
    }
}
