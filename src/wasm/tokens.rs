//! `getToken`: a JS token provider as the client's [`TokenSource`]. Tokens
//! are cached until shortly before their JWT `exp`; concurrent calls that find
//! no usable token share one `getToken` call (one in-flight promise).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;

use js_sys::{Function, Promise};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::client::TokenSource;
use crate::error::Error;
use crate::secret::Secret;
use crate::tokens::TokenCache;

/// Tokens from the caller's `getToken`.
pub(crate) struct JsTokenSource {
    get_token: Function,
    cache: TokenCache,
    /// The `getToken` call in flight, shared by every call waiting for it.
    pending: RefCell<Option<Promise>>,
}

impl JsTokenSource {
    /// A source calling `get_token`.
    pub(crate) fn new(get_token: Function) -> Self {
        JsTokenSource {
            get_token,
            cache: TokenCache::default(),
            pending: RefCell::new(None),
        }
    }

    async fn fetch(&self) -> Result<Secret, Error> {
        let failed = |what: &str| Error::Config {
            field: "getToken".into(),
            reason: what.into(),
        };
        let existing = self.pending.borrow().clone();
        let promise = match existing {
            Some(promise) => promise,
            None => {
                let value = self.get_token.call0(&JsValue::UNDEFINED).map_err(|_| {
                    failed("threw (its error is not shown: it may hold credentials)")
                })?;
                let promise = Promise::resolve(&value);
                *self.pending.borrow_mut() = Some(promise.clone());
                promise
            }
        };
        let result = JsFuture::from(promise).await;
        self.pending.borrow_mut().take();
        let value = result
            .map_err(|_| failed("rejected (its error is not shown: it may hold credentials)"))?;
        let token = value
            .as_string()
            .ok_or_else(|| failed("did not return a string"))?;
        match self.cache.current(crate::js::now_ms() as u64) {
            // Another waiter on the same promise stored it already.
            Some(cached) if cached.expose() == token => Ok(cached),
            _ => self.cache.store(token),
        }
    }
}

impl TokenSource for JsTokenSource {
    fn token(
        &self,
        stale: Option<Secret>,
    ) -> Pin<Box<dyn Future<Output = Result<Secret, Error>> + '_>> {
        Box::pin(async move {
            if let Some(stale) = &stale {
                if !self.cache.clear_if(stale) {
                    // Another call already replaced the refused token.
                    if let Some(fresh) = self.cache.current(crate::js::now_ms() as u64) {
                        return Ok(fresh);
                    }
                }
            }
            match self.cache.current(crate::js::now_ms() as u64) {
                Some(token) => Ok(token),
                None => self.fetch().await,
            }
        })
    }
}
