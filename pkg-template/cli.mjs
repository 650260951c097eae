#!/usr/bin/env node
// `telepartner`: the command line (Node only; no browser entry imports it). Every command is
// generated at run time from the registry (`operations()`): one per operation of each API,
// its flags the params' wire names, typed by the field's kind and checked by the SDK's own
// rules before anything is sent.
//   telepartner <api> <operation> [--<field> <value>]... [--params JSON|@file.json]
//   telepartner bulk <api> <operation> <rows.csv|rows.jsonl> [--journal PATH] ...
//   telepartner profiles add|list|use|remove ...
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import * as sdk from './index.mjs';
import { CliError, EXIT, exitCodeOf, failure } from './cli-errors.mjs';
import { clientConfig, profilesCommand, sansIoConfig, splitSettings, CLIENT_OPTIONS, envName } from './cli-config.mjs';
import { printReply, rowsOf, writeRow } from './cli-output.mjs';
import { runBulk } from './cli-bulk.mjs';
import { numberAt } from './paging.js';

const CLASSES = { ivrsolutions: sdk.IvrSolutions, rhystalk: sdk.RhysTalk, toku: sdk.Toku };
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The registry row of `api`'s `name` (method name or its kebab-case), or a usage error. */
export function findOperation(api, name) {
  if (!CLASSES[api]) throw new CliError(EXIT.usage, `unknown API '${api}' (expected one of ${Object.keys(CLASSES).join(', ')})`);
  const op = sdk.operations().find((o) => o.api === api && (o.operation === name || kebab(o.operation) === name));
  if (!op) throw new CliError(EXIT.usage, `${api}: unknown operation '${name}' (telepartner ${api} --help lists them)`);
  return op;
}

/** Options shared by every operation command. */
const COMMON = {
  help: { type: 'boolean', short: 'h' },
  params: { type: 'string' },
  profile: { type: 'string' },
  'base-url': { type: 'string' },
  output: { type: 'string', short: 'o' },
  all: { type: 'boolean' },
  limit: { type: 'string' },
  'max-items': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'dry-run': { type: 'boolean' },
  'idempotency-key': { type: 'string' },
  'timeout-ms': { type: 'string' },
};

/** The flags of `op`: each field's wire name, also with `-` for `_`. */
export function fieldFlags(op) {
  const flags = new Map();
  for (const f of op.fields) {
    flags.set(f.name, f);
    flags.set(f.name.replace(/_/g, '-'), f);
  }
  return flags;
}

/** A flag's text as the field's kind: numbers and booleans parsed, JSON-kind fields as JSON. */
export function typed(field, raw, where) {
  switch (field.kind) {
    case 'integer':
    case 'number': {
      const n = Number(raw);
      if (String(raw).trim() === '' || !Number.isFinite(n)) throw new CliError(EXIT.usage, `${where}: expected a${field.kind === 'integer' ? 'n integer' : ' number'}`, field.name);
      return n;
    }
    case 'boolean':
      if (raw === 'true' || raw === true) return true;
      if (raw === 'false' || raw === false) return false;
      throw new CliError(EXIT.usage, `${where}: expected true or false`, field.name);
    case 'json':
      // Objects, lists and quoted strings as JSON; anything else as the text it is
      // (an account code or an enum value).
      if (typeof raw !== 'string' || !/^\s*[[{"]/.test(raw)) return raw;
      try { return JSON.parse(raw); } catch { throw new CliError(EXIT.usage, `${where}: expected JSON`, field.name); }
    default:
      return String(raw);
  }
}

/** `--params JSON|@file.json`, then the field flags over it. */
function paramsFrom(op, values) {
  let params = {};
  if (values.params !== undefined) {
    const text = values.params.startsWith('@') ? readText(values.params.slice(1), '--params') : values.params;
    try { params = JSON.parse(text); } catch { throw new CliError(EXIT.usage, '--params: expected a JSON object or @file.json'); }
    if (!params || typeof params !== 'object' || Array.isArray(params)) throw new CliError(EXIT.usage, '--params: expected a JSON object or @file.json');
  }
  for (const [flag, field] of fieldFlags(op)) {
    if (values[flag] !== undefined) params[field.name] = typed(field, values[flag], `--${flag}`);
  }
  return params;
}

function readText(file, flag) {
  try { return readFileSync(file, 'utf8'); } catch (e) { throw new CliError(EXIT.usage, `${flag}: cannot read ${file} (${e.code ?? e.message})`); }
}

function parse(op, args) {
  const options = { ...COMMON };
  for (const flag of fieldFlags(op).keys()) options[flag] = { type: 'string' };
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new CliError(EXIT.usage, `${e.message.replace(/\. To specify.*$/s, '')} (telepartner ${op.api} ${kebab(op.operation)} --help lists its flags)`);
  }
}

/** Each field's rules as declared, `{ api: { operation: { field: rule } } }`, written at
 * build time from the native registry (the wasm does not carry them). */
function declaredRules() {
  try { return JSON.parse(readFileSync(new URL('./cli-rules.json', import.meta.url), 'utf8')); } catch { return {}; }
}

/** `telepartner <api> <operation> --help`: the declaration's doc and every field. */
export function operationHelp(op) {
  const rules = declaredRules()[op.api]?.[op.operation] ?? {};
  const lines = [`telepartner ${op.api} ${kebab(op.operation)} [flags]    (${op.method} ${op.path})`, '', op.doc, ''];
  lines.push(op.fields.length ? 'Fields (flags are the wire names; `_` or `-`):' : 'Takes no fields.');
  for (const f of op.fields) {
    const rule = rules[f.name] ? `  rule: ${rules[f.name]}` : '';
    lines.push(`  --${f.name.padEnd(28)} ${f.kind.padEnd(8)} ${(f.required ? 'required' : 'optional').padEnd(8)}${f.kind === 'json' ? ' (JSON)' : ''}${rule}`);
  }
  lines.push('', `Retry class: ${op.retry}${op.paging ? `; paged: --all streams every row (${op.paging.iterator})` : ''}.`);
  lines.push('Common: --params JSON|@file.json, --profile NAME, --base-url URL, --output json|jsonl|table|csv,');
  lines.push('        --dry-run, --quiet, --timeout-ms N, --idempotency-key KEY' + (op.paging ? ',\n        --all (every page), --limit N or --max-items N with --all (stop after N rows)' : ''));
  return lines.join('\n');
}

/** `telepartner <api> --help`: the API's operations. */
export function apiHelp(api) {
  const ops = sdk.operations().filter((o) => o.api === api);
  const env = CLIENT_OPTIONS[api].map((o) => envName(api, o)).join(', ');
  return [`telepartner ${api} <operation> [flags]`, '', ...ops.map((o) => `  ${kebab(o.operation).padEnd(32)} ${o.doc.split('\n')[0]}`), '', `Settings: ${env} (or a profile).`].join('\n');
}

const USAGE = `telepartner <api> <operation> [--<field> <value>]... [--params JSON|@file.json]
telepartner bulk <api> <operation> <rows.csv|rows.jsonl> [--journal PATH] [--concurrency N] [--results PATH]
telepartner profiles add <name> <api>.<option>=<value>... | list | use <name> | remove <name>

APIs: ${Object.keys(CLASSES).join(', ')}   (telepartner <api> --help lists its operations)
Exit codes: 0 ok, 2 usage or validation, 3 auth, 4 not found, 5 API or server, 6 network or timeout,
            7 bulk run left outcomes unknown, 8 bulk run had rejected rows.`;

/** One operation: a dry run, every page (--all), or one call; the reply to stdout. */
async function runOperation(op, args, io) {
  const values = parse(op, args);
  if (values.help) return io.out(operationHelp(op));
  const format = values.output ?? 'json';
  if (!['json', 'jsonl', 'table', 'csv'].includes(format)) throw new CliError(EXIT.usage, `--output: expected json, jsonl, table or csv`);
  const params = paramsFrom(op, values);
  const { client: config, call } = splitSettings(op, clientConfig(op.api, values, io.env));
  if (values['dry-run']) {
    const request = sdk.buildRequest(op.api, op.operation, params, sansIoConfig(op.api, config));
    return io.out(JSON.stringify(redactRequest(request), null, 2));
  }
  // Progress of --all on a TTY: pages fetched, and the pages in all once the first reply tells.
  const pages = { fetched: 0, total: undefined };
  const progress = io.tty && !values.quiet && (values.all || values['max-items'] !== undefined);
  const net = config.fetch ?? globalThis.fetch;
  const fetch = !progress ? undefined : async (request) => {
    const response = await net(request);
    pages.fetched++;
    if (pages.total === undefined && response.ok && op.paging?.total) {
      const first = await response.clone().json().catch(() => undefined);
      const total = numberAt(first, op.paging.total);
      const rows = rowsOf(op, first).length;
      if (total !== undefined) pages.total = op.paging.style === 'page' ? total : rows ? Math.ceil(total / rows) : undefined;
    }
    return response;
  };
  const client = new CLASSES[op.api](fetch ? { ...config, fetch } : config);
  const options = { ...call };
  if (values['idempotency-key'] !== undefined) options.idempotencyKey = values['idempotency-key'];
  if (values['timeout-ms'] !== undefined) options.timeoutMs = typed({ kind: 'integer', name: 'timeout-ms' }, values['timeout-ms'], '--timeout-ms');
  if (values.all || values['max-items'] !== undefined) {
    if (!op.paging) throw new CliError(EXIT.usage, `--all: ${kebab(op.operation)} is not a paged operation`);
    // With --all, --limit caps the rows (the iterator sizes the pages), like --max-items.
    const cap = values['max-items'] ?? values.limit;
    delete params.limit;
    const limit = cap === undefined ? undefined : typed({ kind: 'integer', name: 'limit' }, cap, values['max-items'] === undefined ? '--limit' : '--max-items');
    let n = 0;
    const columns = [];
    const show = () => io.err(`\rpage ${pages.fetched}${pages.total ? `/${pages.total}` : ''}, ${n.toLocaleString('en')} rows   `, true);
    for await (const row of client[op.paging.iterator](params, { ...options, ...(limit !== undefined ? { maxItems: limit } : {}) })) {
      writeRow(io, format === 'csv' ? 'csv' : 'jsonl', row, columns, n === 0);
      n++;
      if (progress && n % 500 === 0) show();
    }
    if (progress) { show(); io.err('\n', true); }
    return;
  }
  const reply = await client[op.operation](params, options);
  printReply(io, format, reply, rowsOf(op, reply));
}

/** The request `--dry-run` prints: credentials and secret fields redacted. */
export function redactRequest(request) {
  const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) =>
    [k, /^(authorization|api-authorization|x-api-key)$/i.test(k) ? v.replace(/^(Bearer )?.*$/, '$1[redacted]') : v]));
  let body = request.body;
  if (typeof body === 'string') {
    try { body = sdk.redact(JSON.parse(body)); } catch { body = sdk.redact(body); }
  }
  return { method: request.method, url: request.url, headers, ...(body !== undefined ? { body } : {}) };
}

/** Run the command line; resolves to the exit code. `io`: out/err writers, env, tty. */
export async function main(argv, io) {
  const [first, second, ...rest] = argv;
  try {
    if (!first || first === '--help' || first === '-h' || first === 'help') { io.out(USAGE); return first ? EXIT.ok : EXIT.usage; }
    if (first === 'profiles') return profilesCommand([second, ...rest].filter((x) => x !== undefined), io);
    if (first === 'bulk') {
      const op = findOperation(second, rest[0]);
      return await runBulk(op, rest.slice(1), io, { CLASSES, clientConfig, sansIoConfig, splitSettings, typed, fieldFlags });
    }
    if (!second || second === '--help' || second === '-h') {
      if (!CLASSES[first]) throw new CliError(EXIT.usage, `unknown API '${first}' (expected one of ${Object.keys(CLASSES).join(', ')})`);
      io.out(apiHelp(first));
      return second ? EXIT.ok : EXIT.usage;
    }
    await runOperation(findOperation(first, second), rest, io);
    return EXIT.ok;
  } catch (e) {
    io.err(failure(e, argv.includes('--output') && argv[argv.indexOf('--output') + 1] === 'json'));
    return exitCodeOf(e);
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${(await import('node:fs')).realpathSync(process.argv[1])}`).href;
if (isMain) {
  const io = {
    out: (text) => process.stdout.write(`${text}\n`),
    write: (text) => process.stdout.write(text),
    err: (text, raw) => process.stderr.write(raw ? text : `${text}\n`),
    env: process.env,
    tty: Boolean(process.stderr.isTTY),
  };
  const code = await main(process.argv.slice(2), io);
  // Let stdout drain (a pipe), then exit with the code.
  process.stdout.write('', () => process.exit(code));
}
