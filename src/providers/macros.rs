//! `operation!`: one declaration per API operation.
//!
//! It declares the params struct (serde + TypeScript via tsify, unknown fields
//! rejected) and implements [`crate::Endpoint`] for it. The body kind follows
//! the method: GET params go to the query string, others to a JSON body.
//! An optional `wire(p, fields) { ... }` block rewrites the wire fields
//! (e.g. normalizing an account code) after validation.

macro_rules! operation {
    (
        $(#[$doc:meta])*
        $method:ident $path:literal, $op_id:literal as $js:literal, retry $retry:ident
            -> $resp:ty,
        pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)? }
        validate($p:ident) $validate:block
        $(wire($wp:ident, $wf:ident) $wire:block)?
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
            #[allow(unused_variables)]
            fn validate(&self) -> Result<(), $crate::error::Error> {
                let $p = self;
                $validate
                Ok(())
            }
            $(
                fn wire_fields(&self, $wf: serde_json::Value) -> Result<serde_json::Value, $crate::error::Error> {
                    let $wp = self;
                    let _ = $wp;
                    $wire
                }
            )?
        }
    };
    (@method GET) => { $crate::http::Method::Get };
    (@method POST) => { $crate::http::Method::Post };
    (@body GET) => { $crate::endpoint::BodyKind::Query };
    (@body POST) => { $crate::endpoint::BodyKind::Json };
}
