//! Call rates.

use super::{numeric_phone, Provider, TokuReply};
use crate::validate as v;

operation! {
    /// The per-minute rate for a caller, destination and account.
    GET "/data/rate", "data/rate" as "getCallRate", retry Safe, auth Bearer
        -> TokuReply,
    pub struct GetCallRateParams {
        /// Caller number, digits.
        pub caller_number: String,
        /// Destination number, digits.
        pub destination_number: String,
        /// Account code (custom rates).
        pub account_code: String,
        /// Credit wallet id (logging only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub credit: Option<String>,
    }
    validate(p) {
        numeric_phone("caller_number", &p.caller_number)?;
        numeric_phone("destination_number", &p.destination_number)?;
        v::id("account_code", &p.account_code)?;
        if let Some(c) = &p.credit { v::id("credit", c)?; }
    }
}
