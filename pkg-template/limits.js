// Reading a body from a stranger (the proxy and the webhook receiver face the
// internet): a byte cap enforced while the body streams in (Content-Length and
// chunked alike), a deadline for the whole read, and bounded JSON nesting. Past a
// limit nothing more is read and the caller answers with the status it carries.

/** Defaults of `maxBodyBytes`, `readTimeoutMs` and `maxJsonDepth`. */
export const DEFAULT_LIMITS = Object.freeze({ maxBodyBytes: 1024 * 1024, readTimeoutMs: 10_000, maxJsonDepth: 64 });

/** A body refused while it was read: `status` (400, 408 or 413), `code` and `message` for the reply. */
export class BodyRefused extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The limits of a handler's `options`, each checked (`who` names the handler in a TypeError). */
export function limitsFrom(options, who) {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS)) {
    const v = options?.[key];
    if (v === undefined) continue;
    if (!Number.isSafeInteger(v) || v < 1) throw new TypeError(`${who}: options.${key}: expected a positive integer`);
    limits[key] = v;
  }
  return Object.freeze(limits);
}

/** The refusal of a body past `maxBodyBytes` (413). */
export const tooLarge = (max) => new BodyRefused(413, 'body_too_large', `the request body is larger than ${max} bytes`);
/** The refusal of a body slower than `readTimeoutMs` (408). */
export const tooSlow = (ms) => new BodyRefused(408, 'body_timeout', `the request body did not arrive within ${ms} ms`);

/** A `Content-Length` past the cap (refused before a byte is read). */
export function declaredTooLarge(length, limits) {
  return length != null && length !== '' && Number(length) > limits.maxBodyBytes;
}

/**
 * The body of a Fetch API `Request` as text, read chunk by chunk: a
 * `Content-Length` past the cap is refused before reading, a stream that passes
 * it is cancelled at once (413), and a read that outlasts `readTimeoutMs` is
 * cancelled (408). Throws `BodyRefused`.
 */
export async function readBody(request, limits) {
  if (declaredTooLarge(request.headers.get('content-length'), limits)) {
    request.body?.cancel().catch(() => {});
    throw tooLarge(limits.maxBodyBytes);
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks = [];
  let total = 0;
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(limits.readTimeoutMs)), limits.readTimeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBodyBytes) throw tooLarge(limits.maxBodyBytes);
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    throw e instanceof BodyRefused ? e : new BodyRefused(400, 'body_unreadable', 'the request body could not be read');
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Whether `text` nests arrays and objects deeper than `max` (strings skipped). */
export function nestsDeeper(text, max) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** `JSON.parse(text)` with nesting bounded; throws `BodyRefused` (400) on either failure. */
export function parseJsonBody(text, limits) {
  if (nestsDeeper(text, limits.maxJsonDepth)) {
    throw new BodyRefused(400, 'invalid_json', `the request body nests deeper than ${limits.maxJsonDepth} levels`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyRefused(400, 'invalid_json', 'the request body is not JSON');
  }
}
