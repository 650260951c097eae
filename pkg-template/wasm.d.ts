/**
 * The WebAssembly module file, for bundlers that do not follow `new URL(..., import.meta.url)`
 * (esbuild: `--loader:.wasm=file` makes this import its URL; then `await init(url)`).
 */
declare const wasm: string;
export default wasm;
