import { sopAsOf } from './sop-as-of.query';
import type { SopEvent } from './sop/sop.events';
import { completeSop } from './testing/sop-content.builder';
import { KEPALA_DINAS, SOP_ID as v1Id, sopEvents } from './testing/sop-events.builder';
import { kalbarPlutSop } from './testing/kalbar-plut.fixture';

const v1 = completeSop({ identity: { nama: 'Versi pertama' } });
const v2 = completeSop({ identity: { nama: 'Versi kedua' } });

/** Times are UTC; the dinas's calendar is WIB (UTC+7). */
const history: SopEvent[] = [
  sopEvents.drafted(v1, '2023-01-01T18:00:00.000Z'), // 2 Jan 01:00 WIB
  sopEvents.submitted(1, '2023-01-03T02:00:00.000Z'),
  sopEvents.approved(1, '2023-01-03T20:00:00.000Z'), // 4 Jan 03:00 WIB
  sopEvents.madeEffective(1, '2023-01-04', null, '2023-01-04T01:00:00.000Z'),
  sopEvents.revised(2, 1, v1, '2023-06-01T02:00:00.000Z'),
  sopEvents.edited(2, v2, ['identity.nama'], '2023-06-10T03:00:00.000Z'),
  sopEvents.submitted(2, '2023-06-12T02:00:00.000Z'),
  sopEvents.approved(2, '2023-06-19T02:00:00.000Z'),
  sopEvents.madeEffective(2, '2023-07-01', 1, '2023-06-20T02:00:00.000Z'),
  sopEvents.retired('2024-01-01', null, '2023-12-20T02:00:00.000Z'),
];

describe('sopAsOf', () => {
  it('knows nothing before the SOP was drafted (in the dinas\'s time zone)', () => {
    expect(sopAsOf(history, '2023-01-01')).toEqual({ date: '2023-01-01', exists: false, effective: null, draft: null, retired: null });
    expect(sopAsOf(history, '2023-01-01', { timeZone: 'UTC' }).draft).toEqual({ version: 1, stage: 'draft', content: v1 });
  });

  it('shows the draft as it stood, with nothing effective yet', () => {
    const asOf = sopAsOf(history, '2023-01-03');
    expect(asOf.effective).toBeNull();
    expect(asOf.draft).toEqual({ version: 1, stage: 'submitted', content: v1 });
  });

  it('shows version 1 effective from its date', () => {
    expect(sopAsOf(history, '2023-01-04')).toEqual({
      date: '2023-01-04',
      exists: true,
      effective: {
        version: 1,
        content: v1,
        effectiveFrom: '2023-01-04',
        effectiveUntil: '2023-07-01',
        approvedBy: KEPALA_DINAS,
        madeEffectiveAt: '2023-01-04T01:00:00.000Z',
        retroactive: false,
      },
      draft: null,
      retired: null,
    });
  });

  it('shows the revision draft as it was before and after it was edited', () => {
    expect(sopAsOf(history, '2023-06-05').draft).toEqual({ version: 2, stage: 'draft', content: v1 });
    expect(sopAsOf(history, '2023-06-10').draft).toEqual({ version: 2, stage: 'draft', content: v2 });
    expect(sopAsOf(history, '2023-06-10').effective?.version).toBe(1);
  });

  it('answers for an instant, not only a day', () => {
    expect(sopAsOf(history, '2023-06-10T02:59:59.999Z').draft?.content).toEqual(v1);
    expect(sopAsOf(history, '2023-06-10T03:00:00.000Z').draft?.content).toEqual(v2);
  });

  it('keeps version 1 in force until version 2\'s effective date', () => {
    const before = sopAsOf(history, '2023-06-30');
    expect(before.effective?.version).toBe(1);
    expect(before.draft).toBeNull();
    const after = sopAsOf(history, '2023-07-01');
    expect(after.effective).toMatchObject({ version: 2, content: v2, effectiveFrom: '2023-07-01', effectiveUntil: '2024-01-01' });
  });

  it('shows nothing in force once retired', () => {
    expect(sopAsOf(history, '2023-12-31').effective?.version).toBe(2);
    const retired = sopAsOf(history, '2024-01-01');
    expect(retired.effective).toBeNull();
    expect(retired.retired).toEqual({ retiredFrom: '2024-01-01', reason: 'Digantikan SOP baru' });
    expect(retired.exists).toBe(true);
  });

  describe('an SOP imported long after it took effect', () => {
    const kalbar = kalbarPlutSop();
    const imported: SopEvent[] = [
      sopEvents.drafted(kalbar, '2025-03-01T02:00:00.000Z'),
      sopEvents.submitted(1, '2025-03-01T03:00:00.000Z'),
      sopEvents.approved(1, '2025-03-02T02:00:00.000Z'),
      sopEvents.madeEffective(1, '2020-07-22', null, '2025-03-02T03:00:00.000Z'),
    ];

    it('shows it governing 2021 by what is known now, flagged as recorded later', () => {
      const asOf = sopAsOf(imported, '2021-03-01');
      expect(asOf.effective).toMatchObject({ version: 1, effectiveFrom: '2020-07-22', retroactive: true });
      expect(asOf.draft).toBeNull();
      expect(asOf.exists).toBe(true);
    });

    it('shows nothing when asked what was recorded back then', () => {
      expect(sopAsOf(imported, '2021-03-01', { knowledge: 'then' })).toEqual({ date: '2021-03-01', exists: false, effective: null, draft: null, retired: null });
      expect(sopAsOf(imported, '2025-03-03', { knowledge: 'then' }).effective).toMatchObject({ version: 1, retroactive: false });
    });
  });

  it('refuses a question that is not a date', () => {
    expect(() => sopAsOf(history, '2023-02-30')).toThrow(RangeError);
    expect(() => sopAsOf(history, 'kemarin')).toThrow(RangeError);
  });

  it('shows a version registered as in force on paper with its signer, not a Jejak approver', () => {
    const signedBy = { nama: 'Prayitno', nip: null, jabatan: 'Kepala Dinas' };
    const original = { reference: 'Arsip 2020/SOP/01', documentId: null };
    const registered = '2026-12-03T02:00:00.000Z';
    const onPaper: SopEvent[] = [
      sopEvents.drafted(v1, '2026-12-02T02:00:00.000Z'),
      { type: 'SopApprovedOnPaper', data: { sopId: v1Id, version: 1, signedBy, approvedOn: '2020-07-20', original, at: registered } },
      sopEvents.madeEffective(1, '2020-07-22', null, registered),
    ];
    expect(sopAsOf(onPaper, '2021-01-04').effective).toEqual({
      version: 1,
      content: v1,
      effectiveFrom: '2020-07-22',
      effectiveUntil: null,
      approvedBy: null,
      approvedOnPaper: { signedBy, approvedOn: '2020-07-20', original },
      madeEffectiveAt: registered,
      retroactive: true,
    });
    expect(sopAsOf(onPaper, '2021-01-04', { knowledge: 'then' }).effective).toBeNull();
    expect(sopAsOf(onPaper, '2020-07-21').effective).toBeNull();
  });
});
