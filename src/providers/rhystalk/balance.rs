//! Tag "Balance": read, top up, debit.

use super::replies::*;
use super::{AccountCode, RhysTalkApi};
use telepartner_macros::{operation, params};

/// An account under the token's tenant (the spec's `GetBalanceRequest`).
#[params]
pub struct AccountScope {
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account: AccountCode,
    /// Product id (optional when the token's claims carry it).
    #[check(super::product_id)]
    pub product_id: Option<String>,
    /// Currency, three upper-case letters.
    #[check(super::currency)]
    pub currency: Option<String>,
}

/// Read the monetary balances of an account (read-only).
#[operation(
    api = RhysTalkApi,
    method = "POST",
    path = "/get_balance",
    id = "getBalance",
    js = "getBalance",
    retry = Safe,
    reply = "GetBalanceResponse",
)]
pub struct GetBalanceParams {
    /// The params (the spec's `AccountScope` schema).
    #[flatten]
    pub account_scope: AccountScope,
}

/// A balance change (the spec's `BalanceMutationRequest`).
#[params]
pub struct BalanceMutation {
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account: AccountCode,
    /// Amount, > 0.
    #[check(super::amount)]
    pub amount: f64,
    /// Product id (optional when the token's claims carry it).
    #[check(super::product_id)]
    pub product_id: Option<String>,
    /// Currency, three upper-case letters.
    #[check(super::currency)]
    pub currency: Option<String>,
}

/// Add balance to an account. Idempotent by `Idempotency-Key`.
#[operation(
    api = RhysTalkApi,
    method = "POST",
    path = "/topup",
    id = "topup",
    js = "topup",
    retry = Keyed,
    reply = "BalanceMutationResponse",
)]
pub struct TopupParams {
    /// The params (the spec's `BalanceMutation` schema).
    #[flatten]
    pub balance_mutation: BalanceMutation,
}

/// Debit balance from an account. Idempotent by `Idempotency-Key`.
#[operation(
    api = RhysTalkApi,
    method = "POST",
    path = "/debit_balance",
    id = "debitBalance",
    js = "debitBalance",
    retry = Keyed,
    reply = "DebitBalanceResponse",
)]
pub struct DebitBalanceParams {
    /// The params (the spec's `BalanceMutation` schema).
    #[flatten]
    pub balance_mutation: BalanceMutation,
}
