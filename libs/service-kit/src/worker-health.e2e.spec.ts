import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { EVENT_STORE, PostgresEventStore, type EventMetadata, type RecordedEvent } from '@jejak/event-store';
import { EVENT_TRANSPORT, PostgresTransport } from '@jejak/messaging';
import { configurePlatform, PlatformModule } from '@jejak/nest-platform';
import { LogCapture, startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createPool } from '@jejak/postgres';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import type { ProjectionDefinition } from '@jejak/projections';
import request from 'supertest';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ServiceRuntime } from './service-runtime';
import { createServiceWorkers, type ServiceWorkers } from './service-workers';
import { PG_POOL, TRANSPORT_POOL } from './tokens';

class CreateTitles1700000000002 implements MigrationInterface {
  name = 'CreateTitles1700000000002';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE titles (stream text PRIMARY KEY, titles text[] NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE titles`);
  }
}

const handler = { fixed: false };
const titlesProjection: ProjectionDefinition = {
  name: 'titles',
  readSchema: 'health_rm',
  migrations: [CreateTitles1700000000002],
  async handle(events: RecordedEvent[], manager: EntityManager) {
    for (const event of events) {
      const { title, content } = event.data as { title: string; content: unknown[] };
      if (content.length === 0 && !handler.fixed) throw new TypeError('content has no steps');
      await manager.query(
        `INSERT INTO titles (stream, titles) VALUES ($1, ARRAY[$2]) ON CONFLICT (stream) DO UPDATE SET titles = titles.titles || EXCLUDED.titles`,
        [event.stream, title],
      );
    }
  },
};

const meta = (tenant: string): EventMetadata => ({ tenant, actor: { userId: 'u1', role: 'STAF' }, correlationId: 'c1' });
const metric = (text: string, name: string) => Number(new RegExp(`^${name}\\{worker="projection",service="health-test"\\} (\\S+)$`, 'm').exec(text)?.[1]);

describe('readiness and metrics of background workers (real PostgreSQL, real HTTP)', () => {
  let issuer: TestIssuer;
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: INestApplication;
  let store: PostgresEventStore;
  let workers: ServiceWorkers;
  const errors: string[] = [];

  beforeAll(async () => {
    issuer = await startTestIssuer();
    db = await createTestDatabase('service_kit_worker_health');
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    const pool = createPool(db.url, { max: 6 });
    store = await PostgresEventStore.create(pool, { schema: 'health_es', pollIntervalMs: 100 });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot({ serviceName: 'health-test', auth: issuer.authConfig, pool, logging: { destination: new LogCapture() } })],
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: EVENT_TRANSPORT, useValue: new PostgresTransport({ pool }) },
        { provide: PG_POOL, useValue: pool },
        { provide: TRANSPORT_POOL, useValue: null },
        ServiceRuntime,
      ],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    workers = createServiceWorkers({ serviceName: 'health-test', store, dataSource, projection: titlesProjection, onError: (e) => errors.push(e.message) });
    await workers.register(app.get(ServiceRuntime));
    await app.init();
  });
  afterAll(async () => {
    await app?.close(); // stops the workers, closes the store and the app's pool
    await dataSource?.destroy();
    await db?.drop();
    await issuer?.stop();
  });

  it('is ready and ok while the workers run and nothing is parked', async () => {
    await store.append('b1', [{ type: 'Drafted', data: { title: 'b1-1', content: [1] }, metadata: meta('61') }]);
    await workers.projection.caughtUp();
    const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, workers: { status: 'up', projection: { state: 'running', parked: 0, lagEvents: 0 } } } });
    expect(res.body.degraded).toBeUndefined();
  });

  it('answers 200 "degraded" with the reason while a running worker has parked events, and counts them on /metrics', async () => {
    await store.append('a1', [{ type: 'Drafted', data: { title: 'a1-1', content: [] }, metadata: meta('35') }]);
    await store.append('a1', [{ type: 'Drafted', data: { title: 'a1-2', content: [1] }, metadata: meta('35') }]);
    await store.append('b1', [{ type: 'Drafted', data: { title: 'b1-2', content: [1] }, metadata: meta('61') }]);
    await workers.projection.caughtUp();

    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      degraded: ['projection: 2 parked events'],
      info: { workers: { status: 'up', projection: { state: 'running', parked: 2 } } },
    });
    const all = await request(app.getHttpServer()).get('/health').expect(200);
    expect(all.body.status).toBe('degraded');
    expect(errors.filter((e) => e.startsWith('parked event'))).toHaveLength(2);

    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toContain('# TYPE jejak_worker_parked_events gauge');
    expect(metric(metrics, 'jejak_worker_parked_events')).toBe(2);
    expect(metric(metrics, 'jejak_worker_up')).toBe(1);
    expect(metric(metrics, 'jejak_worker_lag_events')).toBe(0);
    expect(metric(metrics, 'jejak_worker_lag_seconds')).toBe(0);

    handler.fixed = true;
    expect((await workers.projection.retryParked('all')).remaining).toBe(0);
    expect((await request(app.getHttpServer()).get('/health/ready').expect(200)).body.status).toBe('ok');
    expect(metric((await request(app.getHttpServer()).get('/metrics')).text, 'jejak_worker_parked_events')).toBe(0);
  });

  it('answers 503 when a worker is stopped, and /metrics shows it down and behind', async () => {
    await workers.projection.stop();
    await store.append('b1', [{ type: 'Drafted', data: { title: 'b1-3', content: [1] }, metadata: meta('61') }]);
    const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body).toMatchObject({ status: 'error', error: { workers: { status: 'down', projection: { state: 'stopped', lagEvents: 1 } } } });
    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metric(metrics, 'jejak_worker_up')).toBe(0);
    expect(metric(metrics, 'jejak_worker_lag_events')).toBe(1);
    expect(metric(metrics, 'jejak_worker_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});
