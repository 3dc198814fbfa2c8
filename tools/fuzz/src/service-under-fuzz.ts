import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { FixedClock } from '@jejak/domain-kit';
import { configurePlatform } from '@jejak/nest-platform';
import { openApiDocumentOf, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';

const ROOT = resolve(__dirname, '..', '..', '..');

/** The services of the registry `services.json`: every one is fuzzed. */
export function registeredServices(): string[] {
  const registry = JSON.parse(readFileSync(join(ROOT, 'services.json'), 'utf8')) as { services: { name: string }[] };
  return registry.services.map((service) => service.name);
}

type ModuleFactory = { forRoot(options: Record<string, unknown>): DynamicModule };

/**
 * The service's root module, found by the one service shape (`services/<name>/src/<name>.module.ts`
 * exports a module class with `forRoot({ config, auth, clock })`). Loaded by name from the registry,
 * the way the launcher starts services, so this tool never imports a service's code statically.
 */
function rootModuleOf(service: string): ModuleFactory {
  const file = join(ROOT, 'services', service, 'src', `${service}.module`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(file) as Record<string, unknown>;
  const factory = Object.values(exported).find((value): value is ModuleFactory => typeof value === 'function' && typeof (value as Partial<ModuleFactory>).forRoot === 'function');
  if (!factory) throw new Error(`${file} exports no module class with forRoot()`);
  return factory;
}

/** What the event store holds: a rejected request must leave all of it unchanged. */
export interface StoreSnapshot {
  events: number;
  maxPosition: string;
  streams: number;
  /** Sum over streams of (revision + 1): moves when any stream (a number book included) is appended to. */
  revisions: string;
}

export interface StoredEvent {
  stream: string;
  type: string;
}

/** One service, in-process, on its own PostgreSQL test database, over real HTTP (supertest). */
export interface ServiceUnderFuzz {
  name: string;
  app: INestApplication;
  db: TestDatabase;
  document: OpenAPIObject;
  http(): ReturnType<typeof request>;
  snapshot(): Promise<StoreSnapshot>;
  /** Events written under a correlation id (every event records the request's `x-correlation-id`). */
  eventsOf(correlationId: string): Promise<StoredEvent[]>;
  /** Waits until the store stops moving (asynchronous follow-ups of an accepted request are done). */
  quiesce(): Promise<void>;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startServiceUnderFuzz(name: string, issuer: TestIssuer, start = '2025-03-03T02:00:00.000Z'): Promise<ServiceUnderFuzz> {
  const db = await createTestDatabase(`fuzz_${name}`);
  const moduleRef = await Test.createTestingModule({
    imports: [rootModuleOf(name).forRoot({ config: testServiceConfig(name, db.url), auth: issuer.authConfig, clock: new FixedClock(start) })],
  }).compile();
  const app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
  await app.init();
  const schema = `${name.replace(/-/g, '_')}_es`;
  const snapshot = async (): Promise<StoreSnapshot> => {
    const { rows } = await db.pool.query(
      `SELECT (SELECT count(*)::int FROM ${schema}.events) AS events,
              (SELECT coalesce(max(global_position), 0)::text FROM ${schema}.events) AS max_position,
              (SELECT count(*)::int FROM ${schema}.streams) AS streams,
              (SELECT coalesce(sum(revision + 1), 0)::text FROM ${schema}.streams) AS revisions`,
    );
    const row = rows[0] as { events: number; max_position: string; streams: number; revisions: string };
    return { events: row.events, maxPosition: row.max_position, streams: row.streams, revisions: row.revisions };
  };
  const document = await openApiDocumentOf(app);
  return {
    name,
    app,
    db,
    document,
    http: () => request(app.getHttpServer()),
    snapshot,
    eventsOf: async (correlationId) => {
      const { rows } = await db.pool.query(`SELECT stream_id AS stream, type FROM ${schema}.events WHERE correlation_id = $1 ORDER BY global_position`, [correlationId]);
      return rows as StoredEvent[];
    },
    quiesce: async () => {
      let last = JSON.stringify(await snapshot());
      for (let i = 0; i < 40; i += 1) {
        await pause(25);
        const now = JSON.stringify(await snapshot());
        if (now === last) return;
        last = now;
      }
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
