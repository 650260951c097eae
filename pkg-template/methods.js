// The API methods of each class, from the registry (`operations()`): one method per
// operation, named as declared, each a call of the class's one generic entry into the
// wasm (`__call(index, params, options)`, `index` being the operation's place in its
// API's registry). Their types and doc comments are generated with the classes.

/** Install the operations of `table` (from `operations()`) on `classes` ({ api: Class }). */
export function installMethods(classes, table) {
  const next = {};
  for (const op of table) {
    const index = (next[op.api] = (next[op.api] ?? -1) + 1);
    const cls = classes[op.api];
    if (!cls || Object.prototype.hasOwnProperty.call(cls.prototype, op.operation)) continue;
    // A named function (stack traces show the operation), defined like a class method.
    const method = { [op.operation](params, options) { return this.__call(index, params, options); } }[op.operation];
    Object.defineProperty(cls.prototype, op.operation, { value: method, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * The fetch transport's one read per attempt (installed into the wasm with
 * `__registerReader`): wait for the fetch, then hand back, in one crossing,
 * `[status, "name\nvalue\n..." of the headers in `names` that are present, body bytes]`.
 * Anything that is not a Response comes back without its parts; the wasm names what is missing.
 */
export async function readResponse(pending, names) {
  const res = await pending;
  const headers = res?.headers;
  let head = '';
  if (typeof headers?.get === 'function') {
    for (const name of names) {
      const value = headers.get(name);
      if (typeof value === 'string') head += `${name}\n${value}\n`;
    }
  }
  const body = typeof res?.arrayBuffer === 'function' ? new Uint8Array(await res.arrayBuffer()) : undefined;
  return [res?.status, head, body];
}
