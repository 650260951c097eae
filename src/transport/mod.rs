//! The IO boundary. The core only ever talks to a [`Transport`].

use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};

#[cfg(target_arch = "wasm32")]
mod abort;
#[cfg(target_arch = "wasm32")]
pub mod fetch;

/// Sends requests and sleeps. Implemented by the fetch transport (wasm) and by test doubles.
///
/// No `Send` bound: wasm is single-threaded and JS handles are `!Send`.
#[allow(async_fn_in_trait)]
pub trait Transport {
    /// A cancellation handle the caller can pass per call (`AbortSignal` in wasm).
    type Signal;

    /// Send one request. Must give up with [`Error::Timeout`] after `timeout_ms`
    /// and with [`Error::Aborted`] when `signal` fires.
    async fn send(
        &self,
        request: &HttpRequest,
        timeout_ms: Option<u32>,
        signal: Option<&Self::Signal>,
    ) -> Result<HttpResponse, Error>;

    /// Wait `ms` milliseconds (retry backoff); [`Error::Aborted`] if `signal` fires first.
    async fn sleep(&self, ms: u32, signal: Option<&Self::Signal>) -> Result<(), Error>;

    /// Fill `buf` from a cryptographically secure source (idempotency keys).
    fn fill_random(&self, buf: &mut [u8]) -> Result<(), Error>;

    /// Milliseconds since the Unix epoch (token expiry).
    fn now_ms(&self) -> u64;
}

/// A random UUID v4 (RFC 9562) from `transport`'s secure random source.
pub fn uuid_v4<T: Transport + ?Sized>(transport: &T) -> Result<String, Error> {
    let mut b = [0u8; 16];
    transport.fill_random(&mut b)?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    ))
}
