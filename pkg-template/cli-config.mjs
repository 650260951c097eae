// Credentials and settings of the command line: environment variables named from each
// client's options (TELEPARTNER_<API>_<OPTION>), named profiles in a file of mode 0600,
// and --base-url. Secrets are never printed.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError, EXIT } from './cli-errors.mjs';
import { API_OPTIONS } from './proxy.js';

/** The client options the command line sets, per API: the proxy's (less `getToken`, a
 * function) and the timeout and retry settings every client takes. */
export const CLIENT_OPTIONS = Object.fromEntries(Object.entries(API_OPTIONS).map(([api, options]) =>
  [api, [...options.filter((o) => o !== 'getToken'), 'timeoutMs', 'maxRetries']]));
const SECRET = new Set(['apiKey', 'token', 'callbackSecret']);
const NUMERIC = new Set(['timeoutMs', 'maxRetries', 'callbackTtlSeconds']);
const SANS_IO = ['apiKey', 'token', 'lineOfBusinessId', 'userAgent', 'baseUrl'];

/** `TELEPARTNER_IVRSOLUTIONS_API_KEY` for (`ivrsolutions`, `apiKey`). */
export const envName = (api, option) => `TELEPARTNER_${api.toUpperCase()}_${option.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/** `$TELEPARTNER_CONFIG`, else `$XDG_CONFIG_HOME/telepartner/profiles.json` (`~/.config/...`). */
export function profilesPath(env) {
  return env.TELEPARTNER_CONFIG ?? path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'telepartner', 'profiles.json');
}

function load(env) {
  const file = profilesPath(env);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return { current: data.current, profiles: data.profiles ?? {} };
  } catch (e) {
    if (e.code === 'ENOENT') return { profiles: {} };
    throw new CliError(EXIT.usage, `profiles file ${file}: ${e.code ?? 'not valid JSON'}`);
  }
}

function save(env, data) {
  const file = profilesPath(env);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // also when it existed with a wider mode
  return file;
}

/** The client options for `api`: the profile (--profile, $TELEPARTNER_PROFILE or the one in
 * use), then the environment, then --base-url. */
export function clientConfig(api, values, env) {
  const data = load(env);
  const name = values.profile ?? env.TELEPARTNER_PROFILE ?? data.current;
  if ((values.profile ?? env.TELEPARTNER_PROFILE) && !data.profiles[name]) {
    throw new CliError(EXIT.usage, `--profile: no profile named '${name}' (telepartner profiles list)`);
  }
  const config = { ...(name ? data.profiles[name]?.[api] : undefined) };
  for (const option of CLIENT_OPTIONS[api]) {
    const value = env[envName(api, option)];
    if (value !== undefined && value !== '') config[option] = value;
  }
  if (values['base-url'] !== undefined) config.baseUrl = values['base-url'];
  for (const option of NUMERIC) {
    if (typeof config[option] === 'string') {
      const n = Number(config[option]);
      if (!Number.isInteger(n)) throw new CliError(EXIT.usage, `${envName(api, option)}: expected an integer`);
      config[option] = n;
    }
  }
  return config;
}

/** Settings that are call options, not client options: Toku's callback signing, applied to
 * the operations that take a callback URL (`signedCallback`). */
const CALL_SETTINGS = ['callbackSecret', 'callbackTtlSeconds'];

/** `config` split into the client's options and the call options `op` takes from it. */
export function splitSettings(op, config) {
  const client = { ...config };
  const call = {};
  for (const key of CALL_SETTINGS) {
    if (client[key] !== undefined && op.signedCallback) call[key] = client[key];
    delete client[key];
  }
  return { client, call };
}

/** The part of a client's options `buildRequest` takes. */
export function sansIoConfig(api, config) {
  return Object.fromEntries(SANS_IO.filter((k) => config[k] !== undefined).map((k) => [k, config[k]]));
}

/** `telepartner profiles add <name> <api>.<option>=<value>... | list | use <name> | remove <name>`. */
export function profilesCommand([command, name, ...settings], io) {
  const data = load(io.env);
  const need = () => {
    if (!name || !/^[\w.-]{1,64}$/.test(name)) throw new CliError(EXIT.usage, `profiles ${command}: expected a profile name (letters, digits, _ . -)`);
  };
  switch (command) {
    case 'add': {
      need();
      const profile = data.profiles[name] ?? {};
      for (const setting of settings) {
        const eq = setting.indexOf('=');
        const [api, option] = (eq > 0 ? setting.slice(0, eq) : setting).split('.');
        if (eq < 0 || !CLIENT_OPTIONS[api]?.includes(option)) {
          const known = Object.entries(CLIENT_OPTIONS).flatMap(([a, os]) => os.map((o) => `${a}.${o}`)).join(', ');
          throw new CliError(EXIT.usage, `profiles add: '${eq > 0 ? setting.slice(0, eq) : setting}' is not <api>.<option>=<value> (options: ${known})`);
        }
        (profile[api] ??= {})[option] = setting.slice(eq + 1);
      }
      data.profiles[name] = profile;
      data.current ??= name;
      io.out(`profile '${name}' saved in ${save(io.env, data)} (mode 0600)`);
      return EXIT.ok;
    }
    case 'list':
      for (const [n, profile] of Object.entries(data.profiles)) {
        const shown = Object.entries(profile).flatMap(([api, options]) =>
          Object.entries(options).map(([o, v]) => `${api}.${o}=${SECRET.has(o) ? '[redacted]' : v}`));
        io.out(`${n === data.current ? '*' : ' '} ${n}  ${shown.join(' ')}`);
      }
      return EXIT.ok;
    case 'use':
    case 'remove':
      need();
      if (!data.profiles[name]) throw new CliError(EXIT.usage, `profiles ${command}: no profile named '${name}'`);
      if (command === 'use') data.current = name;
      else {
        delete data.profiles[name];
        if (data.current === name) delete data.current;
      }
      save(io.env, data);
      io.out(command === 'use' ? `profile '${name}' in use` : `profile '${name}' removed`);
      return EXIT.ok;
    default:
      throw new CliError(EXIT.usage, 'profiles: expected add, list, use or remove');
  }
}
