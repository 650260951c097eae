import init, * as sdk from 'telepartner';
import { call } from './call.js';

await init(); // browser-style code path: resolves at once in Node
console.log(`node-esm ${await call(sdk, process.env.SANDBOX_URL)}`);
