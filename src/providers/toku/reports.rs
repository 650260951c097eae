//! Reports: call histories, metrics, call list, surveys, voicemail, preview
//! dialer, wrap-ups, consolidated and detailed IVR reports.

use super::{page, report_date, DateFormat, Provider, TokuReply};
use crate::error::Error;
use crate::validate as v;

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

operation! {
    /// Call records, `limit`/`offset` paged (both required).
    GET "/data/callhistories", "data/callhistories" as "getCallHistories", retry Safe, auth Bearer
        -> TokuReply,
    pub struct GetCallHistoriesParams {
        /// Page size, 1 to 1000.
        pub limit: u32,
        /// Records to skip, from 0.
        pub offset: u32,
        /// From, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until, same formats.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Minimum duration, seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration_from: Option<u32>,
        /// Maximum duration, seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration_to: Option<u32>,
        /// IVR apps to include: `app_name|app_id,...`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub has_ivr_app: Option<String>,
        /// IVR apps to exclude: `app_name|app_id,...`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub no_ivr_app: Option<String>,
        /// `abandoned` and/or `answered`, comma-separated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub call_status: Option<String>,
        /// Inbound DID.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub incoming_did: Option<String>,
    }
    validate(p) {
        page(Some(p.limit))?;
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[Date, IsoSeconds])?;
        if let (Some(a), Some(b)) = (p.duration_from, p.duration_to) {
            if b < a { return Err(Error::validation("duration_to", "must not be below duration_from")); }
        }
        call_status_list(p.call_status.as_deref())?;
    }
}

operation! {
    /// Quality metrics of one call.
    GET "/data/getcallmetrics/{call_id}", "data/getcallmetrics" as "getCallMetrics", retry Safe, auth Bearer
        -> TokuReply,
    pub struct GetCallMetricsParams {
        /// The call id (may contain `@` and dots); sent percent-encoded in the path.
        pub call_id: String,
    }
    validate(p) {
        v::id("call_id", &p.call_id)?;
    }
}

operation! {
    /// Calls with recordings and IVR durations, `limit`/`offset` paged.
    GET "/data/call-list", "data/call-list" as "getCallList", retry Safe, auth Bearer
        -> TokuReply,
    pub struct GetCallListParams {
        /// IVR apps to include.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub has_ivr_app: Option<String>,
        /// IVR apps to exclude.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub no_ivr_app: Option<String>,
        /// `abandoned` and/or `answered`, comma-separated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub call_status: Option<String>,
        /// Inbound DID.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub incoming_did: Option<String>,
        /// From (UTC), `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until (UTC), same formats.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Page size, 1 to 1000 (default 100).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Records to skip (default 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
    }
    validate(p) {
        call_status_list(p.call_status.as_deref())?;
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[IsoMinutes, IsoSeconds])?;
        page(p.limit)?;
    }
}

operation! {
    /// After-call survey results, `limit`/`offset` paged.
    GET "/data/acs", "data/acs" as "getAfterCallSurveys", retry Safe, auth Bearer
        -> TokuReply,
    pub struct GetAfterCallSurveysParams {
        /// From: `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until, same formats.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// One agent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub agent_username: Option<String>,
        /// One queue.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub queue_name: Option<String>,
        /// One team.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub team_id: Option<u64>,
        /// Page size, 1 to 1000 (default 100).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Records to skip (default 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
    }
    validate(p) {
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[IsoMinutes, SpaceMinutes, IsoSeconds])?;
        page(p.limit)?;
    }
}

operation! {
    /// Voicemail report, `limit`/`offset` paged.
    GET "/v1/voicemail", "voicemail" as "getVoicemails", retry Safe, auth ApiAuthorization
        -> TokuReply,
    pub struct GetVoicemailsParams {
        /// From: `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until, same formats.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Page size, 1 to 1000 (default 100).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Records to skip (default 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
    }
    validate(p) {
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[IsoMinutes, SpaceMinutes, IsoSeconds])?;
        page(p.limit)?;
    }
}

operation! {
    /// Preview dialer call data, `limit`/`offset` paged.
    GET "/v1/preview-dialer-calls", "preview-dialer-calls" as "getPreviewDialerCalls", retry Safe, auth ApiAuthorization
        -> TokuReply,
    pub struct GetPreviewDialerCallsParams {
        /// From (UTC), `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until (UTC), same formats.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Page size, 1 to 1000 (default 100).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Records to skip (default 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
        /// One campaign.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub campaign_name: Option<String>,
        /// `Successful` or `Unsuccessful`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub call_status: Option<String>,
        /// E.g. `Successful: Close`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub detailed_status: Option<String>,
        /// One interaction.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub interaction_id: Option<String>,
        /// One call.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub call_uuid: Option<String>,
    }
    validate(p) {
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[IsoMinutes, IsoSeconds])?;
        page(p.limit)?;
        if let Some(s) = &p.call_status {
            if s != "Successful" && s != "Unsuccessful" {
                return Err(Error::validation("call_status", "expected Successful or Unsuccessful"));
            }
        }
    }
}

operation! {
    /// Call wrap-up data, `limit`/`offset` paged.
    GET "/v1/wrapups", "wrapups" as "getWrapups", retry Safe, auth ApiAuthorization
        -> TokuReply,
    pub struct GetWrapupsParams {
        /// From (UTC), `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until (UTC), same formats.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Page size, 1 to 1000 (default 100).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Records to skip (default 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
        /// One interaction.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub interaction_id: Option<String>,
        /// One call.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub call_uuid: Option<String>,
    }
    validate(p) {
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[IsoMinutes, IsoSeconds])?;
        page(p.limit)?;
    }
}

params! {
    /// A custom-list report grouped by a caller attribute.
    pub struct CustomListReport {
        /// Caller attribute to group by, e.g. `partner_id`.
        pub key: String,
        /// One value of `key`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub key_filter: Option<String>,
        /// From, `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Until, `YYYY-MM-DDTHH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Page size, 1 to 1000 (default 1000).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Records to skip (default 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
    }
    validate(p) {
        v::id("key", &p.key)?;
        range(p.start_date.as_deref(), p.end_date.as_deref(), &[IsoSeconds])?;
        page(p.limit)?;
    }
}

operation! {
    /// Consolidated call report grouped by a caller attribute.
    GET "/consolidated-call-report/custom-list", "consolidated-call-report" as "getConsolidatedCallReport", retry Safe, auth ApiAuthorization
        -> TokuReply,
    pub struct GetConsolidatedCallReportParams = CustomListReport;
}

operation! {
    /// Detailed IVR report grouped by a caller attribute.
    GET "/detailed-ivr-report/custom-list", "detailed-ivr-report" as "getDetailedIvrReport", retry Safe, auth ApiAuthorization
        -> TokuReply,
    pub struct GetDetailedIvrReportParams = CustomListReport;
}
