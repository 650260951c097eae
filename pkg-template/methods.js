// The API methods of each class, from the registry (`operations()`): one method per
// operation, named as declared, each a call of the class's one generic entry into the
// wasm (`__call(index, params, options)`, `index` being the operation's place in its
// API's registry). Their types and doc comments are generated with the classes.

/**
 * Install the operations of `table` (from `operations()`) on `classes` ({ api: Class }),
 * and the journey steps among them on the journey's class (`classes.onboarding`: the
 * `OnboardingSession`, whose one entry is `__step(index, params)`).
 */
export function installMethods(classes, table) {
  const next = {};
  const install = (cls, name, method) => {
    if (!cls || Object.prototype.hasOwnProperty.call(cls.prototype, name)) return;
    Object.defineProperty(cls.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  };
  for (const op of table) {
    const index = (next[op.api] = (next[op.api] ?? -1) + 1);
    // Named functions (stack traces show the operation), defined like class methods.
    install(classes[op.api], op.operation, { [op.operation](params, options) { return this.__call(index, params, options); } }[op.operation]);
    if (op.journey) {
      install(classes[op.journey], op.operation, { [op.operation](params) { return this.__step(index, params); } }[op.operation]);
    }
  }
}

/**
 * The fetch transport's one read per attempt (installed into the wasm with
 * `__registerReader`, which binds `names` once): wait for the fetch, then hand back, in one crossing,
 * `[status, "name\nvalue\n..." of the headers in `names` that are present, body bytes,
 * the body as JSON.parse reads it]`. The last is there for a JSON reply (content type
 * JSON or none) that parses; the wasm checks that object in place and hands it to the
 * caller as it is, when the engine reads the text as the SDK's own reader would
 * (else it parses the bytes). Anything that is not a Response comes back without its
 * parts; the wasm names what is missing.
 */
export async function readResponse(names, pending) {
  const res = await pending;
  const headers = res?.headers;
  let head = '';
  let type;
  const keep = (value, name) => {
    if (typeof value !== 'string' || typeof name !== 'string') return;
    name = name.toLowerCase();
    if (!names.includes(name)) return;
    head += `${name}\n${value}\n`;
    if (name === 'content-type') type = value;
  };
  if (typeof headers?.forEach === 'function') {
    // One pass over the headers (a reply has a few): cheaper than a `get` per name.
    headers.forEach(keep);
  } else if (typeof headers?.get === 'function') {
    for (const name of names) keep(headers.get(name), name);
  }
  const body = typeof res?.arrayBuffer === 'function' ? new Uint8Array(await res.arrayBuffer()) : undefined;
  let parsed;
  if (body !== undefined && (type === undefined || type.includes('json'))) {
    try {
      parsed = JSON.parse(decoder.decode(body));
    } catch {
      // Not JSON: the wasm's reader names the fault.
    }
  }
  return [res?.status, head, body, parsed];
}

// Strict: a body that is not UTF-8 (or starts with a BOM) is left to the wasm, which refuses it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
