import { permitTypeEventTypes } from './permit-type.events';
import { contentProblems } from './permit-type.rules';
import { PERMIT_TYPE_SEEDS } from './permit-type.seed';
import { versionInForce } from './permit-type.state';
import { AT, givenPermitType as given, iuiContent, LATER, permitTypeEvents, TENANT } from '../testing/permit-type.fixtures';

describe('permit-type decider', () => {
  it('defines version 1 of a permit type in the dinas', () => {
    given([])
      .when({ type: 'DefinePermitType', tenant: TENANT, code: 'IUI_REKOMTEK', effectiveFrom: '2023-01-04', content: iuiContent(), at: AT })
      .then([permitTypeEvents.defined()]);
  });

  it('refuses a second definition of the same code', () => {
    given([permitTypeEvents.defined()])
      .when({ type: 'DefinePermitType', tenant: TENANT, code: 'IUI_REKOMTEK', effectiveFrom: '2023-01-04', content: iuiContent(), at: AT })
      .thenRefuses({ kind: 'illegal_state', code: 'PERMIT_TYPE_ALREADY_EXISTS' });
  });

  it('names every bad field: code, date, a document supplier, a duplicate check, the validity months, a missing NIK koperasi shape', () => {
    const content = iuiContent();
    (content.documents[1] as { suppliedBy: string }).suppliedBy = 'tetangga';
    content.checks.push({ ...content.checks[0]! });
    content.validity = { kind: 'months', months: 0, verification: 'UNVERIFIED', source: 'x' };
    content.applicantKinds = ['cooperative'];
    const run = given([]).when({ type: 'DefinePermitType', tenant: TENANT, code: 'iui', effectiveFrom: '4 Januari 2023', content, at: AT }).run;
    expect(run).toThrow(expect.objectContaining({ code: 'PERMIT_TYPE_INVALID' }));
    try { run(); } catch (e) {
      expect((e as { details: { field: string }[] }).details.map((d) => d.field)).toEqual([
        'code', 'effectiveFrom', 'documents[1].suppliedBy', 'checks[2].code', 'validity.months', 'identifierShapes.nikKoperasi',
      ]);
    }
  });

  it('revises from a later date as the next version; earlier versions stay, and the one in force depends on the date', () => {
    const revised = iuiContent();
    revised.standardWorkingDays = { value: 5, verification: 'VERIFIED', source: 'SK Kepala Dinas' };
    given([permitTypeEvents.defined()])
      .when({ type: 'RevisePermitType', effectiveFrom: '2025-07-01', content: revised, at: LATER })
      .then([{ type: 'PermitTypeRevised', data: { version: 2, effectiveFrom: '2025-07-01', content: revised, at: LATER } }]);
    const state = given([permitTypeEvents.defined(), { type: 'PermitTypeRevised', data: { version: 2, effectiveFrom: '2025-07-01', content: revised, at: LATER } }]).state;
    if (state.stage !== 'defined') throw new Error('defined expected');
    expect(versionInForce(state.versions, '2025-06-30')?.version).toBe(1);
    expect(versionInForce(state.versions, '2025-07-01')?.version).toBe(2);
    expect(versionInForce(state.versions, '2022-12-31')).toBeNull();
  });

  it('refuses a revision dated before the latest version, and one of an unknown type', () => {
    given([permitTypeEvents.defined()])
      .when({ type: 'RevisePermitType', effectiveFrom: '2022-12-31', content: iuiContent(), at: LATER })
      .thenRefuses({ kind: 'validation', code: 'PERMIT_TYPE_INVALID', field: 'effectiveFrom' });
    given([]).when({ type: 'RevisePermitType', effectiveFrom: '2025-01-01', content: iuiContent(), at: LATER }).thenRefuses({ kind: 'not_found', code: 'PERMIT_TYPE_NOT_FOUND' });
  });

  it('has a valid seed set with UNVERIFIED values marked, and verified values citing the Pacitan book', () => {
    expect(PERMIT_TYPE_SEEDS.map((s) => s.code)).toEqual(['NIB', 'IUI_REKOMTEK', 'IUSP', 'KANTOR_CABANG', 'KANTOR_CABANG_PEMBANTU', 'NIK_KOPERASI', 'PIRT', 'MEREK']);
    for (const seed of PERMIT_TYPE_SEEDS) expect({ code: seed.code, problems: contentProblems(seed.content) }).toEqual({ code: seed.code, problems: [] });
    const nik = PERMIT_TYPE_SEEDS.find((s) => s.code === 'NIK_KOPERASI')!.content;
    expect(nik.validity).toMatchObject({ kind: 'months', months: 24, verification: 'UNVERIFIED' });
    expect(nik.identifierShapes.nikKoperasi).toMatchObject({ digits: 16, verification: 'UNVERIFIED' });
    const branch = PERMIT_TYPE_SEEDS.find((s) => s.code === 'KANTOR_CABANG')!.content;
    expect(branch.documents.every((d) => d.verification === 'UNVERIFIED')).toBe(true);
    const iui = PERMIT_TYPE_SEEDS.find((s) => s.code === 'IUI_REKOMTEK')!.content;
    expect(iui.sop).toMatchObject({ nomor: '14/SOP/DIKUPERIND/2023', verification: 'VERIFIED' });
    expect(iui.outputs).toEqual(['bap', 'rekomendasi', 'izin']);
  });

  it('reads stored events through the registry and refuses an unknown type', () => {
    expect(permitTypeEventTypes.names().sort()).toEqual(['PermitTypeDefined', 'PermitTypeRevised']);
    expect(() => permitTypeEventTypes.read({ type: 'PermitTypeRenamed', schemaVersion: 1, data: {} })).toThrow();
  });
});
