/**
 * A dinas's own role mapping through HTTP: the PLUT SOP (Kalimantan Barat, from the seed) whose first step is a
 * working group the defaults do not know ("Pokja Kemitraan") and whose second is the "Ketua Tim Kerja" the defaults
 * map. The Kepala Dinas adds the lane through the admin API; the petugas then runs that step.
 */
import { kalbarPlutFromSeed } from './support/kalbar-plut.seed';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { wib } from './support/plut-timeline';

const SOP_ID = '2f6b7c1e-61aa-4c0d-9e51-5a0b3c7d9e77';

function plutWithTeams() {
  const content = kalbarPlutFromSeed();
  content.procedures[0].steps[0].pelaksana = ['Pokja Kemitraan'];
  content.procedures[0].steps[1].pelaksana = ['Ketua Tim Kerja'];
  return content;
}

describe("a dinas's own role mapping (e2e)", () => {
  let t: ComplianceTestApp;
  let caseId = '';
  const version = (tenant: string, effectiveFrom: string) => `/role-mappings/${tenant}/versions/${effectiveFrom}`;
  const step = async (stepKey: string, action: 'start' | 'complete', user: string) =>
    t.http().post(`/cases/${caseId}/steps/${stepKey}/${action}`).set(await t.as(user)).send(action === 'complete' ? { kelengkapanChecked: [], outputProduced: true } : {});

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_rolemap', wib('2026-02-02T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '61', unit: 'UPT PLUT', version: 1, content: plutWithTeams(), effectiveFrom: '2020-07-22', time: '2026-01-05T01:00:00.000Z' });
    await t.settle();
    const res = await t.http().post('/cases').set(await t.as('staf-61')).send({ sopId: SOP_ID, reference: 'PLUT-TIM-01' }).expect(201);
    caseId = res.body.caseId;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('runs on the defaults until the dinas defines a version: a lane they do not know is PELAKSANA_UNMAPPED', async () => {
    const inForce = await t.http().get('/role-mappings/61/in-force').set(await t.as('staf-61')).expect(200);
    expect(inForce.body).toMatchObject({ tenant: '61', date: '2026-02-02', effectiveFrom: null, isDefault: true });
    const refused = await step('1.1', 'start', 'petugas-61');
    expect([refused.status, refused.body.code]).toEqual([409, 'PELAKSANA_UNMAPPED']);
  });

  it('guards the admin API: 403 for a non-administrator, 404 for another dinas, 400 naming the field', async () => {
    const rules = [{ sopRoles: ['Pokja Kemitraan'], platformRoles: ['PETUGAS'], team: true }];
    const kasi = await t.http().put(version('61', '2026-01-01')).set(await t.as('kasi-61')).send({ rules });
    expect(kasi.status).toBe(403);
    await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-35')).send({ rules }).expect(404);
    await t.http().get('/role-mappings/61').set(await t.as('kadis-35')).expect(404);
    const badRole = await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-61')).send({ rules: [{ sopRoles: ['Pokja Kemitraan'], platformRoles: ['CAMAT'] }] }).expect(400);
    expect([badRole.body.code, badRole.body.errors.map((e: { field: string }) => e.field)]).toEqual(['ROLE_MAPPING_INVALID', ['rules[0].platformRoles[0]']]);
    expect(badRole.body.errors[0].message).toBe('rules[0].platformRoles[0] "CAMAT" bukan peran Jejak (pilih: KEPALA_DINAS, SEKRETARIS, KEPALA_BIDANG, KASI, STAF, PETUGAS)');
    const badShape = await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-61')).send({ rules: [{ sopRoles: ['Bank'], platformRoles: ['STAF'], eksternal: true, team: 'ya' }] }).expect(400);
    expect(badShape.body.errors.map((e: { field: string }) => e.field)).toEqual(['rules[0].eksternal']);
    const badDate = await t.http().put(version('61', '2026-02-30')).set(await t.as('kadis-61')).send({ rules }).expect(400);
    expect(badDate.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveFrom']);
    const noRules = await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-61')).send({}).expect(400);
    expect([...new Set(noRules.body.errors.map((e: { field: string }) => e.field))]).toEqual(['rules']);
  });

  it('adds the lane through the API; the petugas then runs that step, and the Ketua Tim Kerja step runs on the mapped roles', async () => {
    const list = await t.http().get('/role-mappings/61').set(await t.as('kadis-61')).expect(200);
    expect(list.body.versions).toEqual([]);
    const rules = [{ sopRoles: ['Pokja Kemitraan'], platformRoles: ['PETUGAS'], team: true, note: 'SK Pokja Kemitraan 2026' }, ...list.body.defaults];
    const defined = await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-61')).send({ rules, note: 'SK Kepala Dinas 800/12/2026' }).expect(200);
    expect(defined.body).toMatchObject({ tenant: '61', effectiveFrom: '2026-01-01', replaced: false, revision: 0 });
    expect(defined.headers.etag).toBe('"0"');

    const inForce = await t.http().get('/role-mappings/61/in-force').set(await t.as('staf-61')).expect(200);
    expect([inForce.body.effectiveFrom, inForce.body.isDefault, inForce.body.rules[0].sopRoles]).toEqual(['2026-01-01', false, ['Pokja Kemitraan']]);
    const before = await t.http().get('/role-mappings/61/in-force?date=2025-12-31').set(await t.as('staf-61')).expect(200);
    expect(before.body).toMatchObject({ date: '2025-12-31', effectiveFrom: null, isDefault: true });

    const wrongRole = await step('1.1', 'start', 'staf-61');
    expect([wrongRole.status, wrongRole.body.code]).toEqual([403, 'NOT_PELAKSANA']);
    t.clock.set(wib('2026-02-02T09:00'));
    expect((await step('1.1', 'start', 'petugas-61')).status).toBe(200);
    t.clock.set(wib('2026-02-02T10:00'));
    expect((await step('1.1', 'complete', 'petugas-61')).status).toBe(200);
    t.clock.set(wib('2026-02-02T11:00'));
    expect((await step('1.2', 'start', 'kasi-61')).status).toBe(200);

    await t.settle();
    const after = await t.http().get('/role-mappings/61').set(await t.as('kadis-61')).expect(200);
    expect(after.body.versions).toEqual([
      { effectiveFrom: '2026-01-01', rules, note: 'SK Kepala Dinas 800/12/2026', definedBy: expect.any(String), definedAt: wib('2026-02-02T08:00') },
    ]);
  });

  it('replaces the version of the same date (If-Match) and judges later steps by the replaced rules', async () => {
    const current = await t.http().get('/role-mappings/61').set(await t.as('kadis-61')).expect(200);
    await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-61')).set('If-Match', '"7"').send({ rules: current.body.versions[0].rules }).expect(412);
    const rules = current.body.versions[0].rules.map((r: { sopRoles: string[] }) => (r.sopRoles.includes('Ketua Tim Kerja') ? { ...r, platformRoles: ['STAF'] } : r));
    const replaced = await t.http().put(version('61', '2026-01-01')).set(await t.as('kadis-61')).set('If-Match', '"0"').send({ rules }).expect(200);
    expect([replaced.body.replaced, replaced.body.revision]).toEqual([true, 1]);
    t.clock.set(wib('2026-02-02T12:00'));
    const kasi = await step('1.2', 'complete', 'kasi-61');
    expect([kasi.status, kasi.body.code]).toEqual([403, 'NOT_PELAKSANA']);
  });
});
