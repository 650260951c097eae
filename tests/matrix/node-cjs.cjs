const sdk = require('telepartner');

(async () => {
  await sdk.init();
  const { call } = await import('./call.js');
  console.log(`node-cjs ${await call(sdk, process.env.SANDBOX_URL)}`);
})().catch((e) => { console.error(e); process.exit(1); });
