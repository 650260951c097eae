//! OTP: request (form-encoded) and verify.

use super::{Provider, TokuReply};
use crate::error::Error;
use crate::secret::Secret;
use crate::validate as v;

operation! {
    /// Request an OTP for a recipient (`application/x-www-form-urlencoded`).
    FORM "/v1/authorization/otp/request", "otp/request" as "requestOtp", retry Never, auth Bearer
        -> TokuReply,
    pub struct RequestOtpParams {
        /// Username or phone number.
        pub recipient: String,
        /// OTP length, 4 to 10.
        pub length: u32,
        /// Seconds the OTP stays valid, at least 30.
        pub expiry: u32,
    }
    validate(p) {
        v::id("recipient", &p.recipient)?;
        if !(4..=10).contains(&p.length) { return Err(Error::validation("length", "expected 4 to 10")); }
        if p.expiry < 30 { return Err(Error::validation("expiry", "expected at least 30 seconds")); }
    }
}

operation! {
    /// Verify an OTP. The parameter table says `recipient`; the collection's
    /// example spells it `reciepient`: both are accepted, `recipient` is sent.
    POST "/v1/authorization/otp/verify", "otp/verify" as "verifyOtp", retry Never, auth ApiAuthorization, aliases ["reciepient" => "recipient"]
        -> TokuReply,
    pub struct VerifyOtpParams {
        /// Username or phone number.
        pub recipient: String,
        /// The code received.
        pub otp_code: Secret,
    }
    validate(p) {
        v::id("recipient", &p.recipient)?;
        v::digits("otp_code", p.otp_code.expose(), 4, 10).map_err(|_| Error::validation("otp_code", "expected 4 to 10 digits"))?;
    }
}
