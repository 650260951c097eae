//! Tag "Accounts": create, deactivate, change the caller id.

use super::replies::*;
use super::{product_id, AccountCode, RhysTalkApi};
use crate::endpoint::Validate;
use crate::error::Error;
use crate::validate as v;
use telepartner_macros::operation;

/// `cli` is an alias of `external_user_id`: when both are sent they must match.
fn caller_id(external_user_id: Option<&str>, cli: Option<&str>) -> Result<(), Error> {
    if let Some(id) = external_user_id {
        v::max_len("external_user_id", id, 255)?;
    }
    if let Some(id) = cli {
        v::max_len("cli", id, 255)?;
    }
    if let (Some(a), Some(b)) = (external_user_id, cli) {
        if a != b {
            return Err(Error::validation(
                "cli",
                "must equal external_user_id when both are sent (cli is its alias)",
            ));
        }
    }
    Ok(())
}

/// Create an account (reply 201). Idempotent by `Idempotency-Key`.
#[operation(
    validate = "custom",
    api = RhysTalkApi,
    method = "POST",
    path = "/create_account",
    id = "createAccount",
    js = "createAccount",
    retry = Keyed,
    reply = "CreateAccountResponse",
)]
pub struct CreateAccountParams {
    /// Product id.
    #[check(self::product_id)]
    pub product_id: String,
    /// Opening balance, >= 0 (server default 0).
    pub initial_balance: Option<f64>,
    /// Whether calls need a PIN (server default true).
    pub requires_pin: Option<bool>,
    /// Caller id or partner user id (up to 255 characters).
    pub external_user_id: Option<String>,
    /// Deprecated alias of `external_user_id`.
    pub cli: Option<String>,
}

impl Validate for CreateAccountParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if let Some(b) = p.initial_balance {
            if !(b.is_finite() && b >= 0.0) {
                return Err(Error::validation(
                    "initial_balance",
                    "expected a number >= 0",
                ));
            }
        }
        caller_id(p.external_user_id.as_deref(), p.cli.as_deref())?;
        Ok(())
    }
}

/// Deactivate (soft-delete) an account. Idempotent by `Idempotency-Key`.
#[operation(
    api = RhysTalkApi,
    method = "POST",
    path = "/delete_account",
    id = "deleteAccount",
    js = "deleteAccount",
    retry = Keyed,
    reply = "DeleteAccountResponse",
)]
pub struct DeleteAccountParams {
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account: AccountCode,
    /// Product id.
    #[check(self::product_id)]
    pub product_id: Option<String>,
    /// Why (up to 500 characters).
    #[check(max_len(500))]
    pub reason: Option<String>,
}

/// Change an account's caller id. Send `external_user_id` or its alias `cli`.
#[operation(
    validate = "custom",
    api = RhysTalkApi,
    method = "POST",
    path = "/change_cli",
    id = "changeCli",
    js = "changeCli",
    retry = Keyed,
    reply = "ChangeCliResponse",
)]
pub struct ChangeCliParams {
    /// Account code: up to 12 digits (kept left-padded to 12).
    pub account: AccountCode,
    /// Product id.
    #[check(self::product_id)]
    pub product_id: Option<String>,
    /// The new caller id.
    pub external_user_id: Option<String>,
    /// Alias of `external_user_id`.
    pub cli: Option<String>,
}

impl Validate for ChangeCliParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if p.external_user_id.is_none() && p.cli.is_none() {
            return Err(Error::validation(
                "external_user_id",
                "external_user_id or cli is required",
            ));
        }
        caller_id(p.external_user_id.as_deref(), p.cli.as_deref())?;
        Ok(())
    }
}
