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
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            id.push('-');
        }
        id.push(char::from(HEX[usize::from(x >> 4)]));
        id.push(char::from(HEX[usize::from(x & 15)]));
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A transport whose random bytes are 0x00, 0x11, 0x22, ... (only `fill_random` is used).
    struct Counting;

    impl Transport for Counting {
        type Signal = ();
        async fn send(
            &self,
            _: &HttpRequest,
            _: Option<u32>,
            _: Option<&()>,
        ) -> Result<HttpResponse, Error> {
            Err(Error::Aborted)
        }
        async fn sleep(&self, _: u32, _: Option<&()>) -> Result<(), Error> {
            Ok(())
        }
        fn fill_random(&self, buf: &mut [u8]) -> Result<(), Error> {
            for (i, b) in buf.iter_mut().enumerate() {
                *b = i as u8 * 17;
            }
            Ok(())
        }
        fn now_ms(&self) -> u64 {
            0
        }
    }

    #[test]
    fn uuid_v4_is_rfc_9562_text() {
        // Bytes 00 11 22 ... ff; version 4 in byte 6, variant 10 in byte 8.
        assert_eq!(
            uuid_v4(&Counting).unwrap(),
            "00112233-4455-4677-8899-aabbccddeeff"
        );
    }
}
