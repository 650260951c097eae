//! The replies, typed from the collection's documented replies (saved
//! responses and "Example Response" tables): field names as documented, every
//! documented field typed, undocumented fields kept as sent (`extra`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::reply::Id;

/// A Toku reply as the collection documents it: `{ status?, success?, code?, message?, data?,
/// meta? }` around the request's `data`; undocumented fields are kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct TokuResponse<T> {
    /// `true` on success (`false` replies are errors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<bool>,
    /// `true` on success (some requests say `success` instead of `status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub success: Option<bool>,
    /// The HTTP-like code some requests repeat in the body (e.g. `201`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub code: Option<u64>,
    /// What happened, e.g. `Call initiated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub message: Option<String>,
    /// The payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub data: Option<T>,
    /// Paging facts of list replies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub meta: Option<PageMeta>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// Paging facts of a list reply: reports send `limit`, `page`, `total_pages`, `total_records`;
/// caller ids send `pagination`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PageMeta {
    /// Page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub limit: Option<u64>,
    /// This page, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page: Option<u64>,
    /// Pages in all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total_pages: Option<u64>,
    /// Rows in all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total_records: Option<u64>,
    /// Caller ids: `page_no`, `page_length`, `last_page`, `total`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pagination: Option<Pagination>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// The `meta.pagination` of the caller-id list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Pagination {
    /// This page, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page_no: Option<u64>,
    /// Page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page_length: Option<u64>,
    /// The last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub last_page: Option<u64>,
    /// Rows in all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// `data` of `createAgent`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CreatedAgent {
    /// The agent's username (account).
    pub user: String,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub full_name: Option<String>,
    /// Role id (5: agent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub role_id: Option<Id>,
    /// E-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub email: Option<String>,
    /// `Y` (active) or `N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub active: Option<String>,
    /// User id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub user_id: Option<Id>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// `data` of `getSipProvision`: a user's SIP settings. Holds passwords: do not log it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SipProvision {
    /// `username`, as documented.
    pub username: String,
    /// The SIP password (a secret: never log it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sip_password: Option<String>,
    /// `wss_link`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wss_link: Option<String>,
    /// `wss_url`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wss_url: Option<String>,
    /// `is_stun_disabled`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub is_stun_disabled: Option<bool>,
    /// `host`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub host: Option<String>,
    /// `transport`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub transport: Option<String>,
    /// Registration lifetime, seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires: Option<u64>,
    /// `proxy`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub proxy: Option<String>,
    /// `outbound_proxy_enabled`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub outbound_proxy_enabled: Option<bool>,
    /// `outbound_proxy_host`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub outbound_proxy_host: Option<String>,
    /// `outbound_proxy_transport`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub outbound_proxy_transport: Option<String>,
    /// `codec_order`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub codec_order: Option<String>,
    /// `codec_order_3g`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub codec_order_3g: Option<String>,
    /// `stun`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub stun: Option<String>,
    /// `stun_username`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub stun_username: Option<String>,
    /// The STUN password (a secret: never log it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub stun_password: Option<String>,
    /// `nat_traversal`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub nat_traversal: Option<String>,
    /// `sipis_host`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sipis_host: Option<String>,
    /// `sipis_reg_server`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sipis_reg_server: Option<String>,
    /// `sipis_host_prefix_length`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sipis_host_prefix_length: Option<u64>,
    /// `keep_alive`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub keep_alive: Option<bool>,
    /// Keep-alive period, seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub keep_alive_period: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// `data` of a programmable call (TTS, masked call, conference, join): follow it with the call
/// events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallSession {
    /// Your id for the call, echoed.
    pub reference_id: String,
    /// The session id the call events carry.
    pub session_id: String,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// An outbound caller id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallerId {
    /// Its id.
    pub id: Id,
    /// Area code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub area_code: Option<String>,
    /// The number shown.
    pub caller_id: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub description: Option<String>,
    /// The queue it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub queue_id: Option<Id>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// `data` of `requestOtp`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OtpIssued {
    /// The OTP (a secret: never log it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub otp_code: Option<String>,
    /// Seconds until it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires_in: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// `data` of `verifyOtp`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OtpVerification {
    /// Whether the OTP matched.
    pub verified: bool,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// Reply of `getCallRate` (no envelope).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallRate {
    /// Country code of the destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub country_code: Option<String>,
    /// Destination in E.164.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub full_number: Option<String>,
    /// Price category used: `custom`, `flamingo` or `az`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub source: Option<String>,
    /// The price.
    pub price_info: PriceInfo,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// The `price_info` of a call rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PriceInfo {
    /// Price per minute.
    pub price: f64,
    /// Currency code, e.g. `USD`.
    pub currency: String,
    /// `Allowed` or `Blocked`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_flag: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// One call record of `getCallHistories` (its reply is an array of them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallRecord {
    /// `lob_code`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub lob_code: Option<String>,
    /// `IN` or `OUT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_direction: Option<String>,
    /// `agent_username`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_username: Option<String>,
    /// `phone_number`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub phone_number: Option<String>,
    /// `call_start_time`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_start_time: Option<String>,
    /// `call_end_time`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_end_time: Option<String>,
    /// Seconds from connection to disconnection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_duration: Option<u64>,
    /// `recording_uuid`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub recording_uuid: Option<String>,
    /// `caller_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub caller_id: Option<String>,
    /// `raw_duration`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub raw_duration: Option<u64>,
    /// `ring_duration`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ring_duration: Option<u64>,
    /// Id of the second leg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub transaction_uuid: Option<String>,
    /// `recording_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub recording_id: Option<String>,
    /// Seconds on hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hold_duration: Option<u64>,
    /// Seconds of wrap-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wrap_up_duration: Option<u64>,
    /// `queued_at`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub queued_at: Option<String>,
    /// `start_call_at`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub start_call_at: Option<String>,
    /// Id of the first leg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_uuid: Option<String>,
    /// `queue_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub queue_id: Option<String>,
    /// `queue_name`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub queue_name: Option<String>,
    /// `originate_recording_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub originate_recording_id: Option<String>,
    /// `sf_case_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sf_case_id: Option<String>,
    /// `created_at`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<String>,
    /// `updated_at`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub updated_at: Option<String>,
    /// `transfer_origin`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub transfer_origin: Option<String>,
    /// `transfer_origin_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub transfer_origin_id: Option<String>,
    /// `originate_queue`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub originate_queue: Option<String>,
    /// `originate_queue_id`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub originate_queue_id: Option<String>,
    /// `ivr_duration`, as documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ivr_duration: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// Reply of `getCallMetrics` (no envelope; every value a string, as documented).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallMetrics {
    /// The call id.
    pub call_id: String,
    /// Q.850 outcome code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub response_code: Option<String>,
    /// Outcome text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub response_text: Option<String>,
    /// Which party released the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub release_direction: Option<String>,
    /// MOS, first direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub mos_f1: Option<String>,
    /// MOS, second direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub mos_f2: Option<String>,
    /// Adaptive MOS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub mos_adaptive: Option<String>,
    /// Audio packets sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total_packets: Option<String>,
    /// Packet loss, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub packet_loss: Option<String>,
    /// RTCP packet loss.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub packet_loss_rtcp: Option<String>,
    /// Maximum RTCP jitter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_jitter_rtcp: Option<String>,
    /// Latency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub latency: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getCallList`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallListRow {
    /// Recording id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub recording_id: Option<String>,
    /// Caller number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub phone_no: Option<String>,
    /// The DID called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub inbound_did: Option<String>,
    /// When (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub datetime: Option<String>,
    /// Seconds in the IVR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ivr_duration: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// One answer of an after-call survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SurveyAnswer {
    /// Option id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub option_id: Option<Id>,
    /// The answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub answer: Option<String>,
    /// Question number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub question_sequence: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getAfterCallSurveys`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AfterCallSurvey {
    /// Line of business.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub line_of_business_id: Option<Id>,
    /// Recording id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub recording_id: Option<String>,
    /// Survey status, e.g. `completed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<String>,
    /// When the survey started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub survey_start_at: Option<String>,
    /// Caller id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub caller_id: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub phone_number: Option<String>,
    /// `inbound` or `outbound`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub r#type: Option<String>,
    /// Agent username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub user: Option<String>,
    /// Call start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub start_call_at: Option<String>,
    /// Call end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub end_call_at: Option<String>,
    /// Queue id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub queue_id: Option<String>,
    /// Queue name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub queue_name: Option<String>,
    /// Reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ref_id: Option<String>,
    /// Agent e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_email: Option<String>,
    /// Agent id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_id: Option<String>,
    /// Agent name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_name: Option<String>,
    /// The answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub questions: Option<Vec<SurveyAnswer>>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getVoicemails`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Voicemail {
    /// Interaction id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub interaction_id: Option<String>,
    /// Voicemail id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub voicemail_id: Option<String>,
    /// Who called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub caller_number: Option<String>,
    /// The number called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub called_number: Option<String>,
    /// Inbox.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub inbox_name: Option<String>,
    /// When it was saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub voicemail_saved_at: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getPreviewDialerCalls`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PreviewDialerCall {
    /// Campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub campaign: Option<String>,
    /// `Successful` or `Unsuccessful`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_status: Option<String>,
    /// E.g. `Successful: Close`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub detailed_status: Option<String>,
    /// Interaction id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub interaction_id: Option<String>,
    /// Call id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_uuid: Option<String>,
    /// Created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<String>,
    /// Updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub updated_at: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getWrapups`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Wrapup {
    /// Start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wrap_up_start_time: Option<String>,
    /// End.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wrap_up_end_time: Option<String>,
    /// Call type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_type: Option<String>,
    /// Category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_category: Option<String>,
    /// Agent notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub notes: Option<String>,
    /// Seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wrap_up_duration: Option<u64>,
    /// Interaction id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub interaction_id: Option<String>,
    /// Call id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub call_uuid: Option<String>,
    /// Recording id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub recording_id: Option<String>,
    /// Agent username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_username: Option<String>,
    /// Agent name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_name: Option<String>,
    /// Agent e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub agent_email: Option<String>,
    /// Created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<String>,
    /// Updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub updated_at: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getConsolidatedCallReport`, grouped by `key`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ConsolidatedCallRow {
    /// The grouping value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub key: Option<String>,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub value: Option<String>,
    /// Contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub q_contacts: Option<u64>,
    /// Transfers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub q_transfers: Option<u64>,
    /// Average transfer rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub prom_transfer: Option<f64>,
    /// Average duration, seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub prom_duration: Option<f64>,
    /// Satisfaction with resolution, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub p_psat_reso: Option<f64>,
    /// Resolution, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub p_resolution: Option<f64>,
    /// Kindness, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub p_kindness: Option<f64>,
    /// Response rate, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub p_rr: Option<f64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}

/// A row of `getDetailedIvrReport`, grouped by `key`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DetailedIvrRow {
    /// The grouping value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub key: Option<String>,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub value: Option<String>,
    /// Calls that entered the IVR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total_calls: Option<u64>,
    /// Calls that completed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub completed_ivr: Option<u64>,
    /// Calls abandoned in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub abandoned_ivr: Option<u64>,
    /// Completion, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub completion_rate: Option<f64>,
    /// Abandon rate, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub abandon_rate: Option<f64>,
    /// Average seconds in the IVR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub avg_ivr_duration: Option<f64>,
    /// Transferred to an agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub transferred_to_agent: Option<u64>,
    /// Completed by self-service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub self_service_completed: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "{ [key: string]: JsonValue | undefined }")
    )]
    pub extra: Map<String, Value>,
}
