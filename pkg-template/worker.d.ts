// Cloudflare Workers (workerd): initialised on import; `init()` resolves at once.
export * from './web/telepartner.js';
export * from './errors.js';
export * from './webhooks.js';
export * from './proxy.js';

/** Already initialised: resolves at once. */
export default function init(input?: unknown): Promise<void>;
/** Already initialised: does nothing. */
export declare function initSync(input?: unknown): void;
