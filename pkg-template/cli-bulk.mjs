// `telepartner bulk <api> <operation> <rows.csv|rows.jsonl>`: one call per row, resumable.
// Every row is checked before the first request. An append-only journal records each row's
// state, flushed to disk before its request is sent and again when its outcome is known
// (`sent -> ok | rejected | unknown`). A rerun with the same journal skips what is done,
// resends what is safe to resend (reads; RhysTalk's keyed writes with the same
// Idempotency-Key, derived from the job and the row) and leaves a non-idempotent write whose
// outcome is unknown for reconciliation (exit 7) unless --resend-unknown.
import { closeSync, fdatasyncSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import * as sdk from './index.mjs';
import { CliError, EXIT } from './cli-errors.mjs';
import { csvCell } from './cli-output.mjs';

const OPTIONS = {
  journal: { type: 'string' },
  concurrency: { type: 'string' },
  results: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  'retry-rejected': { type: 'boolean' },
  'resend-unknown': { type: 'boolean' },
  profile: { type: 'string' },
  'base-url': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `telepartner bulk <api> <operation> <rows.csv|rows.jsonl> [flags]
  rows: CSV with a header row of field names, or JSONL (one params object per line)
  --journal PATH       append-only journal (default <rows>.journal); rerun with it to resume
  --concurrency N      requests in flight (default 4)
  --results PATH       a CSV line per row: line, state, ids, kind, message
  --skip-invalid       run the valid rows when some are invalid (default: refuse to start)
  --retry-rejected     resend rows the API rejected in an earlier run
  --resend-unknown     resend non-idempotent writes whose outcome is unknown (may apply twice)
  --profile NAME, --base-url URL, --quiet
Exit: 0 all ok, 7 outcomes unknown (listed), 8 rows rejected (or invalid and skipped), 2 invalid rows (nothing sent).`;

/** CSV records with the line each starts on (RFC 4180 quoting, CRLF or LF). */
export function* csvRecords(text) {
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells = [];
    let cell = '';
    let quoted = false;
    for (;;) {
      if (i >= text.length) {
        if (quoted) throw new CliError(EXIT.usage, `line ${start}: unterminated quoted field`);
        cells.push(cell);
        break;
      }
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        if (c === '"') { quoted = false; i++; continue; }
        if (c === '\n') line++;
        cell += c;
        i++;
        continue;
      }
      if (c === '"' && cell === '') { quoted = true; i++; continue; }
      if (c === ',') { cells.push(cell); cell = ''; i++; continue; }
      if (c === '\r' && text[i + 1] === '\n') { i++; continue; }
      if (c === '\n') { cells.push(cell); i++; line++; break; }
      cell += c;
      i++;
    }
    if (!(cells.length === 1 && cells[0] === '')) yield { line: start, cells };
  }
}

/** The rows of `file` as `{ line, params }` or `{ line, error }`. */
function readRows(file, op, ctx) {
  let text;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new CliError(EXIT.usage, `bulk: cannot read ${file} (${e.code ?? e.message})`); }
  const flags = ctx.fieldFlags(op);
  if (/\.jsonl$|\.ndjson$/i.test(file)) {
    return text.split('\n').flatMap((raw, i) => {
      if (!raw.trim()) return [];
      try {
        const params = JSON.parse(raw);
        if (!params || typeof params !== 'object' || Array.isArray(params)) return [{ line: i + 1, error: 'expected a JSON object' }];
        return [{ line: i + 1, params }];
      } catch { return [{ line: i + 1, error: 'not valid JSON' }]; }
    });
  }
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const header = records.next().value;
  if (!header) throw new CliError(EXIT.usage, `bulk: ${file} is empty (expected a header row of field names)`);
  const fields = header.cells.map((name) => {
    const field = flags.get(name.trim());
    if (!field) throw new CliError(EXIT.usage, `bulk: ${file}:${header.line}: column '${name}' is not a field of ${op.operation} (${op.fields.map((f) => f.name).join(', ')})`);
    return field;
  });
  const rows = [];
  for (const { line, cells } of records) {
    if (cells.length !== fields.length) { rows.push({ line, error: `expected ${fields.length} cells, got ${cells.length}` }); continue; }
    try {
      const params = {};
      cells.forEach((cell, i) => { if (cell !== '') params[fields[i].name] = ctx.typed(fields[i], cell, fields[i].name); });
      rows.push({ line, params });
    } catch (e) { rows.push({ line, error: e.message }); }
  }
  return rows;
}

/** The journal's job and each row's last state; a new job when the journal is new. */
function readJournal(file, op) {
  let text = '';
  try { text = readFileSync(file, 'utf8'); } catch (e) { if (e.code !== 'ENOENT') throw new CliError(EXIT.usage, `--journal: cannot read ${file} (${e.code})`); }
  const states = new Map();
  let job;
  for (const raw of text.split('\n')) {
    let record;
    try { record = JSON.parse(raw); } catch { continue; } // a line cut short by a kill
    if (record.job) {
      if (record.api !== op.api || record.operation !== op.operation) {
        throw new CliError(EXIT.usage, `--journal: ${file} is the journal of ${record.api} ${record.operation}, not ${op.api} ${op.operation}`);
      }
      job = record.job;
    } else if (Number.isInteger(record.line)) {
      states.set(record.line, record);
    }
  }
  return { job, states, fresh: !job };
}

/** Where a failed row stands: `rejected` when the API refused it (nothing applied), else `unknown`. */
function outcomeOf(e) {
  if (e?.kind === 'validation' || e?.kind === 'config') return 'rejected';
  if (Number.isInteger(e?.status) && e.status >= 400 && e.status < 500 && e.kind !== 'decode') return 'rejected';
  return 'unknown';
}

/** Ids from a reply worth keeping (`transaction_id`, `client_id`, `session_id`, ...). */
function idsOf(reply) {
  const ids = {};
  for (const source of [reply, reply?.data]) {
    if (!source || typeof source !== 'object' || Array.isArray(source)) continue;
    for (const [k, v] of Object.entries(source)) {
      if (/(^|_)id$|Id$/.test(k) && (typeof v === 'string' || typeof v === 'number')) ids[k] = v;
    }
  }
  return ids;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A reply's `Retry-After` (seconds or an HTTP date) or `retry-after-ms`, in ms (default 1 s, at most 5 min). */
export function retryAfterMs(headers) {
  const ms = Number(headers.get('retry-after-ms'));
  const after = headers.get('retry-after');
  const seconds = Number(after);
  const wait = Number.isFinite(ms) && ms > 0 ? ms
    : after && Number.isFinite(seconds) ? seconds * 1000
    : after && !Number.isNaN(Date.parse(after)) ? Date.parse(after) - Date.now()
    : 1000;
  return Math.min(Math.max(wait, 0), 300_000);
}

export async function runBulk(op, args, io, ctx) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) { throw new CliError(EXIT.usage, `bulk: ${e.message.replace(/\. To specify.*$/s, '')}`); }
  const { values, positionals } = parsed;
  if (values.help) { io.out(HELP); return EXIT.ok; }
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError(EXIT.usage, 'bulk: expected one rows file (CSV or JSONL)');
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new CliError(EXIT.usage, '--concurrency: expected an integer from 1 to 256');
  const { client: config, call } = ctx.splitSettings(op, ctx.clientConfig(op.api, values, io.env));
  const sansIo = ctx.sansIoConfig(op.api, config);

  // Every row checked before the first request, with the SDK's own rules.
  const rows = readRows(file, op, ctx);
  for (const row of rows) {
    if (row.error) continue;
    try { sdk.buildRequest(op.api, op.operation, row.params, sansIo); } catch (e) { row.error = e.message; }
  }
  const invalid = rows.filter((r) => r.error);
  for (const r of invalid.slice(0, 100)) io.err(`${file}:${r.line}: ${r.error}`);
  if (invalid.length > 100) io.err(`... and ${invalid.length - 100} more invalid rows`);
  if (invalid.length && !values['skip-invalid']) {
    io.err(`bulk: ${invalid.length} invalid row${invalid.length === 1 ? '' : 's'}; nothing was sent (--skip-invalid runs the valid ones)`);
    return EXIT.usage;
  }

  const journalPath = values.journal ?? `${file}.journal`;
  const journal = readJournal(journalPath, op);
  const job = journal.job ?? randomUUID();
  const fd = openSync(journalPath, 'a', 0o600);
  /** Append a record and flush it to disk before going on. */
  const record = (entry) => {
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    fdatasyncSync(fd);
  };
  if (journal.fresh) record({ job, api: op.api, operation: op.operation, rows: file, started: new Date().toISOString() });

  const keyed = op.retry === 'keyed';
  const resendable = op.retry === 'safe' || keyed;
  const keyOf = (line) => `tp-${job}-${line}`;
  const final = new Map(journal.states);
  const todo = [];
  for (const row of rows.filter((r) => !r.error)) {
    const last = journal.states.get(row.line);
    if (last?.state === 'ok') continue;
    if (last?.state === 'rejected' && !values['retry-rejected']) continue;
    const inDoubt = last?.state === 'sent' || last?.state === 'unknown';
    if (inDoubt && !resendable && !values['resend-unknown']) {
      if (last.state === 'sent') {
        const entry = { line: row.line, state: 'unknown', message: 'sent in an earlier run that ended before its outcome' };
        record(entry);
        final.set(row.line, entry);
      }
      continue;
    }
    todo.push(row);
  }

  // One backoff for the whole run: a 429 anywhere pauses every worker for its Retry-After
  // (read off the reply by the fetch the client uses; the SDK's own retry waits it too).
  let resumeAt = 0;
  const net = config.fetch ?? globalThis.fetch;
  const fetch = async (request) => {
    const response = await net(request);
    if (response.status === 429) resumeAt = Math.max(resumeAt, Date.now() + retryAfterMs(response.headers));
    return response;
  };
  const client = new ctx.CLASSES[op.api]({ ...config, fetch });
  const started = Date.now();
  const total = todo.length;
  let done = 0;
  const progress = io.tty && !values.quiet;
  const count = (state) => [...final.values()].filter((s) => s.state === state).length;
  const show = () => {
    const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    io.err(`\r${done}/${total} done, ${count('rejected')} rejected, ${count('unknown')} unknown, ${rate.toFixed(0)}/s, ETA ${eta}s   `, true);
  };
  const worker = async () => {
    for (let row = todo.shift(); row; row = todo.shift()) {
      const wait = resumeAt - Date.now();
      if (wait > 0) await sleep(wait);
      record({ line: row.line, state: 'sent', ...(keyed ? { key: keyOf(row.line) } : {}) });
      let entry;
      try {
        const reply = await client[op.operation](row.params, keyed ? { ...call, idempotencyKey: keyOf(row.line) } : call);
        entry = { line: row.line, state: 'ok', ids: idsOf(reply) };
      } catch (e) {
        entry = { line: row.line, state: outcomeOf(e), kind: e?.kind, status: e?.status, message: e?.message };
      }
      record(entry);
      final.set(row.line, entry);
      done++;
      if (progress) show();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, total)) }, worker));
  closeSync(fd);
  if (progress) io.err('\n', true);

  const unknown = [...final.values()].filter((s) => s.state === 'unknown' || s.state === 'sent');
  for (const u of unknown.sort((a, b) => a.line - b.line)) {
    io.err(`${file}:${u.line}: outcome unknown (${u.message ?? 'sent, no reply'}): check it was not applied before --resend-unknown`);
  }
  if (values.results) {
    const lines = ['line,state,ids,kind,message'];
    for (const row of rows) {
      const s = row.error ? { state: 'invalid', message: row.error } : final.get(row.line) ?? { state: 'pending' };
      lines.push([row.line, s.state === 'sent' ? 'unknown' : s.state, s.ids ? JSON.stringify(s.ids) : '', s.kind ?? '', s.message ?? ''].map(csvCell).join(','));
    }
    writeFileSync(values.results, `${lines.join('\n')}\n`);
  }
  const rejected = count('rejected');
  io.err(`bulk ${op.api} ${op.operation}: ${rows.length} rows: ${count('ok')} ok, ${rejected} rejected, ${unknown.length} unknown, ${invalid.length} invalid; ${done} sent in this run in ${((Date.now() - started) / 1000).toFixed(1)} s (journal ${journalPath})`);
  if (unknown.length) return EXIT.unknown;
  if (rejected || invalid.length) return EXIT.rejected;
  return EXIT.ok;
}
