//! Tag "Client Registration & KYC": register, OTPs, PAN, Aadhaar, GST, preview, accept.

use serde::{Deserialize, Serialize};
use telepartner_macros::reply;

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::secret::Secret;
use telepartner_macros::operation;

/// `data` of a successful `verifyOtp` reply.
#[reply]
pub struct VerifyOtpData {
    /// The pending client's id: every KYC step takes it. Only the portal
    /// page's example shows it (the spec leaves `data` open), so it may be absent.
    pub temp_client_id: Option<String>,
    /// Any further fields the server returned.
    #[serde(flatten)]
    pub extra: crate::json::Map<String, crate::json::Value>,
}

/// `data` of a successful `aadharOtp` reply: the reference `aadharVerify`
/// takes as `ref`. The spec names it `reference_id` (in `aadhar_verify`'s
/// description of `ref`); some servers send `ref`: both are kept.
#[reply]
pub struct AadharOtpData {
    /// The Aadhaar OTP reference, as the spec names it.
    pub reference_id: Option<String>,
    /// The same reference, as some servers name it.
    #[serde(default, rename = "ref", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub reference: Option<String>,
    /// Any further fields the server returned.
    #[serde(flatten)]
    pub extra: crate::json::Map<String, crate::json::Value>,
}

/// `data` of a successful `acceptKyc` reply.
#[reply]
pub struct AcceptKycData {
    /// The live client's id (`client_id` of every client operation). Only the
    /// portal page's example shows it (the spec leaves `data` open), so it may be absent.
    pub client_id: Option<String>,
    /// Any further fields the server returned.
    #[serde(flatten)]
    pub extra: crate::json::Map<String, crate::json::Value>,
}

/// `data` of a successful `register` reply.
#[reply]
pub struct RegisterData {
    /// Pass this to `verifyOtp` / `resendOtp`. Only the portal page's
    /// example shows it (the spec leaves `data` open), so it may be absent.
    pub request_id: Option<String>,
    /// Any further fields the server returned.
    #[serde(flatten)]
    pub extra: crate::json::Map<String, crate::json::Value>,
}

/// Register a client (step 1): creates a pending client and sends e-mail and mobile OTPs.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/register",
    id = "partner_register",
    js = "register",
    journey = "onboarding",
    retry = Never,
    reply = "IvrResponse<RegisterData>",
)]
pub struct RegisterParams {
    /// Client (business) name.
    #[check(required, max_len(200))]
    pub name: String,
    /// Client e-mail; receives the e-mail OTP.
    #[check(email)]
    pub email: String,
    /// Mobile number without the country code; receives the mobile OTP.
    #[check(mobile(&self.country_code))]
    pub mobile: String,
    /// The client's portal password.
    #[check(required)]
    pub password: Secret,
    /// Country calling code, e.g. `+91`.
    #[check(country_code)]
    pub country_code: String,
    /// Optional promo code.
    #[check(id)]
    pub promo: Option<String>,
}

/// Verify the e-mail and mobile OTPs sent by `register` (step 2).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/verify_otp",
    id = "partner_verify_otp",
    js = "verifyOtp",
    reply = "IvrResponse<VerifyOtpData>",
    journey = "onboarding",
    retry = Never,
)]
pub struct VerifyOtpParams {
    /// The `request_id` returned by `register`.
    #[check(id)]
    pub request_id: String,
    /// OTP received on the mobile.
    #[check(otp)]
    pub mobileotp: Secret,
    /// OTP received by e-mail.
    #[check(otp)]
    pub emailotp: Secret,
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

/// Resend a registration OTP.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/resend_otp",
    id = "partner_resend_otp",
    js = "resendOtp",
    journey = "onboarding",
    retry = Never,
)]
pub struct ResendOtpParams {
    /// The `request_id` returned by `register`.
    #[check(id)]
    pub request_id: String,
    /// Which OTP to resend.
    pub r#type: OtpChannel,
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

/// Verify the client's business PAN (KYC step 3a).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/verify_pan",
    id = "partner_verify_pan",
    js = "verifyPan",
    journey = "onboarding",
    retry = Never,
)]
pub struct VerifyPanParams {
    /// The temporary client id from `verifyOtp`.
    #[check(id)]
    pub temp_client_id: String,
    /// PAN: 5 letters, 4 digits, 1 letter.
    #[check(pan)]
    pub pan: String,
    /// Business type.
    pub btype: BusinessType,
}

/// Send an Aadhaar OTP to the Aadhaar-linked mobile (KYC step 3b).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/aadhar_otp",
    id = "partner_aadhar_otp",
    js = "aadharOtp",
    reply = "IvrResponse<AadharOtpData>",
    journey = "onboarding",
    retry = Never,
)]
pub struct AadharOtpParams {
    /// The temporary client id.
    #[check(id)]
    pub temp_client_id: String,
    /// Aadhaar number: 12 digits with a Verhoeff check digit.
    #[check(aadhaar)]
    pub aadhar_num: Secret,
}

/// Verify the Aadhaar OTP (KYC step 3c).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/aadhar_verify",
    id = "partner_aadhar_verify",
    js = "aadharVerify",
    journey = "onboarding",
    retry = Never,
)]
pub struct AadharVerifyParams {
    /// The temporary client id.
    #[check(id)]
    pub temp_client_id: String,
    /// The OTP sent by `aadharOtp`.
    #[check(otp)]
    pub otp: Secret,
    /// The reference id returned by `aadharOtp`.
    #[check(id)]
    pub r#ref: String,
}

/// Verify the client's GSTIN (KYC step 3d).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/verify_gst",
    id = "partner_verify_gst",
    js = "verifyGst",
    journey = "onboarding",
    retry = Never,
)]
pub struct VerifyGstParams {
    /// The temporary client id.
    #[check(id)]
    pub temp_client_id: String,
    /// GSTIN: state code, PAN, entity number, `Z`, check character.
    #[check(gstin)]
    pub gst_num: String,
}

/// Skip GST verification for a client without a GSTIN.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/skip_gst",
    id = "partner_skip_gst",
    js = "skipGst",
    journey = "onboarding",
    retry = Never,
)]
pub struct SkipGstParams {
    /// The temporary client id.
    #[check(id)]
    pub temp_client_id: String,
}

/// Preview the collected KYC data before accepting (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/preview_kyc",
    id = "partner_preview_kyc",
    js = "previewKyc",
    journey = "onboarding",
    retry = Safe,
)]
pub struct PreviewKycParams {
    /// The temporary client id.
    #[check(id)]
    pub temp_client_id: String,
}

/// Accept the KYC and create the live client account (step 4).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/accept_kyc",
    id = "partner_accept_kyc",
    js = "acceptKyc",
    reply = "IvrResponse<AcceptKycData>",
    journey = "onboarding",
    retry = Never,
)]
pub struct AcceptKycParams {
    /// The temporary client id.
    #[check(id)]
    pub temp_client_id: String,
    /// The client's signature as a base64 image data URL.
    #[check(required, max_len(2_000_000))]
    pub signature: Option<String>,
}

crate::wire::wire_enum!(
    OtpChannel: Email, Mobile, Both;
    BusinessType: Proprietorship, Company, Firm;
);
