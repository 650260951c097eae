//! Options objects passed from JS.

use serde::Deserialize;
use tsify::Tsify;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::Error;

/// Per-call options (the second argument of every method).
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallOptions {
    /// Abort the call (including retries and backoff) when this signal fires.
    #[tsify(optional, type = "AbortSignal")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub signal: JsValue,
    /// Per-attempt timeout in milliseconds (overrides the client's `timeoutMs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u32>,
    /// Retries for this call; only operations that are safe to repeat are retried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
    /// Idempotency key, for operations that accept one (IVR Solutions has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// Correlation id, for APIs that define a correlation header (IVR Solutions has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Toku calls placed with a callback URL (`operations()` entries with
    /// `signedCallback`): sign the callback URL with this secret (at least 16 characters; it never leaves your server)
    /// so that `Toku.webhookHandler({ secret })` refuses forged callbacks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_secret: Option<String>,
    /// How long the callback token stays valid, in seconds (default 86400).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_ttl_seconds: Option<u32>,
}

impl CallOptions {
    /// Read from JS (`undefined` -> defaults), naming the bad option on error.
    pub fn from_js(value: Option<JsValue>) -> Result<Self, Error> {
        let Some(r) = Reader::new(
            value,
            "options",
            &[
                "signal",
                "timeoutMs",
                "maxRetries",
                "idempotencyKey",
                "correlationId",
                "callbackSecret",
                "callbackTtlSeconds",
            ],
        )?
        else {
            return Ok(CallOptions::default());
        };
        if !r.get("callbackSecret").is_undefined() {
            // The package entry consumes it for the three call-placing methods.
            #[cfg(feature = "toku")]
            let takers = crate::providers::toku::signed_callback_operations();
            #[cfg(not(feature = "toku"))]
            let takers = ["Toku's call-placing methods"];
            return Err(Error::validation(
                "callbackSecret",
                format!("is taken only by {}", crate::text::join(&takers, ", ")),
            ));
        }
        let signal = r.get("signal");
        if !signal.is_undefined() && !signal.is_instance_of::<web_sys::AbortSignal>() {
            return Err(Error::validation("signal", "expected an AbortSignal"));
        }
        Ok(CallOptions {
            signal,
            timeout_ms: r.integer("timeoutMs", 1, i32::MAX as u32)?,
            max_retries: r.integer("maxRetries", 0, 10)?,
            idempotency_key: r.string("idempotencyKey")?,
            correlation_id: r.string("correlationId")?,
            callback_secret: None,
            callback_ttl_seconds: None,
        })
    }

    /// The core's per-call options, borrowing `signal`.
    pub fn as_request_options<'a>(
        &self,
        signal: Option<&'a web_sys::AbortSignal>,
    ) -> crate::client::RequestOptions<'a, web_sys::AbortSignal> {
        crate::client::RequestOptions {
            timeout_ms: self.timeout_ms,
            max_retries: self.max_retries,
            idempotency_key: self.idempotency_key.clone(),
            correlation_id: self.correlation_id.clone(),
            signal,
        }
    }

    /// The signal, when one was given.
    pub fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.signal.clone().dyn_into::<web_sys::AbortSignal>().ok()
    }
}

/// The own string-keyed properties of `object` and their values, read through
/// `Reflect` so that a throwing getter or Proxy trap is an error here (`None`)
/// instead of an exception unwinding through the wasm.
pub(crate) fn own_entries(object: &JsValue) -> Option<Vec<(String, JsValue)>> {
    let keys = js_sys::Reflect::own_keys(object.unchecked_ref()).ok()?;
    let mut out = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        if let Some(name) = key.as_string() {
            out.push((name, js_sys::Reflect::get(object, &key).ok()?));
        }
    }
    Some(out)
}

/// Reads a plain JS options object key by key, rejecting unknown keys.
pub(crate) struct Reader {
    object: JsValue,
}

impl Reader {
    /// `None` for `undefined`/`null`; an error for non-objects and unknown keys.
    pub fn new(value: Option<JsValue>, what: &str, known: &[&str]) -> Result<Option<Self>, Error> {
        let Some(object) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
            return Ok(None);
        };
        if !object.is_object() || js_sys::Array::is_array(&object) {
            return Err(Error::validation(what, "expected an object"));
        }
        let unreadable =
            || Error::validation(what, "could not be read (a getter or Proxy trap threw)");
        for (key, _) in own_entries(&object).ok_or_else(unreadable)? {
            if !known.contains(&key.as_str()) {
                let shown: String = key.chars().take(64).collect();
                return Err(Error::validation(
                    shown,
                    format!(
                        "is not a known option (expected one of {})",
                        crate::text::join(known, ", ")
                    ),
                ));
            }
        }
        Ok(Some(Reader { object }))
    }

    /// The raw value (`undefined` when absent).
    pub fn get(&self, key: &str) -> JsValue {
        js_sys::Reflect::get(&self.object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    /// An optional integer in `min..=max`.
    pub fn integer(&self, key: &str, min: u32, max: u32) -> Result<Option<u32>, Error> {
        let v = self.get(key);
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        match v.as_f64() {
            Some(n) if n.fract() == 0.0 && n >= f64::from(min) && n <= f64::from(max) => {
                Ok(Some(n as u32))
            }
            _ => Err(Error::validation(
                key,
                format!("expected an integer from {min} to {max}"),
            )),
        }
    }

    /// An optional string (not echoed on error).
    pub fn string(&self, key: &str) -> Result<Option<String>, Error> {
        let v = self.get(key);
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        v.as_string()
            .map(Some)
            .ok_or_else(|| Error::validation(key, "expected a string"))
    }

    /// An optional boolean.
    pub fn boolean(&self, key: &str) -> Result<Option<bool>, Error> {
        let v = self.get(key);
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        v.as_bool()
            .map(Some)
            .ok_or_else(|| Error::validation(key, "expected true or false"))
    }

    /// An optional function.
    pub fn function(&self, key: &str) -> Result<Option<js_sys::Function>, Error> {
        let v = self.get(key);
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        v.dyn_into::<js_sys::Function>()
            .map(Some)
            .map_err(|_| Error::validation(key, "expected a function"))
    }
}
