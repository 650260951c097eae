//! Tag "Wallet & Credits": transactions, balance, top-ups.

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::error::Error;
use crate::wire::Fields;
use telepartner_macros::operation;

/// Page through a client's wallet debits and credits (read-only).
#[operation(
    check = dates_in_order,
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/wallet_transactions",
    id = "partner_wallet_transactions",
    js = "walletTransactions",
    paging = "page",
    rows = "data.transactions",
    retry = Safe,
)]
pub struct WalletTransactionsParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// Page number, from 1 (sent as an integer; omitted when absent).
    #[check(positive)]
    pub page: Option<u32>,
    /// Page size, from 1 (sent as an integer; omitted when absent).
    #[check(positive)]
    pub limit: Option<u32>,
    /// Kind of expense, e.g. `call`.
    #[check(id)]
    pub expense_type: Option<String>,
    /// First day, `YYYY-MM-DD`.
    #[check(date)]
    pub start_date: Option<String>,
    /// Last day, `YYYY-MM-DD`, not before `start_date`.
    #[check(date)]
    pub end_date: Option<String>,
    /// Only this DID, E.164.
    #[check(e164)]
    pub did: Option<String>,
}

/// `end_date` not before `start_date` (both `YYYY-MM-DD`).
fn dates_in_order(f: Fields) -> Result<(), Error> {
    crate::validate::in_order(f, "start_date", "end_date")
}

/// Get a client's wallet balance and expiry (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/wallet_balance",
    id = "partner_wallet_balance",
    js = "walletBalance",
    retry = Safe,
)]
pub struct WalletBalanceParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
}

/// Add credits and/or extend a client's validity. Never retried: a retry could credit twice.
#[operation(
    check = something_to_change,
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/add_client_credits",
    id = "partner_add_client_credits",
    js = "addClientCredits",
    retry = Never,
)]
pub struct AddClientCreditsParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// New validity end, `YYYY-MM-DD HH:MM:SS`.
    #[check(datetime)]
    pub valid_till: Option<String>,
    /// Amount to add: a decimal number > 0, as a string (`"500"`).
    #[check(positive_amount)]
    pub credit: Option<String>,
}

/// A top-up changes the credit, the validity or both.
fn something_to_change(f: Fields) -> Result<(), Error> {
    if !f.has("valid_till") && !f.has("credit") {
        return Err(Error::validation(
            "credit",
            "credit or valid_till is required (nothing to change)",
        ));
    }
    Ok(())
}
