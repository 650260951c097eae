//! Call rates.

use super::replies::*;
use super::{numeric_phone, TokuApi};
use telepartner_macros::operation;

/// The per-minute rate for a caller, destination and account.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/data/rate",
    id = "data/rate",
    js = "getCallRate",
    reply = "CallRate",
    retry = Safe,
    auth = Bearer,
)]
pub struct GetCallRateParams {
    /// Caller number, digits.
    #[check(self::numeric_phone)]
    pub caller_number: String,
    /// Destination number, digits.
    #[check(self::numeric_phone)]
    pub destination_number: String,
    /// Account code (custom rates).
    #[check(id)]
    pub account_code: String,
    /// Credit wallet id (logging only).
    #[check(id)]
    pub credit: Option<String>,
}
