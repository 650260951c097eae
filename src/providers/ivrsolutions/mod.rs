//! IVR Solutions partner API (`/partnerclients/...`): Bearer partner key,
//! `{status, message, data}` replies.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::endpoint::{decode_json, Provider as ProviderTrait};
use crate::error::{excerpt, Error};
use crate::http::HttpResponse;
use crate::secret::Secret;

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
pub use types::{DayHours, Flag, WorkingHours};
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
        Ok(Config {
            api_key,
            base_url,
        })
    }

    /// Proxy mode: no key; `base_url` is the partner's backend (see `createProxyHandler`).
    pub fn proxy(base_url: &str) -> Result<Self, Error> {
        Ok(Config {
            api_key: None,
            base_url: crate::config::base_url(base_url)?,
        })
    }
}

/// The IVR Solutions API as a [`crate::Provider`].
#[derive(Clone, Copy, Debug)]
pub struct Provider;

impl ProviderTrait for Provider {
    type Config = Config;
    const NAME: &'static str = "IVR Solutions";

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
        let mut value = match decode_json::<Value>(resp) {
            Ok(v) => v,
            Err(_) if !ok => return Err(api_error(resp.status, None, resp)),
            Err(e) => return Err(e),
        };
        if !ok {
            return Err(api_error(resp.status, Some(&value), resp));
        }
        if let Some(s) = value
            .get("status")
            .and_then(status_of)
            .filter(|s| *s >= 400)
        {
            return Err(api_error(s, Some(&value), resp));
        }
        if let Value::Object(map) = &mut value {
            map.entry("status").or_insert(Value::from(resp.status));
            map.entry("message").or_insert(Value::from(""));
        }
        Ok(value)
    }
}

fn status_of(v: &Value) -> Option<u16> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
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

/// Every IVR Solutions reply: `{ status, message, data }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct IvrResponse<T> {
    /// The status the server put in the envelope (mirrors the HTTP status;
    /// the HTTP status when the envelope has none).
    #[serde(deserialize_with = "lenient_status")]
    pub status: u16,
    /// Human-readable outcome, e.g. `OTP sent to email and mobile` (empty when absent).
    pub message: String,
    /// The payload; its shape varies by operation.
    pub data: T,
}

/// A payload the spec leaves open: any JSON value.
pub type OpenData = Value;

fn lenient_status<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let v = Value::deserialize(d)?;
    status_of(&v).ok_or_else(|| serde::de::Error::custom("expected an HTTP status code"))
}

/// Calls `$m!` with the list of every IVR Solutions operation:
/// `(rust_method, "jsName", ParamsType [optional], "TS return type", "JS doc")`;
/// `optional` marks operations whose params may be omitted.
/// The one list behind the JS class, the sans-IO dispatch and the coverage tests.
#[macro_export]
macro_rules! for_each_ivr_operation {
    ($m:ident $(, $($args:tt)*)?) => {
        $m! {
            $($($args)*;)?
            (register, "register", RegisterParams, "Promise<IvrResponse<RegisterData>>", "Register a client (step 1): sends e-mail and mobile OTPs and returns a `request_id`."),
            (verify_otp, "verifyOtp", VerifyOtpParams, "Promise<IvrResponse<JsonValue>>", "Verify the e-mail and mobile OTPs (step 2)."),
            (resend_otp, "resendOtp", ResendOtpParams, "Promise<IvrResponse<JsonValue>>", "Resend a registration OTP (`type`: email, mobile or both)."),
            (verify_pan, "verifyPan", VerifyPanParams, "Promise<IvrResponse<JsonValue>>", "Verify the business PAN (KYC step 3a)."),
            (aadhar_otp, "aadharOtp", AadharOtpParams, "Promise<IvrResponse<JsonValue>>", "Send an Aadhaar OTP (KYC step 3b)."),
            (aadhar_verify, "aadharVerify", AadharVerifyParams, "Promise<IvrResponse<JsonValue>>", "Verify the Aadhaar OTP with the `ref` from `aadharOtp` (KYC step 3c)."),
            (verify_gst, "verifyGst", VerifyGstParams, "Promise<IvrResponse<JsonValue>>", "Verify the GSTIN (KYC step 3d)."),
            (skip_gst, "skipGst", SkipGstParams, "Promise<IvrResponse<JsonValue>>", "Skip GST verification for a client without a GSTIN."),
            (preview_kyc, "previewKyc", PreviewKycParams, "Promise<IvrResponse<JsonValue>>", "Preview the collected KYC data (read-only, retried on transient errors)."),
            (accept_kyc, "acceptKyc", AcceptKycParams, "Promise<IvrResponse<JsonValue>>", "Accept the KYC and create the live client (step 4)."),
            (clients, "clients", ClientsParams optional, "Promise<IvrResponse<JsonValue>>", "List every client of the partner account."),
            (client, "client", ClientParams, "Promise<IvrResponse<JsonValue>>", "Get one client's profile by `client_id`."),
            (update_status, "updateStatus", UpdateStatusParams, "Promise<IvrResponse<JsonValue>>", "Activate (`\"1\"`) or deactivate (`\"0\"`) a client."),
            (pending, "pending", PendingParams optional, "Promise<IvrResponse<JsonValue>>", "List registrations that have not completed KYC."),
            (did_regions, "didRegions", DidRegionsParams optional, "Promise<IvrResponse<JsonValue>>", "List the regions where DID numbers are available."),
            (search_dids, "searchDids", SearchDidsParams, "Promise<IvrResponse<JsonValue>>", "Search DID numbers available to a client (read-only, retried on transient errors)."),
            (buy_did, "buyDid", BuyDidParams, "Promise<IvrResponse<JsonValue>>", "Buy a DID and assign it to a client (never retried)."),
            (remove_did, "removeDid", RemoveDidParams, "Promise<IvrResponse<JsonValue>>", "Remove (unlink) a DID from a client."),
            (client_dids, "clientDids", ClientDidsParams, "Promise<IvrResponse<JsonValue>>", "List a client's DIDs and their status."),
            (add_agent, "addAgent", AddAgentParams, "Promise<IvrResponse<JsonValue>>", "Add an agent to a client."),
            (edit_agent, "editAgent", EditAgentParams, "Promise<IvrResponse<JsonValue>>", "Edit an agent (the spec requires name, email, phonenumber and password)."),
            (delete_agent, "deleteAgent", DeleteAgentParams, "Promise<IvrResponse<JsonValue>>", "Deactivate an agent (status set to 0)."),
            (update_agent_did, "updateAgentDid", UpdateAgentDidParams, "Promise<IvrResponse<JsonValue>>", "Assign a DID to an agent by extension."),
            (create_basic_flow, "createBasicFlow", CreateBasicFlowParams, "Promise<IvrResponse<JsonValue>>", "Create a basic call flow that rings an agent."),
            (edit_basic_flow, "editBasicFlow", EditBasicFlowParams, "Promise<IvrResponse<JsonValue>>", "Edit a basic call flow."),
            (map_flow_did, "mapFlowDid", MapFlowDidParams, "Promise<IvrResponse<JsonValue>>", "Route a DID to a call flow."),
            (create_wss_bot, "createWssBot", CreateWssBotParams, "Promise<IvrResponse<JsonValue>>", "Create a WSS voice bot, or update one when `id` is given."),
            (get_wss_bots, "getWssBots", GetWssBotsParams, "Promise<IvrResponse<JsonValue>>", "List a client's WSS voice bots."),
            (get_wss_bot, "getWssBot", GetWssBotParams, "Promise<IvrResponse<JsonValue>>", "Get one WSS voice bot."),
            (delete_wss_bot, "deleteWssBot", DeleteWssBotParams, "Promise<IvrResponse<JsonValue>>", "Delete a WSS voice bot."),
            (get_did_schedule, "getDidSchedule", GetDidScheduleParams, "Promise<IvrResponse<JsonValue>>", "Get a DID's working hours, time zone and holidays."),
            (set_did_schedule, "setDidSchedule", SetDidScheduleParams, "Promise<IvrResponse<JsonValue>>", "Set a DID's working hours and time zone."),
            (add_did_holiday, "addDidHoliday", AddDidHolidayParams, "Promise<IvrResponse<JsonValue>>", "Add a holiday to a DID."),
            (delete_did_holiday, "deleteDidHoliday", DeleteDidHolidayParams, "Promise<IvrResponse<JsonValue>>", "Delete a holiday from a DID."),
            (link_whatsapp_did, "linkWhatsappDid", LinkWhatsappDidParams, "Promise<IvrResponse<JsonValue>>", "Link a WhatsApp Business number."),
            (get_whatsapp_dids, "getWhatsappDids", GetWhatsappDidsParams, "Promise<IvrResponse<JsonValue>>", "List a client's WhatsApp numbers."),
            (delete_whatsapp_did, "deleteWhatsappDid", DeleteWhatsappDidParams, "Promise<IvrResponse<JsonValue>>", "Unlink a WhatsApp number."),
            (set_whatsapp_schedule, "setWhatsappSchedule", SetWhatsappScheduleParams, "Promise<IvrResponse<JsonValue>>", "Set when a WhatsApp number is active."),
            (get_whatsapp_schedule, "getWhatsappSchedule", GetWhatsappScheduleParams, "Promise<IvrResponse<JsonValue>>", "Get a WhatsApp number's schedule and holidays."),
            (add_whatsapp_holiday, "addWhatsappHoliday", AddWhatsappHolidayParams, "Promise<IvrResponse<JsonValue>>", "Add a holiday to a WhatsApp number."),
            (delete_whatsapp_holiday, "deleteWhatsappHoliday", DeleteWhatsappHolidayParams, "Promise<IvrResponse<JsonValue>>", "Delete a holiday from a WhatsApp number."),
            (wallet_transactions, "walletTransactions", WalletTransactionsParams, "Promise<IvrResponse<JsonValue>>", "Page through a client's wallet transactions."),
            (wallet_balance, "walletBalance", WalletBalanceParams, "Promise<IvrResponse<JsonValue>>", "Get a client's wallet balance and expiry."),
            (get_agent_schedule, "getAgentSchedule", GetAgentScheduleParams, "Promise<IvrResponse<JsonValue>>", "Get an agent's working hours and time zone."),
            (set_agent_schedule, "setAgentSchedule", SetAgentScheduleParams, "Promise<IvrResponse<JsonValue>>", "Set when calls route to an agent."),
            (update_agent_availability, "updateAgentAvailability", UpdateAgentAvailabilityParams, "Promise<IvrResponse<JsonValue>>", "Put an agent online (\"1\") or offline (\"0\")."),
            (get_agents_availability, "getAgentsAvailability", GetAgentsAvailabilityParams, "Promise<IvrResponse<JsonValue>>", "List a client's agents with their availability."),
            (add_client_credits, "addClientCredits", AddClientCreditsParams, "Promise<IvrResponse<JsonValue>>", "Add credits and/or extend a client's validity (never retried: a retry could credit twice)."),
            (click_connect, "clickConnect", ClickConnectParams, "Promise<IvrResponse<JsonValue>>", "Click-connect number masking: bridge two parties over your DID (no published contract: see ClickConnectParams)."),
        }
    };
}

pub use crate::endpoint::OperationInfo;

for_each_ivr_operation!(operation_table);
