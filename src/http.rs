//! Plain HTTP data: what an endpoint builds and what a transport returns.
//!
//! Nothing here performs IO; a [`crate::Transport`] turns an [`HttpRequest`]
//! into an [`HttpResponse`].

use std::fmt;

/// An HTTP method used by one of the partner APIs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as it appears on the wire (`"GET"`, `"POST"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// A fully built request: exact method, URL, headers and body.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
pub struct HttpRequest {
    /// The HTTP method.
    pub method: Method,
    /// Absolute URL including any query string.
    pub url: String,
    /// Header names in lower case, in the order they are sent.
    pub headers: Vec<(String, String)>,
    /// The encoded body (JSON text), if any.
    pub body: Option<String>,
}

impl HttpRequest {
    /// The value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

/// Headers whose values are credentials: redacted from `Debug` output and the
/// sandbox log, and refused as proxy-mode `headers` of a client that holds a key.
pub const SECRET_HEADERS: &[&str] = &["authorization", "api-authorization", "x-api-key"];

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                let secret = SECRET_HEADERS.iter().any(|s| k.eq_ignore_ascii_case(s));
                (k.as_str(), if secret { "[redacted]" } else { v.as_str() })
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field(
                "body",
                &self.body.as_ref().map(|b| format!("<{} bytes>", b.len())),
            )
            .finish()
    }
}

/// A response as received from the network.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Eq))]
pub struct HttpResponse {
    /// HTTP status code.
    pub status: u16,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    /// Raw body bytes.
    pub body: Vec<u8>,
    /// The wasm: the body as the engine's `JSON.parse` read it, when the
    /// transport's reader parsed it (see [`crate::endpoint::check_reply`]).
    #[cfg(target_arch = "wasm32")]
    pub parsed: Option<wasm_bindgen::JsValue>,
}

impl HttpResponse {
    /// A response with a body and no headers (handy for tests and sans-IO users).
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        HttpResponse {
            status,
            headers: Vec::new(),
            body: body.into(),
            ..Default::default()
        }
    }

    /// The value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
