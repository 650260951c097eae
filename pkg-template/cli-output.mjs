// What the command line prints on stdout: the reply as JSON with the API's own field
// names (stable), or its rows as JSON lines, a table or CSV.
import { rowsOf as pageRows } from './paging.js';

/** The rows of a reply: a paged operation's (as its iterator reads them), else `data` or
 * the reply when it is a list, or the one list in `data` (`data: { regions: [...] }`). */
export function rowsOf(op, reply) {
  if (op.paging || Array.isArray(reply) || Array.isArray(reply?.data)) return pageRows(reply, op.paging?.rows);
  const lists = reply?.data && typeof reply.data === 'object' ? Object.values(reply.data).filter(Array.isArray) : [];
  return lists.length === 1 ? lists[0] : undefined;
}

/** One CSV cell: objects as JSON, quoted when needed. */
export function csvCell(value) {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Stream one row: a JSON line, or a CSV line (with the header, from the first row's keys, first). */
export function writeRow(io, format, row, columns, first) {
  if (format !== 'csv') return io.write(`${JSON.stringify(row)}\n`);
  if (first) {
    columns.push(...Object.keys(row && typeof row === 'object' ? row : { value: row }));
    io.write(`${columns.map(csvCell).join(',')}\n`);
  }
  const record = row && typeof row === 'object' ? row : { value: row };
  io.write(`${columns.map((c) => csvCell(record[c])).join(',')}\n`);
}

function table(io, rows) {
  const records = rows.map((r) => (r && typeof r === 'object' ? r : { value: r }));
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const cell = (v) => {
    const text = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  };
  const widths = columns.map((c) => Math.max(c.length, ...records.map((r) => cell(r[c]).length)));
  const line = (cells) => cells.map((t, i) => t.padEnd(widths[i])).join('  ').trimEnd();
  io.out(line(columns));
  io.out(line(widths.map((w) => '-'.repeat(w))));
  for (const r of records) io.out(line(columns.map((c) => cell(r[c]))));
}

/** The reply in `format`; bytes replies (recordings) are written as they are. */
export function printReply(io, format, reply, rows) {
  if (reply?.data instanceof Uint8Array) return io.write(reply.data);
  if (format === 'json') return io.out(JSON.stringify(reply, null, 2));
  const list = rows ?? [reply?.data && typeof reply.data === 'object' ? reply.data : reply];
  if (format === 'table') return table(io, list);
  const columns = [];
  list.forEach((row, i) => writeRow(io, format, row, columns, i === 0));
}
