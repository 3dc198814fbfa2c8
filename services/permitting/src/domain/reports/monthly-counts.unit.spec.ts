import { localMonth, monthlyCounts, type ApplicationFacts } from './monthly-counts';

const WIB = 420;
const row = (over: Partial<ApplicationFacts>): ApplicationFacts => ({
  permitType: 'IUI_REKOMTEK', registeredAt: '2025-03-03T01:00:00.000Z', closedAt: null, outcome: null, deficiencyRounds: 0, outsideSteps: [], ...over,
});

describe('monthly counts', () => {
  it('reads the month in the dinas time zone', () => {
    expect(localMonth('2025-02-28T17:30:00.000Z', WIB)).toBe('2025-03');
    expect(localMonth('2025-02-28T16:59:00.000Z', WIB)).toBe('2025-02');
  });

  it('counts received by registration month and outcomes by closing month, with deficiency rounds and median dinas and outside hours', () => {
    const rows = [
      row({ closedAt: '2025-03-08T11:00:00.000Z', outcome: 'issued', deficiencyRounds: 2, outsideSteps: [{ startedAt: '2025-03-06T09:00:00.000Z', completedAt: '2025-03-08T09:00:00.000Z' }] }),
      row({ registeredAt: '2025-03-10T01:00:00.000Z', closedAt: '2025-03-11T01:00:00.000Z', outcome: 'issued' }),
      row({ registeredAt: '2025-02-20T01:00:00.000Z', closedAt: '2025-03-01T01:00:00.000Z', outcome: 'refused', deficiencyRounds: 1 }),
      row({ registeredAt: '2025-03-12T01:00:00.000Z' }),
      row({ permitType: 'NIK_KOPERASI', registeredAt: '2025-03-12T01:00:00.000Z', closedAt: '2025-04-02T01:00:00.000Z', outcome: 'withdrawn' }),
    ];
    expect(monthlyCounts(rows, '2025-03', WIB)).toEqual([
      // dinas hours: 130 − 48 = 82 and 24 → median 53; outside 48 and 0 → median 24
      { permitType: 'IUI_REKOMTEK', received: 3, issued: 2, refused: 1, withdrawn: 0, deficiencyRounds: 3, medianDinasHours: 53, medianOutsideHours: 24 },
      { permitType: 'NIK_KOPERASI', received: 1, issued: 0, refused: 0, withdrawn: 0, deficiencyRounds: 0, medianDinasHours: null, medianOutsideHours: null },
    ]);
    expect(monthlyCounts(rows, '2025-04', WIB)).toEqual([
      { permitType: 'NIK_KOPERASI', received: 0, issued: 0, refused: 0, withdrawn: 1, deficiencyRounds: 0, medianDinasHours: null, medianOutsideHours: null },
    ]);
  });
});
