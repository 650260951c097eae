//! `Secret`: a string that never shows up in `Debug` output or error messages.

use std::fmt;

/// A credential, password, OTP or Aadhaar number. Sent on the wire as a plain
/// string; printed as `[redacted]`.
#[derive(Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct Secret(pub String);

impl Secret {
    /// The secret value (for building the request only).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret(s.to_owned())
    }
}
