//! Toku API (from a Postman collection): per-operation auth schemes, JSON,
//! query and form bodies, a binary recording download, call-event webhooks.

use crate::json::Value;

use crate::endpoint::{parse_json, Api, Auth, Endpoint, Operation};
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
pub mod replies;
pub mod reports;
pub mod webhooks;

pub use agents::*;
pub use caller_ids::*;
pub use calls::*;
pub use metadata::*;
pub use otp::*;
pub use rates::*;
pub use recordings::*;
pub use replies::*;
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
    /// Tokens come from a token source (`getToken`) per call, not from `token`.
    pub token_provider: bool,
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
            token_provider: false,
        })
    }

    /// Proxy mode: no credentials; `base_url` is the partner's backend, which
    /// adds them (see `createProxyHandler`). The same shape for every API.
    pub fn proxy(base_url: &str) -> Result<Self, Error> {
        let mut config = Config::new(base_url, None, None, None, None)?;
        config.proxy = true;
        Ok(config)
    }
}

/// The Toku API as a [`crate::Api`]: its auth, reply rules and registry.
#[derive(Clone, Copy, Debug)]
pub struct TokuApi;

fn missing(option: &str, operation: &str) -> Error {
    Error::Config {
        field: option.into(),
        reason: format!("is required for {operation}"),
    }
}

impl Api for TokuApi {
    type Config = Config;
    const NAME: &'static str = "Toku";
    const ID: &'static str = "toku";
    const OPERATIONS: &'static [Operation<Self>] = &[
        <ChangeAgentStatusParams as Endpoint>::OPERATION,
        <CreateAgentParams as Endpoint>::OPERATION,
        <GetSipProvisionParams as Endpoint>::OPERATION,
        <GetRecordingParams as Endpoint>::OPERATION,
        <CreateTtsCallParams as Endpoint>::OPERATION,
        <CreateMaskedCallParams as Endpoint>::OPERATION,
        <CreateMaskingConferenceParams as Endpoint>::OPERATION,
        <JoinMaskingConferenceParams as Endpoint>::OPERATION,
        <ListOutboundCallerIdsParams as Endpoint>::OPERATION,
        <GetOutboundCallerIdParams as Endpoint>::OPERATION,
        <RequestOtpParams as Endpoint>::OPERATION,
        <VerifyTokuOtpParams as Endpoint>::OPERATION,
        <GetCallRateParams as Endpoint>::OPERATION,
        <GetCallHistoriesParams as Endpoint>::OPERATION,
        <GetCallMetricsParams as Endpoint>::OPERATION,
        <GetCallListParams as Endpoint>::OPERATION,
        <GetAfterCallSurveysParams as Endpoint>::OPERATION,
        <GetVoicemailsParams as Endpoint>::OPERATION,
        <GetPreviewDialerCallsParams as Endpoint>::OPERATION,
        <GetWrapupsParams as Endpoint>::OPERATION,
        <GetConsolidatedCallReportParams as Endpoint>::OPERATION,
        <GetDetailedIvrReportParams as Endpoint>::OPERATION,
        <IngestCallMetadataParams as Endpoint>::OPERATION,
    ];

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
        let provided = cfg.token.is_none() && cfg.token_provider;
        match auth {
            // The client's token source adds the header, per call.
            Auth::ApiAuthorization | Auth::Bearer | Auth::Default if provided => {}
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

    /// Tokens go in `api-authorization` or `Authorization` as each request
    /// documents; API-key requests take none.
    fn token_header(auth: Auth) -> Option<&'static str> {
        match auth {
            Auth::ApiKey => None,
            Auth::ApiAuthorization => Some("api-authorization"),
            Auth::Bearer | Auth::Default => Some("authorization"),
        }
    }

    fn check(resp: &HttpResponse) -> Result<Value, Error> {
        let ok = (200..300).contains(&resp.status);
        let json = resp
            .header("content-type")
            .is_none_or(|t| crate::text::contains(t, "json"));
        if ok && !json {
            return Ok(Value::Null); // binary replies (recordings) are read from the body
        }
        let body = parse_json(resp);
        match body {
            Ok(b) if ok && Self::succeeded(&&b) => Ok(b),
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

    /// `success: false` or `status: false` in a 2xx reply is a refusal.
    fn succeeded<R: crate::shape::Read>(reply: &R) -> bool {
        let is_false = |k| reply.prop(k).and_then(|v| v.boolean()) == Some(false);
        !(is_false("success") || is_false("status"))
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
        format!(
            "expected a real date as {}",
            crate::text::join(&expected, " or ")
        ),
    ))
}

/// A report page's size (`limit`): 1 to 1000 (`offset` is unsigned by type).
pub fn page_size(field: &str, limit: &u32) -> Result<(), Error> {
    v::within(field, limit, 1, 1000, "expected 1 to 1000")
}

/// Text-to-speech settings.
#[telepartner_macros::params]
pub struct TtsMessage {
    /// Text to speak.
    #[check(required)]
    pub text: String,
    /// Voice, e.g. `f` or `m`.
    #[check(required)]
    pub voice: String,
    /// Language code, e.g. `en`.
    #[check(required)]
    pub language: String,
}

crate::wire::wire_via_table!(TtsMessage);

/// Every toku operation the SDK implements (the registry), from their declarations.
pub const OPERATIONS: &[Operation<TokuApi>] = <TokuApi as Api>::OPERATIONS;

/// Sans-IO: decode `params` for the operation named `op` (JS name) and build its request.
pub fn build(op: &str, params: Value, cfg: &Config) -> Result<crate::http::HttpRequest, Error> {
    crate::endpoint::build_named::<TokuApi>(op, params, cfg)
}

/// Sans-IO: parse a reply to the operation named `op` into its typed reply (as JSON).
pub fn parse(op: &str, resp: &HttpResponse) -> Result<Value, Error> {
    crate::endpoint::parse_named::<TokuApi>(op, resp)
}
