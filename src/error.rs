//! The one error type of the SDK.
//!
//! Every failure, local or remote, is an [`Error`]. Messages name the field
//! and the rule and never contain a credential, OTP, password or Aadhaar number.

use std::fmt;

/// Longest body excerpt kept on an error (characters).
pub const BODY_EXCERPT_CHARS: usize = 512;

/// Everything that can go wrong in a call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The parameters were rejected locally; nothing was sent.
    Validation {
        /// The wire name of the offending field (`params` for the object itself).
        field: String,
        /// The rule that failed, e.g. `expected 5 letters, 4 digits, 1 letter`.
        reason: String,
    },
    /// The server answered with an error status (HTTP or in the reply envelope).
    Api {
        /// HTTP status, or the envelope's `status` when the HTTP status was 2xx.
        status: u16,
        /// A machine-readable code from the reply, when it has one.
        code: Option<String>,
        /// The server's message.
        message: String,
        /// A request id from the reply headers, when present.
        request_id: Option<String>,
        /// The correlation id sent or echoed back, when present.
        correlation_id: Option<String>,
        /// The transaction id the server reported (`X-Transaction-Id`), when present.
        transaction_id: Option<String>,
        /// A bounded excerpt of the reply body.
        body: String,
    },
    /// A reply that could not be decoded into the documented shape.
    Decode {
        /// HTTP status of the reply.
        status: u16,
        /// Where decoding failed (`data.request_id`, or `.` for the whole body).
        path: String,
        /// What was wrong.
        reason: String,
        /// A bounded excerpt of the reply body.
        body: String,
    },
    /// The request could not be completed (connection refused, DNS, CORS, reset).
    Network {
        /// What the transport reported.
        message: String,
    },
    /// The call did not complete within its timeout.
    Timeout {
        /// The timeout that elapsed, in milliseconds.
        timeout_ms: u32,
    },
    /// The caller aborted the call (`AbortSignal`).
    Aborted,
    /// The SDK was configured wrongly (missing key, bad base URL).
    Config {
        /// The config option at fault.
        field: String,
        /// The rule that failed.
        reason: String,
    },
}

impl Error {
    /// Shorthand for a validation error.
    pub fn validation(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Validation {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// The error family as exposed to JS: `validation`, `api`, `auth`, `not_found`,
    /// `rate_limit`, `server`, `timeout`, `aborted`, `network`, `decode`, `config`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Validation { .. } => "validation",
            Error::Api { status, .. } => match status {
                401 | 403 => "auth",
                404 => "not_found",
                429 => "rate_limit",
                500..=599 => "server",
                _ => "api",
            },
            Error::Decode { .. } => "decode",
            Error::Network { .. } => "network",
            Error::Timeout { .. } => "timeout",
            Error::Aborted => "aborted",
            Error::Config { .. } => "config",
        }
    }

    /// HTTP status, when the error came from a reply.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } | Error::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The offending field of a validation or config error.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Validation { field, .. } | Error::Config { field, .. } => Some(field),
            _ => None,
        }
    }

    /// Whether the failure is transient (the same request may succeed later).
    /// Whether a given call is actually retried also depends on the operation.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Network { .. } | Error::Timeout { .. } => true,
            Error::Api { status, .. } => matches!(status, 408 | 429 | 500..=599),
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation { field, reason } => write!(f, "{field}: {reason}"),
            Error::Config { field, reason } => write!(f, "config {field}: {reason}"),
            Error::Api {
                status, message, ..
            } => write!(f, "API error {status}: {message}"),
            Error::Decode {
                status,
                path,
                reason,
                ..
            } => {
                write!(
                    f,
                    "could not decode the reply (HTTP {status}) at {path}: {reason}"
                )
            }
            Error::Network { message } => write!(f, "network error: {message}"),
            Error::Timeout { timeout_ms } => write!(f, "request timed out after {timeout_ms} ms"),
            Error::Aborted => f.write_str("request aborted by the caller"),
        }
    }
}

impl std::error::Error for Error {}

/// A bounded, lossless-where-possible excerpt of a body for error reports.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text.chars().take(BODY_EXCERPT_CHARS).collect();
    if text.chars().nth(BODY_EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}
