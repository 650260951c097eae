/** The WebAssembly module file (see wasm.d.ts). */
declare const wasm: string;
export = wasm;
