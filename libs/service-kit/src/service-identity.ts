import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One entry of the root `services.json`: the facts every part of the platform agrees on. */
export interface ServiceIdentity {
  /** kebab-case name: the folder under services/, the Nx project, `SERVICE_NAME`. */
  name: string;
  /** Default HTTP port (`PORT` overrides it; `npm start` reads `<NAME>_PORT`). */
  port: number;
  /** The database the service owns (read models, event store schema, outbox checkpoints, inbox). */
  database: string;
  /** The integration-event topic it publishes to (equal to its entry in @jejak/contracts TOPICS). */
  topic: string;
  /** Nx scope tag, `scope:<name>`. */
  scope: string;
}

export interface ServiceRegistry {
  services: ServiceIdentity[];
}

export class ServiceRegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceRegistryError';
  }
}

const REGISTRY_FILE = 'services.json';

/** The registry file: `JEJAK_SERVICES_REGISTRY`, else the first `services.json` up from this module (the repository root). */
export function serviceRegistryPath(env: NodeJS.ProcessEnv = process.env, from: string = __dirname): string {
  const explicit = env.JEJAK_SERVICES_REGISTRY?.trim();
  if (explicit) return resolve(explicit);
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, REGISTRY_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new ServiceRegistryError(`${REGISTRY_FILE} not found above ${from} (set JEJAK_SERVICES_REGISTRY)`);
  }
}

function checkEntry(entry: unknown, index: number, file: string): ServiceIdentity {
  const e = entry as Partial<Record<keyof ServiceIdentity, unknown>>;
  const problem = (what: string) => new ServiceRegistryError(`${file}: services[${index}] ${what}`);
  if (typeof e?.name !== 'string' || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(e.name)) throw problem('needs a kebab-case "name"');
  if (typeof e.port !== 'number' || !Number.isInteger(e.port) || e.port < 1 || e.port > 65535) throw problem(`(${e.name}) needs a TCP "port"`);
  for (const key of ['database', 'topic', 'scope'] as const) {
    if (typeof e[key] !== 'string' || !e[key]) throw problem(`(${e.name}) needs "${key}"`);
  }
  return { name: e.name, port: e.port, database: e.database as string, topic: e.topic as string, scope: e.scope as string };
}

/** Reads and checks the registry: every field present, names, ports and databases unique. */
export function loadServiceRegistry(file: string = serviceRegistryPath()): ServiceRegistry {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { services?: unknown };
  if (!Array.isArray(raw.services)) throw new ServiceRegistryError(`${file}: "services" must be a list`);
  const services = raw.services.map((entry, i) => checkEntry(entry, i, file));
  for (const key of ['name', 'port', 'database', 'topic'] as const) {
    const seen = new Set<unknown>();
    for (const s of services) {
      if (seen.has(s[key])) throw new ServiceRegistryError(`${file}: ${key} ${String(s[key])} is used by two services`);
      seen.add(s[key]);
    }
  }
  return { services };
}

let cached: ServiceRegistry | undefined;

/**
 * The identity of one service from the root registry, e.g. in `services/letters/src/letters.service.ts`:
 *
 *     export const LETTERS_SERVICE = serviceIdentity('letters');   // { name, port, database, topic, scope }
 */
export function serviceIdentity(name: string, registry?: ServiceRegistry): ServiceIdentity {
  const source = registry ?? (cached ??= loadServiceRegistry());
  const found = source.services.find((s) => s.name === name);
  if (!found) throw new ServiceRegistryError(`service "${name}" is not registered in ${REGISTRY_FILE} (run npm run new-service)`);
  return { ...found };
}
