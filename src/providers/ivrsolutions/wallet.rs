//! Tag "Wallet & Credits": transactions, balance, top-ups.

use super::types::opt;
use super::{IvrResponse, OpenData, Provider};
use crate::error::Error;
use crate::validate as v;

operation! {
    /// Page through a client's wallet debits and credits (read-only).
    POST "/partnerclients/wallet_transactions", "partner_wallet_transactions" as "walletTransactions", retry Safe
        -> IvrResponse<OpenData>,
    pub struct WalletTransactionsParams {
        /// The client's id.
        pub client_id: String,
        /// Page number, from 1 (sent as an integer; omitted when absent).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<u32>,
        /// Page size, from 1 (sent as an integer; omitted when absent).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        /// Kind of expense, e.g. `call`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expense_type: Option<String>,
        /// First day, `YYYY-MM-DD`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Last day, `YYYY-MM-DD`, not before `start_date`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Only this DID, E.164.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub did: Option<String>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        if p.page == Some(0) { return Err(Error::validation("page", "expected a positive integer (from 1)")); }
        if p.limit == Some(0) { return Err(Error::validation("limit", "expected a positive integer (from 1)")); }
        opt(p.expense_type.as_deref(), |s| v::id("expense_type", s))?;
        opt(p.start_date.as_deref(), |s| v::date("start_date", s))?;
        opt(p.end_date.as_deref(), |s| v::date("end_date", s))?;
        if let (Some(start), Some(end)) = (&p.start_date, &p.end_date) {
            if v::parse_date(end) < v::parse_date(start) {
                return Err(Error::validation("end_date", "must not be before start_date"));
            }
        }
        opt(p.did.as_deref(), |s| v::e164("did", s))?;
    }
}

operation! {
    /// Get a client's wallet balance and expiry (read-only).
    POST "/partnerclients/wallet_balance", "partner_wallet_balance" as "walletBalance", retry Safe
        -> IvrResponse<OpenData>,
    pub struct WalletBalanceParams {
        /// The client's id.
        pub client_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
}

operation! {
    /// Add credits and/or extend a client's validity. Never retried: a retry could credit twice.
    POST "/partnerclients/add_client_credits", "partner_add_client_credits" as "addClientCredits", retry Never
        -> IvrResponse<OpenData>,
    pub struct AddClientCreditsParams {
        /// The client's id.
        pub client_id: String,
        /// New validity end, `YYYY-MM-DD HH:MM:SS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub valid_till: Option<String>,
        /// Amount to add: a decimal number > 0, as a string (`"500"`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub credit: Option<String>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        if p.valid_till.is_none() && p.credit.is_none() {
            return Err(Error::validation("credit", "credit or valid_till is required (nothing to change)"));
        }
        opt(p.valid_till.as_deref(), |s| v::datetime("valid_till", s))?;
        opt(p.credit.as_deref(), |s| v::positive_amount("credit", s))?;
    }
}
