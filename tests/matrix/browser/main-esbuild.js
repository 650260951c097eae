// esbuild keeps `new URL(..., import.meta.url)` but does not emit the file: import the wasm
// (`telepartner/wasm`) with `--loader:.wasm=file` and pass its URL to init().
import init, * as sdk from 'telepartner';
import wasmUrl from 'telepartner/wasm';
import { call } from '../call.js';

const sandbox = new URLSearchParams(location.search).get('sandbox');
init(new URL(wasmUrl, import.meta.url))
  .then(() => call(sdk, sandbox, { dangerouslyAllowBrowser: true }))
  .then((r) => { document.title = r; }, (e) => { document.title = `fail ${e}`; });
