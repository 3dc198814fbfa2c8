import type { ServiceConfig } from '../config';

/** Configuration of a service under test: its own test database, PostgreSQL store and transport. */
export function testServiceConfig(serviceName: string, databaseUrl: string, transportDatabaseUrl = databaseUrl): ServiceConfig {
  return {
    serviceName,
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    eventStore: { kind: 'postgres' },
    transport: { kind: 'postgres', databaseUrl: transportDatabaseUrl },
  };
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
