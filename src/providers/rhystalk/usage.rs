//! Tag "Usage": billed call history.

use serde::{Deserialize, Serialize};

use super::balance::AccountScope;
use super::{Extra, RhysTalkApi};
use telepartner_macros::operation;

/// Up to 10 billed calls of the last 30 days (read-only). Same params as `getBalance`.
#[operation(
    api = RhysTalkApi,
    method = "POST",
    path = "/call_history",
    id = "callHistory",
    js = "callHistory",
    retry = Safe,
    reply = "CallHistoryResponse",
)]
pub struct CallHistoryParams {
    /// The params (the spec's `AccountScope` schema).
    #[flatten]
    pub account_scope: AccountScope,
}

/// One billed call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallHistoryRow {
    /// The dialled destination.
    pub called_number: String,
    /// Billable duration in whole seconds.
    pub duration_seconds: u64,
    /// Amount charged.
    pub amount_charged: f64,
    /// Fields a newer API version may add.
    #[serde(flatten)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "{ [key: string]: JsonValue }"))]
    pub extra: Extra,
}

/// Reply of `callHistory`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CallHistoryResponse {
    /// Tenant.
    pub tenant_id: String,
    /// Product.
    pub product_id: String,
    /// Currency.
    pub currency: String,
    /// The 12-digit account code.
    pub account_code_12: String,
    /// The calls, newest first (at most 10; empty when none).
    pub calls: Vec<CallHistoryRow>,
    /// Fields a newer API version may add.
    #[serde(flatten)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "{ [key: string]: JsonValue }"))]
    pub extra: Extra,
}
