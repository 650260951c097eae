//! Call recordings: the reply is audio, not JSON.

use serde::{Deserialize, Serialize};

use super::{Provider, TokuReply};
use crate::validate as v;

operation! {
    /// Download a call recording (`audio/wav`).
    #[allow(non_snake_case)]
    GET "/v1/interactions/play/{recordingId}", "interactions/play" as "getRecording", retry Safe, auth ApiAuthorization, accept "audio/wav"
        -> TokuReply,
    pub struct GetRecordingParams {
        /// The recording's id; sent percent-encoded in the path.
        pub recordingId: String,
    }
    validate(p) {
        v::id("recordingId", &p.recordingId)?;
    }
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
