//! Tag "Calls": number translation for masked calls.

use super::replies::*;
use super::{AccountCode, RhysTalkApi};
use telepartner_macros::operation;

/// Store a short-lived number translation: calls from `a_number` to the
/// `access_number` reach `b_number` for `ttl` seconds. Idempotent by `Idempotency-Key`.
#[operation(
    api = RhysTalkApi,
    method = "POST",
    path = "/setup_call",
    id = "setupCall",
    js = "setupCall",
    retry = Keyed,
    reply = "SetupCallResponse",
)]
pub struct SetupCallParams {
    /// Caller number: digits, optional leading `+` (kept).
    #[check(super::number)]
    pub a_number: String,
    /// Destination number.
    #[check(super::number)]
    pub b_number: String,
    /// Access number the caller dials.
    #[check(super::number)]
    pub access_number: String,
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account_number: AccountCode,
    /// Lifetime of the translation in seconds, 1-86400.
    #[check(within(1, 86_400, "expected 1 to 86400 seconds"))]
    pub ttl: u32,
    /// Product id (optional when the token's claims carry it).
    #[check(super::product_id)]
    pub product_id: Option<String>,
    /// Currency, three upper-case letters.
    #[check(super::currency)]
    pub currency: Option<String>,
}
