//! The replies, typed from the collection's documented replies (saved
//! responses and "Example Response" tables): field names as documented, every
//! documented field typed, undocumented fields kept as sent (`extra`).

use crate::json::{Map, Value};
use serde::Deserialize;
use telepartner_macros::reply;

use crate::reply::Id;

/// A Toku reply as the collection documents it: `{ status?, success?, code?, message?, data?,
/// meta? }` around the request's `data`; undocumented fields are kept.
#[reply]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct TokuResponse<T> {
    /// `true` on success (`false` replies are errors).
    pub status: Option<bool>,
    /// `true` on success (some requests say `success` instead of `status`).
    pub success: Option<bool>,
    /// The HTTP-like code some requests repeat in the body (e.g. `201`).
    pub code: Option<u64>,
    /// What happened, e.g. `Call initiated`.
    pub message: Option<String>,
    /// The payload.
    pub data: Option<T>,
    /// Paging facts of list replies.
    pub meta: Option<PageMeta>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Paging facts of a list reply: reports send `limit`, `page`, `total_pages`, `total_records`;
/// caller ids send `pagination`.
#[reply]
pub struct PageMeta {
    /// Page size.
    pub limit: Option<u64>,
    /// This page, from 1.
    pub page: Option<u64>,
    /// Pages in all.
    pub total_pages: Option<u64>,
    /// Rows in all.
    pub total_records: Option<u64>,
    /// Caller ids: `page_no`, `page_length`, `last_page`, `total`.
    pub pagination: Option<Pagination>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `meta.pagination` of the caller-id list.
#[reply]
pub struct Pagination {
    /// This page, from 1.
    pub page_no: Option<u64>,
    /// Page size.
    pub page_length: Option<u64>,
    /// The last page.
    pub last_page: Option<u64>,
    /// Rows in all.
    pub total: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `data` of `createAgent`.
#[reply]
pub struct CreatedAgent {
    /// The agent's username (account).
    pub user: String,
    /// Full name.
    pub full_name: Option<String>,
    /// Role id (5: agent).
    pub role_id: Option<Id>,
    /// E-mail.
    pub email: Option<String>,
    /// `Y` (active) or `N`.
    pub active: Option<String>,
    /// User id.
    pub user_id: Option<Id>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `data` of `getSipProvision`: a user's SIP settings. Holds passwords: do not log it.
#[reply]
pub struct SipProvision {
    /// `username`, as documented.
    pub username: String,
    /// The SIP password (a secret: never log it).
    pub sip_password: Option<String>,
    /// `wss_link`, as documented.
    pub wss_link: Option<String>,
    /// `wss_url`, as documented.
    pub wss_url: Option<String>,
    /// `is_stun_disabled`, as documented.
    pub is_stun_disabled: Option<bool>,
    /// `host`, as documented.
    pub host: Option<String>,
    /// `transport`, as documented.
    pub transport: Option<String>,
    /// Registration lifetime, seconds.
    pub expires: Option<u64>,
    /// `proxy`, as documented.
    pub proxy: Option<String>,
    /// `outbound_proxy_enabled`, as documented.
    pub outbound_proxy_enabled: Option<bool>,
    /// `outbound_proxy_host`, as documented.
    pub outbound_proxy_host: Option<String>,
    /// `outbound_proxy_transport`, as documented.
    pub outbound_proxy_transport: Option<String>,
    /// `codec_order`, as documented.
    pub codec_order: Option<String>,
    /// `codec_order_3g`, as documented.
    pub codec_order_3g: Option<String>,
    /// `stun`, as documented.
    pub stun: Option<String>,
    /// `stun_username`, as documented.
    pub stun_username: Option<String>,
    /// The STUN password (a secret: never log it).
    pub stun_password: Option<String>,
    /// `nat_traversal`, as documented.
    pub nat_traversal: Option<String>,
    /// `sipis_host`, as documented.
    pub sipis_host: Option<String>,
    /// `sipis_reg_server`, as documented.
    pub sipis_reg_server: Option<String>,
    /// `sipis_host_prefix_length`, as documented.
    pub sipis_host_prefix_length: Option<u64>,
    /// `keep_alive`, as documented.
    pub keep_alive: Option<bool>,
    /// Keep-alive period, seconds.
    pub keep_alive_period: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `data` of a programmable call (TTS, masked call, conference, join): follow it with the call
/// events.
#[reply]
pub struct CallSession {
    /// Your id for the call, echoed.
    pub reference_id: String,
    /// The session id the call events carry.
    pub session_id: String,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An outbound caller id.
#[reply]
pub struct CallerId {
    /// Its id.
    pub id: Id,
    /// Area code.
    pub area_code: Option<String>,
    /// The number shown.
    pub caller_id: String,
    /// Description.
    pub description: Option<String>,
    /// The queue it belongs to.
    pub queue_id: Option<Id>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `data` of `requestOtp`.
#[reply]
pub struct OtpIssued {
    /// The OTP (a secret: never log it).
    pub otp_code: Option<String>,
    /// Seconds until it expires.
    pub expires_in: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `data` of `verifyOtp`.
#[reply]
pub struct OtpVerification {
    /// Whether the OTP matched.
    pub verified: bool,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Reply of `getCallRate` (no envelope).
#[reply]
pub struct CallRate {
    /// Country code of the destination.
    pub country_code: Option<String>,
    /// Destination in E.164.
    pub full_number: Option<String>,
    /// Price category used: `custom`, `flamingo` or `az`.
    pub source: Option<String>,
    /// The price.
    pub price_info: PriceInfo,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `price_info` of a call rate.
#[reply]
pub struct PriceInfo {
    /// Price per minute.
    pub price: f64,
    /// Currency code, e.g. `USD`.
    pub currency: String,
    /// `Allowed` or `Blocked`.
    pub call_flag: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One call record of `getCallHistories` (its reply is an array of them).
#[reply]
pub struct CallRecord {
    /// `lob_code`, as documented.
    pub lob_code: Option<String>,
    /// `IN` or `OUT`.
    pub call_direction: Option<String>,
    /// `agent_username`, as documented.
    pub agent_username: Option<String>,
    /// `phone_number`, as documented.
    pub phone_number: Option<String>,
    /// `call_start_time`, as documented.
    pub call_start_time: Option<String>,
    /// `call_end_time`, as documented.
    pub call_end_time: Option<String>,
    /// Seconds from connection to disconnection.
    pub call_duration: Option<u64>,
    /// `recording_uuid`, as documented.
    pub recording_uuid: Option<String>,
    /// `caller_id`, as documented.
    pub caller_id: Option<String>,
    /// `raw_duration`, as documented.
    pub raw_duration: Option<u64>,
    /// `ring_duration`, as documented.
    pub ring_duration: Option<u64>,
    /// Id of the second leg.
    pub transaction_uuid: Option<String>,
    /// `recording_id`, as documented.
    pub recording_id: Option<String>,
    /// Seconds on hold.
    pub hold_duration: Option<u64>,
    /// Seconds of wrap-up.
    pub wrap_up_duration: Option<u64>,
    /// `queued_at`, as documented.
    pub queued_at: Option<String>,
    /// `start_call_at`, as documented.
    pub start_call_at: Option<String>,
    /// Id of the first leg.
    pub call_uuid: Option<String>,
    /// `queue_id`, as documented.
    pub queue_id: Option<String>,
    /// `queue_name`, as documented.
    pub queue_name: Option<String>,
    /// `originate_recording_id`, as documented.
    pub originate_recording_id: Option<String>,
    /// `sf_case_id`, as documented.
    pub sf_case_id: Option<String>,
    /// `created_at`, as documented.
    pub created_at: Option<String>,
    /// `updated_at`, as documented.
    pub updated_at: Option<String>,
    /// `transfer_origin`, as documented.
    pub transfer_origin: Option<String>,
    /// `transfer_origin_id`, as documented.
    pub transfer_origin_id: Option<String>,
    /// `originate_queue`, as documented.
    pub originate_queue: Option<String>,
    /// `originate_queue_id`, as documented.
    pub originate_queue_id: Option<String>,
    /// `ivr_duration`, as documented.
    pub ivr_duration: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Reply of `getCallMetrics` (no envelope; every value a string, as documented).
#[reply]
pub struct CallMetrics {
    /// The call id.
    pub call_id: String,
    /// Q.850 outcome code.
    pub response_code: Option<String>,
    /// Outcome text.
    pub response_text: Option<String>,
    /// Which party released the call.
    pub release_direction: Option<String>,
    /// MOS, first direction.
    pub mos_f1: Option<String>,
    /// MOS, second direction.
    pub mos_f2: Option<String>,
    /// Adaptive MOS.
    pub mos_adaptive: Option<String>,
    /// Audio packets sent.
    pub total_packets: Option<String>,
    /// Packet loss, percent.
    pub packet_loss: Option<String>,
    /// RTCP packet loss.
    pub packet_loss_rtcp: Option<String>,
    /// Maximum RTCP jitter.
    pub max_jitter_rtcp: Option<String>,
    /// Latency.
    pub latency: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getCallList`.
#[reply]
pub struct CallListRow {
    /// Recording id.
    pub recording_id: Option<String>,
    /// Caller number.
    pub phone_no: Option<String>,
    /// The DID called.
    pub inbound_did: Option<String>,
    /// When (UTC).
    pub datetime: Option<String>,
    /// Seconds in the IVR.
    pub ivr_duration: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One answer of an after-call survey.
#[reply]
pub struct SurveyAnswer {
    /// Option id.
    pub option_id: Option<Id>,
    /// The answer.
    pub answer: Option<String>,
    /// Question number.
    pub question_sequence: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getAfterCallSurveys`.
#[reply]
pub struct AfterCallSurvey {
    /// Line of business.
    pub line_of_business_id: Option<Id>,
    /// Recording id.
    pub recording_id: Option<String>,
    /// Survey status, e.g. `completed`.
    pub status: Option<String>,
    /// When the survey started.
    pub survey_start_at: Option<String>,
    /// Caller id.
    pub caller_id: Option<String>,
    /// Phone number.
    pub phone_number: Option<String>,
    /// `inbound` or `outbound`.
    pub r#type: Option<String>,
    /// Agent username.
    pub user: Option<String>,
    /// Call start.
    pub start_call_at: Option<String>,
    /// Call end.
    pub end_call_at: Option<String>,
    /// Queue id.
    pub queue_id: Option<String>,
    /// Queue name.
    pub queue_name: Option<String>,
    /// Reference.
    pub ref_id: Option<String>,
    /// Agent e-mail.
    pub agent_email: Option<String>,
    /// Agent id.
    pub agent_id: Option<String>,
    /// Agent name.
    pub agent_name: Option<String>,
    /// The answers.
    pub questions: Option<Vec<SurveyAnswer>>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getVoicemails`.
#[reply]
pub struct Voicemail {
    /// Interaction id.
    pub interaction_id: Option<String>,
    /// Voicemail id.
    pub voicemail_id: Option<String>,
    /// Who called.
    pub caller_number: Option<String>,
    /// The number called.
    pub called_number: Option<String>,
    /// Inbox.
    pub inbox_name: Option<String>,
    /// When it was saved.
    pub voicemail_saved_at: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getPreviewDialerCalls`.
#[reply]
pub struct PreviewDialerCall {
    /// Campaign.
    pub campaign: Option<String>,
    /// `Successful` or `Unsuccessful`.
    pub call_status: Option<String>,
    /// E.g. `Successful: Close`.
    pub detailed_status: Option<String>,
    /// Interaction id.
    pub interaction_id: Option<String>,
    /// Call id.
    pub call_uuid: Option<String>,
    /// Created.
    pub created_at: Option<String>,
    /// Updated.
    pub updated_at: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getWrapups`.
#[reply]
pub struct Wrapup {
    /// Start.
    pub wrap_up_start_time: Option<String>,
    /// End.
    pub wrap_up_end_time: Option<String>,
    /// Call type.
    pub call_type: Option<String>,
    /// Category.
    pub call_category: Option<String>,
    /// Agent notes.
    pub notes: Option<String>,
    /// Seconds.
    pub wrap_up_duration: Option<u64>,
    /// Interaction id.
    pub interaction_id: Option<String>,
    /// Call id.
    pub call_uuid: Option<String>,
    /// Recording id.
    pub recording_id: Option<String>,
    /// Agent username.
    pub agent_username: Option<String>,
    /// Agent name.
    pub agent_name: Option<String>,
    /// Agent e-mail.
    pub agent_email: Option<String>,
    /// Created.
    pub created_at: Option<String>,
    /// Updated.
    pub updated_at: Option<String>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getConsolidatedCallReport`, grouped by `key`.
#[reply]
pub struct ConsolidatedCallRow {
    /// The grouping value.
    pub key: Option<String>,
    /// Its display name.
    pub value: Option<String>,
    /// Contacts.
    pub q_contacts: Option<u64>,
    /// Transfers.
    pub q_transfers: Option<u64>,
    /// Average transfer rate.
    pub prom_transfer: Option<f64>,
    /// Average duration, seconds.
    pub prom_duration: Option<f64>,
    /// Satisfaction with resolution, percent.
    pub p_psat_reso: Option<f64>,
    /// Resolution, percent.
    pub p_resolution: Option<f64>,
    /// Kindness, percent.
    pub p_kindness: Option<f64>,
    /// Response rate, percent.
    pub p_rr: Option<f64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A row of `getDetailedIvrReport`, grouped by `key`.
#[reply]
pub struct DetailedIvrRow {
    /// The grouping value.
    pub key: Option<String>,
    /// Its display name.
    pub value: Option<String>,
    /// Calls that entered the IVR.
    pub total_calls: Option<u64>,
    /// Calls that completed it.
    pub completed_ivr: Option<u64>,
    /// Calls abandoned in it.
    pub abandoned_ivr: Option<u64>,
    /// Completion, percent.
    pub completion_rate: Option<f64>,
    /// Abandon rate, percent.
    pub abandon_rate: Option<f64>,
    /// Average seconds in the IVR.
    pub avg_ivr_duration: Option<f64>,
    /// Transferred to an agent.
    pub transferred_to_agent: Option<u64>,
    /// Completed by self-service.
    pub self_service_completed: Option<u64>,
    /// Fields the collection does not document, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
