//! `Client::send`: the only async glue. Validation, build, send, retry, parse.

use serde_json::Value;

use crate::endpoint::{build_request, decode_value, Endpoint, Provider, Retry};
use crate::error::Error;
use crate::http::{HttpRequest, HttpResponse};
use crate::transport::{uuid_v4, Transport};

/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
/// Default number of retries for operations that are safe to retry.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// First backoff delay.
pub const BACKOFF_INITIAL_MS: u32 = 500;
/// Longest backoff delay (also the cap on `Retry-After`).
pub const BACKOFF_MAX_MS: u32 = 8_000;

/// Client-wide defaults.
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// Per-attempt timeout in milliseconds.
    pub timeout_ms: u32,
    /// Retries for safe operations.
    pub max_retries: u32,
    /// Send a generated correlation id on every call (providers with a correlation header).
    pub correlation_ids: bool,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout_ms: DEFAULT_TIMEOUT_MS,
            max_retries: DEFAULT_MAX_RETRIES,
            correlation_ids: false,
        }
    }
}

/// Per-call options; `None` falls back to the client's defaults.
#[derive(Debug)]
pub struct RequestOptions<'a, S> {
    /// Per-attempt timeout in milliseconds.
    pub timeout_ms: Option<u32>,
    /// Retries for this call (only used when the operation is safe to retry).
    pub max_retries: Option<u32>,
    /// Idempotency key (only for providers/operations that take one).
    pub idempotency_key: Option<String>,
    /// Correlation id (only for providers that define a correlation header).
    pub correlation_id: Option<String>,
    /// Cancellation signal.
    pub signal: Option<&'a S>,
}

impl<S> Default for RequestOptions<'_, S> {
    fn default() -> Self {
        RequestOptions {
            timeout_ms: None,
            max_retries: None,
            idempotency_key: None,
            correlation_id: None,
            signal: None,
        }
    }
}

/// A provider's client over a transport.
pub struct Client<P: Provider, T: Transport> {
    config: P::Config,
    transport: T,
    options: ClientOptions,
}

impl<P: Provider, T: Transport> Client<P, T> {
    /// A client with its config, transport and defaults.
    pub fn new(config: P::Config, transport: T, options: ClientOptions) -> Self {
        Client {
            config,
            transport,
            options,
        }
    }

    /// The provider config.
    pub fn config(&self) -> &P::Config {
        &self.config
    }

    /// The transport (test doubles expose what they received).
    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Validate, build, send (retrying when the operation allows it) and parse.
    pub async fn send<E: Endpoint<Provider = P>>(
        &self,
        params: &E,
        opts: &RequestOptions<'_, T::Signal>,
    ) -> Result<E::Response, Error> {
        self.send_with_ids(params, opts)
            .await
            .map(|(reply, _)| reply)
    }

    /// [`Client::send`], also returning the ids that were sent.
    pub async fn send_with_ids<E: Endpoint<Provider = P>>(
        &self,
        params: &E,
        opts: &RequestOptions<'_, T::Signal>,
    ) -> Result<(E::Response, Sent), Error> {
        let mut request = build_request(params, &self.config)?;
        let sent = self.attach_ids(
            &mut request,
            E::JS_NAME,
            E::RETRY,
            opts.idempotency_key.as_deref(),
            opts.correlation_id.as_deref(),
        )?;
        let (resp, value) = self.execute(request, E::RETRY, opts).await?;
        Ok((decode_value(value, &resp)?, sent))
    }

    /// Add the idempotency and correlation headers a call needs. A keyed write
    /// gets the caller's key or a new UUID v4; the request (hence the key) is
    /// the same on every retry. Refuses options the provider does not support.
    pub fn attach_ids(
        &self,
        request: &mut HttpRequest,
        operation: &str,
        retry: Retry,
        idempotency_key: Option<&str>,
        correlation_id: Option<&str>,
    ) -> Result<Sent, Error> {
        idempotency_allowed(P::NAME, operation, retry, idempotency_key)?;
        let mut sent = Sent::default();
        if retry == Retry::Keyed {
            let header = P::IDEMPOTENCY_HEADER.ok_or_else(|| Error::Config {
                field: "idempotencyKey".into(),
                reason: format!("{} declares no idempotency header", P::NAME),
            })?;
            let key = match idempotency_key {
                Some(key) => {
                    crate::validate::printable_ascii("idempotencyKey", key, 128)?;
                    key.to_owned()
                }
                None => uuid_v4(&self.transport)?,
            };
            request.headers.push((header.to_owned(), key.clone()));
            sent.idempotency_key = Some(key);
        }
        let correlation = match (correlation_id, P::CORRELATION_HEADER) {
            (Some(_), None) => {
                return Err(Error::validation(
                    "correlationId",
                    format!("{} has no correlation header", P::NAME),
                ))
            }
            (Some(id), Some(header)) => {
                crate::validate::printable_ascii("correlationId", id, 128)?;
                Some((header, id.to_owned()))
            }
            (None, Some(header)) if self.options.correlation_ids => {
                Some((header, uuid_v4(&self.transport)?))
            }
            _ => None,
        };
        if let Some((header, id)) = correlation {
            request.headers.push((header.to_owned(), id.clone()));
            sent.correlation_id = Some(id);
        }
        Ok(sent)
    }

    /// Send a built request, retrying transient failures when `retry` allows it;
    /// returns the reply and its checked JSON. Shared by every operation.
    pub async fn execute(
        &self,
        request: HttpRequest,
        retry: Retry,
        opts: &RequestOptions<'_, T::Signal>,
    ) -> Result<(HttpResponse, Value), Error> {
        let timeout = opts.timeout_ms.unwrap_or(self.options.timeout_ms);
        let max_retries = match retry {
            Retry::Never => 0,
            _ => opts.max_retries.unwrap_or(self.options.max_retries),
        };
        let mut attempt = 0u32;
        loop {
            let (err, resp) = match self
                .transport
                .send(&request, Some(timeout), opts.signal)
                .await
            {
                Ok(resp) => match P::check(&resp) {
                    Ok(value) => return Ok((resp, value)),
                    Err(e) => (e, Some(resp)),
                },
                Err(e) => (e, None),
            };
            if attempt >= max_retries || !err.is_transient() {
                return Err(err);
            }
            let delay = backoff_ms(attempt, resp.as_ref());
            self.transport.sleep(delay, opts.signal).await?;
            attempt += 1;
        }
    }
}

/// The ids a call sent, surfaced on results and errors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sent {
    /// The `Idempotency-Key` of a keyed write.
    pub idempotency_key: Option<String>,
    /// The correlation id sent, if any.
    pub correlation_id: Option<String>,
}

/// Only operations that carry an `Idempotency-Key` accept one; elsewhere a key
/// would be silently ignored, so it is refused.
pub fn idempotency_allowed(
    provider: &str,
    operation: &str,
    retry: Retry,
    key: Option<&str>,
) -> Result<(), Error> {
    if key.is_some() && retry != Retry::Keyed {
        return Err(Error::validation(
            "idempotencyKey",
            format!("{provider} does not accept an idempotency key for {operation}"),
        ));
    }
    Ok(())
}

/// Exponential backoff (500 ms doubling to 8 s), or the reply's `Retry-After`
/// seconds when given, capped at 8 s.
pub fn backoff_ms(attempt: u32, resp: Option<&HttpResponse>) -> u32 {
    let retry_after = resp
        .and_then(|r| r.header("retry-after"))
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map(|s| s.saturating_mul(1000));
    retry_after
        .unwrap_or_else(|| BACKOFF_INITIAL_MS.saturating_mul(1u32 << attempt.min(16)))
        .min(BACKOFF_MAX_MS)
}
