//! `operation!`: one declaration per API operation.
//!
//! It declares the params struct (serde + TypeScript via tsify, unknown fields
//! rejected) and implements [`crate::Endpoint`] for it. The body kind follows
//! the method: GET params go to the query string, others to a JSON body.

macro_rules! operation {
    (
        $(#[$doc:meta])*
        $method:ident $path:literal, $op_id:literal as $js:literal, retry $retry:ident
            $(, auth $auth:ident)? $(, accept $accept:literal)? $(, aliases [$($alias:literal => $wire:literal),*])?
            -> $resp:ty,
        pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)? }
        validate($p:ident) $validate:block
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($(#[$fmeta])* pub $field: $ty),* }

        $crate::wire::wire_params!($name { $($field),* });

        impl $crate::endpoint::Endpoint for $name {
            type Provider = Provider;
            type Response = $resp;
            const OPERATION_ID: &'static str = $op_id;
            const JS_NAME: &'static str = $js;
            const METHOD: $crate::http::Method = operation!(@method $method);
            const PATH: &'static str = $path;
            const BODY: $crate::endpoint::BodyKind = operation!(@body $method);
            const RETRY: $crate::endpoint::Retry = $crate::endpoint::Retry::$retry;
            $(const AUTH: $crate::endpoint::Auth = $crate::endpoint::Auth::$auth;)?
            $(const ACCEPT: &'static str = $accept;)?
            $(const ALIASES: &'static [(&'static str, &'static str)] = &[$(($alias, $wire)),*];)?
            #[allow(unused_variables)]
            fn validate(&self) -> Result<(), $crate::error::Error> {
                let $p = self;
                $validate
                Ok(())
            }
        }
    };
    // An operation whose params are another declaration's (the spec reuses a schema).
    (
        $(#[$doc:meta])*
        $method:ident $path:literal, $op_id:literal as $js:literal, retry $retry:ident
            $(, auth $auth:ident)?
            -> $resp:ty,
        pub struct $name:ident = $inner:ident;
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[serde(transparent)]
        pub struct $name(pub $inner);

        impl $crate::wire::Params for $name {
            const FIELDS: &'static [&'static str] = <$inner as $crate::wire::Params>::FIELDS;
            fn from_fields(map: &mut serde_json::Map<String, serde_json::Value>) -> Result<Self, $crate::error::Error> {
                <$inner as $crate::wire::Params>::from_fields(map).map($name)
            }
            fn to_fields(&self, out: &mut serde_json::Map<String, serde_json::Value>) {
                self.0.to_fields(out)
            }
        }

        impl $crate::endpoint::Endpoint for $name {
            type Provider = Provider;
            type Response = $resp;
            const OPERATION_ID: &'static str = $op_id;
            const JS_NAME: &'static str = $js;
            const METHOD: $crate::http::Method = operation!(@method $method);
            const PATH: &'static str = $path;
            const BODY: $crate::endpoint::BodyKind = operation!(@body $method);
            const RETRY: $crate::endpoint::Retry = $crate::endpoint::Retry::$retry;
            $(const AUTH: $crate::endpoint::Auth = $crate::endpoint::Auth::$auth;)?
            fn validate(&self) -> Result<(), $crate::error::Error> {
                self.0.check()
            }
        }
    };
    (@method GET) => { $crate::http::Method::Get };
    (@method POST) => { $crate::http::Method::Post };
    (@body GET) => { $crate::endpoint::BodyKind::Query };
    (@body POST) => { $crate::endpoint::BodyKind::Json };
    (@body FORM) => { $crate::endpoint::BodyKind::Form };
    (@method FORM) => { $crate::http::Method::Post };
}

/// The operation table of a provider, from its `for_each_..._operation!` list:
/// `OPERATIONS`, and the sans-IO `build` / `parse` dispatch by JS name.
macro_rules! operation_table {
    ($(($fn:ident, $js:literal, $params:ident $($optional:ident)?, $ts:literal, $doc:literal)),* $(,)?) => {
        /// Every operation of this API the SDK implements.
        pub const OPERATIONS: &[$crate::endpoint::OperationInfo] = &[$($crate::endpoint::OperationInfo {
            js_name: <$params as $crate::endpoint::Endpoint>::JS_NAME,
            operation_id: <$params as $crate::endpoint::Endpoint>::OPERATION_ID,
            method: <$params as $crate::endpoint::Endpoint>::METHOD,
            path: <$params as $crate::endpoint::Endpoint>::PATH,
            retry: <$params as $crate::endpoint::Endpoint>::RETRY,
        }),*];

        /// Sans-IO: decode `params` for the operation named `op` (JS name) and build its request.
        pub fn build(op: &str, params: serde_json::Value, cfg: &Config) -> Result<$crate::http::HttpRequest, $crate::error::Error> {
            match op {
                $($js => $crate::endpoint::build_request(&$crate::endpoint::decode_params::<$params>(params)?, cfg),)*
                _ => Err($crate::endpoint::unknown_operation(<Provider as $crate::endpoint::Provider>::NAME, op, OPERATIONS)),
            }
        }

        /// Sans-IO: parse a reply for the operation named `op` into its typed response (as JSON).
        pub fn parse(op: &str, resp: &$crate::http::HttpResponse) -> Result<serde_json::Value, $crate::error::Error> {
            match op {
                $($js => $crate::endpoint::reply_json($crate::endpoint::parse_response::<$params>(resp)?),)*
                _ => Err($crate::endpoint::unknown_operation(<Provider as $crate::endpoint::Provider>::NAME, op, OPERATIONS)),
            }
        }
    };
}

/// Params shared by several operations (the spec's reused schemas): the struct,
/// its codec, and `check()` with the local rules.
macro_rules! params {
    (
        $(#[$doc:meta])*
        pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)? }
        validate($p:ident) $validate:block
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($(#[$fmeta])* pub $field: $ty),* }

        $crate::wire::wire_params!($name { $($field),* });

        impl $name {
            /// The local rules for these params.
            pub fn check(&self) -> Result<(), $crate::error::Error> {
                let $p = self;
                $validate
                Ok(())
            }
        }
    };
}
