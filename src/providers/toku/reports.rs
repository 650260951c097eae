//! Reports: call histories, metrics, call list, surveys, voicemail, preview
//! dialer, wrap-ups, consolidated and detailed IVR reports.

use super::replies::*;
use super::{DateFormat, TokuApi};
use crate::error::Error;

use crate::wire::Fields;
use telepartner_macros::{operation, params};
use DateFormat::{Date, IsoMinutes, IsoSeconds, SpaceMinutes};

/// Not `end_date` before `start_date` (compared when both are in one format).
fn window(f: Fields) -> Result<(), Error> {
    crate::validate::in_order(f, "start_date", "end_date")
}

/// `abandoned`/`answered`, comma-separated.
fn call_status_list(field: &str, value: &str) -> Result<(), Error> {
    if !value
        .split(',')
        .all(|x| matches!(x.trim(), "abandoned" | "answered"))
    {
        return Err(Error::validation(
            field,
            "expected abandoned and/or answered, comma-separated",
        ));
    }
    Ok(())
}

/// A report window in UTC, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (call
/// list, preview dialer calls, wrap-ups).
#[params(check = window)]
pub struct IsoWindow {
    /// From (UTC), `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    #[check(super::report_date(&[IsoMinutes, IsoSeconds]))]
    pub start_date: Option<String>,
    /// Until (UTC), same formats.
    #[check(super::report_date(&[IsoMinutes, IsoSeconds]))]
    pub end_date: Option<String>,
}

/// A report window that also takes `YYYY-MM-DD HH:MM` (surveys, voicemail).
#[params(check = window)]
pub struct SpacedWindow {
    /// From: `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    #[check(super::report_date(&[IsoMinutes, SpaceMinutes, IsoSeconds]))]
    pub start_date: Option<String>,
    /// Until, same formats.
    #[check(super::report_date(&[IsoMinutes, SpaceMinutes, IsoSeconds]))]
    pub end_date: Option<String>,
}

/// A report page: `limit` (1 to 1000) and `offset`.
#[params]
pub struct Page {
    /// Page size, 1 to 1000 (default 100).
    #[check(super::page_size)]
    pub limit: Option<u32>,
    /// Records to skip (default 0).
    pub offset: Option<u32>,
}

/// Call records, `limit`/`offset` paged (both required).
#[operation(
    check = histories_in_order,
    api = TokuApi,
    method = "GET",
    path = "/data/callhistories",
    id = "data/callhistories",
    js = "getCallHistories",
    reply = "Vec<CallRecord>",
    paging = "offset",
    retry = Safe,
    auth = Bearer,
)]
pub struct GetCallHistoriesParams {
    /// Page size, 1 to 1000.
    #[check(super::page_size)]
    pub limit: u32,
    /// Records to skip, from 0.
    pub offset: u32,
    /// From, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    #[check(super::report_date(&[Date, IsoSeconds]))]
    pub start_date: Option<String>,
    /// Until, same formats.
    #[check(super::report_date(&[Date, IsoSeconds]))]
    pub end_date: Option<String>,
    /// Minimum duration, seconds.
    pub duration_from: Option<u32>,
    /// Maximum duration, seconds.
    pub duration_to: Option<u32>,
    /// IVR apps to include: `app_name|app_id,...`.
    pub has_ivr_app: Option<String>,
    /// IVR apps to exclude: `app_name|app_id,...`.
    pub no_ivr_app: Option<String>,
    /// `abandoned` and/or `answered`, comma-separated.
    #[check(self::call_status_list)]
    pub call_status: Option<String>,
    /// Inbound DID.
    pub incoming_did: Option<String>,
}

/// The window and the durations in order.
fn histories_in_order(f: Fields) -> Result<(), Error> {
    window(f)?;
    if let (Some(from), Some(to)) = (f.int("duration_from"), f.int("duration_to")) {
        if to < from {
            return Err(Error::validation(
                "duration_to",
                "must not be below duration_from",
            ));
        }
    }
    Ok(())
}

/// Quality metrics of one call.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/data/getcallmetrics/{call_id}",
    id = "data/getcallmetrics",
    js = "getCallMetrics",
    reply = "CallMetrics",
    retry = Safe,
    auth = Bearer,
)]
pub struct GetCallMetricsParams {
    /// The call id (may contain `@` and dots); sent percent-encoded in the path.
    #[check(id)]
    pub call_id: String,
}

/// Calls with recordings and IVR durations, `limit`/`offset` paged.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/data/call-list",
    id = "data/call-list",
    js = "getCallList",
    reply = "TokuResponse<Vec<CallListRow>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = Bearer,
)]
pub struct GetCallListParams {
    /// IVR apps to include.
    pub has_ivr_app: Option<String>,
    /// IVR apps to exclude.
    pub no_ivr_app: Option<String>,
    /// `abandoned` and/or `answered`, comma-separated.
    #[check(self::call_status_list)]
    pub call_status: Option<String>,
    /// Inbound DID.
    pub incoming_did: Option<String>,
    /// The time window.
    #[flatten(optional)]
    pub window: IsoWindow,
    /// The page.
    #[flatten(optional)]
    pub page: Page,
}

/// After-call survey results, `limit`/`offset` paged.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/data/acs",
    id = "data/acs",
    js = "getAfterCallSurveys",
    reply = "TokuResponse<Vec<AfterCallSurvey>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = Bearer,
)]
pub struct GetAfterCallSurveysParams {
    /// The time window.
    #[flatten(optional)]
    pub window: SpacedWindow,
    /// One agent.
    pub agent_username: Option<String>,
    /// One queue.
    pub queue_name: Option<String>,
    /// One team.
    pub team_id: Option<u64>,
    /// The page.
    #[flatten(optional)]
    pub page: Page,
}

/// Voicemail report, `limit`/`offset` paged.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/v1/voicemail",
    id = "voicemail",
    js = "getVoicemails",
    reply = "TokuResponse<Vec<Voicemail>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = ApiAuthorization,
)]
pub struct GetVoicemailsParams {
    /// The time window.
    #[flatten(optional)]
    pub window: SpacedWindow,
    /// The page.
    #[flatten(optional)]
    pub page: Page,
}

/// Preview dialer call data, `limit`/`offset` paged.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/v1/preview-dialer-calls",
    id = "preview-dialer-calls",
    js = "getPreviewDialerCalls",
    reply = "TokuResponse<Vec<PreviewDialerCall>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = ApiAuthorization,
)]
pub struct GetPreviewDialerCallsParams {
    /// The time window.
    #[flatten(optional)]
    pub window: IsoWindow,
    /// The page.
    #[flatten(optional)]
    pub page: Page,
    /// One campaign.
    pub campaign_name: Option<String>,
    /// `Successful` or `Unsuccessful`.
    #[check(self::dialer_status)]
    pub call_status: Option<String>,
    /// E.g. `Successful: Close`.
    pub detailed_status: Option<String>,
    /// One interaction.
    pub interaction_id: Option<String>,
    /// One call.
    pub call_uuid: Option<String>,
}

/// A preview dialer call's outcome.
fn dialer_status(field: &str, value: &str) -> Result<(), Error> {
    if value != "Successful" && value != "Unsuccessful" {
        return Err(Error::validation(
            field,
            "expected Successful or Unsuccessful",
        ));
    }
    Ok(())
}

/// Call wrap-up data, `limit`/`offset` paged.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/v1/wrapups",
    id = "wrapups",
    js = "getWrapups",
    reply = "TokuResponse<Vec<Wrapup>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = ApiAuthorization,
)]
pub struct GetWrapupsParams {
    /// The time window.
    #[flatten(optional)]
    pub window: IsoWindow,
    /// The page.
    #[flatten(optional)]
    pub page: Page,
    /// One interaction.
    pub interaction_id: Option<String>,
    /// One call.
    pub call_uuid: Option<String>,
}

/// A custom-list report grouped by a caller attribute.
#[params(check = window)]
pub struct CustomListReport {
    /// Caller attribute to group by, e.g. `partner_id`.
    #[check(id)]
    pub key: String,
    /// One value of `key`.
    pub key_filter: Option<String>,
    /// From, `YYYY-MM-DDTHH:MM:SS`.
    #[check(super::report_date(&[IsoSeconds]))]
    pub start_date: Option<String>,
    /// Until, `YYYY-MM-DDTHH:MM:SS`.
    #[check(super::report_date(&[IsoSeconds]))]
    pub end_date: Option<String>,
    /// Page size, 1 to 1000 (default 1000).
    #[check(super::page_size)]
    pub limit: Option<u32>,
    /// Records to skip (default 0).
    pub offset: Option<u32>,
}

/// Consolidated call report grouped by a caller attribute.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/consolidated-call-report/custom-list",
    id = "consolidated-call-report",
    js = "getConsolidatedCallReport",
    reply = "TokuResponse<Vec<ConsolidatedCallRow>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = ApiAuthorization,
)]
pub struct GetConsolidatedCallReportParams {
    /// The params (the spec's `CustomListReport` schema).
    #[flatten]
    pub custom_list_report: CustomListReport,
}

/// Detailed IVR report grouped by a caller attribute.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/detailed-ivr-report/custom-list",
    id = "detailed-ivr-report",
    js = "getDetailedIvrReport",
    reply = "TokuResponse<Vec<DetailedIvrRow>>",
    paging = "offset",
    total = "meta.total_records",
    retry = Safe,
    auth = ApiAuthorization,
)]
pub struct GetDetailedIvrReportParams {
    /// The params (the spec's `CustomListReport` schema).
    #[flatten]
    pub custom_list_report: CustomListReport,
}
