//! Tag "Accounts": create, deactivate, change the caller id.

use super::replies::*;
use super::{product_id, AccountCode, RhysTalkApi};
use crate::error::Error;
use crate::wire::Fields;
use telepartner_macros::operation;

/// `cli` is an alias of `external_user_id`: when both are sent they must match.
fn one_caller_id(f: Fields) -> Result<(), Error> {
    if let (Some(a), Some(b)) = (f.str("external_user_id"), f.str("cli")) {
        if a != b {
            return Err(Error::validation(
                "cli",
                "must equal external_user_id when both are sent (cli is its alias)",
            ));
        }
    }
    Ok(())
}

/// A new caller id, under either name; [`one_caller_id`] when both are sent.
fn new_caller_id(f: Fields) -> Result<(), Error> {
    if !f.has("external_user_id") && !f.has("cli") {
        return Err(Error::validation(
            "external_user_id",
            "external_user_id or cli is required",
        ));
    }
    one_caller_id(f)
}

/// An opening balance: a number from 0.
fn opening_balance(field: &str, value: &f64) -> Result<(), Error> {
    if !(value.is_finite() && *value >= 0.0) {
        return Err(Error::validation(field, "expected a number >= 0"));
    }
    Ok(())
}

/// Create an account (reply 201). Idempotent by `Idempotency-Key`.
#[operation(
    check = one_caller_id,
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
    #[check(self::opening_balance)]
    pub initial_balance: Option<f64>,
    /// Whether calls need a PIN (server default true).
    pub requires_pin: Option<bool>,
    /// Caller id or partner user id (up to 255 characters).
    #[check(max_len(255))]
    pub external_user_id: Option<String>,
    /// Deprecated alias of `external_user_id`.
    #[check(max_len(255))]
    pub cli: Option<String>,
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
    check = new_caller_id,
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
    /// The new caller id (up to 255 characters).
    #[check(max_len(255))]
    pub external_user_id: Option<String>,
    /// Alias of `external_user_id`.
    #[check(max_len(255))]
    pub cli: Option<String>,
}
