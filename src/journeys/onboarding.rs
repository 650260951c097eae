//! The onboarding journey as a state machine: which step is current, which may
//! come next, and the ids carried from reply to request. Its snapshot holds no
//! secret (no password, OTP, Aadhaar number or key).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;

/// Snapshot format version.
pub const SNAPSHOT_VERSION: u32 = 1;

/// The steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Nothing done yet: `register` comes next.
    Start,
    /// Registered: OTPs sent (`verifyOtp` or `resendOtp` next).
    Registered,
    /// OTPs verified: `verifyPan` next.
    OtpVerified,
    /// PAN verified: `aadharOtp` next.
    PanVerified,
    /// Aadhaar OTP sent: `aadharVerify` (or `aadharOtp` again) next.
    AadhaarOtpSent,
    /// Aadhaar verified: `verifyGst` or `skipGst` next.
    AadhaarVerified,
    /// GST verified or skipped: `previewKyc` next.
    GstDone,
    /// Previewed: `acceptKyc` next.
    Previewed,
    /// The client exists.
    Accepted,
}

/// A resumable onboarding state (what `snapshot()` returns).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Format version.
    pub version: u32,
    /// The current step.
    pub step: Option<Step>,
    /// From `register`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// From `verifyOtp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temp_client_id: Option<String>,
    /// From `aadharOtp`.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "ref")]
    pub reference: Option<String>,
    /// From `acceptKyc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

/// The journey's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Onboarding {
    /// Current step.
    pub step: Step,
    /// Carried ids.
    pub ids: Snapshot,
}

impl Default for Onboarding {
    fn default() -> Self {
        Onboarding {
            step: Step::Start,
            ids: Snapshot::default(),
        }
    }
}

/// The operations allowed at `step`.
pub fn allowed(step: Step) -> &'static [&'static str] {
    match step {
        Step::Start => &["register"],
        Step::Registered => &["verifyOtp", "resendOtp"],
        Step::OtpVerified => &["verifyPan"],
        Step::PanVerified => &["verifyPan", "aadharOtp"],
        Step::AadhaarOtpSent => &["aadharOtp", "aadharVerify"],
        Step::AadhaarVerified => &["verifyGst", "skipGst"],
        Step::GstDone => &["previewKyc"],
        Step::Previewed => &["previewKyc", "acceptKyc"],
        Step::Accepted => &[],
    }
}

impl Onboarding {
    /// Refuse `operation` unless the current step allows it.
    pub fn check(&self, operation: &str) -> Result<(), Error> {
        if allowed(self.step).contains(&operation) {
            return Ok(());
        }
        let next = allowed(self.step);
        let reason = if next.is_empty() {
            "onboarding is complete: the client exists".to_owned()
        } else {
            format!(
                "is out of order: the current step allows {}",
                next.join(" or ")
            )
        };
        Err(Error::validation(operation, reason))
    }

    /// Fill the ids this operation needs into its params (the caller gives only the rest).
    pub fn fill(&self, operation: &str, params: &mut serde_json::Map<String, Value>) {
        let put = |params: &mut serde_json::Map<String, Value>, k: &str, v: &Option<String>| {
            if let Some(v) = v {
                params
                    .entry(k.to_owned())
                    .or_insert_with(|| Value::String(v.clone()));
            }
        };
        match operation {
            "verifyOtp" | "resendOtp" => put(params, "request_id", &self.ids.request_id),
            "register" => {}
            _ => put(params, "temp_client_id", &self.ids.temp_client_id),
        }
        if operation == "aadharVerify" {
            put(params, "ref", &self.ids.reference);
        }
    }

    /// Apply a successful reply's `data`; the step advances.
    pub fn advance(&mut self, operation: &str, data: &Value) -> Result<(), Error> {
        let text = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_owned);
        let missing = |k: &str| Error::Decode {
            status: 200,
            path: format!("data.{k}"),
            reason: "the reply lacks it".into(),
            body: String::new(),
        };
        self.step = match operation {
            "register" => {
                self.ids.request_id =
                    Some(text("request_id").ok_or_else(|| missing("request_id"))?);
                Step::Registered
            }
            "resendOtp" => Step::Registered,
            "verifyOtp" => {
                self.ids.temp_client_id =
                    Some(text("temp_client_id").ok_or_else(|| missing("temp_client_id"))?);
                Step::OtpVerified
            }
            "verifyPan" => Step::PanVerified,
            "aadharOtp" => {
                self.ids.reference = Some(
                    text("ref")
                        .or_else(|| text("reference_id"))
                        .ok_or_else(|| missing("ref"))?,
                );
                Step::AadhaarOtpSent
            }
            "aadharVerify" => Step::AadhaarVerified,
            "verifyGst" | "skipGst" => Step::GstDone,
            "previewKyc" => Step::Previewed,
            "acceptKyc" => {
                self.ids.client_id = text("client_id");
                Step::Accepted
            }
            _ => self.step,
        };
        Ok(())
    }

    /// The snapshot to keep (no secret in it).
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            version: SNAPSHOT_VERSION,
            step: Some(self.step),
            ..self.ids.clone()
        }
    }

    /// Resume from a snapshot: the version must match and the ids must fit the step.
    pub fn resume(snapshot: Snapshot) -> Result<Self, Error> {
        let bad = |reason: &str| Error::validation("snapshot", reason);
        if snapshot.version != SNAPSHOT_VERSION {
            return Err(bad("has an unknown version"));
        }
        let step = snapshot.step.ok_or_else(|| bad("has no step"))?;
        let need = |present: bool, from: Step| !(step >= from) || present;
        let consistent = need(snapshot.request_id.is_some(), Step::Registered)
            && need(snapshot.temp_client_id.is_some(), Step::OtpVerified)
            && need(snapshot.reference.is_some(), Step::AadhaarOtpSent)
            && (step == Step::Accepted || snapshot.client_id.is_none());
        let ids_ok = [
            &snapshot.request_id,
            &snapshot.temp_client_id,
            &snapshot.reference,
            &snapshot.client_id,
        ]
        .iter()
        .all(|v| {
            v.as_deref()
                .is_none_or(|s| crate::validate::id("snapshot", s).is_ok())
        });
        if !consistent || !ids_ok {
            return Err(bad("does not fit its step (tampered or corrupted)"));
        }
        Ok(Onboarding {
            step,
            ids: Snapshot {
                version: SNAPSHOT_VERSION,
                step: None,
                ..snapshot
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn walks_in_order_and_resumes() {
        let mut o = Onboarding::default();
        assert!(o.check("verifyPan").is_err());
        o.check("register").unwrap();
        o.advance("register", &json!({"request_id": "req_1"}))
            .unwrap();
        o.check("resendOtp").unwrap();
        o.advance("verifyOtp", &json!({"temp_client_id": "tmp_1"}))
            .unwrap();
        let mut p = serde_json::Map::new();
        o.fill("verifyPan", &mut p);
        assert_eq!(p["temp_client_id"], "tmp_1");
        o.advance("verifyPan", &json!({})).unwrap();
        o.advance("aadharOtp", &json!({"ref": "ref_1"})).unwrap();
        let snap = o.snapshot();
        let text = serde_json::to_string(&snap).unwrap();
        assert_eq!(
            text,
            r#"{"version":1,"step":"aadhaar_otp_sent","request_id":"req_1","temp_client_id":"tmp_1","ref":"ref_1"}"#
        );
        let back = Onboarding::resume(serde_json::from_str(&text).unwrap()).unwrap();
        assert_eq!(back.step, Step::AadhaarOtpSent);
        let mut p = serde_json::Map::new();
        back.fill("aadharVerify", &mut p);
        assert_eq!(
            (p["temp_client_id"].as_str(), p["ref"].as_str()),
            (Some("tmp_1"), Some("ref_1"))
        );
        let tampered = Snapshot {
            reference: None,
            ..snap.clone()
        };
        assert_eq!(
            Onboarding::resume(tampered).unwrap_err().field(),
            Some("snapshot")
        );
        assert!(Onboarding::resume(Snapshot { version: 2, ..snap }).is_err());
    }
}
