/**
 * Ports of the simulator and the compliance benchmark. The embedded PostgreSQL takes its port from a flag
 * (`--pg-port`) or the environment (`SIMULATE_PG_PORT` for `npm run simulate`, `BENCH_PG_PORT` for
 * `npm run bench -- compliance`, the name tools/bench uses too); unset or 0 picks a free port.
 */

/** A TCP port from a flag or variable: `undefined`/empty → 0 (pick a free one); anything but 0..65535 is refused, naming `what`. */
export function portOption(value: string | undefined, what: string): number {
  if (value === undefined || value.trim() === '') return 0;
  const text = value.trim();
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${what} must be a TCP port (1..65535, or 0 for a free one), got "${value}"`);
  return port;
}

/** The flag wins over the variable. */
export function pgPortFrom(flag: string | undefined, env: NodeJS.ProcessEnv, variable: string): number {
  return flag !== undefined ? portOption(flag, '--pg-port') : portOption(env[variable], variable);
}

/** The base URL of a service, on 127.0.0.1 only: a port, or a URL whose host is 127.0.0.1 or localhost. */
export function loopbackUrl(value: string, what: string): string {
  if (/^\d+$/.test(value.trim())) return `http://127.0.0.1:${portOption(value, what) || fail(`${what} must not be 0`)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`${what} must be a port or an http URL on 127.0.0.1, got "${value}"`);
  }
  if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    return fail(`${what} must be on 127.0.0.1 (the simulator drives a local platform only), got "${value}"`);
  }
  return `http://127.0.0.1:${url.port || '80'}`;
}

function fail(message: string): never {
  throw new Error(message);
}
