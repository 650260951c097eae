// A Cloudflare Worker (run in local workerd by miniflare): the `workerd` export condition.
import * as sdk from 'telepartner';
import { call } from './call.js';

export default {
  async fetch(_request, env) {
    try {
      return new Response(`workerd ${await call(sdk, env.SANDBOX_URL)}`);
    } catch (e) {
      return new Response(`workerd failed: ${e}`, { status: 500 });
    }
  },
};
