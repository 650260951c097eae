// Bundled by Vite and webpack: they follow `new URL('telepartner_bg.wasm', import.meta.url)`.
import init, * as sdk from 'telepartner';
import { call } from '../call.js';

const sandbox = new URLSearchParams(location.search).get('sandbox');
init()
  .then(() => call(sdk, sandbox, { dangerouslyAllowBrowser: true }))
  .then((r) => { document.title = r; }, (e) => { document.title = `fail ${e}`; });
