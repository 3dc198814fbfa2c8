/**
 * The user directory per dinas, filled from the token's claims as users call the service, and who can act on a
 * step of a case (the Kalimantan Barat PLUT SOP from the seed: step 1 is the Kepala Bidang's, step 2 the Kepala UPT's).
 */
import { findDemoUser } from '@jejak/nest-platform';
import { kalbarPlutFromSeed } from './support/kalbar-plut.seed';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { wib } from './support/plut-timeline';

const SOP_ID = '2f6b7c1e-61aa-4c0d-9e51-5a0b3c7d9e88';
const id = (username: string) => findDemoUser(username)!.userId;

function plutWithExternalStep() {
  const content = kalbarPlutFromSeed();
  content.procedures[0].steps[2].pelaksana = ['Bank Pelaksana'];
  return content;
}

describe('the people directory and who can act on a step (e2e)', () => {
  let t: ComplianceTestApp;
  let caseId = '';
  const people = async (query: string, user = 'staf-61') => t.http().get(`/people${query}`).set(await t.as(user));

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_people', wib('2026-02-02T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '61', unit: 'UPT PLUT', version: 1, content: plutWithExternalStep(), effectiveFrom: '2020-07-22', time: '2026-01-05T01:00:00.000Z' });
    await t.settle();
    caseId = (await t.http().post('/cases').set(await t.as('staf-61')).send({ sopId: SOP_ID }).expect(201)).body.caseId;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the people of the dinas who called the service, as their tokens name them; a refused call records nobody', async () => {
    // A refused request (400) writes nothing, not even the directory.
    await t.http().get('/people?limit=0').set(await t.as('kabid-61')).expect(400);
    await t.settle();
    expect((await people('')).body.items.map((p: { userId: string }) => p.userId)).toEqual([id('staf-61')]);

    // kadis-35 reads another dinas's mapping: not found, so not recorded yet.
    for (const user of ['kabid-61', 'kasi-61', 'petugas-61', 'kadis-35']) await t.http().get('/role-mappings/61/in-force').set(await t.as(user));
    await t.settle();
    const all = await people('');
    expect(all.status).toBe(200);
    expect(all.body.items.map((p: { name: string; jabatan: string }) => [p.name, p.jabatan])).toEqual([
      ['Dayang Marlina', 'Petugas'],
      ['Fransiska Dewi', 'Kepala Seksi'],
      ['Muhammad Rizki', 'Staf'],
      ['Yohanes Kristianto', 'Kepala Bidang'],
    ]);
    expect(all.body.items[3]).toEqual({ userId: id('kabid-61'), name: 'Yohanes Kristianto', nip: findDemoUser('kabid-61')!.nip, jabatan: 'Kepala Bidang', roles: ['KEPALA_BIDANG'], claimsSince: wib('2026-02-02T08:00') });
  });

  it('finds people by part of the name or of the jabatan, case-insensitively, in one dinas only', async () => {
    expect((await people('?q=kepala')).body.items.map((p: { name: string }) => p.name)).toEqual(['Fransiska Dewi', 'Yohanes Kristianto']);
    expect((await people('?q=MARLINA')).body.items.map((p: { name: string }) => p.name)).toEqual(['Dayang Marlina']);
    expect((await people('?q=100%25')).body.items).toEqual([]);
    expect((await people('', 'kadis-35')).body.items).toEqual([]);
    await t.settle();
    expect((await people('', 'kadis-35')).body.items.map((p: { name: string }) => p.name)).toEqual(['Bambang Sutrisno']);
    expect((await people('?tenant=35')).status).toBe(404);
    const bad = await people('?limit=1000&colour=red');
    expect([bad.status, [...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()]).toEqual([400, ['colour', 'limit']]);
  });

  it("lists who can act on a step under the dinas's mapping: the mapped role's holders, and the recorders of an external lane", async () => {
    const first = await t.http().get(`/cases/${caseId}/steps/1.1/eligible-people`).set(await t.as('staf-61')).expect(200);
    expect(first.body).toMatchObject({ caseId, stepKey: '1.1', stepNo: 1, pelaksana: ['Kepala Bidang'], kind: 'roles', roles: ['KEPALA_BIDANG'], unmapped: [], mappingEffectiveFrom: null });
    expect(first.body.people).toEqual([{ userId: id('kabid-61'), name: 'Yohanes Kristianto', jabatan: 'Kepala Bidang', via: 'role', inDirectory: true }]);

    const bank = await t.http().get(`/cases/${caseId}/steps/1.3/eligible-people`).set(await t.as('staf-61')).expect(200);
    expect(bank.body).toMatchObject({ kind: 'external', onBehalfOf: ['Bank Pelaksana'], roles: ['PETUGAS', 'STAF'] });
    expect(bank.body.people.map((p: { name: string }) => p.name)).toEqual(['Dayang Marlina', 'Muhammad Rizki']);

    await t.http().get(`/cases/${caseId}/steps/9.9/eligible-people`).set(await t.as('staf-61')).expect(404);
    await t.http().get(`/cases/${caseId}/steps/1.1/eligible-people`).set(await t.as('kadis-35')).expect(404);
    const badKey = await t.http().get(`/cases/${caseId}/steps/satu/eligible-people`).set(await t.as('staf-61')).expect(400);
    expect(badKey.body.errors.map((e: { field: string }) => e.field)).toEqual(['stepKey']);
  });
});
