// `node scripts/ab-percall.cjs <old pkg dir> <new pkg dir>`: per-call cost of two builds of the
// package side by side in one process (in-memory fetch, 15 alternating rounds x 4000 calls,
// medians), e.g. a worktree of an older commit built with scripts/build-pkg.sh against pkg/.
const [oldDir, newDir] = process.argv.slice(2);
const load = (d) => ({ ivr: require(`${d}/ivrsolutions/index.cjs`), rt: require(`${d}/rhystalk/index.cjs`) });
const replies = {
  '/partnerclients/wallet_balance': JSON.stringify({ status: 200, message: 'Success', data: { balance: '1500.00', currency: 'INR' } }),
  '/prod/get_balance': JSON.stringify({ tenant_id: 't', product_id: 'p', currency: 'GBP', account_code_12: '000000000042', total_balance: 12.5 }),
};
const fetch = async (input) => { const url = new URL(typeof input === 'string' ? input : input.url); return new Response(replies[url.pathname], { status: 200, headers: { 'content-type': 'application/json' } }); };
const mk = (m) => { const ivr = new m.ivr.IvrSolutions({ apiKey: 'pk_bench', fetch }); const rt = new m.rt.RhysTalk({ token: 'a.b.c', fetch }); return { ivr: () => ivr.walletBalance({ client_id: 'C1' }), rt: () => rt.getBalance({ account: '42' }) }; };
const A = mk(load(oldDir)), B = mk(load(newDir));
const raw = async () => { const res = await fetch(new Request('https://api.ivrsolutions.in/partnerclients/wallet_balance', { method: 'POST', headers: { accept: 'application/json', authorization: 'Bearer pk_bench', 'content-type': 'application/json' }, body: '{"client_id":"C1"}' })); return res.json(); };
async function t(fn, N = 4000) { const t0 = performance.now(); for (let i = 0; i < N; i++) await fn(); return (performance.now() - t0) * 1000 / N; }
const med = (x) => [...x].sort((a, b) => a - b)[x.length >> 1];
(async () => {
  for (const k of ['ivr', 'rt']) { await t(A[k], 2000); await t(B[k], 2000); }
  await t(raw, 2000);
  const s = { raw: [], ivrA: [], ivrB: [], rtA: [], rtB: [] };
  for (let r = 0; r < 15; r++) {
    const order = [['raw', raw], ['ivrA', A.ivr], ['ivrB', B.ivr], ['rtA', A.rt], ['rtB', B.rt]];
    if (r % 2) order.reverse();
    for (const [k, fn] of order) s[k].push(await t(fn));
  }
  const m = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, med(v)]));
  console.log(`raw ${m.raw.toFixed(1)} us | IVR walletBalance old ${m.ivrA.toFixed(1)} new ${m.ivrB.toFixed(1)} (${(m.ivrB / m.ivrA).toFixed(3)}x; over raw +${(m.ivrA - m.raw).toFixed(1)} -> +${(m.ivrB - m.raw).toFixed(1)}) | RhysTalk getBalance old ${m.rtA.toFixed(1)} new ${m.rtB.toFixed(1)} (${(m.rtB / m.rtA).toFixed(3)}x)`);
})();
