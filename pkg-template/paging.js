// Async iterators for the list operations the registry marks as paged
// (`operations()` entries with `paging`): they follow limit/offset or page/limit,
// stop at the total the reply carries (the declared `paging.total` path) or on a
// short page, and honour maxItems. Their types are generated with the classes.

/** The value at a dotted path of the reply. */
export function at(reply, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), reply);
}

/** The rows of a reply: at the declared path, else a bare array, or `data` (possibly nested once more). */
export function rowsOf(reply, path) {
  if (path) return Array.isArray(at(reply, path)) ? at(reply, path) : [];
  if (Array.isArray(reply)) return reply;
  if (Array.isArray(reply?.data)) return reply.data;
  if (Array.isArray(reply?.data?.data)) return reply.data.data;
  return [];
}

/** The number at a dotted path of the reply (or of its `data`), if any. */
export function numberAt(reply, path) {
  if (!path) return undefined;
  for (const root of [reply, reply?.data]) {
    const v = at(root, path);
    if (v !== null && v !== undefined && v !== '' && Number.isFinite(Number(v))) return Number(v);
  }
  return undefined;
}

async function* offsetPaged(client, method, { total: totalPath, rows: rowsPath }, params = {}, options = {}) {
  const { maxItems = Infinity, ...callOptions } = options;
  const limit = params.limit ?? 100;
  let offset = params.offset ?? 0;
  let yielded = 0;
  for (;;) {
    const reply = await client[method]({ ...params, limit, offset }, callOptions);
    const rows = rowsOf(reply, rowsPath);
    for (const row of rows) {
      if (yielded >= maxItems) return;
      yield row;
      yielded++;
    }
    const total = numberAt(reply, totalPath);
    if (rows.length === 0 || rows.length < limit || (total !== undefined && offset + rows.length >= total)) return;
    offset += rows.length;
  }
}

async function* pagePaged(client, method, { total: lastPagePath, rows: rowsPath }, params = {}, options = {}) {
  const { maxItems = Infinity, ...callOptions } = options;
  const limit = params.limit ?? 100;
  let page = params.page ?? 1;
  let yielded = 0;
  for (;;) {
    const reply = await client[method]({ ...params, page, limit }, callOptions);
    const rows = rowsOf(reply, rowsPath);
    for (const row of rows) {
      if (yielded >= maxItems) return;
      yield row;
      yielded++;
    }
    const last = numberAt(reply, lastPagePath);
    if (rows.length === 0 || (last !== undefined ? page >= last : rows.length < limit)) return;
    page++;
  }
}

/** Add the iterators of every paged operation in `table` (from `operations()`) to its API's class. */
export function installPaging(classes, table) {
  for (const e of table) {
    const cls = classes[e.api];
    if (!e.paging || !cls) continue;
    const paged = e.paging.style === 'offset' ? offsetPaged : pagePaged;
    Object.defineProperty(cls.prototype, e.paging.iterator, {
      value: function (params, options) { return paged(this, e.operation, e.paging, params, options); },
      writable: true,
      configurable: true,
    });
  }
}
