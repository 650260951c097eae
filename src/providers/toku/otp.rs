//! OTP: request (form-encoded) and verify.

use super::replies::*;
use super::TokuApi;
use crate::error::Error;
use crate::secret::Secret;
use crate::validate as v;
use telepartner_macros::operation;

/// Request an OTP for a recipient (`application/x-www-form-urlencoded`).
#[operation(
    api = TokuApi,
    method = "POST",
    path = "/v1/authorization/otp/request",
    id = "otp/request",
    js = "requestOtp",
    reply = "TokuResponse<OtpIssued>",
    retry = Never,
    auth = Bearer,
    body = "form",
)]
pub struct RequestOtpParams {
    /// Username or phone number.
    #[check(id)]
    pub recipient: String,
    /// OTP length, 4 to 10.
    #[check(within(4, 10, "expected 4 to 10"))]
    pub length: u32,
    /// Seconds the OTP stays valid, at least 30.
    #[check(within(30, u64::MAX, "expected at least 30 seconds"))]
    pub expiry: u32,
}

/// Verify an OTP. The parameter table says `recipient`; the collection's
/// example spells it `reciepient`: both are accepted, `recipient` is sent.
#[operation(
    api = TokuApi,
    method = "POST",
    path = "/v1/authorization/otp/verify",
    id = "otp/verify",
    js = "verifyOtp",
    reply = "TokuResponse<OtpVerification>",
    retry = Never,
    auth = ApiAuthorization,
    alias = "reciepient => recipient",
)]
pub struct VerifyTokuOtpParams {
    /// Username or phone number.
    #[check(id)]
    pub recipient: String,
    /// The code received.
    #[check(self::otp_code)]
    pub otp_code: Secret,
}

/// A code of 4 to 10 digits.
fn otp_code(field: &str, value: &str) -> Result<(), Error> {
    v::digits(field, value, 4, 10).map_err(|_| Error::validation(field, "expected 4 to 10 digits"))
}
