//! The replies, typed from the spec's `*Response` schemas: every property with
//! its type (`Currency` and `AccountCode12` as strings), required as the spec
//! says, and an index signature only where the schema allows more
//! (`additionalProperties: true`). Generated once from the spec, then reviewed.

use telepartner_macros::reply;

use crate::json::Value;

use super::Extra;
use crate::reply::Id;

/// One monetary balance of `GetBalanceResponse.balances`.
#[reply]
pub struct Balance {
    /// The record id (a string when beyond 2^53).
    pub id: Option<String>,
    /// The balance value.
    pub value: Option<f64>,
    /// The balance weight (higher is used first).
    pub weight: Option<f64>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// The spec's `GetBalanceResponse`.
#[reply]
pub struct GetBalanceResponse {
    /// The partner tenant the account belongs to.
    pub tenant_id: String,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: String,
    /// ISO 4217 currency code, e.g. `GBP`.
    pub currency: String,
    /// The account, as CGRateS names it.
    pub account: Option<String>,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: String,
    /// The tenant, as CGRateS names it.
    pub tenant: Option<String>,
    /// The sum of the monetary balances.
    pub total_balance: f64,
    /// The monetary balances.
    pub balances: Option<Vec<Balance>>,
    /// Balances keyed by id, as CGRateS returns them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(optional, type = "{ [key: string]: JsonValue }")
    )]
    pub balance_map: Option<Extra>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// The spec's `CallHistoryRow`.
#[reply]
pub struct CallHistoryRow {
    /// Dialed destination from CGRateS `cdrs.destination`.
    pub called_number: String,
    /// Billable duration in whole seconds (derived from `usage`).
    pub duration_seconds: u64,
    /// Monetary cost from `cdrs.cost` for the rated session.
    pub amount_charged: f64,
}

/// The spec's `CallHistoryResponse`.
#[reply]
pub struct CallHistoryResponse {
    /// The partner tenant the account belongs to.
    pub tenant_id: String,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: String,
    /// ISO 4217 currency code, e.g. `GBP`.
    pub currency: String,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: String,
    /// The calls, newest first (at most 10; empty when none).
    pub calls: Vec<CallHistoryRow>,
}

/// The spec's `BalanceMutationResponse`.
#[reply]
pub struct BalanceMutationResponse {
    /// The record id (a string when beyond 2^53).
    pub id: Option<Id>,
    /// The rating engine result, when it returns one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "JsonValue"))]
    pub result: Option<Value>,
    /// The rating engine error, when it returns one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "JsonValue"))]
    pub error: Option<Value>,
    /// The partner tenant the account belongs to.
    pub tenant_id: Option<String>,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: Option<String>,
    /// ISO 4217 currency code, e.g. `GBP`.
    pub currency: Option<String>,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: Option<String>,
    /// Balance before the change.
    pub balance_before: Option<f64>,
    /// Balance after the change.
    pub balance_after: Option<f64>,
    /// Whether the change was written to the ledger.
    pub ledger_logged: Option<bool>,
    /// The transaction id (normally the Idempotency-Key).
    pub transaction_id: Option<String>,
    /// The request's correlation id.
    pub correlation_id: Option<String>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// The spec's `CreateAccountResponse`.
#[reply]
pub struct CreateAccountResponse {
    /// The partner tenant the account belongs to.
    pub tenant_id: Option<String>,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: Option<String>,
    /// ISO 4217 currency code, e.g. `GBP`.
    pub currency: Option<String>,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: Option<String>,
    /// The opening balance.
    pub initial_balance: Option<f64>,
    /// Whether calls need the PIN.
    pub requires_pin: Option<bool>,
    /// The caller id or partner user id.
    pub external_user_id: Option<String>,
    /// The account PIN, when it requires one (a secret: do not log it).
    pub pin_12: Option<String>,
    /// The request's correlation id.
    pub correlation_id: Option<String>,
    /// The transaction id (normally the Idempotency-Key).
    pub transaction_id: Option<String>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// The spec's `DeleteAccountResponse`.
#[reply]
pub struct DeleteAccountResponse {
    /// The partner tenant the account belongs to.
    pub tenant_id: Option<String>,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: Option<String>,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: Option<String>,
    /// The account status, e.g. `deactivated`.
    pub status: Option<String>,
    /// When it was deactivated (RFC 3339).
    pub deactivated_at: Option<String>,
    /// Why it was deactivated.
    pub reason: Option<String>,
    /// The request's correlation id.
    pub correlation_id: Option<String>,
    /// The transaction id (normally the Idempotency-Key).
    pub transaction_id: Option<String>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// The spec's `ChangeCliResponse`.
#[reply]
pub struct ChangeCliResponse {
    /// The partner tenant the account belongs to.
    pub tenant_id: Option<String>,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: Option<String>,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: Option<String>,
    /// The caller id or partner user id.
    pub external_user_id: Option<String>,
    /// The request's correlation id.
    pub correlation_id: Option<String>,
    /// The transaction id (normally the Idempotency-Key).
    pub transaction_id: Option<String>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// The spec's `SetupCallResponse`.
#[reply]
pub struct SetupCallResponse {
    /// What happened.
    pub message: Option<String>,
    /// The id of the stored number translation (a string when beyond 2^53).
    #[serde(rename = "insertId")]
    pub insert_id: Option<Id>,
    /// The partner tenant the account belongs to.
    pub tenant_id: Option<String>,
    /// The product, e.g. `prepaid_uk`.
    pub product_id: Option<String>,
    /// ISO 4217 currency code, e.g. `GBP`.
    pub currency: Option<String>,
    /// The account code, left-padded to 12 digits.
    pub account_code_12: Option<String>,
    /// The request's correlation id.
    pub correlation_id: Option<String>,
    /// The transaction id (normally the Idempotency-Key).
    pub transaction_id: Option<String>,
    /// Fields beyond the declared ones (the spec allows them).
    #[serde(flatten)]
    pub extra: Extra,
}

/// Reply of `debitBalance`: the spec's `BalanceMutationResponse` plus `cgrid`.
#[reply]
pub struct DebitBalanceResponse {
    /// The balance change, as `topup` returns it.
    #[serde(flatten)]
    pub mutation: BalanceMutationResponse,
    /// CGRateS event id for the debit.
    pub cgrid: Option<String>,
}
