//! Tag "Voice Bots": WSS bots a flow can route calls to.

use super::{IvrResponse, IvrSolutionsApi, OpenData};
use crate::error::Error;
use crate::secret::Secret;
use telepartner_macros::operation;

/// Create a WSS voice bot, or update one when `id` is given.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/create_wss_bot",
    id = "partner_create_wss_bot",
    js = "createWssBot",
    retry = Never,
)]
pub struct CreateWssBotParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// Bot name.
    #[check(required, max_len(100))]
    pub bot_name: String,
    /// What the bot is used for (the spec's example: `voice`).
    #[check(id)]
    pub to_be_used: String,
    /// Id of an existing bot to update.
    #[check(id)]
    pub id: Option<String>,
    /// The bot's HTTP API, an `https://` URL.
    #[check(url_with_scheme("https"))]
    pub api_url: Option<String>,
    /// The bot's audio stream, a `wss://` URL.
    #[check(url_with_scheme("wss"))]
    pub wss_url: Option<String>,
    /// A header sent when opening the stream (often a credential: never logged).
    #[check(self::header_line)]
    pub wss_header: Option<Secret>,
}

/// One `Name: value` header line (no line breaks).
fn header_line(field: &str, value: &str) -> Result<(), Error> {
    if !crate::text::contains(value, ":") || value.chars().any(|c| c == '\r' || c == '\n') {
        return Err(Error::validation(
            field,
            "expected one 'Name: value' header line",
        ));
    }
    Ok(())
}

/// List a client's WSS bots.
#[operation(
    api = IvrSolutionsApi,
    method = "GET",
    path = "/partnerclients/get_wss_bots/{client_id}",
    id = "partner_get_wss_bots",
    js = "getWssBots",
    retry = Safe,
)]
pub struct GetWssBotsParams {
    /// The client's id; sent percent-encoded in the path.
    #[check(id)]
    pub client_id: String,
}

/// Get one WSS bot (read-only).
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/get_wss_bot",
    id = "partner_get_wss_bot",
    js = "getWssBot",
    retry = Safe,
)]
pub struct GetWssBotParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The bot's id.
    #[check(id)]
    pub id: String,
}

/// Delete a WSS bot.
#[operation(
    api = IvrSolutionsApi,
    method = "POST",
    path = "/partnerclients/delete_wss_bot",
    id = "partner_delete_wss_bot",
    js = "deleteWssBot",
    retry = Never,
)]
pub struct DeleteWssBotParams {
    /// The client's id.
    #[check(id)]
    pub client_id: String,
    /// The bot's id.
    #[check(id)]
    pub id: String,
}
