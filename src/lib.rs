//! # telepartner
//!
//! A typed, validated SDK for three telephony partner APIs (IVR Solutions,
//! Toku, RhysTalk). The core is sans-IO: every operation is a params struct
//! declared once with `#[operation]` and implementing [`Endpoint`], turned into an exact [`HttpRequest`] by
//! [`build_request`] and a reply into its typed response by [`parse_response`].
//! [`Client::send`] adds timeouts and retries over any [`Transport`]; the wasm
//! build adds a fetch transport and JS classes.

#![warn(missing_docs)]

pub mod client;
pub mod config;
pub(crate) mod de;
pub mod endpoint;
pub mod error;
pub mod http;
pub mod journeys;
pub mod json;
pub mod providers;
pub mod redact;
pub mod reply;
pub mod secret;
pub mod shape;
pub(crate) mod text;
pub mod tokens;
pub mod transport;
pub mod validate;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub(crate) mod js;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use client::{Client, ClientOptions, RequestOptions};
pub use endpoint::{
    build_request, decode_params, parse_response, Api, BodyKind, Endpoint, Operation, Retry,
};
pub use error::Error;
pub use http::{HttpRequest, HttpResponse, Method};
#[cfg(feature = "ivrsolutions")]
pub use providers::ivrsolutions;
#[cfg(feature = "rhystalk")]
pub use providers::rhystalk;
#[cfg(feature = "toku")]
pub use providers::toku;
pub use secret::Secret;
pub use transport::Transport;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
