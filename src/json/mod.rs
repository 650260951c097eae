//! The JSON value the core works on.
//!
//! Natively it is `serde_json`'s (the typed Rust API and the tests speak it).
//! The wasm build uses [`lean`]: the same API subset, without a second full
//! JSON engine in the wasm (the JS engine parses and prints JSON at the
//! boundary). The native tests hold `lean` to `serde_json` on the same inputs.

#[cfg(any(target_arch = "wasm32", test))]
pub mod lean;

#[cfg(not(target_arch = "wasm32"))]
pub use serde_json::{from_slice, from_str, json, map, to_string, to_value, Map, Number, Value};

#[cfg(target_arch = "wasm32")]
pub use crate::lean_json as json;
#[cfg(target_arch = "wasm32")]
pub use lean::{from_slice, from_str, map, to_string, to_value, Map, Number, Value};

/// `s` as a JSON string literal (quoted and escaped), for messages that show a
/// value as serde_json does; `format!("{s:?}")` would link core's Unicode
/// tables into the wasm for the same output on ordinary text.
pub fn quoted(s: &str) -> String {
    to_string(s).unwrap_or_default()
}
