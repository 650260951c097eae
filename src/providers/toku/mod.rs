//! Toku API (from a Postman collection): per-operation auth schemes, JSON,
//! query and form bodies, a binary recording download, call-event webhooks.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::endpoint::{decode_json, Auth, Provider as ProviderTrait};
use crate::error::{excerpt, Error};
use crate::http::HttpResponse;
use crate::secret::Secret;
use crate::validate as v;

pub mod agents;
pub mod caller_ids;
pub mod calls;
pub mod metadata;
pub mod otp;
pub mod rates;
pub mod recordings;
pub mod reports;
pub mod webhooks;

pub use agents::*;
pub use caller_ids::*;
pub use calls::*;
pub use metadata::*;
pub use otp::*;
pub use rates::*;
pub use recordings::*;
pub use reports::*;
pub use webhooks::*;

/// Credentials and base URL. The collection's `baseUrl` is `/`, so a base URL is required.
#[derive(Clone, Debug)]
pub struct Config {
    /// Base URL without a trailing slash.
    pub base_url: String,
    /// Sent as `x-api-key` (programmable calls, caller ids).
    pub api_key: Option<Secret>,
    /// Sent as `line-of-business-id` with the API key.
    pub line_of_business_id: Option<String>,
    /// Bearer token: `Authorization` or `api-authorization` as each request documents.
    pub token: Option<Secret>,
    /// Sent as `user-agent` where documented (browsers do not let a page set it).
    pub user_agent: Option<String>,
    /// Proxy mode: the partner's backend adds the credentials, so none are required here.
    pub proxy: bool,
}

impl Config {
    /// Check the options.
    pub fn new(
        base_url: &str,
        api_key: Option<String>,
        line_of_business_id: Option<String>,
        token: Option<String>,
        user_agent: Option<String>,
    ) -> Result<Self, Error> {
        if let Some(id) = &line_of_business_id {
            if !v::all_digits(id) {
                return Err(Error::Config {
                    field: "lineOfBusinessId".into(),
                    reason: "expected digits".into(),
                });
            }
        }
        if let Some(ua) = &user_agent {
            if ua.is_empty() || ua.chars().any(char::is_control) {
                return Err(Error::Config {
                    field: "userAgent".into(),
                    reason: "must be non-empty, without control characters".into(),
                });
            }
        }
        Ok(Config {
            base_url: crate::config::base_url(base_url)?,
            api_key: crate::config::credential("apiKey", api_key)?,
            line_of_business_id,
            token: crate::config::credential("token", token)?,
            user_agent,
            proxy: false,
        })
    }
}

/// The Toku API as a [`crate::Provider`].
#[derive(Clone, Copy, Debug)]
pub struct Provider;

fn missing(option: &str, operation: &str) -> Error {
    Error::Config {
        field: option.into(),
        reason: format!("is required for {operation}"),
    }
}

impl ProviderTrait for Provider {
    type Config = Config;
    const NAME: &'static str = "Toku";

    fn base_url(cfg: &Config) -> &str {
        &cfg.base_url
    }

    fn auth_headers(
        cfg: &Config,
        auth: Auth,
        operation: &str,
        headers: &mut Vec<(String, String)>,
    ) -> Result<(), Error> {
        if cfg.proxy && cfg.api_key.is_none() && cfg.token.is_none() {
            return Ok(()); // the partner's backend adds the credentials
        }
        let token = || {
            cfg.token
                .as_ref()
                .map(|t| format!("Bearer {}", t.expose()))
                .ok_or_else(|| missing("token", operation))
        };
        match auth {
            Auth::ApiKey => {
                let key = cfg
                    .api_key
                    .as_ref()
                    .ok_or_else(|| missing("apiKey", operation))?;
                let lob = cfg
                    .line_of_business_id
                    .as_ref()
                    .ok_or_else(|| missing("lineOfBusinessId", operation))?;
                headers.push(("x-api-key".into(), key.expose().to_owned()));
                headers.push(("line-of-business-id".into(), lob.clone()));
            }
            Auth::ApiAuthorization => headers.push(("api-authorization".into(), token()?)),
            Auth::Bearer | Auth::Default => headers.push(("authorization".into(), token()?)),
        }
        if let Some(ua) = &cfg.user_agent {
            headers.push(("user-agent".into(), ua.clone()));
        }
        Ok(())
    }

    fn check(resp: &HttpResponse) -> Result<Value, Error> {
        let ok = (200..300).contains(&resp.status);
        let json = resp
            .header("content-type")
            .is_none_or(|t| t.contains("json"));
        if ok && !json {
            return Ok(Value::Null); // binary replies (recordings) are read from the body
        }
        let body = decode_json::<Value>(resp);
        let failed = |b: &Value| {
            b.get("success") == Some(&Value::Bool(false))
                || b.get("status") == Some(&Value::Bool(false))
        };
        match body {
            Ok(b) if ok && !failed(&b) => Ok(b),
            Err(e) if ok => Err(e),
            other => {
                let b = other.ok();
                let message = b
                    .as_ref()
                    .and_then(|b| b.get("message").or_else(|| b.get("error")))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("HTTP {} from Toku", resp.status));
                let status = if ok { 400 } else { resp.status };
                Err(Error::Api {
                    status,
                    code: None,
                    message,
                    request_id: resp.header("x-request-id").map(str::to_owned),
                    correlation_id: None,
                    transaction_id: None,
                    body: excerpt(&resp.body),
                })
            }
        }
    }
}

/// A Toku reply: JSON whose shape varies by request (kept as sent).
pub type TokuReply = Value;

/// A phone number as Toku takes it: digits only (`0-9`), 3 to 20 of them.
pub fn numeric_phone(field: &str, value: &str) -> Result<(), Error> {
    v::digits(field, value, 3, 20).map_err(|_| {
        Error::validation(
            field,
            "expected only numeric characters (0-9), 3 to 20 of them",
        )
    })
}

/// A webhook URL: absolute `https://` or `http://`.
pub fn webhook_url(field: &str, value: &str) -> Result<(), Error> {
    v::url_with_scheme(field, value, "https")
        .or_else(|_| v::url_with_scheme(field, value, "http"))
        .map_err(|_| Error::validation(field, "expected an absolute http(s):// URL"))
}

/// Date formats the reports accept.
#[derive(Clone, Copy, Debug)]
pub enum DateFormat {
    /// `YYYY-MM-DD`
    Date,
    /// `YYYY-MM-DDTHH:MM`
    IsoMinutes,
    /// `YYYY-MM-DDTHH:MM:SS`
    IsoSeconds,
    /// `YYYY-MM-DD HH:MM`
    SpaceMinutes,
}

impl DateFormat {
    fn matches(self, s: &str) -> bool {
        let date = |d: &str| v::parse_date(d).is_some();
        let b = s.as_bytes();
        match self {
            DateFormat::Date => date(s),
            DateFormat::IsoMinutes => {
                s.len() == 16
                    && b[10] == b'T'
                    && date(&s[..10])
                    && v::parse_hhmm(&s[11..]).is_some()
            }
            DateFormat::SpaceMinutes => {
                s.len() == 16
                    && b[10] == b' '
                    && date(&s[..10])
                    && v::parse_hhmm(&s[11..]).is_some()
            }
            DateFormat::IsoSeconds => {
                s.len() == 19
                    && b[10] == b'T'
                    && b[16] == b':'
                    && date(&s[..10])
                    && v::parse_hhmm(&s[11..16]).is_some()
                    && s[17..].parse::<u8>().is_ok_and(|x| x < 60)
                    && v::all_digits(&s[17..])
            }
        }
    }

    fn pattern(self) -> &'static str {
        match self {
            DateFormat::Date => "YYYY-MM-DD",
            DateFormat::IsoMinutes => "YYYY-MM-DDTHH:MM",
            DateFormat::IsoSeconds => "YYYY-MM-DDTHH:MM:SS",
            DateFormat::SpaceMinutes => "YYYY-MM-DD HH:MM",
        }
    }
}

/// A report date in one of `formats` (a real calendar date and time).
pub fn report_date(field: &str, value: &str, formats: &[DateFormat]) -> Result<(), Error> {
    if formats.iter().any(|f| f.matches(value)) {
        return Ok(());
    }
    let expected: Vec<&str> = formats.iter().map(|f| f.pattern()).collect();
    Err(Error::validation(
        field,
        format!("expected a real date as {}", expected.join(" or ")),
    ))
}

/// `limit` 1..=1000 and `offset` >= 0 (offset is unsigned by type).
pub fn page(limit: Option<u32>) -> Result<(), Error> {
    if let Some(l) = limit {
        if !(1..=1000).contains(&l) {
            return Err(Error::validation("limit", "expected 1 to 1000"));
        }
    }
    Ok(())
}

/// Text-to-speech settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct TtsMessage {
    /// Text to speak.
    pub text: String,
    /// Voice, e.g. `f` or `m`.
    pub voice: String,
    /// Language code, e.g. `en`.
    pub language: String,
}

impl TtsMessage {
    /// All three fields are non-empty.
    pub fn check(&self, field: &str) -> Result<(), Error> {
        v::required(&format!("{field}.text"), &self.text)?;
        v::required(&format!("{field}.voice"), &self.voice)?;
        v::required(&format!("{field}.language"), &self.language)
    }
}

crate::wire::wire_via_serde!(TtsMessage);

/// Calls `$m!` with the list of every Toku operation (see `for_each_ivr_operation!`).
#[macro_export]
macro_rules! for_each_toku_operation {
    ($m:ident $(, $($args:tt)*)?) => {
        $m! {
            $($($args)*;)?
            (change_agent_status, "changeAgentStatus", ChangeAgentStatusParams, "Promise<JsonValue>", "Change an agent's status (by email or account)."),
            (create_agent, "createAgent", CreateAgentParams, "Promise<JsonValue>", "Create an agent."),
            (get_sip_provision, "getSipProvision", GetSipProvisionParams, "Promise<JsonValue>", "A user's SIP provisioning settings (holds the SIP password: do not log)."),
            (get_recording, "getRecording", GetRecordingParams, "Promise<Recording>", "Download a call recording: `{ contentType, data: Uint8Array }`."),
            (create_tts_call, "createTtsCall", CreateTtsCallParams, "Promise<JsonValue>", "Place a programmable text-to-speech call."),
            (create_masked_call, "createMaskedCall", CreateMaskedCallParams, "Promise<JsonValue>", "Dual-party connect: call A and B, numbers hidden."),
            (create_masking_conference, "createMaskingConference", CreateMaskingConferenceParams, "Promise<JsonValue>", "Sequential connect: call A first; bridge B with joinMaskingConference."),
            (join_masking_conference, "joinMaskingConference", JoinMaskingConferenceParams, "Promise<JsonValue>", "Dial another party into a sequential-connect session."),
            (list_outbound_caller_ids, "listOutboundCallerIds", ListOutboundCallerIdsParams optional, "Promise<JsonValue>", "Outbound caller ids (paged with page/limit, or all)."),
            (get_outbound_caller_id, "getOutboundCallerId", GetOutboundCallerIdParams, "Promise<JsonValue>", "One outbound caller id."),
            (request_otp, "requestOtp", RequestOtpParams, "Promise<JsonValue>", "Request an OTP for a recipient (form-encoded)."),
            (verify_otp, "verifyOtp", VerifyOtpParams, "Promise<JsonValue>", "Verify an OTP."),
            (get_call_rate, "getCallRate", GetCallRateParams, "Promise<JsonValue>", "The per-minute rate for a caller, destination and account."),
            (get_call_histories, "getCallHistories", GetCallHistoriesParams, "Promise<JsonValue>", "Call records (limit/offset)."),
            (get_call_metrics, "getCallMetrics", GetCallMetricsParams, "Promise<JsonValue>", "Quality metrics of one call."),
            (get_call_list, "getCallList", GetCallListParams optional, "Promise<JsonValue>", "Calls with recordings and IVR durations (limit/offset)."),
            (get_after_call_surveys, "getAfterCallSurveys", GetAfterCallSurveysParams optional, "Promise<JsonValue>", "After-call survey results (limit/offset)."),
            (get_voicemails, "getVoicemails", GetVoicemailsParams optional, "Promise<JsonValue>", "Voicemail report (limit/offset)."),
            (get_preview_dialer_calls, "getPreviewDialerCalls", GetPreviewDialerCallsParams optional, "Promise<JsonValue>", "Preview dialer call data (limit/offset)."),
            (get_wrapups, "getWrapups", GetWrapupsParams optional, "Promise<JsonValue>", "Call wrap-up data (limit/offset)."),
            (get_consolidated_call_report, "getConsolidatedCallReport", GetConsolidatedCallReportParams, "Promise<JsonValue>", "Consolidated call report grouped by a caller attribute."),
            (get_detailed_ivr_report, "getDetailedIvrReport", GetDetailedIvrReportParams, "Promise<JsonValue>", "Detailed IVR report grouped by a caller attribute."),
            (ingest_call_metadata, "ingestCallMetadata", IngestCallMetadataParams, "Promise<JsonValue>", "Push one call's metadata."),
        }
    };
}

pub use crate::endpoint::OperationInfo;

for_each_toku_operation!(operation_table);
