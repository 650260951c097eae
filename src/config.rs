//! Checks shared by every provider's config.

use crate::error::Error;
use crate::secret::Secret;

/// Normalize a base URL: `http(s)://host[:port][/prefix]`, no trailing slash,
/// no query or fragment.
pub fn base_url(url: &str) -> Result<String, Error> {
    let bad = |reason: &str| Error::Config {
        field: "baseUrl".into(),
        reason: reason.into(),
    };
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| bad("must start with https:// or http://"))?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err(bad("must name a host"));
    }
    if url.contains(['?', '#']) || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("must not contain a query, fragment or spaces"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// Check a credential option (API key, token): when given, it must be
/// non-blank and free of spaces and control characters (it goes into a header).
pub fn credential(field: &str, value: Option<String>) -> Result<Option<Secret>, Error> {
    let bad = |reason: &str| Error::Config {
        field: field.into(),
        reason: reason.into(),
    };
    match value {
        Some(s) if s.trim().is_empty() => Err(bad("must not be empty")),
        Some(s) if s.chars().any(|c| c.is_control() || c == ' ') => {
            Err(bad("must not contain spaces or control characters"))
        }
        other => Ok(other.map(Secret)),
    }
}
