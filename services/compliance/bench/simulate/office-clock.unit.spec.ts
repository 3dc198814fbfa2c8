import type { WaktuUnit } from '@jejak/contracts';
import { addWorkingTime, workingDuration } from '@jejak/working-time';
import { OfficeClock } from './office-clock';
import { Prng } from './prng';
import { SIMULATION_DINAS } from './simulation.config';

describe('OfficeClock (the simulator\'s fast working time)', () => {
  for (const dinas of SIMULATION_DINAS) {
    const calendar = dinas.calendar();
    const clock = new OfficeClock(calendar, 2024, 2026);

    it(`gives the same due instants as addWorkingTime for dinas ${dinas.tenant}`, () => {
      const rng = new Prng(`clock-${dinas.tenant}`);
      const units: WaktuUnit[] = ['menit', 'jam', 'hari', 'minggu', 'bulan'];
      for (let i = 0; i < 200; i += 1) {
        // Any instant of 2025, office time or not, on the minute or not.
        const start = Date.UTC(2025, 0, 1) + Math.floor(rng.next() * 360 * 86_400_000);
        const unit = rng.pick(units);
        const amount = unit === 'menit' ? rng.int(0, 2000) : unit === 'bulan' ? Math.round(rng.between(0, 3) * 100) / 100 : Math.round(rng.between(0, 12) * 1000) / 1000;
        const expected = addWorkingTime(calendar, new Date(start), { amount, unit }).getTime();
        expect([start, amount, unit, clock.add(start, { amount, unit })]).toEqual([start, amount, unit, expected]);
      }
    });

    it(`counts office minutes like workingDuration for dinas ${dinas.tenant}`, () => {
      const rng = new Prng(`minutes-${dinas.tenant}`);
      for (let i = 0; i < 60; i += 1) {
        const a = Date.UTC(2025, 0, 1) + Math.floor(rng.next() * 300 * 86_400_000);
        const b = a + Math.floor(rng.next() * 40 * 86_400_000);
        expect(clock.officeMsBetween(a, b) / 60_000).toBeCloseTo(workingDuration(calendar, new Date(a), new Date(b)).officeMinutes, 3);
      }
    });
  }

  it('knows office time, including the closing instant, and moves other instants to the next opening', () => {
    const pacitan = new OfficeClock(SIMULATION_DINAS[2].calendar(), 2025, 2025);
    const wib = (local: string) => Date.parse(`${local}:00+07:00`);
    expect(pacitan.isOfficeTime(wib('2025-03-07T10:00'))).toBe(true); // Friday morning
    expect(pacitan.isOfficeTime(wib('2025-03-07T12:00'))).toBe(false); // Friday prayer break
    expect(pacitan.isOfficeTime(wib('2025-03-06T16:00'))).toBe(true); // Thursday close
    expect(pacitan.snap(wib('2025-03-08T10:00'))).toBe(wib('2025-03-10T07:30')); // Saturday -> Monday
    // Idul Fitri 2025 (default holiday data): closed, the next opening is after the holidays.
    const lebaran = wib('2025-03-31T09:00');
    expect(pacitan.workingDates()).not.toContain('2025-03-31');
    expect(pacitan.snap(lebaran)).toBe(addWorkingTime(SIMULATION_DINAS[2].calendar(), new Date(lebaran), { amount: 1, unit: 'menit' }).getTime() - 60_000);
    expect(pacitan.snap(lebaran)).toBeGreaterThan(wib('2025-04-01T16:00'));
    expect(() => pacitan.add(wib('2025-12-31T10:00'), { amount: 5, unit: 'hari' })).toThrow('outside the office clock');
  });
});
