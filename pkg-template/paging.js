// Async iterators over Toku's paged reports and caller ids: they follow
// limit/offset (or page/limit), stop on the last page, and honour maxItems.

/** The rows of a reply: a bare array, or `data` (possibly nested once more). */
function rowsOf(reply) {
  if (Array.isArray(reply)) return reply;
  if (Array.isArray(reply?.data)) return reply.data;
  if (Array.isArray(reply?.data?.data)) return reply.data.data;
  return [];
}

function totalOf(reply) {
  const meta = reply?.meta ?? reply?.data?.meta;
  const total = meta?.total ?? meta?.pagination?.total;
  return typeof total === 'number' ? total : Number.isFinite(Number(total)) && total !== null && total !== '' ? Number(total) : undefined;
}

async function* offsetPaged(client, method, params = {}, options = {}) {
  const { maxItems = Infinity, ...callOptions } = options;
  const limit = params.limit ?? 100;
  let offset = params.offset ?? 0;
  let yielded = 0;
  for (;;) {
    const reply = await client[method]({ ...params, limit, offset }, callOptions);
    const rows = rowsOf(reply);
    for (const row of rows) {
      if (yielded >= maxItems) return;
      yield row;
      yielded++;
    }
    const total = totalOf(reply);
    if (rows.length === 0 || rows.length < limit || (total !== undefined && offset + rows.length >= total)) return;
    offset += rows.length;
  }
}

async function* pagePaged(client, method, params = {}, options = {}) {
  const { maxItems = Infinity, ...callOptions } = options;
  const limit = params.limit ?? 100;
  let page = params.page ?? 1;
  let yielded = 0;
  for (;;) {
    const reply = await client[method]({ ...params, page, limit }, callOptions);
    const rows = rowsOf(reply);
    for (const row of rows) {
      if (yielded >= maxItems) return;
      yield row;
      yielded++;
    }
    const last = Number(reply?.meta?.pagination?.last_page);
    if (rows.length === 0 || (Number.isFinite(last) ? page >= last : rows.length < limit)) return;
    page++;
  }
}

/** Iterator name -> [method, paging style]. */
export const PAGED = {
  iterCallHistories: ['getCallHistories', offsetPaged],
  iterCallList: ['getCallList', offsetPaged],
  iterAfterCallSurveys: ['getAfterCallSurveys', offsetPaged],
  iterVoicemails: ['getVoicemails', offsetPaged],
  iterPreviewDialerCalls: ['getPreviewDialerCalls', offsetPaged],
  iterWrapups: ['getWrapups', offsetPaged],
  iterConsolidatedCallReport: ['getConsolidatedCallReport', offsetPaged],
  iterDetailedIvrReport: ['getDetailedIvrReport', offsetPaged],
  iterOutboundCallerIds: ['listOutboundCallerIds', pagePaged],
};

/** Add the iterators to the Toku class. */
export function installPaging(Toku) {
  for (const [name, [method, paged]] of Object.entries(PAGED)) {
    Object.defineProperty(Toku.prototype, name, {
      value: function (params, options) { return paged(this, method, params, options); },
      writable: true,
      configurable: true,
    });
  }
}
