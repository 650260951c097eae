// The command line's exit codes and how an error is reported (stderr; JSON with --output json).

/** Documented exit codes (README, "Command line"). */
export const EXIT = { ok: 0, internal: 1, usage: 2, auth: 3, notFound: 4, api: 5, network: 6, unknown: 7, rejected: 8 };

/** The exit code of each SDK error kind. */
const KIND_EXIT = {
  validation: EXIT.usage, config: EXIT.usage, auth: EXIT.auth, not_found: EXIT.notFound,
  api: EXIT.api, rate_limit: EXIT.api, server: EXIT.api, decode: EXIT.api,
  network: EXIT.network, timeout: EXIT.network, aborted: EXIT.network,
};

/** A usage error of the command line itself (bad flag, unknown operation, unreadable file). */
export class CliError extends Error {
  constructor(exit, message, field) {
    super(message);
    this.exit = exit;
    this.kind = 'usage';
    if (field !== undefined) this.field = field;
  }
}

/** The exit code for `e`. */
export function exitCodeOf(e) {
  if (e instanceof CliError) return e.exit;
  return KIND_EXIT[e?.kind] ?? EXIT.internal;
}

/** `e` as one stderr line: the message naming the flag (`--credit: ...`), or JSON
 * (`kind`, `status`, `code`, `field`, `message`). SDK messages never hold a secret. */
export function failure(e, asJson) {
  const field = e?.field;
  let message = String(e?.message ?? e);
  if ((e?.kind === 'validation' || e?.kind === 'config') && field && !field.includes('.') && message.startsWith(`${field}: `)) {
    message = `--${field}: ${message.slice(field.length + 2)}`;
  }
  if (asJson) {
    return JSON.stringify({ kind: e?.kind ?? 'internal', status: e?.status, code: e?.code, field, message });
  }
  return `telepartner: ${message}`;
}
