//! Outbound caller ids.

use super::replies::*;
use super::TokuApi;
use telepartner_macros::operation;

/// Outbound caller ids; all of them unless `page`/`limit` are given.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/v1/caller-ids/service/outbound",
    id = "caller-ids/outbound",
    js = "listOutboundCallerIds",
    reply = "TokuResponse<Vec<CallerId>>",
    paging = "page",
    total = "meta.pagination.last_page",
    retry = Safe,
    auth = ApiKey,
)]
pub struct ListOutboundCallerIdsParams {
    /// Country calling code without `+`, e.g. `65`.
    #[check(digits(1, 4))]
    pub area_code: Option<String>,
    /// Matches caller id or description.
    pub search: Option<String>,
    /// One caller id.
    pub caller_id: Option<String>,
    /// Caller ids of one queue.
    pub queue_id: Option<u64>,
    /// Page, from 1.
    #[check(positive)]
    pub page: Option<u32>,
    /// Page size, 1 to 1000.
    #[check(super::page_size)]
    pub limit: Option<u32>,
}

/// One outbound caller id.
#[operation(
    api = TokuApi,
    method = "GET",
    path = "/v1/caller-ids/service/outbound/{id}",
    id = "caller-ids/outbound/id",
    js = "getOutboundCallerId",
    reply = "TokuResponse<CallerId>",
    retry = Safe,
    auth = ApiKey,
)]
pub struct GetOutboundCallerIdParams {
    /// The caller id record's id; sent in the path.
    #[check(id)]
    pub id: String,
}
