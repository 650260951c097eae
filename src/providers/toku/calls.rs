//! Programmable calls: text-to-speech, number masking (dual-party and sequential).

use super::replies::*;
use super::{numeric_phone, webhook_url, TokuApi, TtsMessage};
use crate::error::Error;
use crate::json::Value;
use telepartner_macros::{operation, params};

/// One command of a TTS call.
#[params]
pub struct TtsCommand {
    /// Must be `PlayTTS`.
    #[check(self::play_tts)]
    pub function: String,
    /// Text to speak.
    #[check(required)]
    pub message: String,
    /// Language code, e.g. `en`.
    #[check(required)]
    pub language: String,
    /// Voice, e.g. `f` or `m`.
    pub voice: Option<String>,
    /// Expected digit, 0-9.
    #[check(within(0, 9, "expected one digit, 0 to 9"))]
    pub dtmf: Option<u8>,
    /// Times to play, at least 1.
    #[check(within(1, u64::MAX, "expected at least 1"))]
    pub replay: Option<u32>,
    /// Played when no digit is pressed.
    pub no_dtmf_message: Option<String>,
    /// Seconds to wait for a digit.
    pub timeout: Option<u32>,
}

/// The one command a TTS call runs.
fn play_tts(field: &str, value: &str) -> Result<(), Error> {
    if value != "PlayTTS" {
        return Err(Error::validation(field, "must be \"PlayTTS\""));
    }
    Ok(())
}

/// A call runs at least one command.
fn some_command(field: &str, value: &[Value]) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::validation(field, "expected at least one command"));
    }
    Ok(())
}

/// A wait of at least a second.
fn seconds(field: &str, value: &u32) -> Result<(), Error> {
    if *value == 0 {
        return Err(Error::validation(
            field,
            "expected a positive number of seconds",
        ));
    }
    Ok(())
}

/// One upper-case letter after `A` (the first party): `B`, `C`, ...
fn party_role(field: &str, value: &str) -> Result<(), Error> {
    if value.len() != 1 || !value.bytes().all(|b| b.is_ascii_uppercase()) || value == "A" {
        return Err(Error::validation(
            field,
            "expected one upper-case letter after A (B, C, ...)",
        ));
    }
    Ok(())
}

/// The options a masked call and a masking conference share.
#[params]
pub struct MaskingOptions {
    /// Caller id shown, digits only.
    #[check(self::numeric_phone)]
    pub caller_id: Option<String>,
    /// Spoken to the party after pick-up.
    pub message: Option<TtsMessage>,
    /// Seconds to wait.
    #[check(self::seconds)]
    pub timeout: Option<u32>,
    /// Receives the call events (SETUP, CONNECT, DISCONNECT, FAILED).
    #[check(self::webhook_url)]
    pub call_event_webhook_url: Option<String>,
}

/// Place a programmable text-to-speech call.
#[operation(
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
    #[check(self::some_command)]
    pub commands: Vec<TtsCommand>,
    /// Caller id shown, digits only.
    #[check(self::numeric_phone)]
    pub caller_id: Option<String>,
    /// Receives the call events (SETUP, CONNECT, DISCONNECT, FAILED).
    #[check(self::webhook_url)]
    pub call_event_webhook_url: Option<String>,
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
    #[check(self::party_role)]
    pub party_role: String,
    /// Caller id shown, digits only.
    #[check(self::numeric_phone)]
    pub caller_id: Option<String>,
    /// Seconds to wait.
    #[check(self::seconds)]
    pub timeout: Option<u32>,
    /// Receives the call events.
    #[check(self::webhook_url)]
    pub call_event_webhook_url: Option<String>,
}

crate::wire::wire_via_table!(TtsCommand);
