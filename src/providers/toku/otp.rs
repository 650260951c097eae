//! OTP: request (form-encoded) and verify.

use super::replies::*;
use super::TokuApi;
use crate::endpoint::Validate;
use crate::error::Error;
use crate::secret::Secret;
use crate::validate as v;
use telepartner_macros::operation;

/// Request an OTP for a recipient (`application/x-www-form-urlencoded`).
#[operation(
    validate = "custom",
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
    pub length: u32,
    /// Seconds the OTP stays valid, at least 30.
    pub expiry: u32,
}

impl Validate for RequestOtpParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if !(4..=10).contains(&p.length) {
            return Err(Error::validation("length", "expected 4 to 10"));
        }
        if p.expiry < 30 {
            return Err(Error::validation("expiry", "expected at least 30 seconds"));
        }
        Ok(())
    }
}

/// Verify an OTP. The parameter table says `recipient`; the collection's
/// example spells it `reciepient`: both are accepted, `recipient` is sent.
#[operation(
    validate = "custom",
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
    pub otp_code: Secret,
}

impl Validate for VerifyTokuOtpParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        v::digits("otp_code", p.otp_code.expose(), 4, 10)
            .map_err(|_| Error::validation("otp_code", "expected 4 to 10 digits"))?;
        Ok(())
    }
}
