// Node: the module is ready on import.
export * from './node/telepartner.js';
export * from './errors.js';
export * from './webhooks.js';
export * from './proxy.js';
