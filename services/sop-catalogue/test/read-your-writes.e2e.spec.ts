/**
 * Issue 12, "reads that show your write", for the catalogue: a draft answers with its position (X-Jejak-Position and
 * `position`); `GET /sops` with X-Jejak-Min-Position lists it at once, and answers 425 with Retry-After while the read
 * model is held back.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';
import { kalbarPlutSop } from '../src/domain/testing/kalbar-plut.fixture';
import { SopCatalogueModule } from '../src/sop-catalogue.module';
import { SopCatalogueWorkers } from '../src/workers/sop-catalogue.workers';

describe('SOP catalogue: reads that show your write (e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let auth: { Authorization: string };
  const http = () => request(app.getHttpServer());
  const draft = (nama: string) => {
    const content = kalbarPlutSop();
    content.identity.nama = nama;
    return http().post('/sops').set(auth).send({ unit: 'Bidang Pemberdayaan Usaha Kecil', content }).expect(201);
  };
  const names = (body: { items: { sopId: string }[] }) => body.items.map((i) => i.sopId);

  beforeAll(async () => {
    db = await createTestDatabase('sop_ryw');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [SopCatalogueModule.forRoot({ config: testServiceConfig('sop-catalogue', db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    auth = { Authorization: `Bearer ${await issuer.tokenFor('kabid-61')}` };
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  it('a draft carries its position; GET /sops at that position lists it', async () => {
    const res = await draft('Baca tulis satu');
    const position = res.headers['x-jejak-position'];
    expect(position).toMatch(/^\d+\.\d+$/);
    expect(res.body).toMatchObject({ revision: 0, position });
    const list = await http().get('/sops').set(auth).set('X-Jejak-Min-Position', position).expect(200);
    expect(names(list.body)).toContain(res.body.sopId);
  });

  it('answers 425 with Retry-After while the read model is held back, then the SOP once it caught up', async () => {
    const workers = app.get(SopCatalogueWorkers);
    await workers.projection.stop();
    let position = '';
    let sopId = '';
    try {
      const res = await draft('Baca tulis dua');
      [position, sopId] = [res.headers['x-jejak-position'], res.body.sopId];
      const behind = await http().get('/sops').set(auth).set('X-Jejak-Min-Position', position).expect(425);
      expect([behind.body.code, behind.headers['retry-after']]).toEqual(['READ_MODEL_BEHIND', '1']);
      // GET /sops/{id} is read from the stream: it always shows the write.
      expect((await http().get(`/sops/${sopId}`).set(auth).expect(200)).headers.etag).toBe('"0"');
    } finally {
      await workers.projection.start();
    }
    const list = await http().get('/sops').set(auth).set('X-Jejak-Min-Position', position).expect(200);
    expect(names(list.body)).toContain(sopId);
  });
});
