//! Tag "Client Registration & KYC": register, OTPs, PAN, Aadhaar, GST, preview, accept.

use serde::{Deserialize, Serialize};

use super::{IvrResponse, OpenData, Provider};
use crate::secret::Secret;
use crate::validate as v;

/// `data` of a successful `register` reply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RegisterData {
    /// Pass this to `verifyOtp` / `resendOtp`.
    pub request_id: String,
    /// Any further fields the server returned.
    #[serde(flatten)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "{ [key: string]: JsonValue }"))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

operation! {
    /// Register a client (step 1): creates a pending client and sends e-mail and mobile OTPs.
    POST "/partnerclients/register", "partner_register" as "register", retry Never
        -> IvrResponse<RegisterData>,
    pub struct RegisterParams {
        /// Client (business) name.
        pub name: String,
        /// Client e-mail; receives the e-mail OTP.
        pub email: String,
        /// Mobile number without the country code; receives the mobile OTP.
        pub mobile: String,
        /// The client's portal password.
        pub password: Secret,
        /// Country calling code, e.g. `+91`.
        pub country_code: String,
        /// Optional promo code.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub promo: Option<String>,
    }
    validate(p) {
        v::required("name", &p.name)?;
        v::max_len("name", &p.name, 200)?;
        v::email("email", &p.email)?;
        v::country_code("country_code", &p.country_code)?;
        v::mobile("mobile", &p.mobile, &p.country_code)?;
        v::required("password", p.password.expose())?;
        if let Some(promo) = &p.promo { v::id("promo", promo)?; }
    }
}

operation! {
    /// Verify the e-mail and mobile OTPs sent by `register` (step 2).
    POST "/partnerclients/verify_otp", "partner_verify_otp" as "verifyOtp", retry Never
        -> IvrResponse<OpenData>,
    pub struct VerifyOtpParams {
        /// The `request_id` returned by `register`.
        pub request_id: String,
        /// OTP received on the mobile.
        pub mobileotp: Secret,
        /// OTP received by e-mail.
        pub emailotp: Secret,
    }
    validate(p) {
        v::id("request_id", &p.request_id)?;
        v::otp("mobileotp", p.mobileotp.expose())?;
        v::otp("emailotp", p.emailotp.expose())?;
    }
}

/// Which OTP `resendOtp` sends again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum OtpChannel {
    /// The e-mail OTP.
    Email,
    /// The mobile OTP.
    Mobile,
    /// Both OTPs.
    Both,
}

operation! {
    /// Resend a registration OTP.
    POST "/partnerclients/resend_otp", "partner_resend_otp" as "resendOtp", retry Never
        -> IvrResponse<OpenData>,
    pub struct ResendOtpParams {
        /// The `request_id` returned by `register`.
        pub request_id: String,
        /// Which OTP to resend.
        pub r#type: OtpChannel,
    }
    validate(p) {
        v::id("request_id", &p.request_id)?;
    }
}

/// Business type for PAN verification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum BusinessType {
    /// Sole proprietorship.
    Proprietorship,
    /// Company.
    Company,
    /// Partnership firm.
    Firm,
}

operation! {
    /// Verify the client's business PAN (KYC step 3a).
    POST "/partnerclients/verify_pan", "partner_verify_pan" as "verifyPan", retry Never
        -> IvrResponse<OpenData>,
    pub struct VerifyPanParams {
        /// The temporary client id from `verifyOtp`.
        pub temp_client_id: String,
        /// PAN: 5 letters, 4 digits, 1 letter.
        pub pan: String,
        /// Business type.
        pub btype: BusinessType,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
        v::pan("pan", &p.pan)?;
    }
}

operation! {
    /// Send an Aadhaar OTP to the Aadhaar-linked mobile (KYC step 3b).
    POST "/partnerclients/aadhar_otp", "partner_aadhar_otp" as "aadharOtp", retry Never
        -> IvrResponse<OpenData>,
    pub struct AadharOtpParams {
        /// The temporary client id.
        pub temp_client_id: String,
        /// Aadhaar number: 12 digits with a Verhoeff check digit.
        pub aadhar_num: Secret,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
        v::aadhaar("aadhar_num", p.aadhar_num.expose())?;
    }
}

operation! {
    /// Verify the Aadhaar OTP (KYC step 3c).
    POST "/partnerclients/aadhar_verify", "partner_aadhar_verify" as "aadharVerify", retry Never
        -> IvrResponse<OpenData>,
    pub struct AadharVerifyParams {
        /// The temporary client id.
        pub temp_client_id: String,
        /// The OTP sent by `aadharOtp`.
        pub otp: Secret,
        /// The reference id returned by `aadharOtp`.
        pub r#ref: String,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
        v::otp("otp", p.otp.expose())?;
        v::id("ref", &p.r#ref)?;
    }
}

operation! {
    /// Verify the client's GSTIN (KYC step 3d).
    POST "/partnerclients/verify_gst", "partner_verify_gst" as "verifyGst", retry Never
        -> IvrResponse<OpenData>,
    pub struct VerifyGstParams {
        /// The temporary client id.
        pub temp_client_id: String,
        /// GSTIN: state code, PAN, entity number, `Z`, check character.
        pub gst_num: String,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
        v::gstin("gst_num", &p.gst_num)?;
    }
}

operation! {
    /// Skip GST verification for a client without a GSTIN.
    POST "/partnerclients/skip_gst", "partner_skip_gst" as "skipGst", retry Never
        -> IvrResponse<OpenData>,
    pub struct SkipGstParams {
        /// The temporary client id.
        pub temp_client_id: String,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
    }
}

operation! {
    /// Preview the collected KYC data before accepting (read-only).
    POST "/partnerclients/preview_kyc", "partner_preview_kyc" as "previewKyc", retry Safe
        -> IvrResponse<OpenData>,
    pub struct PreviewKycParams {
        /// The temporary client id.
        pub temp_client_id: String,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
    }
}

operation! {
    /// Accept the KYC and create the live client account (step 4).
    POST "/partnerclients/accept_kyc", "partner_accept_kyc" as "acceptKyc", retry Never
        -> IvrResponse<OpenData>,
    pub struct AcceptKycParams {
        /// The temporary client id.
        pub temp_client_id: String,
        /// The client's signature as a base64 image data URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub signature: Option<String>,
    }
    validate(p) {
        v::id("temp_client_id", &p.temp_client_id)?;
        if let Some(sig) = &p.signature {
            v::required("signature", sig)?;
            v::max_len("signature", sig, 2_000_000)?;
        }
    }
}

crate::wire::wire_via_serde!(OtpChannel, BusinessType);
