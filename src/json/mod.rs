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
pub use lean::{from_slice, from_str, map, to_string, to_value, Map, Number, ToJson, Value};

/// A JSON value as compact text, written straight from the value (never
/// through serde, which would first copy the whole value).
pub fn text(value: &Value) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let mut out = String::new();
        lean::write(value, &mut out);
        out
    }
    #[cfg(not(target_arch = "wasm32"))]
    value.to_string()
}

/// `s` as a JSON string literal (quoted and escaped), for messages that show a
/// value as serde_json does; `format!("{s:?}")` would link core's Unicode
/// tables into the wasm for the same output on ordinary text.
pub fn quoted(s: &str) -> String {
    to_string(s).unwrap_or_default()
}

/// Whether the engine's `JSON.parse` reads `text` exactly as this crate's
/// reader does, so the wasm may check and hand on the engine's object instead
/// of parsing the text again. Conservative: `false` sends a reply the slow
/// way, never to a different verdict. Refused: a run of 16 or more digits (an
/// integer beyond 2^53 would be rounded; the reader keeps it exact), a number
/// with an exponent (`1e400` is out of range for the reader, `Infinity` for
/// the engine), an escaped UTF-16 surrogate (the reader refuses lone ones),
/// nesting deeper than the reader's 128 levels.
pub fn engine_reads_alike(text: &[u8]) -> bool {
    let (mut in_string, mut escaped, mut depth, mut digits) = (false, false, 0u32, 0u32);
    let mut prev = 0u8;
    for (i, &b) in text.iter().enumerate() {
        digits = if b.is_ascii_digit() { digits + 1 } else { 0 };
        if digits >= 16 {
            return false;
        }
        if in_string {
            if escaped {
                escaped = false;
                let surrogate = b == b'u'
                    && matches!(text.get(i + 1), Some(b'd' | b'D'))
                    && matches!(
                        text.get(i + 2),
                        Some(b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F')
                    );
                if surrogate {
                    return false;
                }
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth >= 127 {
                        return false;
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                b'e' | b'E' if prev.is_ascii_digit() || prev == b'.' => return false,
                _ => {}
            }
        }
        prev = b;
    }
    true
}

#[cfg(test)]
mod engine_tests {
    use super::engine_reads_alike as alike;

    #[test]
    fn the_engine_reads_plain_replies_alike() {
        assert!(alike(br#"{"status":200,"message":"ok","data":{"balance":"1500.00","n":-12.5,"t":true,"f":false,"z":null}}"#));
        assert!(alike(
            br#"{"e":"1e400 in a string","u":"\u00e9\n","id":900719925474099}"#
        ));
        assert!(alike(
            format!("{}{}", "[".repeat(100), "]".repeat(100)).as_bytes()
        ));
    }

    #[test]
    fn what_the_engine_would_read_differently_is_left_to_the_crate() {
        assert!(!alike(br#"{"id":12345678901234567890}"#), "beyond 2^53");
        assert!(!alike(br#"{"id":-9007199254740993}"#), "beyond -2^53");
        assert!(!alike(br#"{"x":1e400}"#), "exponent");
        assert!(!alike(br#"{"x":2.5E3}"#), "exponent");
        assert!(!alike(br#"{"s":"\ud800"}"#), "escaped surrogate");
        assert!(!alike(br#"{"s":"\uDFFF"}"#), "escaped surrogate");
        assert!(
            !alike(format!("{}{}", "[".repeat(128), "]".repeat(128)).as_bytes()),
            "depth"
        );
    }
}
