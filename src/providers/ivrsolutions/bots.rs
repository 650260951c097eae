//! Tag "Voice Bots": WSS bots a flow can route calls to.

use super::types::opt;
use super::{IvrResponse, OpenData, Provider};
use crate::secret::Secret;
use crate::validate as v;

operation! {
    /// Create a WSS voice bot, or update one when `id` is given.
    POST "/partnerclients/create_wss_bot", "partner_create_wss_bot" as "createWssBot", retry Never
        -> IvrResponse<OpenData>,
    pub struct CreateWssBotParams {
        /// The client's id.
        pub client_id: String,
        /// Bot name.
        pub bot_name: String,
        /// What the bot is used for (the spec's example: `voice`).
        pub to_be_used: String,
        /// Id of an existing bot to update.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The bot's HTTP API, an `https://` URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub api_url: Option<String>,
        /// The bot's audio stream, a `wss://` URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wss_url: Option<String>,
        /// A header sent when opening the stream (often a credential: never logged).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wss_header: Option<Secret>,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::required("bot_name", &p.bot_name)?;
        v::max_len("bot_name", &p.bot_name, 100)?;
        v::id("to_be_used", &p.to_be_used)?;
        opt(p.id.as_deref(), |s| v::id("id", s))?;
        opt(p.api_url.as_deref(), |s| v::url_with_scheme("api_url", s, "https"))?;
        opt(p.wss_url.as_deref(), |s| v::url_with_scheme("wss_url", s, "wss"))?;
        opt(p.wss_header.as_ref(), |s| {
            let h = s.expose();
            if !h.contains(':') || h.chars().any(|c| c == '\r' || c == '\n') {
                return Err(crate::Error::validation("wss_header", "expected one 'Name: value' header line"));
            }
            Ok(())
        })?;
    }
}

operation! {
    /// List a client's WSS bots.
    GET "/partnerclients/get_wss_bots/{client_id}", "partner_get_wss_bots" as "getWssBots", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetWssBotsParams {
        /// The client's id; sent percent-encoded in the path.
        pub client_id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
    }
}

operation! {
    /// Get one WSS bot (read-only).
    POST "/partnerclients/get_wss_bot", "partner_get_wss_bot" as "getWssBot", retry Safe
        -> IvrResponse<OpenData>,
    pub struct GetWssBotParams {
        /// The client's id.
        pub client_id: String,
        /// The bot's id.
        pub id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("id", &p.id)?;
    }
}

operation! {
    /// Delete a WSS bot.
    POST "/partnerclients/delete_wss_bot", "partner_delete_wss_bot" as "deleteWssBot", retry Never
        -> IvrResponse<OpenData>,
    pub struct DeleteWssBotParams {
        /// The client's id.
        pub client_id: String,
        /// The bot's id.
        pub id: String,
    }
    validate(p) {
        v::id("client_id", &p.client_id)?;
        v::id("id", &p.id)?;
    }
}
