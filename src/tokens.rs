//! Bearer tokens fetched on demand (RhysTalk's Cognito ID token, Toku's access
//! token): a cache that reads a JWT's `exp` (never verified here; the API
//! verifies) and keeps the token until shortly before it expires.

use std::cell::RefCell;

use crate::json::Value;

use crate::error::Error;
use crate::secret::Secret;

/// Refresh this long before `exp`.
pub const REFRESH_BEFORE_MS: u64 = 60_000;

/// `exp` (seconds since the epoch) of a JWT, if it has one.
pub fn jwt_exp(token: &str) -> Option<u64> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64url_decode(payload)?;
    let claims: Value = crate::json::from_slice(&bytes).ok()?;
    claims.get("exp")?.as_u64()
}

fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().take_while(|&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The current token and its expiry.
#[derive(Debug, Default)]
pub struct TokenCache {
    cached: RefCell<Option<(Secret, Option<u64>)>>,
}

impl TokenCache {
    /// The cached token if it is not within [`REFRESH_BEFORE_MS`] of expiring.
    pub fn current(&self, now_ms: u64) -> Option<Secret> {
        let cached = self.cached.borrow();
        let (token, exp) = cached.as_ref()?;
        match exp {
            Some(exp) if exp.saturating_mul(1000) <= now_ms.saturating_add(REFRESH_BEFORE_MS) => {
                None
            }
            _ => Some(token.clone()),
        }
    }

    /// Keep a freshly fetched token.
    pub fn store(&self, token: String) -> Result<Secret, Error> {
        if token.trim().is_empty() || token.chars().any(|c| c.is_control() || c == ' ') {
            return Err(Error::Config {
                field: "getToken".into(),
                reason: "returned an empty or malformed token".into(),
            });
        }
        let exp = jwt_exp(&token);
        let secret = Secret(token);
        *self.cached.borrow_mut() = Some((secret.clone(), exp));
        Ok(secret)
    }

    /// Forget the token (after the API said it expired).
    pub fn clear(&self) {
        self.cached.borrow_mut().take();
    }

    /// Forget `stale` if it is still the cached token; `true` when it was
    /// (then fetch a new one), `false` when another call already replaced it.
    pub fn clear_if(&self, stale: &Secret) -> bool {
        let mut cached = self.cached.borrow_mut();
        match cached.as_ref() {
            Some((token, _)) if token.expose() == stale.expose() => {
                cached.take();
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // {"alg":"none"} . {"sub":"p","exp":2000000000} . sig
    const JWT: &str = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJwIiwiZXhwIjoyMDAwMDAwMDAwfQ.c2ln";

    #[test]
    fn reads_exp_and_refreshes_before_it() {
        assert_eq!(jwt_exp(JWT), Some(2_000_000_000));
        assert_eq!(jwt_exp("not-a-jwt"), None);
        let cache = TokenCache::default();
        cache.store(JWT.into()).unwrap();
        assert!(cache.current(1_000_000_000_000).is_some());
        assert!(
            cache.current(2_000_000_000_000 - 30_000).is_none(),
            "within a minute of exp"
        );
        cache.clear();
        assert!(cache.current(0).is_none());
        assert!(cache.store(" ".into()).is_err());
    }
}
