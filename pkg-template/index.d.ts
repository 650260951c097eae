// Node: the module is ready on import.
export * from './node/telepartner';
export * from './errors';
