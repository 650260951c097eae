//! IVR Solutions partner API (`/partnerclients/...`): Bearer partner key,
//! `{status, message, data}` replies.

use crate::json::Value;
use serde::{Deserialize, Deserializer};
use telepartner_macros::reply;

use crate::endpoint::{parse_json, Api, Endpoint, Operation};
use crate::error::{excerpt, Error};
use crate::http::HttpResponse;
use crate::secret::Secret;
use crate::shape::{Kind, Read};

pub mod agent_schedule;
pub mod agents;
pub mod bots;
pub mod clients;
pub mod did_schedule;
pub mod dids;
pub mod flows;
pub mod masking;
pub mod onboarding;
pub mod types;
pub mod wallet;
pub mod whatsapp;

pub use agent_schedule::*;
pub use agents::*;
pub use bots::*;
pub use clients::*;
pub use did_schedule::*;
pub use dids::*;
pub use flows::*;
pub use masking::*;
pub use onboarding::*;
pub use types::{DayHours, Flag, Schedule, WorkingHours};
pub use wallet::*;
pub use whatsapp::*;

/// The production base URL from the spec.
pub const DEFAULT_BASE_URL: &str = "https://api.ivrsolutions.in";

/// Credentials and base URL for IVR Solutions.
#[derive(Clone, Debug)]
pub struct Config {
    /// The partner API key, sent as `Authorization: Bearer <key>`; `None` in
    /// proxy mode (calls go to the partner's backend, which adds the key).
    pub api_key: Option<Secret>,
    /// Base URL without a trailing slash.
    pub base_url: String,
}

impl Config {
    /// A config for `api_key` against `base_url` (default: production).
    pub fn new(api_key: impl Into<String>, base_url: Option<&str>) -> Result<Self, Error> {
        let api_key = crate::config::credential("apiKey", Some(api_key.into()))?;
        let base_url = crate::config::base_url(base_url.unwrap_or(DEFAULT_BASE_URL))?;
        Ok(Config { api_key, base_url })
    }

    /// Proxy mode: no key; `base_url` is the partner's backend (see `createProxyHandler`).
    pub fn proxy(base_url: &str) -> Result<Self, Error> {
        Ok(Config {
            api_key: None,
            base_url: crate::config::base_url(base_url)?,
        })
    }
}

/// The IVR Solutions API as a [`crate::Api`]: its auth, reply rules and registry.
#[derive(Clone, Copy, Debug)]
pub struct IvrSolutionsApi;

impl Api for IvrSolutionsApi {
    type Config = Config;
    const NAME: &'static str = "IVR Solutions";
    const ID: &'static str = "ivrsolutions";
    const OPERATIONS: &'static [Operation<Self>] = &[
        <RegisterParams as Endpoint>::OPERATION,
        <VerifyOtpParams as Endpoint>::OPERATION,
        <ResendOtpParams as Endpoint>::OPERATION,
        <VerifyPanParams as Endpoint>::OPERATION,
        <AadharOtpParams as Endpoint>::OPERATION,
        <AadharVerifyParams as Endpoint>::OPERATION,
        <VerifyGstParams as Endpoint>::OPERATION,
        <SkipGstParams as Endpoint>::OPERATION,
        <PreviewKycParams as Endpoint>::OPERATION,
        <AcceptKycParams as Endpoint>::OPERATION,
        <ClientsParams as Endpoint>::OPERATION,
        <ClientParams as Endpoint>::OPERATION,
        <UpdateStatusParams as Endpoint>::OPERATION,
        <PendingParams as Endpoint>::OPERATION,
        <DidRegionsParams as Endpoint>::OPERATION,
        <SearchDidsParams as Endpoint>::OPERATION,
        <BuyDidParams as Endpoint>::OPERATION,
        <RemoveDidParams as Endpoint>::OPERATION,
        <ClientDidsParams as Endpoint>::OPERATION,
        <AddAgentParams as Endpoint>::OPERATION,
        <EditAgentParams as Endpoint>::OPERATION,
        <DeleteAgentParams as Endpoint>::OPERATION,
        <UpdateAgentDidParams as Endpoint>::OPERATION,
        <CreateBasicFlowParams as Endpoint>::OPERATION,
        <EditBasicFlowParams as Endpoint>::OPERATION,
        <MapFlowDidParams as Endpoint>::OPERATION,
        <CreateWssBotParams as Endpoint>::OPERATION,
        <GetWssBotsParams as Endpoint>::OPERATION,
        <GetWssBotParams as Endpoint>::OPERATION,
        <DeleteWssBotParams as Endpoint>::OPERATION,
        <GetDidScheduleParams as Endpoint>::OPERATION,
        <SetDidScheduleParams as Endpoint>::OPERATION,
        <AddDidHolidayParams as Endpoint>::OPERATION,
        <DeleteDidHolidayParams as Endpoint>::OPERATION,
        <LinkWhatsappDidParams as Endpoint>::OPERATION,
        <GetWhatsappDidsParams as Endpoint>::OPERATION,
        <DeleteWhatsappDidParams as Endpoint>::OPERATION,
        <SetWhatsappScheduleParams as Endpoint>::OPERATION,
        <GetWhatsappScheduleParams as Endpoint>::OPERATION,
        <AddWhatsappHolidayParams as Endpoint>::OPERATION,
        <DeleteWhatsappHolidayParams as Endpoint>::OPERATION,
        <WalletTransactionsParams as Endpoint>::OPERATION,
        <WalletBalanceParams as Endpoint>::OPERATION,
        <GetAgentScheduleParams as Endpoint>::OPERATION,
        <SetAgentScheduleParams as Endpoint>::OPERATION,
        <UpdateAgentAvailabilityParams as Endpoint>::OPERATION,
        <GetAgentsAvailabilityParams as Endpoint>::OPERATION,
        <AddClientCreditsParams as Endpoint>::OPERATION,
        <ClickConnectParams as Endpoint>::OPERATION,
    ];

    fn base_url(cfg: &Config) -> &str {
        &cfg.base_url
    }

    fn auth_headers(
        cfg: &Config,
        _: crate::endpoint::Auth,
        _: &str,
        headers: &mut Vec<(String, String)>,
    ) -> Result<(), Error> {
        if let Some(key) = &cfg.api_key {
            headers.push(("authorization".into(), format!("Bearer {}", key.expose())));
        }
        Ok(())
    }

    fn check(resp: &HttpResponse) -> Result<Value, Error> {
        let ok = (200..300).contains(&resp.status);
        let mut value = match parse_json(resp) {
            Ok(v) => v,
            Err(_) if !ok => return Err(api_error(resp.status, None, resp)),
            Err(e) => return Err(e),
        };
        if !ok {
            return Err(api_error(resp.status, Some(&value), resp));
        }
        if let Some(s) = failed_status(&&value) {
            return Err(api_error(s, Some(&value), resp));
        }
        let status = settled_status(&&value, resp.status);
        if let Value::Object(map) = &mut value {
            // The envelope as `IvrResponse` types it: a numeric status (the
            // HTTP status when absent), a message.
            map.insert("status".to_owned(), Value::from(status));
            map.entry("message").or_insert(Value::from(""));
        }
        Ok(value)
    }

    fn succeeded<R: Read>(reply: &R) -> bool {
        failed_status(reply).is_none()
    }

    #[cfg(target_arch = "wasm32")]
    fn settle_parsed(reply: &wasm_bindgen::JsValue, resp: &HttpResponse) {
        // What `check` does to the envelope, on the engine's object.
        if reply.kind() == Kind::Object {
            let status = settled_status(reply, resp.status);
            crate::js::set(reply, "status", &status.into());
            if reply.prop("message").is_none() {
                crate::js::set(reply, "message", &"".into());
            }
        }
    }
}

/// The envelope's status as `IvrResponse` types it: its own, else the HTTP status.
fn settled_status<R: Read>(reply: &R, http: u16) -> u16 {
    reply.prop("status").and_then(status_of).unwrap_or(http)
}

/// An envelope whose `status` says the call failed (400 or more), though the HTTP status did not.
fn failed_status<R: Read>(reply: &R) -> Option<u16> {
    reply
        .prop("status")
        .and_then(status_of)
        .filter(|s| *s >= 400)
}

/// The envelope's status: a number, or a numeric string (`"200"`).
fn status_of<R: Read>(v: R) -> Option<u16> {
    match v.kind() {
        Kind::Number(true) => v
            .number()
            .filter(|n| (0.0..=f64::from(u16::MAX)).contains(n))
            .map(|n| n as u16),
        Kind::String => v.string()?.trim().parse().ok(),
        _ => None,
    }
}

fn api_error(status: u16, body: Option<&Value>, resp: &HttpResponse) -> Error {
    let message = body
        .and_then(|b| b.get("message"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| format!("HTTP {status} from IVR Solutions"));
    Error::Api {
        status,
        code: None,
        message,
        request_id: resp.header("x-request-id").map(str::to_owned),
        correlation_id: None,
        transaction_id: None,
        body: excerpt(&resp.body),
    }
}

/// Every IVR Solutions reply: `{ status, message, data? }` (the spec's
/// `PartnerResponse`, which does not require `data`).
#[reply]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct IvrResponse<T> {
    /// The status the server put in the envelope (mirrors the HTTP status;
    /// the HTTP status when the envelope has none).
    #[serde(deserialize_with = "lenient_status")]
    pub status: u16,
    /// Human-readable outcome, e.g. `OTP sent to email and mobile` (empty when absent).
    pub message: String,
    /// The payload; its shape varies by operation (absent on some replies,
    /// e.g. `{"status":200,"message":"Agent deleted"}`).
    pub data: Option<T>,
}

/// A payload the spec leaves open: any JSON value.
pub type OpenData = Value;

fn lenient_status<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let v = Value::deserialize(d)?;
    status_of(&v).ok_or_else(|| serde::de::Error::custom("expected an HTTP status code"))
}

/// Every ivrsolutions operation the SDK implements (the registry), from their declarations.
pub const OPERATIONS: &[Operation<IvrSolutionsApi>] = <IvrSolutionsApi as Api>::OPERATIONS;

/// Sans-IO: decode `params` for the operation named `op` (JS name) and build its request.
pub fn build(op: &str, params: Value, cfg: &Config) -> Result<crate::http::HttpRequest, Error> {
    crate::endpoint::build_named::<IvrSolutionsApi>(op, params, cfg)
}

/// Sans-IO: parse a reply to the operation named `op` into its typed reply (as JSON).
pub fn parse(op: &str, resp: &HttpResponse) -> Result<Value, Error> {
    crate::endpoint::parse_named::<IvrSolutionsApi>(op, resp)
}
