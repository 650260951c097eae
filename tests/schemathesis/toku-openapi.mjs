// Toku publishes a Postman collection, which Schemathesis cannot read. This writes the
// OpenAPI 3.0 document Schemathesis fuzzes the sandbox's Toku routes from:
// - from the collection: each request's method and path, and the status codes of its saved
//   example responses (a request with none documents no status: `default`);
// - from the SDK's registry (`operations()`, where required-ness was read from the
//   collection's HTML descriptions): each field, its JSON type, whether it is required, and
//   where it travels (path, query, JSON or form body, no undeclared body fields).
//   node tests/schemathesis/toku-openapi.mjs OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { operations } = createRequire(path.join(root, 'index.js'))('telepartner');
const collection = JSON.parse(readFileSync(path.join(root, '../shared/specs/toku.postman_collection.json'), 'utf8'));

/** `METHOD /path/{}` for a collection URL (`{{baseUrl}}`, `:var` and `{var}` normalised). */
const key = (method, url) => {
  const p = (typeof url === 'string' ? url : url.raw).split('?')[0].replace(/^.*?\}\}/, '').replace(/^\/+/, '/');
  return `${method} ${p.replace(/:\w+|\{\w+\}/g, '{}')}`;
};
const documented = new Map();
const visit = (items) => {
  for (const item of items) {
    if (item.item) visit(item.item);
    else documented.set(key(item.request.method, item.request.url), [...new Set((item.response ?? []).map((r) => r.code).filter(Boolean))]);
  }
};
visit(collection.item);

const TYPES = { string: { type: 'string' }, integer: { type: 'integer' }, number: { type: 'number' }, boolean: { type: 'boolean' }, json: {} };
const paths = {};
for (const op of operations().filter((o) => o.api === 'toku')) {
  const codes = documented.get(key(op.method, op.path));
  if (!codes) throw new Error(`${op.method} ${op.path}: not in the collection`);
  const inPath = new Set([...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  const fields = op.fields.filter((f) => !inPath.has(f.name));
  const parameters = [...inPath].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string', minLength: 1 } }));
  let requestBody;
  if (op.body === 'query' || op.method === 'GET') {
    parameters.push(...fields.map((f) => ({ name: f.name, in: 'query', required: f.required, schema: TYPES[f.kind] })));
  } else {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(fields.map((f) => [f.name, TYPES[f.kind]])),
      required: fields.filter((f) => f.required).map((f) => f.name),
    };
    if (!schema.required.length) delete schema.required;
    const type = op.body === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
    requestBody = { required: true, content: { [type]: { schema } } };
  }
  const responses = codes.length
    ? Object.fromEntries(codes.map((c) => [String(c), { description: `documented in the collection (${op.operationId})` }]))
    : { default: { description: 'the collection saves no example response for this request' } };
  (paths[op.path] ??= {})[op.method.toLowerCase()] = {
    operationId: op.operation,
    summary: op.doc,
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

const doc = {
  openapi: '3.0.3',
  info: { title: 'Toku (derived from the Postman collection and the telepartner registry)', version: '1' },
  servers: [{ url: '/' }],
  paths,
};
writeFileSync(process.argv[2], JSON.stringify(doc, null, 2));
console.log(`toku-openapi: ${Object.values(paths).reduce((n, p) => n + Object.keys(p).length, 0)} operations -> ${process.argv[2]}`);
