/**
 * One engine for every service: the case facts the letters service publishes on `jejak.letters.v1` become a case of
 * the same aggregate, measured the same way. Covers a case opened before its SOP is known (parked, then released),
 * redelivery (recorded once), a fact the case cannot take (recorded as rejected) and cancellation.
 * Dinas 35 (Jawa Timur, WIB), Monday 3 March 2025; default office hours Mon-Thu 07:30-16:00.
 */
import { caseFactContracts, SOURCES, TOPICS, type IntegrationContract, type IntegrationEvent } from '@jejak/contracts';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { makeIntegrationEvent } from '@jejak/messaging';
import { caseFactsStream, caseIdForFacts } from '../src/cases/case.streams';
import { ComplianceWorkers } from '../src/workers/compliance.workers';
import { layananInformasiSop } from '../src/domain/testing/sop.fixtures';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { wib } from './support/plut-timeline';

const SOP_ID = '4d0c9a51-3500-4e2b-9f1a-7c3b2a1d0e35';
const LETTERS_CASE = 'surat-masuk-0001';
const facts = caseFactContracts(TOPICS.letters);
const frontliner = { userId: 'u-front-35', role: 'PETUGAS', name: 'Rina Kusumawati' };
const kadis = { userId: 'u-kadis-35', role: 'KEPALA_DINAS', name: 'Bambang Sutrisno' };

let n = 0;
function fact<Data>(contract: IntegrationContract<Data>, data: Data): IntegrationEvent<Data> {
  n += 1;
  return makeIntegrationEvent(contract, {
    id: `7e0f0000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
    source: SOURCES.letters,
    subject: LETTERS_CASE,
    time: (data as { at: string }).at,
    tenant: '35',
    correlationId: 'letters-corr-1',
    data,
  });
}

describe('case facts from the letters service drive the same cases (e2e)', () => {
  let t: ComplianceTestApp;
  const caseId = caseIdForFacts(SOURCES.letters, LETTERS_CASE);
  const opened = fact(facts.opened, {
    caseId: LETTERS_CASE,
    at: wib('2025-03-03T08:00'),
    actor: frontliner,
    sop: { nomor: '045/SOP/DISKOP/2024', procedure: 'Penerimaan Penelitian' },
    reference: 'Agenda 045/2025',
    origin: 'surat-masuk/0001',
  });

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_facts', wib('2025-03-10T08:00'));
  });

  afterAll(async () => {
    await t?.close();
  });

  const view = async (status: number) => t.http().get(`/cases/${caseId}`).set(await t.as('kasi-35')).expect(status);

  it('parks a case whose SOP the catalogue has not published yet, and starts it when the SOP arrives', async () => {
    await t.publisher.publish(TOPICS.letters, [
      opened,
      fact(facts.stepStarted, { caseId: LETTERS_CASE, at: wib('2025-03-03T08:00'), actor: frontliner, stepKey: '1.1' }),
      fact(facts.stepCompleted, {
        caseId: LETTERS_CASE,
        at: wib('2025-03-03T08:15'),
        actor: frontliner,
        stepKey: '1.1',
        kelengkapan: ['Surat Pengantar', 'proposal  penelitian', 'Foto kegiatan'],
        output: 'Surat diterima frontliner',
        documentRef: 'SM/045/2025',
      }),
    ]);
    await t.settle();
    await view(404);

    const content = { ...layananInformasiSop(), identity: { ...layananInformasiSop().identity, nomor: '045/SOP/DISKOP/2024' } };
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '35', unit: 'Sekretariat', version: 1, content, effectiveFrom: '2024-01-02', time: wib('2025-03-03T09:00') });
    await t.settle();
    const res = await view(200);
    expect(res.body).toMatchObject({ tenant: '35', reference: 'Agenda 045/2025', origin: 'historical', source: '/jejak/letters surat-masuk/0001', status: 'open', sop: { sopId: SOP_ID, version: 1 } });
    // 1.1 by the frontliner, 08:00-08:15 against "10 Menit": late by 5 office minutes. Of the kelengkapan reported,
    // the ones the SOP lists are kept in its spelling ("Foto kegiatan" is not one of them).
    expect(res.body.measurement.executions).toEqual([
      expect.objectContaining({ stepKey: '1.1', origin: 'historical', actor: { userId: 'u-front-35', role: 'PETUGAS', name: 'Rina Kusumawati', jabatan: 'Petugas' }, inRole: true, kelengkapanMissing: [] }),
    ]);
    expect(res.body.measurement.executions[0].waktu).toMatchObject({ onTime: false, overByOfficeMinutes: 5, actual: { amount: 15, unit: 'menit' } });
  });

  it('records a redelivered fact once and a re-run changes nothing', async () => {
    await t.publisher.publish(TOPICS.letters, [opened]);
    await t.publisher.publish(TOPICS.letters, [
      fact(facts.stepStarted, { caseId: LETTERS_CASE, at: wib('2025-03-03T09:00'), actor: kadis, stepKey: '1.2' }),
      fact(facts.stepCompleted, { caseId: LETTERS_CASE, at: wib('2025-03-04T10:00'), actor: kadis, stepKey: '1.2', kelengkapan: ['Surat Pengantar'], output: 'Disposisi Kepala Dinas' }),
    ]);
    await t.settle();
    const store = t.app.get<EventStore>(EVENT_STORE);
    expect((await store.readStream(caseFactsStream(caseId))).map((e) => e.type)).toEqual([
      'jejak.case.opened.v1',
      'jejak.case.step-started.v1',
      'jejak.case.step-completed.v1',
      'jejak.case.step-started.v1',
      'jejak.case.step-completed.v1',
    ]);
    const caseEvents = (await store.readStream(`case-${caseId}`)).map((e) => e.type);
    expect(caseEvents).toEqual(['CaseStarted', 'HistoricalStepRecorded', 'HistoricalStepRecorded']);
    // The process manager forgets its checkpoint and goes over every fact again: the case already took them all.
    const { caseFacts } = t.app.get(ComplianceWorkers);
    await caseFacts.stop();
    await t.db.pool.query(`DELETE FROM compliance_inbox.process_checkpoints`);
    await caseFacts.start();
    await caseFacts.caughtUp();
    expect((await store.readStream(`case-${caseId}`)).map((e) => e.type)).toEqual(caseEvents);
    const res = await view(200);
    // 1.2 available from 08:15 (1.1 done): Mon 08:15-16:00 = 465 + Tue 07:30-10:00 = 150 = 615; due Tue 08:15, late 105.
    expect(res.body.measurement.executions[1]).toMatchObject({ stepKey: '1.2', readyAt: wib('2025-03-03T08:15'), startedAt: wib('2025-03-03T09:00') });
    expect(res.body.measurement.executions[1].waktu).toMatchObject({ duration: { officeMinutes: 615 }, onTime: false, overByOfficeMinutes: 105 });
  });

  it('records a fact the case cannot take as rejected, and cancels the case on the cancellation fact', async () => {
    const unknownStep = fact(facts.stepCompleted, { caseId: LETTERS_CASE, at: wib('2025-03-04T11:00'), actor: kadis, stepKey: '1.9', kelengkapan: [], output: '' });
    await t.publisher.publish(TOPICS.letters, [
      unknownStep,
      fact(facts.cancelled, { caseId: LETTERS_CASE, at: wib('2025-03-05T09:00'), actor: kadis, reason: 'Pemohon menarik permohonan penelitian' }),
    ]);
    await t.settle();
    const store = t.app.get<EventStore>(EVENT_STORE);
    const rejected = (await store.readStream(caseFactsStream(caseId))).filter((e) => e.type === 'CaseFactRejected');
    expect(rejected.map((e) => e.data)).toEqual([{ caseId, factId: unknownStep.id, code: 'STEP_UNKNOWN', message: "the case's SOP has no step 1.9" }]);
    const res = await view(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelledAt: wib('2025-03-05T09:00') });
    expect(res.body.measurement.current).toBeNull();
    // Cases run by another service are not driven through compliance's HTTP API.
    const refused = await t.http().post(`/cases/${caseId}/cancel`).set(await t.as('kasi-35')).send({ reason: 'x' });
    expect([refused.status, refused.body.code]).toEqual([409, 'CASE_RUN_BY_ANOTHER_SERVICE']);
  });
});
