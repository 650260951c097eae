//! Tag "Calls": number translation for masked calls.

use super::balance::scope;
use super::replies::*;
use super::{number, AccountCode, RhysTalkApi};
use crate::endpoint::Validate;
use crate::error::Error;
use telepartner_macros::operation;

/// Store a short-lived number translation: calls from `a_number` to the
/// `access_number` reach `b_number` for `ttl` seconds. Idempotent by `Idempotency-Key`.
#[operation(
    validate = "custom",
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
    pub a_number: String,
    /// Destination number.
    pub b_number: String,
    /// Access number the caller dials.
    pub access_number: String,
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account_number: AccountCode,
    /// Lifetime of the translation in seconds, 1-86400.
    pub ttl: u32,
    /// Product id (optional when the token's claims carry it).
    pub product_id: Option<String>,
    /// Currency, three upper-case letters.
    pub currency: Option<String>,
}

impl Validate for SetupCallParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        number("a_number", &p.a_number)?;
        number("b_number", &p.b_number)?;
        number("access_number", &p.access_number)?;
        scope(p.product_id.as_deref(), p.currency.as_deref())?;
        if !(1..=86_400).contains(&p.ttl) {
            return Err(Error::validation("ttl", "expected 1 to 86400 seconds"));
        }
        Ok(())
    }
}
