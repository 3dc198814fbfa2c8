/**
 * Service configuration from environment variables (documented in the README's configuration table).
 * Invalid values fail at start-up with a message naming the variable.
 */
export type EventStoreKind = 'postgres' | 'kurrentdb';
export type TransportKind = 'postgres' | 'kafka';

export interface ServiceConfig {
  serviceName: string;
  port: number;
  host: string;
  databaseUrl: string;
  eventStore: { kind: 'postgres' } | { kind: 'kurrentdb'; url: string };
  transport: { kind: 'postgres'; databaseUrl: string } | { kind: 'kafka'; brokers: string[]; clientId: string };
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`configuration ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(name, 'is required');
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = (env[name]?.trim() || fallback) as T;
  if (!allowed.includes(value)) throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  return value;
}

export function loadServiceConfig(serviceName: string, defaultPort: number, env: Env = process.env): ServiceConfig {
  const port = Number(env.PORT ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('PORT', `is not a TCP port (got "${env.PORT}")`);
  const databaseUrl = required(env, 'DATABASE_URL');
  const storeKind = oneOf(env, 'EVENT_STORE', ['postgres', 'kurrentdb'] as const, 'postgres');
  const transportKind = oneOf(env, 'EVENT_TRANSPORT', ['postgres', 'kafka'] as const, 'postgres');
  return {
    serviceName,
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    eventStore: storeKind === 'kurrentdb' ? { kind: 'kurrentdb', url: required(env, 'KURRENTDB_URL') } : { kind: 'postgres' },
    transport:
      transportKind === 'kafka'
        ? {
            kind: 'kafka',
            brokers: required(env, 'KAFKA_BROKERS').split(',').map((b) => b.trim()).filter(Boolean),
            clientId: env.KAFKA_CLIENT_ID?.trim() || `jejak-${serviceName}`,
          }
        : { kind: 'postgres', databaseUrl: env.TRANSPORT_DATABASE_URL?.trim() || databaseUrl },
  };
}

/** Schema names derived from the service name: `sop-catalogue` → `sop_catalogue_es`. */
export const schemaFor = (serviceName: string, suffix: 'es' | 'rm' | 'inbox'): string =>
  `${serviceName.replace(/-/g, '_')}_${suffix}`;
