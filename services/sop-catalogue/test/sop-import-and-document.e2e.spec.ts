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

  it('stores the importer\'s proposals in the draft: listed with their evidence as gaps, confirmed or rejected one by one', async () => {
    const imported = await http().get(`/sops/${plutId}/history`).set(auth).expect(200);
    expect(imported.body.map((e: { type: string }) => e.type)).toEqual(['SopDrafted', 'SopProposalsRecorded']);
    const gaps = await http().get(`/sops/${plutId}/gaps`).set(auth).expect(200);
    expect(gaps.headers.etag).toBe('"1"');
    const proposals: { id: string; kind: string; stepNo: number; value: unknown; evidence: string; status: string }[] = gaps.body.proposals;
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.status === 'to-confirm' && p.evidence.length > 0)).toBe(true);
    const unconfirmed = gaps.body.gaps.filter((g: { kind: string }) => g.kind === 'proposal-unconfirmed');
    expect(unconfirmed.map((g: { proposal: { id: string } }) => g.proposal.id).sort()).toEqual(proposals.map((p) => p.id).sort());
    expect(unconfirmed[0].message).toContain(`bukti baris ${unconfirmed[0].proposal.line}: "${unconfirmed[0].proposal.evidence}"`);

    const refused = await http().post(`/sops/${plutId}/versions/1/submit`).set(auth).expect(409);
    // The importer leaves the decisions' "tidak" empty and proposes targets: the refusal names each proposal with its evidence.
    expect(refused.body.code).toBe('SOP_DECISION_TARGET_MISSING');
    const tidakProposals = proposals.filter((p) => p.kind === 'tidak');
    expect(tidakProposals.length).toBeGreaterThan(0);
    for (const p of tidakProposals) {
      expect(refused.body.errors.some((e: { message: string }) => e.message.includes(`usulan ${p.id},`) && e.message.includes(p.evidence))).toBe(true);
    }
    const sopBefore = await http().get(`/sops/${plutId}`).set(auth).expect(200);
    const blockers: { message: string }[] = sopBefore.body.versions[0].missingForApproval;
    for (const p of proposals) expect(blockers.some((m) => m.message.includes(`usulan ${p.id},`))).toBe(true);

    const pelaksana = proposals.find((p) => p.kind === 'pelaksana');
    const tidak = proposals.find((p) => p.kind === 'tidak');
    if (!pelaksana || !tidak) throw new Error('the PLUT book should yield pelaksana and "tidak" proposals');
    const confirmed = await http().post(`/sops/${plutId}/versions/1/proposals/${pelaksana.id}/confirm`).set(auth).set('If-Match', '"1"').expect(200);
    expect(confirmed.body.events).toEqual(['SopProposalConfirmed']);
    const sop = await http().get(`/sops/${plutId}`).set(auth).expect(200);
    const step = sop.body.versions[0].content.procedures[0].steps.find((x: { no: number }) => x.no === pelaksana.stepNo);
    expect(step.pelaksana).toEqual(pelaksana.value);
    await http().post(`/sops/${plutId}/versions/1/proposals/${pelaksana.id}/confirm`).set(auth).expect(409);
    await http().post(`/sops/${plutId}/versions/1/proposals/${tidak.id}/reject`).set(auth).expect(200);
    await http().post(`/sops/${plutId}/versions/1/proposals/tidak-1.999/confirm`).set(auth).expect(404);
    const badId = await http().post(`/sops/${plutId}/versions/1/proposals/nope/confirm`).set(auth).expect(400);
    expect(badId.body.errors.map((e: { field: string }) => e.field)).toContain('proposalId');
    await http().post(`/sops/${plutId}/versions/1/proposals/${tidak.id}/reject`).set({ Authorization: `Bearer ${await issuer.tokenFor('auditor-61')}` }).expect(403);

    await app.get(SopCatalogueWorkers).projection.caughtUp();
    const row = await db.pool.query(`SELECT content FROM sop_catalogue_rm.sop_versions WHERE sop_id = $1 AND version = 1`, [plutId]);
    const projected = row.rows[0].content.procedures[0].steps.find((x: { no: number }) => x.no === pelaksana.stepNo);
    expect(projected.pelaksana).toEqual(pelaksana.value);

    const after = await http().get(`/sops/${plutId}/gaps`).set(auth).expect(200);
    const statusOf = (id: string) => after.body.proposals.find((p: { id: string }) => p.id === id).status;
    expect([statusOf(pelaksana.id), statusOf(tidak.id)]).toEqual(['confirmed', 'rejected']);
    const fields = after.body.gaps.map((g: { kind: string; field: string }) => `${g.kind} ${g.field}`);
    expect(fields.some((f: string) => f.startsWith('decision-target-missing ') && f.includes(`.decision`))).toBe(true);
    expect(after.body.gaps.some((g: { proposal: { id: string } | null }) => g.proposal?.id === pelaksana.id || g.proposal?.id === tidak.id)).toBe(false);
  });

  it('imports the Pacitan book: every SOP page with a step table as a draft, list entries without one as index-only entries', async () => {
    const pacitanAuth = { Authorization: `Bearer ${await issuer.tokenFor('kasi-35.01')}` };
    const res = await http().post('/sop-imports').set(pacitanAuth).attach('file', seed('pacitan-sop-dinkop-um-perindustrian-2023.txt'), 'pacitan.txt').expect(200);
    expect(res.body.report.index).toHaveLength(46);
    // Every list entry is accounted for: matched to an SOP page with steps (a draft), or an index-only entry with a warning.
    const matched = new Set(res.body.report.sops.filter((s: { indexEntry?: unknown }) => s.indexEntry).map((s: { indexEntry: { no: number } }) => s.indexEntry.no));
    const indexOnly: { no: number; number: string; reason: string; warning: string }[] = res.body.indexOnly;
    expect(indexOnly.length).toBeGreaterThan(0);
    expect(res.body.drafts).toHaveLength(res.body.report.sops.length);
    expect(matched.size + indexOnly.length).toBe(46);
    expect(indexOnly.every((e) => !matched.has(e.no) && ['no-page', 'no-step-table'].includes(e.reason) && e.warning.includes(`no. ${e.no}`))).toBe(true);
    const draftNumbers = new Set(res.body.drafts.map((d: { number: string }) => d.number));
    for (const entry of indexOnly) expect(draftNumbers).not.toContain(entry.number);
    expect(res.body.drafts.every((d: { steps: number }) => d.steps > 0)).toBe(true);
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
