//! Programmable calls: text-to-speech, number masking (dual-party and sequential).

use super::replies::*;
use super::{numeric_phone, webhook_url, TokuApi, TtsMessage};
use crate::endpoint::Validate;
use crate::error::Error;
use crate::validate as v;
use telepartner_macros::{operation, params};

/// One command of a TTS call.
#[params]
pub struct TtsCommand {
    /// Must be `PlayTTS`.
    pub function: String,
    /// Text to speak.
    pub message: String,
    /// Language code, e.g. `en`.
    pub language: String,
    /// Voice, e.g. `f` or `m`.
    pub voice: Option<String>,
    /// Expected digit, 0-9.
    pub dtmf: Option<u8>,
    /// Times to play, at least 1.
    pub replay: Option<u32>,
    /// Played when no digit is pressed.
    pub no_dtmf_message: Option<String>,
    /// Seconds to wait for a digit.
    pub timeout: Option<u32>,
}

fn optional_common(
    caller_id: Option<&str>,
    webhook: Option<&str>,
    timeout: Option<u32>,
) -> Result<(), Error> {
    if let Some(c) = caller_id {
        numeric_phone("caller_id", c)?;
    }
    if let Some(u) = webhook {
        webhook_url("call_event_webhook_url", u)?;
    }
    if timeout == Some(0) {
        return Err(Error::validation(
            "timeout",
            "expected a positive number of seconds",
        ));
    }
    Ok(())
}

/// The options a masked call and a masking conference share.
#[params(validate = "custom")]
pub struct MaskingOptions {
    /// Caller id shown, digits only.
    pub caller_id: Option<String>,
    /// Spoken to the party after pick-up.
    pub message: Option<TtsMessage>,
    /// Seconds to wait.
    pub timeout: Option<u32>,
    /// Receives the call events (SETUP, CONNECT, DISCONNECT, FAILED).
    pub call_event_webhook_url: Option<String>,
}

impl Validate for MaskingOptions {
    fn validate(&self) -> Result<(), crate::Error> {
        if let Some(m) = &self.message {
            m.check("message")?;
        }
        optional_common(
            self.caller_id.as_deref(),
            self.call_event_webhook_url.as_deref(),
            self.timeout,
        )
    }
}

/// Place a programmable text-to-speech call.
#[operation(
    validate = "custom",
    api = TokuApi,
    method = "POST",
    path = "/v1/programmable-call/call",
    id = "programmable-call/call",
    js = "createTtsCall",
    reply = "TokuResponse<CallSession>",
    retry = Never,
    auth = ApiKey,
)]
pub struct CreateTtsCallParams {
    /// Number to call, digits only.
    #[check(self::numeric_phone)]
    pub called_number: String,
    /// Your id for the call.
    #[check(id)]
    pub reference_id: String,
    /// Commands, run in order.
    pub commands: Vec<TtsCommand>,
    /// Caller id shown, digits only.
    pub caller_id: Option<String>,
    /// Receives the call events (SETUP, CONNECT, DISCONNECT, FAILED).
    pub call_event_webhook_url: Option<String>,
}

impl Validate for CreateTtsCallParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if p.commands.is_empty() {
            return Err(Error::validation(
                "commands",
                "expected at least one command",
            ));
        }
        for (i, c) in p.commands.iter().enumerate() {
            let at = |k: &str| format!("commands.{i}.{k}");
            if c.function != "PlayTTS" {
                return Err(Error::validation(at("function"), "must be \"PlayTTS\""));
            }
            v::required(&at("message"), &c.message)?;
            v::required(&at("language"), &c.language)?;
            if c.dtmf.is_some_and(|d| d > 9) {
                return Err(Error::validation(at("dtmf"), "expected one digit, 0 to 9"));
            }
            if c.replay == Some(0) {
                return Err(Error::validation(at("replay"), "expected at least 1"));
            }
        }
        optional_common(
            p.caller_id.as_deref(),
            p.call_event_webhook_url.as_deref(),
            None,
        )?;
        Ok(())
    }
}

/// Dual-party connect: call A and B and bridge them, numbers hidden.
#[operation(
    api = TokuApi,
    method = "POST",
    path = "/v1/programmable-call/number-masking",
    id = "number-masking",
    js = "createMaskedCall",
    reply = "TokuResponse<CallSession>",
    retry = Never,
    auth = ApiKey,
)]
pub struct CreateMaskedCallParams {
    /// A party, digits only.
    #[check(self::numeric_phone)]
    pub a_party_number: String,
    /// B party, digits only.
    #[check(self::numeric_phone)]
    pub b_party_number: String,
    /// Your id for the call.
    #[check(id)]
    pub reference_id: String,
    /// Caller id, greeting, timeout and events.
    #[flatten(optional)]
    pub options: MaskingOptions,
}

/// Sequential connect: call A first; bridge B later with `joinMaskingConference`.
#[operation(
    api = TokuApi,
    method = "POST",
    path = "/v1/programmable-call/number-masking/conferences",
    id = "number-masking/conferences",
    js = "createMaskingConference",
    reply = "TokuResponse<CallSession>",
    retry = Never,
    auth = ApiKey,
)]
pub struct CreateMaskingConferenceParams {
    /// The first party, digits only.
    #[check(self::numeric_phone)]
    pub destination_number: String,
    /// Your id for the call.
    #[check(id)]
    pub reference_id: String,
    /// Caller id, greeting, timeout and events.
    #[flatten(optional)]
    pub options: MaskingOptions,
}

/// Dial another party into a sequential-connect session and bridge it.
#[allow(non_snake_case)]
#[operation(
    validate = "custom",
    api = TokuApi,
    method = "POST",
    path = "/v1/programmable-call/number-masking/conferences/{sessionID}/join",
    id = "number-masking/conferences/join",
    js = "joinMaskingConference",
    reply = "TokuResponse<CallSession>",
    retry = Never,
    auth = ApiKey,
)]
pub struct JoinMaskingConferenceParams {
    /// The session id from `createMaskingConference`; sent in the path.
    #[check(id)]
    pub sessionID: String,
    /// The party to dial, digits only.
    #[check(self::numeric_phone)]
    pub destination_number: String,
    /// Its role in the room, e.g. `B`, `C`.
    pub party_role: String,
    /// Caller id shown, digits only.
    pub caller_id: Option<String>,
    /// Seconds to wait.
    pub timeout: Option<u32>,
    /// Receives the call events.
    pub call_event_webhook_url: Option<String>,
}

impl Validate for JoinMaskingConferenceParams {
    fn validate(&self) -> Result<(), crate::Error> {
        let p = self;
        if p.party_role.len() != 1
            || !p.party_role.bytes().all(|b| b.is_ascii_uppercase())
            || p.party_role == "A"
        {
            return Err(Error::validation(
                "party_role",
                "expected one upper-case letter after A (B, C, ...)",
            ));
        }
        optional_common(
            p.caller_id.as_deref(),
            p.call_event_webhook_url.as_deref(),
            p.timeout,
        )?;
        Ok(())
    }
}

crate::wire::wire_via_table!(TtsCommand);
