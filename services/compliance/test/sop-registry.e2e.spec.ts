/**
 * Compliance consumes the catalogue's integration events from the PostgreSQL transport into its own
 * log and read model: validated, recorded exactly once (redelivery changes nothing), invalid messages
 * dead-lettered, and served through HTTP within the reader's dinas.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { SopDrafted, SopVersionEffective, SOURCES, TOPICS, type IntegrationEvent, type SopContent } from '@jejak/contracts';
import { deadLetterTopic, makeIntegrationEvent, PostgresTransport } from '@jejak/messaging';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { eventually, testServiceConfig } from '@jejak/service-kit/testing';
import { ComplianceModule } from '../src/compliance.module';
import { ComplianceWorkers } from '../src/workers/compliance.workers';

const SOP_ID = '5b3c2a8e-1d4f-4c6a-9e2b-7f8a9b0c1d2e';
const content = { identity: { nama: 'Presensi', nomor: '800/01/408.49/2023' }, procedures: [] } as unknown as SopContent;

function drafted(): IntegrationEvent {
  return makeIntegrationEvent(SopDrafted, {
    source: SOURCES.sopCatalogue, subject: SOP_ID, time: '2026-01-05T01:00:00.000Z', tenant: '35.01', correlationId: 'c-1',
    data: { sopId: SOP_ID, version: 1, tenant: '35.01', unit: 'Sekretariat', nomor: '800/01/408.49/2023', nama: 'Presensi', origin: 'import' },
  });
}

function effective(): IntegrationEvent {
  return makeIntegrationEvent(SopVersionEffective, {
    source: SOURCES.sopCatalogue, subject: SOP_ID, time: '2026-01-06T01:00:00.000Z', tenant: '35.01', correlationId: 'c-2',
    data: { sopId: SOP_ID, version: 1, tenant: '35.01', unit: 'Sekretariat', nomor: '800/01/408.49/2023', nama: 'Presensi', effectiveFrom: '2026-01-06', supersedesVersion: null, content },
  });
}

describe('compliance consumes SOP integration events (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let publisher: PostgresTransport;

  beforeAll(async () => {
    db = await createTestDatabase('compliance_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [ComplianceModule.forRoot({ config: testServiceConfig('compliance', db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    publisher = new PostgresTransport({ pool: db.pool });
  });

  afterAll(async () => {
    await publisher?.close();
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  const settle = async () => {
    const workers = app.get(ComplianceWorkers);
    await workers.consumer.drained();
    await workers.projection.caughtUp();
  };

  it('records each event once, even when it is delivered twice, and projects the registry', async () => {
    const first = drafted();
    await publisher.publish(TOPICS.sopCatalogue, [first]);
    await publisher.publish(TOPICS.sopCatalogue, [first]); // redelivery of the same message id
    await publisher.publish(TOPICS.sopCatalogue, [effective()]);
    await settle();

    const recorded = await app.get<EventStore>(EVENT_STORE).readStream(`sop-${SOP_ID}`);
    expect(recorded.map((e) => e.type)).toEqual(['jejak.sop.drafted.v1', 'jejak.sop.version-effective.v1']);
    expect(recorded[0].id).toBe(first.id);
    expect(recorded[0].data).toMatchObject({ source: SOURCES.sopCatalogue, subject: SOP_ID, time: '2026-01-05T01:00:00.000Z' });

    const token = await issuer.tokenFor('kasi-35.01');
    const res = await request(app.getHttpServer()).get('/sop-registry').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({ sopId: SOP_ID, tenant: '35.01', nama: 'Presensi', status: 'effective', effectiveVersion: 1, effectiveFrom: '2026-01-06' }),
    ]);
  });

  it('shows a province viewer the registry of its regencies, and another dinas nothing', async () => {
    const province = await issuer.tokenFor('provinsi-35');
    const seen = await request(app.getHttpServer()).get('/sop-registry').set('Authorization', `Bearer ${province}`).expect(200);
    expect(seen.body.map((s: { sopId: string }) => s.sopId)).toEqual([SOP_ID]);
    const other = await issuer.tokenFor('kasi-61');
    const none = await request(app.getHttpServer()).get('/sop-registry').set('Authorization', `Bearer ${other}`).expect(200);
    expect(none.body).toEqual([]);
    await request(app.getHttpServer()).get('/sop-registry').query({ tenant: '35.01' }).set('Authorization', `Bearer ${other}`).expect(403);
    await request(app.getHttpServer()).get('/sop-registry').expect(401);
  });

  it('dead-letters an invalid message with its error and keeps consuming', async () => {
    const invalid = { ...drafted(), id: '0b8f1a9e-1111-4c6a-9e2b-7f8a9b0c1d2e', data: { sopId: SOP_ID, version: 0, tenant: 'Jatim' } } as IntegrationEvent;
    await publisher.publish(TOPICS.sopCatalogue, [invalid]);
    const dead: IntegrationEvent[] = [];
    const dlq = await publisher.subscribe({ group: 'e2e-dlq', topics: [deadLetterTopic(TOPICS.sopCatalogue)], handle: async (e) => void dead.push(e) });
    await eventually(async () => (dead.some((e) => e.id === invalid.id) ? true : undefined), 10_000, 'the dead letter');
    await dlq.stop();
    expect(dead.find((e) => e.id === invalid.id)).toMatchObject({ type: 'jejak.sop.drafted.v1' });
    const all = await app.get<EventStore>(EVENT_STORE).readStream(`sop-${SOP_ID}`);
    expect(all.map((e) => e.id)).not.toContain(invalid.id);
  });
});
