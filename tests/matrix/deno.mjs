import init, * as sdk from 'telepartner';
import { call } from './call.js';

await init();
console.log(`deno ${await call(sdk, Deno.env.get('SANDBOX_URL'))}`);
