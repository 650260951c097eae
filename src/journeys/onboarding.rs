//! The onboarding journey as a state machine: which step is current, which may
//! come next, and the ids carried from reply to request. Its snapshot holds no
//! secret (no password, OTP, Aadhaar number or key).

use crate::json::Value;
use serde::{Deserialize, Serialize};

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

crate::wire::wire_enum!(Step: Start, Registered, OtpVerified, PanVerified, AadhaarOtpSent, AadhaarVerified, GstDone, Previewed, Accepted;);

impl Snapshot {
    /// Read a snapshot as its serde derive does (the wasm carries no serde
    /// visitors): `version`, a `step` name or `null`, the ids as strings or
    /// `null`, nothing else. `None` for anything else.
    pub fn from_json(value: &Value) -> Option<Snapshot> {
        let Value::Object(map) = value else {
            return None;
        };
        let mut snap = Snapshot::default();
        let mut version = None;
        for (key, v) in map {
            let text = || match v {
                Value::Null => Some(None),
                Value::String(s) => Some(Some(s.clone())),
                _ => None,
            };
            match key.as_str() {
                "version" => version = Some(u32::try_from(v.as_u64()?).ok()?),
                "step" if v.is_null() => snap.step = None,
                "step" => {
                    snap.step = Some(crate::wire::enum_value::<Step>("step", Some(v.clone())).ok()?)
                }
                "request_id" => snap.request_id = text()?,
                "temp_client_id" => snap.temp_client_id = text()?,
                "ref" => snap.reference = text()?,
                "client_id" => snap.client_id = text()?,
                _ => return None,
            }
        }
        snap.version = version?;
        Some(snap)
    }
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
                crate::text::join(next, " or ")
            )
        };
        Err(Error::validation(operation, reason))
    }

    /// The carried ids `operation` needs: `(wire name, the step whose reply carries it)`.
    fn needs(operation: &str) -> &'static [(&'static str, &'static str)] {
        match operation {
            "register" => &[],
            "verifyOtp" | "resendOtp" => &[("request_id", "register")],
            "aadharVerify" => &[("temp_client_id", "verifyOtp"), ("ref", "aadharOtp")],
            _ => &[("temp_client_id", "verifyOtp")],
        }
    }

    fn id_mut(&mut self, name: &str) -> &mut Option<String> {
        match name {
            "request_id" => &mut self.ids.request_id,
            "temp_client_id" => &mut self.ids.temp_client_id,
            "ref" => &mut self.ids.reference,
            _ => &mut self.ids.client_id,
        }
    }

    /// Fill the ids this operation needs into its params (the caller gives only
    /// the rest). An id the caller passes is kept for the later steps. An id
    /// that no earlier reply carried (the spec leaves `data` open: only the
    /// portal page's example shows the ids) and that the caller did not pass
    /// is an error naming the id and where to pass it.
    pub fn fill(
        &mut self,
        operation: &str,
        params: &mut crate::json::Map<String, Value>,
    ) -> Result<(), Error> {
        for (name, from) in Self::needs(operation) {
            let given = params.get(*name).and_then(Value::as_str).map(str::to_owned);
            let carried = self.id_mut(name);
            match (given, carried.clone()) {
                (Some(id), _) => *carried = Some(id),
                (None, Some(id)) => {
                    params.insert((*name).to_owned(), Value::String(id));
                }
                (None, None) => {
                    return Err(Error::validation(
                        *name,
                        format!(
                            "is not known: the {from} reply did not include it (the spec leaves its data open); \
                             pass it in the params of {operation} ({name}), it is then carried to the later steps"
                        ),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Apply a successful reply's `data`; the step advances. The ids a reply
    /// carries are kept; one it lacks is asked for at the step that needs it
    /// ([`Onboarding::fill`]), since the step itself succeeded on the server.
    pub fn advance(&mut self, operation: &str, data: &Value) {
        let text = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_owned);
        let keep = |slot: &mut Option<String>, id: Option<String>| {
            if id.is_some() {
                *slot = id;
            }
        };
        self.step = match operation {
            "register" => {
                keep(&mut self.ids.request_id, text("request_id"));
                Step::Registered
            }
            "resendOtp" => Step::Registered,
            "verifyOtp" => {
                keep(&mut self.ids.temp_client_id, text("temp_client_id"));
                Step::OtpVerified
            }
            "verifyPan" => Step::PanVerified,
            "aadharOtp" => {
                keep(
                    &mut self.ids.reference,
                    text("ref").or_else(|| text("reference_id")),
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
        // An id is never carried before the step that yields it (a reply may
        // have lacked it: then the step that needs it asks for it).
        let before = |present: bool, from: Step| !present || step >= from;
        let consistent = before(snapshot.request_id.is_some(), Step::Registered)
            && before(snapshot.temp_client_id.is_some(), Step::OtpVerified)
            && before(snapshot.reference.is_some(), Step::AadhaarOtpSent)
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
    use crate::json::json;

    #[test]
    fn walks_in_order_and_resumes() {
        let mut o = Onboarding::default();
        assert!(o.check("verifyPan").is_err());
        o.check("register").unwrap();
        o.advance("register", &json!({"request_id": "req_1"}));
        o.check("resendOtp").unwrap();
        o.advance("verifyOtp", &json!({"temp_client_id": "tmp_1"}));
        let mut p = crate::json::Map::new();
        o.fill("verifyPan", &mut p).unwrap();
        assert_eq!(p["temp_client_id"], "tmp_1");
        o.advance("verifyPan", &json!({}));
        o.advance("aadharOtp", &json!({"ref": "ref_1"}));
        let snap = o.snapshot();
        let text = crate::json::to_string(&snap).unwrap();
        assert_eq!(
            text,
            r#"{"version":1,"step":"aadhaar_otp_sent","request_id":"req_1","temp_client_id":"tmp_1","ref":"ref_1"}"#
        );
        let mut back = Onboarding::resume(crate::json::from_str(&text).unwrap()).unwrap();
        assert_eq!(back.step, Step::AadhaarOtpSent);
        let mut p = crate::json::Map::new();
        back.fill("aadharVerify", &mut p).unwrap();
        assert_eq!(
            (p["temp_client_id"].as_str(), p["ref"].as_str()),
            (Some("tmp_1"), Some("ref_1"))
        );
        let tampered = Snapshot {
            client_id: Some("cl_1".into()),
            ..snap.clone()
        };
        assert_eq!(
            Onboarding::resume(tampered).unwrap_err().field(),
            Some("snapshot")
        );
        assert!(Onboarding::resume(Snapshot { version: 2, ..snap }).is_err());
    }

    #[test]
    fn a_reply_without_its_id_is_asked_for_at_the_step_that_needs_it() {
        let mut o = Onboarding::default();
        o.advance("register", &json!({"request_id": "req_1"}));
        // The spec leaves `data` open: verifyOtp succeeded without an id.
        o.advance("verifyOtp", &json!({}));
        assert_eq!(o.step, Step::OtpVerified);
        let mut p = crate::json::Map::new();
        let e = o.fill("verifyPan", &mut p).unwrap_err();
        assert_eq!(e.field(), Some("temp_client_id"));
        let msg = e.to_string();
        assert!(
            msg.contains("verifyOtp reply did not include it")
                && msg.contains("params of verifyPan"),
            "{msg}"
        );
        // Passed once, carried on.
        let mut p = crate::json::Map::new();
        p.insert("temp_client_id".into(), json!("tmp_9"));
        o.fill("verifyPan", &mut p).unwrap();
        o.advance("verifyPan", &json!({}));
        let mut p = crate::json::Map::new();
        o.fill("aadharOtp", &mut p).unwrap();
        assert_eq!(p["temp_client_id"], "tmp_9");
        // A snapshot without the id resumes.
        let snap = Onboarding {
            step: Step::OtpVerified,
            ids: Snapshot {
                temp_client_id: None,
                ..o.snapshot()
            },
        }
        .snapshot();
        assert!(Onboarding::resume(snap).is_ok());
    }
}

#[cfg(test)]
mod snapshot_tests {
    use super::*;

    /// The hand-written reader gives serde's verdict and value on snapshots and near-misses.
    #[test]
    fn from_json_reads_as_serde_does() {
        let cases = [
            r#"{"version":1,"step":"registered","request_id":"r1"}"#,
            r#"{"version":1,"step":null}"#,
            r#"{"version":1,"step":"aadhaar_otp_sent","ref":"x","temp_client_id":"t","client_id":null}"#,
            r#"{"version":1}"#,
            r#"{"step":"start"}"#,
            r#"{"version":1,"step":"nope"}"#,
            r#"{"version":1,"step":3}"#,
            r#"{"version":-1}"#,
            r#"{"version":1.5}"#,
            r#"{"version":1,"request_id":7}"#,
            r#"{"version":1,"extra":true}"#,
            r#"[1]"#,
            r#""snapshot""#,
        ];
        for text in cases {
            let value: Value = crate::json::from_str(text).unwrap();
            let ours = Snapshot::from_json(&value);
            let theirs = serde_json::from_value::<Snapshot>(value.clone()).ok();
            assert_eq!(ours, theirs, "{text}");
        }
    }
}
