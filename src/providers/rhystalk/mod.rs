//! RhysTalk partner API: Cognito JWT bearer, `Idempotency-Key` on every write,
//! `X-Correlation-Id`, strict request schemas, plain JSON replies.

use crate::json::{Map, Value};
use serde::{Deserialize, Serialize};

use crate::endpoint::{parse_json, Api, Endpoint, Operation};
use crate::error::{excerpt, Error};
use crate::http::HttpResponse;
use crate::secret::Secret;
use crate::validate as v;

pub mod accounts;
pub mod balance;
pub mod calls;
pub mod replies;

pub mod usage;

pub use accounts::*;
pub use balance::*;
pub use calls::*;
pub use replies::*;
pub use usage::*;

/// The production stage URL from the spec.
pub const DEFAULT_BASE_URL: &str = "https://hbgxb4yrq5.execute-api.eu-west-2.amazonaws.com/prod";

/// Base URL and (optionally) a fixed Cognito ID token.
#[derive(Clone, Debug)]
pub struct Config {
    /// A fixed ID token sent as `Authorization: Bearer <token>`; `None` when a
    /// token provider adds it per call.
    pub token: Option<Secret>,
    /// Base URL without a trailing slash.
    pub base_url: String,
}

impl Config {
    /// A config against `base_url` (default: the production stage).
    pub fn new(token: Option<String>, base_url: Option<&str>) -> Result<Self, Error> {
        let token = crate::config::credential("token", token)?;
        let base_url = crate::config::base_url(base_url.unwrap_or(DEFAULT_BASE_URL))?;
        Ok(Config { token, base_url })
    }

    /// Proxy mode: no token; `base_url` is the partner's backend, which adds it
    /// (see `createProxyHandler`). The same shape for every API.
    pub fn proxy(base_url: &str) -> Result<Self, Error> {
        Config::new(None, Some(base_url))
    }
}

/// The RhysTalk API as a [`crate::Api`]: its auth, reply rules and registry.
#[derive(Clone, Copy, Debug)]
pub struct RhysTalkApi;

impl Api for RhysTalkApi {
    type Config = Config;
    const NAME: &'static str = "RhysTalk";
    const ID: &'static str = "rhystalk";
    const OPERATIONS: &'static [Operation<Self>] = &[
        <GetBalanceParams as Endpoint>::OPERATION,
        <CallHistoryParams as Endpoint>::OPERATION,
        <TopupParams as Endpoint>::OPERATION,
        <DebitBalanceParams as Endpoint>::OPERATION,
        <CreateAccountParams as Endpoint>::OPERATION,
        <DeleteAccountParams as Endpoint>::OPERATION,
        <ChangeCliParams as Endpoint>::OPERATION,
        <SetupCallParams as Endpoint>::OPERATION,
    ];
    const CORRELATION_HEADER: Option<&'static str> = Some("x-correlation-id");
    const IDEMPOTENCY_HEADER: Option<&'static str> = Some("idempotency-key");

    fn base_url(cfg: &Config) -> &str {
        &cfg.base_url
    }

    fn auth_headers(
        cfg: &Config,
        _: crate::endpoint::Auth,
        _: &str,
        headers: &mut Vec<(String, String)>,
    ) -> Result<(), Error> {
        if let Some(token) = &cfg.token {
            headers.push(("authorization".into(), format!("Bearer {}", token.expose())));
        }
        Ok(())
    }

    /// RhysTalk says so with `token_expired` (a 401/403 for another reason is final).
    fn token_expired(err: &Error) -> bool {
        is_token_expired(err)
    }

    /// `{ data, status, idempotencyKey?, correlationId?, transactionId? }`.
    fn reply_ids(
        resp: &HttpResponse,
        sent: &crate::client::Sent,
    ) -> Option<Vec<(&'static str, String)>> {
        let mut ids = Vec::new();
        let mut put = |k, v: Option<String>| ids.extend(v.map(|v| (k, v)));
        put("idempotencyKey", sent.idempotency_key.clone());
        put(
            "correlationId",
            resp.header("x-correlation-id")
                .map(str::to_owned)
                .or_else(|| sent.correlation_id.clone()),
        );
        put(
            "transactionId",
            resp.header("x-transaction-id").map(str::to_owned),
        );
        Some(ids)
    }

    fn check(resp: &HttpResponse) -> Result<Value, Error> {
        if (200..300).contains(&resp.status) {
            return parse_json(resp);
        }
        let body = parse_json(resp).ok();
        let text = |k: &str| {
            body.as_ref()
                .and_then(|b| b.get(k))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let error = body
            .as_ref()
            .and_then(|b| b.get("error"))
            .and_then(|e| match e {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("message").and_then(Value::as_str).map(str::to_owned),
                _ => None,
            });
        let mut message = error
            .or_else(|| text("message"))
            .unwrap_or_else(|| format!("HTTP {} from RhysTalk", resp.status));
        if let Some(detail) = text("detail") {
            message = format!("{message}: {detail}");
        }
        let code = match resp.status {
            409 if crate::text::contains(&message.to_ascii_lowercase(), "idempotency") => {
                Some("idempotency_conflict")
            }
            409 => Some("conflict"),
            401 | 403 if crate::text::contains(&message.to_ascii_lowercase(), "expired") => {
                Some("token_expired")
            }
            _ => None,
        };
        let header_or_body =
            |h: &str, k: &str| resp.header(h).map(str::to_owned).or_else(|| text(k));
        Err(Error::Api {
            status: resp.status,
            code: code.map(str::to_owned),
            message,
            request_id: resp
                .header("x-amzn-requestid")
                .or_else(|| resp.header("x-request-id"))
                .map(str::to_owned),
            correlation_id: header_or_body("x-correlation-id", "correlation_id"),
            transaction_id: header_or_body("x-transaction-id", "transaction_id"),
            body: excerpt(&resp.body),
        })
    }
}

/// Whether `err` is a 401/403 that says the token expired.
pub fn is_token_expired(err: &Error) -> bool {
    matches!(err, Error::Api { code: Some(c), .. } if c == "token_expired")
}

/// A RhysTalk reply with the ids of the exchange.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RhysTalkReply<T> {
    /// The reply body, typed from the spec.
    pub data: T,
    /// HTTP status (`201` for `createAccount`).
    pub status: u16,
    /// The `Idempotency-Key` sent (writes): the same on every retry of this call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `X-Correlation-Id` echoed back, or the one sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// `X-Transaction-Id` from the reply (normally the idempotency key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
}

/// Fields the spec allows beyond the typed ones (`additionalProperties: true`).
pub type Extra = Map<String, Value>;

/// An account code: 1 to 12 digits, kept left-padded to 12 (as the server
/// normalizes it), so the wire always carries 12 digits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct AccountCode(String);

impl AccountCode {
    /// Check and pad `code`, naming `field` on error.
    pub fn parse(field: &str, code: &str) -> Result<Self, Error> {
        v::digits(field, code, 1, 12).map_err(|_| {
            Error::validation(field, "expected 1 to 12 digits (sent left-padded to 12)")
        })?;
        Ok(AccountCode(format!("{code:0>12}")))
    }

    /// The 12-digit code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl crate::wire::FromWire for AccountCode {
    const KIND: crate::wire::FieldKind = crate::wire::FieldKind::Json(|field, value| {
        let code = Self::from_wire(field, Some(value.clone()))?;
        Ok(Value::String(code.0))
    });
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        let code = String::from_wire(field, value)?;
        AccountCode::parse(field, &code)
    }
}

impl crate::wire::ToWire for AccountCode {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::String(self.0.clone()))
    }
}

/// A currency code: three upper-case letters.
pub fn currency(field: &str, value: &str) -> Result<(), Error> {
    if value.len() != 3 || !value.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::validation(
            field,
            "expected three upper-case letters (ISO 4217, e.g. GBP)",
        ));
    }
    Ok(())
}

/// A product id: 1 to 64 characters.
pub fn product_id(field: &str, value: &str) -> Result<(), Error> {
    v::required(field, value)?;
    v::max_len(field, value, 64)
}

/// A phone number as RhysTalk takes it: digits with an optional leading `+`.
pub fn number(field: &str, value: &str) -> Result<(), Error> {
    let digits = value.strip_prefix('+').unwrap_or(value);
    if !(3..=20).contains(&digits.len()) || !v::all_digits(digits) {
        return Err(Error::validation(
            field,
            "expected 3 to 20 digits, optionally after '+'",
        ));
    }
    Ok(())
}

/// A money amount: a finite number greater than 0.
pub fn amount(field: &str, value: &f64) -> Result<(), Error> {
    let value = *value;
    if !(value.is_finite() && value > 0.0 && value <= 1e12) {
        return Err(Error::validation(field, "expected a number greater than 0"));
    }
    Ok(())
}

/// Every rhystalk operation the SDK implements (the registry), from their declarations.
pub const OPERATIONS: &[Operation<RhysTalkApi>] = <RhysTalkApi as Api>::OPERATIONS;

/// Sans-IO: decode `params` for the operation named `op` (JS name) and build its request.
pub fn build(op: &str, params: Value, cfg: &Config) -> Result<crate::http::HttpRequest, Error> {
    crate::endpoint::build_named::<RhysTalkApi>(op, params, cfg)
}

/// Sans-IO: parse a reply to the operation named `op` into its typed reply (as JSON).
pub fn parse(op: &str, resp: &HttpResponse) -> Result<Value, Error> {
    crate::endpoint::parse_named::<RhysTalkApi>(op, resp)
}
