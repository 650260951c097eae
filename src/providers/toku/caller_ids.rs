//! Outbound caller ids.

use super::{Provider, TokuReply};
use crate::error::Error;
use crate::validate as v;

operation! {
    /// Outbound caller ids; all of them unless `page`/`limit` are given.
    GET "/v1/caller-ids/service/outbound", "caller-ids/outbound" as "listOutboundCallerIds", retry Safe, auth ApiKey
        -> TokuReply,
    pub struct ListOutboundCallerIdsParams {
        /// Country calling code without `+`, e.g. `65`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub area_code: Option<String>,
        /// Matches caller id or description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub search: Option<String>,
        /// One caller id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub caller_id: Option<String>,
        /// Caller ids of one queue.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub queue_id: Option<u64>,
        /// Page, from 1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<u32>,
        /// Page size, 1 to 1000.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }
    validate(p) {
        if let Some(a) = &p.area_code { v::digits("area_code", a, 1, 4)?; }
        if p.page == Some(0) { return Err(Error::validation("page", "expected a positive integer (from 1)")); }
        super::page(p.limit)?;
    }
}

operation! {
    /// One outbound caller id.
    GET "/v1/caller-ids/service/outbound/{id}", "caller-ids/outbound/id" as "getOutboundCallerId", retry Safe, auth ApiKey
        -> TokuReply,
    pub struct GetOutboundCallerIdParams {
        /// The caller id record's id; sent in the path.
        pub id: String,
    }
    validate(p) {
        v::id("id", &p.id)?;
    }
}
