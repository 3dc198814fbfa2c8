import { permitApplicationEventTypes } from './permit-application.events';
import { outsideMilliseconds } from './permit-application.state';
import { at, ev, given, HASH, ID, IUI, NIB, NIK_KOP, NIK_KOPERASI, NIK_WOMAN, play, registeredIui, registerIui, T0, TENANT, verifiedIui } from '../testing/permit-application.fixtures';

describe('permit-application decider', () => {
  describe('registration', () => {
    it('registers a business by NIB with the OSS reference, the checklist of the type version, and personal data under `personal`', () => {
      given([]).when(registerIui({ personal: { name: ' Siti Contoh ', nik: NIK_WOMAN, phone: '081200000000', address: ' ' } })).then([registeredIui()]);
    });

    it('registers a cooperative by NIK koperasi (shape from the type) and a person by NIK', () => {
      const [coop] = given([]).when({
        type: 'RegisterApplication', id: ID, tenant: TENANT, permitType: NIK_KOP, applicant: { kind: 'cooperative', nikKoperasi: NIK_KOPERASI, organisationName: 'KSP Sejahtera' },
        personal: { name: 'Budi Contoh' }, nationalReference: null, at: T0,
      }).run();
      expect(coop).toMatchObject({ data: { applicant: { kind: 'cooperative', nikKoperasi: NIK_KOPERASI }, personal: { name: 'Budi Contoh' }, nationalReference: null } });
      const [person] = given([]).when(registerIui({ permitType: { ...IUI, applicantKinds: ['person'] }, applicant: { kind: 'person' }, personal: { name: 'Siti Contoh', nik: NIK_WOMAN } })).run();
      expect(person).toMatchObject({ data: { applicant: { kind: 'person' }, personal: { nik: NIK_WOMAN } } });
    });

    it('names every bad field: NIB shape, NIK date part, missing name, an applicant kind the type does not take', () => {
      given([]).when(registerIui({ applicant: { kind: 'business', nib: '12345', organisationName: 'CV' } })).thenRefuses({ kind: 'validation', code: 'APPLICATION_INVALID', field: 'applicant.nib' });
      given([]).when(registerIui({ personal: { name: 'Siti', nik: '3501019908900002' } })).thenRefuses({ kind: 'validation', code: 'APPLICATION_INVALID', field: 'personal.nik' });
      given([]).when(registerIui({ personal: { name: '  ' } })).thenRefuses({ kind: 'validation', code: 'APPLICATION_INVALID', field: 'personal.name' });
      given([]).when(registerIui({ applicant: { kind: 'cooperative', nikKoperasi: NIK_KOPERASI, organisationName: 'KSP' } })).thenRefuses({ kind: 'validation', code: 'APPLICATION_INVALID', field: 'applicant.kind' });
      given([]).when(registerIui({ permitType: NIK_KOP, applicant: { kind: 'cooperative', nikKoperasi: '123', organisationName: 'KSP' } })).thenRefuses({ kind: 'validation', code: 'APPLICATION_INVALID', field: 'applicant.nikKoperasi' });
      given([]).when(registerIui({ permitType: { ...IUI, applicantKinds: ['person'] }, applicant: { kind: 'person' }, personal: { name: 'Siti' } })).thenRefuses({ kind: 'validation', code: 'APPLICATION_INVALID', field: 'personal.nik' });
      given([registeredIui()]).when(registerIui()).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_ALREADY_EXISTS' });
    });
  });

  describe('document checklist', () => {
    it('receives a document of the checklist by content hash; one not in the checklist is a 400 naming `document`', () => {
      given([registeredIui()]).when({ type: 'ReceiveDocument', document: 'ktp', contentHash: HASH(1), at: at(1) }).then([ev.received('ktp')]);
      given([registeredIui()]).when({ type: 'ReceiveDocument', document: 'sertifikat-halal', contentHash: HASH(1), at: at(1) }).thenRefuses({ kind: 'validation', code: 'DOCUMENT_NOT_IN_CHECKLIST', field: 'document' });
      given([registeredIui()]).when({ type: 'ReceiveDocument', document: 'ktp', contentHash: 'abc', at: at(1) }).thenRefuses({ kind: 'validation', code: 'CONTENT_HASH_INVALID', field: 'contentHash' });
    });

    it('accepts, or rejects with a reason, only a received document', () => {
      given([registeredIui(), ev.received('ktp')]).when({ type: 'CheckDocument', document: 'ktp', verdict: 'accepted', at: at(2) }).then([ev.accepted('ktp')]);
      given([registeredIui(), ev.received('ktp')]).when({ type: 'CheckDocument', document: 'ktp', verdict: 'rejected', reason: ' Tidak terbaca ', at: at(2) }).then([ev.rejected('ktp')]);
      given([registeredIui(), ev.received('ktp')]).when({ type: 'CheckDocument', document: 'ktp', verdict: 'rejected', at: at(2) }).thenRefuses({ kind: 'validation', code: 'REASON_REQUIRED', field: 'reason' });
      given([registeredIui()]).when({ type: 'CheckDocument', document: 'ktp', verdict: 'accepted', at: at(2) }).thenRefuses({ kind: 'illegal_state', code: 'DOCUMENT_NOT_RECEIVED' });
      given([registeredIui()]).when({ type: 'CheckDocument', document: 'akta', verdict: 'accepted', at: at(2) }).thenRefuses({ kind: 'validation', code: 'DOCUMENT_NOT_IN_CHECKLIST', field: 'document' });
    });
  });

  describe('deficiency loop', () => {
    it('runs any number of rounds, each counted, until every document is accepted and the application is verified', () => {
      const events = play([
        { type: 'ReceiveDocument', document: 'ktp', contentHash: HASH(1), at: at(1) },
        { type: 'CheckDocument', document: 'ktp', verdict: 'accepted', at: at(2) },
        { type: 'ReceiveDocument', document: 'nib', contentHash: HASH(2), at: at(1) },
        { type: 'CheckDocument', document: 'nib', verdict: 'rejected', reason: 'NIB tidak sesuai', at: at(2) },
        { type: 'NoticeDeficiency', letterReference: '500.9/12/2025', at: at(3) },
        { type: 'ReceiveDocument', document: 'nib', contentHash: HASH(3), at: at(30) },
        { type: 'CompleteDeficiency', at: at(30) },
        { type: 'CheckDocument', document: 'nib', verdict: 'accepted', at: at(31) },
        { type: 'NoticeDeficiency', letterReference: null, at: at(32) },
        { type: 'ReceiveDocument', document: 'data-perusahaan', contentHash: HASH(4), at: at(50) },
        { type: 'CompleteDeficiency', at: at(50) },
        { type: 'CheckDocument', document: 'data-perusahaan', verdict: 'accepted', at: at(51) },
        { type: 'VerifyApplication', at: at(52) },
      ], [registeredIui()]);
      expect(events.filter((e) => e.type === 'DeficiencyNoticed').map((e) => e.data)).toEqual([
        { round: 1, documents: ['nib', 'data-perusahaan'], letterReference: '500.9/12/2025', at: at(3) },
        { round: 2, documents: ['data-perusahaan'], letterReference: null, at: at(32) },
      ]);
      expect(events.at(-1)).toEqual({ type: 'ApplicationVerified', data: { deficiencyRounds: 2, at: at(52) } });
    });

    it('refuses to verify an incomplete file (409 listing the documents), to notice a deficiency on a complete one, and to check while the applicant has the turn', () => {
      given([registeredIui(), ev.received('ktp'), ev.accepted('ktp')]).when({ type: 'VerifyApplication', at: at(3) }).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_INCOMPLETE', field: 'documents.nib' });
      given(verifiedIui().slice(0, -1)).when({ type: 'NoticeDeficiency', letterReference: null, at: at(3) }).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_COMPLETE' });
      const deficient = [registeredIui(), ev.received('ktp'), { type: 'DeficiencyNoticed' as const, data: { round: 1, documents: ['ktp', 'nib', 'data-perusahaan'], letterReference: null, at: at(2) } }];
      given(deficient).when({ type: 'CheckDocument', document: 'ktp', verdict: 'accepted', at: at(3) }).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_NOT_CHECKING' });
      given([registeredIui()]).when({ type: 'CompleteDeficiency', at: at(3) }).thenRefuses({ kind: 'illegal_state', code: 'NO_OPEN_DEFICIENCY' });
    });
  });

  describe('inspection, outside steps and outcome', () => {
    const inspection = { type: 'RecordInspection' as const, answers: [{ check: 'data-perusahaan-sesuai', answer: 'ya' as const }, { check: 'kapasitas-produksi-sesuai', answer: 'tidak' as const }], report: 'Kapasitas 80% dari laporan', at: at(60) };

    it('records the field inspection, ya/tidak for every check of the type, with its report', () => {
      given(verifiedIui()).when(inspection).then([{ type: 'FieldInspectionRecorded', data: { answers: inspection.answers, report: 'Kapasitas 80% dari laporan', at: at(60) } }]);
      given(verifiedIui()).when({ ...inspection, answers: [{ check: 'halal', answer: 'ya' }] }).thenRefuses({ kind: 'validation', code: 'INSPECTION_INVALID', field: 'answers[0].check' });
      given(verifiedIui()).when({ ...inspection, answers: inspection.answers.slice(0, 1) }).thenRefuses({ kind: 'validation', code: 'INSPECTION_INVALID', field: 'answers' });
      given([registeredIui()]).when(inspection).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_NOT_VERIFIED' });
    });

    it('records an outside step on behalf with its reference; its span is outside time', () => {
      const step = { type: 'RecordOutsideStep' as const, step: 'oss-rekomtek-diterima', reference: 'OSS-IUI-77', startedAt: at(70), completedAt: at(118), at: at(120) };
      given(verifiedIui()).when(step).then([{ type: 'OutsideStepRecorded', data: { step: 'oss-rekomtek-diterima', reference: 'OSS-IUI-77', startedAt: at(70), completedAt: at(118), at: at(120) } }]);
      given(verifiedIui()).when({ ...step, step: 'djki' }).thenRefuses({ kind: 'validation', code: 'OUTSIDE_STEP_INVALID', field: 'step' });
      given(verifiedIui()).when({ ...step, completedAt: at(60) }).thenRefuses({ kind: 'validation', code: 'OUTSIDE_STEP_INVALID', field: 'completedAt' });
      expect(outsideMilliseconds([{ startedAt: at(0), completedAt: at(10) }, { startedAt: at(5), completedAt: at(12) }, { startedAt: at(20), completedAt: at(21) }])).toBe(13 * 3_600_000);
    });

    it('refuses an outcome before verification (APPLICATION_NOT_VERIFIED) and before the inspection the type requires', () => {
      const issue = { type: 'IssuePermit' as const, number: 'IUI-3501-2025-0001', issuedOn: '2025-03-10', validUntil: null, at: at(200) };
      given([registeredIui()]).when(issue).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_NOT_VERIFIED' });
      given(verifiedIui()).when(issue).thenRefuses({ kind: 'illegal_state', code: 'INSPECTION_REQUIRED' });
      const inspected = [...verifiedIui(), ...given(verifiedIui()).when(inspection).run()];
      given(inspected).when(issue).then([{ type: 'PermitIssued', data: { number: 'IUI-3501-2025-0001', issuedOn: '2025-03-10', validUntil: null, at: at(200) } }]);
      given(inspected).when({ ...issue, validUntil: '2025-01-01' }).thenRefuses({ kind: 'validation', code: 'PERMIT_INVALID', field: 'validUntil' });
      const closed = given([...inspected, { type: 'PermitIssued', data: { number: 'X', issuedOn: '2025-03-10', validUntil: null, at: at(200) } }]);
      expect(closed.state).toMatchObject({ stage: 'closed', result: { outcome: 'issued', number: 'X' }, verifiedAt: at(3) });
      closed.when({ type: 'WithdrawApplication', reason: 'x', at: at(201) }).thenRefuses({ kind: 'illegal_state', code: 'APPLICATION_CLOSED' });
    });

    it('refuses or withdraws an open application with a reason', () => {
      given([registeredIui()]).when({ type: 'RefuseApplication', reason: 'Lokasi tidak sesuai tata ruang', at: at(5) }).then([{ type: 'ApplicationRefused', data: { reason: 'Lokasi tidak sesuai tata ruang', at: at(5) } }]);
      given([registeredIui()]).when({ type: 'WithdrawApplication', reason: ' ', at: at(5) }).thenRefuses({ kind: 'validation', code: 'REASON_REQUIRED', field: 'reason' });
      expect(given([registeredIui(), { type: 'ApplicationWithdrawn', data: { reason: 'Ditarik', at: at(5) } }]).state).toMatchObject({ stage: 'closed', result: { outcome: 'withdrawn' }, verifiedAt: null });
      given([]).when({ type: 'WithdrawApplication', reason: 'x', at: at(5) }).thenRefuses({ kind: 'not_found', code: 'APPLICATION_NOT_FOUND' });
    });
  });

  it('knows every event type at version 1', () => {
    expect(permitApplicationEventTypes.names()).toHaveLength(12);
    expect(permitApplicationEventTypes.versionOf('ApplicationRegistered')).toBe(1);
    expect(() => permitApplicationEventTypes.read({ type: 'PermitApplicationCreated', schemaVersion: 1, data: {} })).toThrow();
    expect(NIB).toHaveLength(13);
  });
});
