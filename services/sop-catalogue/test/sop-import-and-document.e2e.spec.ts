/**
 * Importing real SOP books over HTTP (multipart upload) into drafts, and the SOP AP document as HTML
 * and as a PDF printed by headless Chromium.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';
import { SopCatalogueModule } from '../src/sop-catalogue.module';
import { SopCatalogueWorkers } from '../src/workers/sop-catalogue.workers';

const seeds = process.env.JEJAK_SEEDS_DIR ?? resolve(__dirname, '../../../docs/seeds');
const seed = (name: string) => readFileSync(join(seeds, name));

describe('SOP book import and SOP documents (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let auth: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase('sop_import_e2e');
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

  const http = () => request(app.getHttpServer());

  it('reports without creating anything on a dry run', async () => {
    const res = await http().post('/sop-imports').set(auth).field('dryRun', 'true').attach('file', seed('kalbar-sop-peningkatan-pelayanan-plut.txt'), 'kalbar-plut.txt').expect(200);
    expect(res.body.drafts).toEqual([]);
    expect(res.body.report.sops).toHaveLength(1);
    expect(res.body.report.sops[0]).toMatchObject({ number: '518 / 917 / KUKRU - IV - 1' });
    expect(res.body.report.sops[0].steps).toHaveLength(28);
    expect(res.body.report.sops[0].content).toBeUndefined();
    const list = await http().get('/sops').set(auth).expect(200);
    expect(list.body.total).toBe(0);
  });

  let plutId = '';

  it('imports the Kalimantan Barat PLUT book into one draft with 28 steps and its warnings', async () => {
    const res = await http().post('/sop-imports').set(auth).attach('file', seed('kalbar-sop-peningkatan-pelayanan-plut.txt'), 'kalbar-plut.txt').expect(200);
    expect(res.body.drafts).toHaveLength(1);
    expect(res.body.drafts[0]).toMatchObject({ result: 'created', steps: 28, number: '518 / 917 / KUKRU - IV - 1' });
    plutId = res.body.drafts[0].sopId;
    const sop = await http().get(`/sops/${plutId}`).set(auth).expect(200);
    expect(sop.body.tenant).toBe('61');
    expect(sop.body.origin).toMatchObject({ kind: 'import', source: { document: 'kalbar-plut.txt' } });
    expect(sop.body.versions[0].content.procedures[0].steps).toHaveLength(28);
    expect(sop.body.versions[0].content.procedures[0].roles).toHaveLength(6);
  });

  it('imports the same book again without duplicating it', async () => {
    const res = await http().post('/sop-imports').set(auth).attach('file', seed('kalbar-sop-peningkatan-pelayanan-plut.txt'), 'kalbar-plut.txt').expect(200);
    expect(res.body.drafts.map((d: { result: string }) => d.result)).toEqual(['already_imported']);
  });

  it('imports the Pacitan book: every SOP page it can read, and its list of 46 SOPs as catalogue entries', async () => {
    const pacitanAuth = { Authorization: `Bearer ${await issuer.tokenFor('kasi-35.01')}` };
    const res = await http().post('/sop-imports').set(pacitanAuth).attach('file', seed('pacitan-sop-dinkop-um-perindustrian-2023.txt'), 'pacitan.txt').expect(200);
    expect(res.body.report.index).toHaveLength(46);
    // Every list entry is in the catalogue: matched to a readable SOP page, or as an entry to complete.
    const matched = new Set(res.body.report.sops.filter((s: { indexEntry?: unknown }) => s.indexEntry).map((s: { indexEntry: { no: number } }) => s.indexEntry.no));
    const indexOnly = res.body.report.index.filter((e: { no: number }) => !matched.has(e.no));
    expect(res.body.drafts).toHaveLength(res.body.report.sops.length + indexOnly.length);
    expect(matched.size + indexOnly.length).toBe(46);
    const draftNumbers = new Set(res.body.drafts.map((d: { number: string }) => d.number));
    for (const entry of indexOnly) expect(draftNumbers).toContain(entry.number);
    expect(res.body.drafts.filter((d: { steps: number }) => d.steps > 0).length).toBeGreaterThan(0);
    expect(res.body.drafts.every((d: { result: string }) => d.result === 'created')).toBe(true);
    expect(res.body.report.warnings.length).toBeGreaterThan(0);
    await app.get(SopCatalogueWorkers).projection.caughtUp();
    const list = await http().get('/sops').query({ tenant: '35.01', limit: 200 }).set(pacitanAuth).expect(200);
    expect(list.body.total).toBe(res.body.drafts.length);
  });

  it('refuses a missing or non-text upload with a 400 naming the field', async () => {
    const missing = await http().post('/sop-imports').set(auth).field('unit', 'X').expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const binary = await http().post('/sop-imports').set(auth).attach('file', Buffer.from([0x25, 0x50, 0x00, 0x01]), 'x.pdf').expect(400);
    expect(binary.body.errors[0].field).toBe('file');
    await http().post('/sop-imports').set({ Authorization: `Bearer ${await issuer.tokenFor('auditor-61')}` }).attach('file', seed('kalbar-sop-peningkatan-pelayanan-plut.txt'), 'k.txt').expect(403);
  });

  it('renders the SOP AP document as HTML with one lane per pelaksana', async () => {
    const res = await http().get(`/sops/${plutId}/versions/1/document`).set(auth).expect(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('518 / 917 / KUKRU - IV - 1');
    const lanes = [...res.text.matchAll(/<th class="lane"[^>]*data-lane="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(lanes)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(res.text).toContain('DRAF');
    await http().get(`/sops/${plutId}/versions/1/document`).query({ format: 'docx' }).set(auth).expect(400);
    await http().get(`/sops/${plutId}/versions/1/document`).set({ Authorization: `Bearer ${await issuer.tokenFor('staf-35')}` }).expect(404);
  });

  it('prints the SOP AP document as an A4-landscape PDF', async () => {
    const res = await http().get(`/sops/${plutId}/versions/1/document`).query({ format: 'pdf' }).set(auth).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(mediaBox).not.toBeNull();
    expect(Number(mediaBox![1])).toBeGreaterThan(Number(mediaBox![2])); // landscape
    expect(Math.round(Number(mediaBox![1]))).toBeGreaterThanOrEqual(841);
  }, 60_000);
});
