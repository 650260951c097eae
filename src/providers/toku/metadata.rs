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

/// Seconds since the epoch of `YYYY-MM-DDTHH:MM:SSZ` (ISO 8601, UTC, `Z`).
fn utc_seconds(field: &str, value: &str) -> Result<u64, Error> {
    let bad = || {
        Error::validation(
            field,
            "expected ISO 8601 UTC with Z, e.g. 2024-01-15T09:30:00Z",
        )
    };
    let b = value.as_bytes();
    if value.len() != 20 || b[10] != b'T' || b[19] != b'Z' || b[16] != b':' {
        return Err(bad());
    }
    let (y, m, d) = v::parse_date(&value[..10]).ok_or_else(bad)?;
    let minutes = v::parse_hhmm(&value[11..16]).ok_or_else(bad)?;
    let secs: u64 = value[17..19]
        .parse()
        .ok()
        .filter(|s| *s < 60 && v::all_digits(&value[17..19]))
        .ok_or_else(bad)?;
    let days = crate::client::http_date_ms(&format!(
        "X, {d:02} {} {y} 00:00:00 GMT",
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            [(m - 1) as usize]
    ))
    .ok_or_else(bad)?
        / 1000;
    Ok(days + u64::from(minutes) * 60 + secs)
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

/// An instant as [`utc_seconds`] reads it.
fn utc_time(field: &str, value: &str) -> Result<(), Error> {
    utc_seconds(field, value).map(drop)
}

/// An `https://` or `http://` URL.
fn web_url(field: &str, value: &str) -> Result<(), Error> {
    v::url_with_scheme(field, value, "https").or_else(|_| v::url_with_scheme(field, value, "http"))
}

/// The call ends after it starts.
fn end_after_start(f: Fields) -> Result<(), Error> {
    let at = |name| utc_seconds(name, f.str(name).unwrap_or(""));
    if at("call_end_time")? <= at("call_start_time")? {
        return Err(Error::validation(
            "call_end_time",
            "must be after call_start_time",
        ));
    }
    Ok(())
}
