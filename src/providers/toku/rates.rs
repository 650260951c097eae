//! Call rates.

use super::{numeric_phone, TokuApi, TokuReply};
use crate::endpoint::Validate;
use telepartner_macros::operation;

/// The per-minute rate for a caller, destination and account.
#[operation(
    validate = "custom",
    api = TokuApi,
    method = "GET",
    path = "/data/rate",
    id = "data/rate",
    js = "getCallRate",
    retry = Safe,
    auth = Bearer,
    reply = "TokuReply",
)]
pub struct GetCallRateParams {
    /// Caller number, digits.
    pub caller_number: String,
    /// Destination number, digits.
    pub destination_number: String,
    /// Account code (custom rates).
    #[check(id)]
    pub account_code: String,
    /// Credit wallet id (logging only).
    #[check(id)]
    pub credit: Option<String>,
}

impl Validate for GetCallRateParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        numeric_phone("caller_number", &p.caller_number)?;
        numeric_phone("destination_number", &p.destination_number)?;
        Ok(())
    }
}
