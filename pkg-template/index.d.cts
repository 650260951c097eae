// Node: the module is ready on import.
export * from './node/telepartner.js';
export * from './errors.js';
export * from './webhooks.js';
export * from './proxy.js';

/** Node: the module is ready on import; resolves at once (so `await init()` written for browsers works here too). */
export declare function init(input?: unknown): Promise<void>;
/** Node: the module is ready on import; does nothing. */
export declare function initSync(input?: unknown): void;
