//! Tag "DID Scheduling": working hours, time zone and holidays of a DID.

use super::types::WorkingHours;
use super::{IvrResponse, OpenData, Provider};
use crate::validate as v;

operation! {
    /// Get a DID's working hours, time zone and holidays (read-only).
    POST "/partnerclients/get_did_schedule", "partner_get_did_schedule" as "getDidSchedule", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetDidScheduleParams {
        /// The client's id.
        pub client_id: String,
        /// The DID's id.
        pub did_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("did_id", &p.did_id)?;
    }
}

operation! {
    /// Set a DID's working hours and time zone.
    POST "/partnerclients/set_did_schedule", "partner_set_did_schedule" as "setDidSchedule", retry Never
        -> IvrResponse<OpenData>,
    pub struct SetDidScheduleParams {
        /// The client's id.
        pub client_id: String,
        /// The DID's id.
        pub did_id: String,
        /// IANA time zone, e.g. `Asia/Kolkata`.
        pub timezone: String,
        /// Working hours keyed by day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub working_hours: Option<WorkingHours>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("did_id", &p.did_id)?;
        v::timezone("timezone", &p.timezone)?;
        if let Some(h) = &p.working_hours { h.validate("working_hours")?; }
    }
}

operation! {
    /// Add a holiday to a DID.
    POST "/partnerclients/add_did_holiday", "partner_add_did_holiday" as "addDidHoliday", retry Never
        -> IvrResponse<OpenData>,
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
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("did_id", &p.did_id)?;
        v::required("name", &p.name)?;
        v::max_len("name", &p.name, 100)?;
        v::date("date", &p.date)?;
    }
}

operation! {
    /// Delete a holiday from a DID.
    POST "/partnerclients/delete_did_holiday", "partner_delete_did_holiday" as "deleteDidHoliday", retry Never
        -> IvrResponse<OpenData>,
    pub struct DeleteDidHolidayParams {
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
