//! Tag "Balance": read, top up, debit.

use super::replies::*;
use super::{amount, currency, product_id, AccountCode, RhysTalkApi};
use crate::endpoint::Validate;
use crate::error::Error;
use telepartner_macros::{operation, params};

/// Product and currency checks shared by the account-scoped operations.
pub(crate) fn scope(product: Option<&str>, curr: Option<&str>) -> Result<(), Error> {
    if let Some(p) = product {
        product_id("product_id", p)?;
    }
    if let Some(c) = curr {
        currency("currency", c)?;
    }
    Ok(())
}

/// An account under the token's tenant (the spec's `GetBalanceRequest`).
#[params(validate = "custom")]
pub struct AccountScope {
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account: AccountCode,
    /// Product id (optional when the token's claims carry it).
    pub product_id: Option<String>,
    /// Currency, three upper-case letters.
    pub currency: Option<String>,
}

impl Validate for AccountScope {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        scope(p.product_id.as_deref(), p.currency.as_deref())?;
        Ok(())
    }
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
#[params(validate = "custom")]
pub struct BalanceMutation {
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account: AccountCode,
    /// Amount, > 0.
    pub amount: f64,
    /// Product id (optional when the token's claims carry it).
    pub product_id: Option<String>,
    /// Currency, three upper-case letters.
    pub currency: Option<String>,
}

impl Validate for BalanceMutation {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        amount("amount", p.amount)?;
        scope(p.product_id.as_deref(), p.currency.as_deref())?;
        Ok(())
    }
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
