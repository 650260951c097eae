//! The IO boundary. The core only ever talks to a [`Transport`].

use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};

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
}
