//! Call recordings: the reply is audio, not JSON.

use serde::{Deserialize, Serialize};

use super::{TokuApi, TokuReply};
use telepartner_macros::operation;

/// Download a call recording (`audio/wav`).
#[allow(non_snake_case)]
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/v1/interactions/play/{recordingId}",
    id = "interactions/play",
    js = "getRecording",
    retry = Safe,
    auth = ApiAuthorization,
    accept = "audio/wav",
    reply_ts = "Recording",
)]
pub struct GetRecordingParams {
    /// The recording's id; sent percent-encoded in the path.
    #[check(id)]
    pub recordingId: String,
}

/// A downloaded recording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Recording {
    /// The reply's content type, e.g. `audio/wave`.
    pub content_type: String,
    /// The audio bytes.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Uint8Array"))]
    pub data: Vec<u8>,
}
