//! Call metadata ingestion.

use serde::{Deserialize, Serialize};

use crate::json::Value;

use super::replies::*;
use super::TokuApi;
use crate::error::Error;
use crate::validate as v;
use crate::wire::Fields;
use telepartner_macros::operation;

/// Call direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum CallDirection {
    /// Inbound.
    IN,
    /// Outbound.
    OUT,
}

crate::wire::wire_enum!(CallDirection: IN, OUT;);

/// An instant written `YYYY-MM-DDTHH:MM:SSZ` (ISO 8601, UTC, `Z`), a real date and
/// time, not before the Unix epoch.
fn utc_time(field: &str, value: &str) -> Result<(), Error> {
    let b = value.as_bytes();
    let ok = value.len() == 20
        && b[10] == b'T'
        && b[16] == b':'
        && b[19] == b'Z'
        && v::parse_date(&value[..10]).is_some()
        && v::parse_hhmm(&value[11..16]).is_some()
        && v::all_digits(&value[17..19])
        && &value[17..19] < "60"
        && &value[..4] >= "1970";
    if !ok {
        return Err(Error::validation(
            field,
            "expected ISO 8601 UTC with Z, e.g. 2024-01-15T09:30:00Z",
        ));
    }
    Ok(())
}

/// Push one call's metadata.
#[operation(
    check = end_after_start,
    api = TokuApi,
    method = "POST",
    path = "/platform/v1/calls/metadata",
    id = "calls/metadata",
    js = "ingestCallMetadata",
    reply = "TokuResponse<Value>",
    retry = Never,
    auth = Bearer,
)]
pub struct IngestCallMetadataParams {
    /// Unique call id.
    #[check(id)]
    pub call_uuid: String,
    /// Start, ISO 8601 UTC with `Z`.
    #[check(self::utc_time)]
    pub call_start_time: String,
    /// End, ISO 8601 UTC with `Z`, after the start.
    #[check(self::utc_time)]
    pub call_end_time: String,
    /// Duration in seconds.
    pub call_duration: u32,
    /// The agent.
    #[check(id)]
    pub agent_id: String,
    /// Customer (inbound) or destination (outbound) number.
    #[check(required)]
    pub phone_number: String,
    /// Line of business code.
    #[check(id)]
    pub line_of_business_code: String,
    /// `IN` or `OUT`.
    pub r#type: CallDirection,
    /// URL of the recording.
    #[check(self::web_url)]
    pub recording_url: String,
}

/// An `https://` or `http://` URL.
fn web_url(field: &str, value: &str) -> Result<(), Error> {
    v::url_with_scheme(field, value, "https").or_else(|_| v::url_with_scheme(field, value, "http"))
}

/// The call ends after it starts (both are [`utc_time`]s: one fixed width, so
/// their text sorts as their instants do).
fn end_after_start(f: Fields) -> Result<(), Error> {
    if let (Some(start), Some(end)) = (f.str("call_start_time"), f.str("call_end_time")) {
        if end <= start {
            return Err(Error::validation(
                "call_end_time",
                "must be after call_start_time",
            ));
        }
    }
    Ok(())
}
