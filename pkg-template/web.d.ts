// Browsers and bundlers: `await init()` once, then use the SDK.
export * from './web/telepartner.js';
export * from './errors.js';
export * from './webhooks.js';

/** Where to load the .wasm from (default: next to this module). */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Load and instantiate the WebAssembly module; safe to call more than once. */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Instantiate synchronously from a compiled `WebAssembly.Module` or the wasm bytes (`telepartner/wasm` is the file). */
export declare function initSync(module: BufferSource | WebAssembly.Module): void;
