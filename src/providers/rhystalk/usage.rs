//! Tag "Usage": billed call history.

use super::balance::AccountScope;
use super::replies::*;
use super::RhysTalkApi;
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
