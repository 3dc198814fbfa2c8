/**
 * training through real HTTP: real tokens, the PostgreSQL event store, the read model and the
 * PostgreSQL transport. Create → read (ETag) → close with If-Match, the RFC 7807 errors, tenancy,
 * and the published integration events.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { TRAINING_CONTRACTS, type IntegrationEvent } from '@jejak/contracts';
import { PostgresTransport, type ConsumerHandle } from '@jejak/messaging';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { eventually, testServiceConfig } from '@jejak/service-kit/testing';
import { TrainingModule } from '../src/training.module';
import { TRAINING_SERVICE } from '../src/training.service';

describe('training (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let transport: PostgresTransport;
  let consumer: ConsumerHandle;
  const published: IntegrationEvent[] = [];
  const tokens: Record<string, string> = {};

  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const readable = (id: string, who = 'staf-35') =>
    eventually(async () => {
      const res = await http().get(`/kegiatan/${id}`).set(as(who));
      return res.status === 200 ? res : undefined;
    }, 10_000, `kegiatan ${id} in the read model`);

  beforeAll(async () => {
    db = await createTestDatabase('training_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [TrainingModule.forRoot({ config: testServiceConfig(TRAINING_SERVICE.name, db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['staf-35', 'kabid-35', 'staf-61', 'auditor-35']) tokens[who] = await issuer.tokenFor(who);
    transport = new PostgresTransport({ pool: db.pool });
    consumer = await transport.subscribe({
      group: 'e2e-observer',
      topics: [TRAINING_SERVICE.topic],
      handle: async (event) => {
        published.push(event);
      },
    });
  });

  afterAll(async () => {
    await consumer?.stop();
    await transport?.close();
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  let id = '';

  it('creates a kegiatan: 201 with Location and ETag "0"', async () => {
    const res = await http().post('/kegiatan').set(as('staf-35')).send({ title: 'Contoh pertama' }).expect(201);
    id = res.body.id;
    expect(res.headers.location).toBe(`/kegiatan/${id}`);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toEqual({ id, revision: 0, position: expect.stringMatching(/^\d+\.\d+$/), events: ['KegiatanCreated'] });
  });

  it('reads it from the read model with its ETag; another dinas gets 404', async () => {
    const res = await readable(id);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ id, tenant: '35', title: 'Contoh pertama', stage: 'open', closedAt: null, revision: 0 });
    const other = await http().get(`/kegiatan/${id}`).set(as('staf-61')).expect(404);
    expect(other.body).toMatchObject({ status: 404, code: 'KEGIATAN_NOT_FOUND' });
  });

  it('answers bad input, no token and read-only roles with RFC 7807 problems', async () => {
    const bad = await http().post('/kegiatan').set(as('staf-35')).send({ title: '', colour: 'merah' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'colour']));
    const blank = await http().post('/kegiatan').set(as('staf-35')).send({ title: '   ' }).expect(400);
    expect(blank.body).toMatchObject({ code: 'KEGIATAN_TITLE_REQUIRED', errors: [{ field: 'title' }] });
    await http().post('/kegiatan').send({ title: 'Tanpa token' }).expect(401);
    await http().post('/kegiatan').set(as('auditor-35')).send({ title: 'Auditor' }).expect(403);
    await http().get('/kegiatan/bukan-uuid').set(as('staf-35')).expect(400);
    await http().get('/kegiatan/00000000-0000-4000-8000-00000000ffff').set(as('staf-35')).expect(404);
  });

  it('closes with If-Match: a stale revision is 412, the right one 200, closing again 409', async () => {
    const stale = await http().post(`/kegiatan/${id}/close`).set(as('kabid-35')).set('If-Match', '"7"').send({ reason: 'Selesai' }).expect(412);
    expect(stale.body).toMatchObject({ status: 412 });
    const other = await http().post(`/kegiatan/${id}/close`).set(as('staf-61')).send({ reason: 'Bukan milik kami' }).expect(404);
    expect(other.body.code).toBe('KEGIATAN_NOT_FOUND');
    const closed = await http().post(`/kegiatan/${id}/close`).set(as('kabid-35')).set('If-Match', '"0"').send({ reason: 'Selesai' }).expect(200);
    expect(closed.headers.etag).toBe('"1"');
    expect(closed.body.events).toEqual(['KegiatanClosed']);
    const again = await http().post(`/kegiatan/${id}/close`).set(as('kabid-35')).set('If-Match', '"1"').send({ reason: 'Lagi' }).expect(409);
    expect(again.body).toMatchObject({ status: 409, code: 'KEGIATAN_ALREADY_CLOSED' });
    const view = await eventually(async () => {
      const res = await readable(id);
      return res.body.stage === 'closed' ? res : undefined;
    });
    expect(view.headers.etag).toBe('"1"');
    expect(view.body).toMatchObject({ stage: 'closed', closeReason: 'Selesai' });
  });

  it('publishes valid integration events through the outbox', async () => {
    const events = await eventually(async () => (published.filter((e) => e.subject === id).length >= 2 ? published.filter((e) => e.subject === id) : undefined));
    expect(events.map((e) => e.type)).toEqual(TRAINING_CONTRACTS.map((c) => c.type));
    for (const event of events) {
      const contract = TRAINING_CONTRACTS.find((c) => c.type === event.type)!;
      expect({ type: event.type, violations: contract.validate(event.data) }).toEqual({ type: event.type, violations: [] });
      expect(event.tenant).toBe('35');
    }
  });
});
