//! Reports: call histories, metrics, call list, surveys, voicemail, preview
//! dialer, wrap-ups, consolidated and detailed IVR reports.

use super::replies::*;
use super::{page, report_date, DateFormat, TokuApi};
use crate::error::Error;

use crate::endpoint::Validate;
use telepartner_macros::{operation, params};
use DateFormat::{Date, IsoMinutes, IsoSeconds, SpaceMinutes};

/// Both dates in `formats`, and not `end` before `start` (same-format strings compare in order).
fn range(start: Option<&str>, end: Option<&str>, formats: &[DateFormat]) -> Result<(), Error> {
    if let Some(s) = start {
        report_date("start_date", s, formats)?;
    }
    if let Some(e) = end {
        report_date("end_date", e, formats)?;
    }
    if let (Some(s), Some(e)) = (start, end) {
        if s.len() == e.len() && e < s {
            return Err(Error::validation(
                "end_date",
                "must not be before start_date",
            ));
        }
    }
    Ok(())
}

/// `abandoned`/`answered`, comma-separated.
fn call_status_list(value: Option<&str>) -> Result<(), Error> {
    if let Some(s) = value {
        if !s
            .split(',')
            .all(|x| matches!(x.trim(), "abandoned" | "answered"))
        {
            return Err(Error::validation(
                "call_status",
                "expected abandoned and/or answered, comma-separated",
            ));
        }
    }
    Ok(())
}

/// A report window in UTC, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (call
/// list, preview dialer calls, wrap-ups).
#[params(validate = "custom")]
pub struct IsoWindow {
    /// From (UTC), `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    pub start_date: Option<String>,
    /// Until (UTC), same formats.
    pub end_date: Option<String>,
}

impl Validate for IsoWindow {
    fn validate(&self) -> Result<(), crate::Error> {
        let formats = [IsoMinutes, IsoSeconds];
        range(
            self.start_date.as_deref(),
            self.end_date.as_deref(),
            &formats,
        )
    }
}

/// A report window that also takes `YYYY-MM-DD HH:MM` (surveys, voicemail).
#[params(validate = "custom")]
pub struct SpacedWindow {
    /// From: `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    pub start_date: Option<String>,
    /// Until, same formats.
    pub end_date: Option<String>,
}

impl Validate for SpacedWindow {
    fn validate(&self) -> Result<(), crate::Error> {
        let formats = [IsoMinutes, SpaceMinutes, IsoSeconds];
        range(
            self.start_date.as_deref(),
            self.end_date.as_deref(),
            &formats,
        )
    }
}

/// A report page: `limit` (1 to 1000) and `offset`.
#[params]
pub struct Page {
    /// Page size, 1 to 1000 (default 100).
    #[check(self::page_size)]
    pub limit: Option<u32>,
    /// Records to skip (default 0).
    pub offset: Option<u32>,
}

/// The rule of a report's `limit`.
pub fn page_size(_field: &str, limit: &u32) -> Result<(), Error> {
    page(Some(*limit))
}

/// Call records, `limit`/`offset` paged (both required).
#[operation(
    validate = "custom",
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
    pub limit: u32,
    /// Records to skip, from 0.
    pub offset: u32,
    /// From, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    pub start_date: Option<String>,
    /// Until, same formats.
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
    pub call_status: Option<String>,
    /// Inbound DID.
    pub incoming_did: Option<String>,
}

impl Validate for GetCallHistoriesParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        page(Some(p.limit))?;
        range(
            p.start_date.as_deref(),
            p.end_date.as_deref(),
            &[Date, IsoSeconds],
        )?;
        if let (Some(a), Some(b)) = (p.duration_from, p.duration_to) {
            if b < a {
                return Err(Error::validation(
                    "duration_to",
                    "must not be below duration_from",
                ));
            }
        }
        call_status_list(p.call_status.as_deref())?;
        Ok(())
    }
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
    validate = "custom",
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

impl Validate for GetCallListParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        call_status_list(p.call_status.as_deref())?;
        Ok(())
    }
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
    validate = "custom",
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
    pub call_status: Option<String>,
    /// E.g. `Successful: Close`.
    pub detailed_status: Option<String>,
    /// One interaction.
    pub interaction_id: Option<String>,
    /// One call.
    pub call_uuid: Option<String>,
}

impl Validate for GetPreviewDialerCallsParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if let Some(s) = &p.call_status {
            if s != "Successful" && s != "Unsuccessful" {
                return Err(Error::validation(
                    "call_status",
                    "expected Successful or Unsuccessful",
                ));
            }
        }
        Ok(())
    }
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
#[params(validate = "custom")]
pub struct CustomListReport {
    /// Caller attribute to group by, e.g. `partner_id`.
    #[check(id)]
    pub key: String,
    /// One value of `key`.
    pub key_filter: Option<String>,
    /// From, `YYYY-MM-DDTHH:MM:SS`.
    pub start_date: Option<String>,
    /// Until, `YYYY-MM-DDTHH:MM:SS`.
    pub end_date: Option<String>,
    /// Page size, 1 to 1000 (default 1000).
    pub limit: Option<u32>,
    /// Records to skip (default 0).
    pub offset: Option<u32>,
}

impl Validate for CustomListReport {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        range(
            p.start_date.as_deref(),
            p.end_date.as_deref(),
            &[IsoSeconds],
        )?;
        page(p.limit)?;
        Ok(())
    }
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
