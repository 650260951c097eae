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
