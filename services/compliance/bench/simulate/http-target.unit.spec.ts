import { DateTime } from 'luxon';
import { buildSopFlow, DEFAULT_ROLE_MAPPING, unmappedSopRoles } from '../../src/domain';
import { readHistoryCsv } from '../../src/cases/commands/import-case-history/case-history.csv-reader';
import { readHistoryRow } from '../../src/cases/commands/import-case-history/case-history.row-parser';
import { HISTORY_HEADER, historyLines, planPath, SOP_TEMPLATES, templateContent } from './http-target';
import { OfficeClock } from './office-clock';
import { Prng } from './prng';
import { SIMULATION_DINAS } from './simulation.config';

const jatim = SIMULATION_DINAS.find((d) => d.tenant === '35')!;
const actors = { Staf: 'Dewi Lestari', 'Kepala Seksi': 'Budi Santoso', 'Kepala Bidang': 'Agus Setiawan', 'Kepala Dinas': 'Hartono' };

describe('the SOPs and cases the HTTP simulation sends', () => {
  it('drafts SOPs whose flowchart runs and whose pelaksana the default role mapping knows', () => {
    for (const template of SOP_TEMPLATES) {
      const content = templateContent(template, { instansi: jatim.nama, nomor: '800 / SIM-1 / 2026', tanggalPembuatan: '2026-09-01', pengesah: { name: 'Hartono', nip: '196801011990031001' } });
      expect(() => buildSopFlow(content)).not.toThrow();
      const steps = content.procedures[0].steps;
      expect(unmappedSopRoles(DEFAULT_ROLE_MAPPING, steps.flatMap((s) => s.pelaksana))).toEqual([]);
      // Every decision names both of its targets, inside the procedure.
      for (const d of steps.filter((s) => s.decision).map((s) => s.decision!)) {
        expect(d.ya).toBeGreaterThan(0);
        expect(d.tidak).toBeGreaterThan(0);
        expect(d.ya! <= steps.length && d.tidak! <= steps.length).toBe(true);
      }
      expect(content.identity.disahkanOleh).toEqual({ nama: 'Hartono', nip: '196801011990031001', jabatan: 'Kepala Dinas' });
    }
  });

  it('plans a path that ends at the last step and goes back to the "tidak" target on rework', () => {
    const template = SOP_TEMPLATES[0];
    const always = planPath(template, new Prng('loops'), 1);
    // rework rate 1, halving: the first decision says "tidak", the case returns to step 1 and goes on.
    expect(always.slice(0, 3)).toEqual([{ no: 1 }, { no: 2, answer: 'tidak' }, { no: 1 }]);
    expect(always[always.length - 1]).toEqual({ no: template.steps.length });
    expect(always.filter((v) => v.answer === 'ya')).toHaveLength(1);
    expect(planPath(template, new Prng('never'), 0).map((v) => v.no)).toEqual(template.steps.map((_, i) => i + 1));
  });

  it('writes paper history the importer reads, in office hours, step times around the mutu baku', () => {
    const clock = new OfficeClock(jatim.calendar(), 2026, 2026);
    const from = DateTime.fromISO('2026-10-01T08:00', { zone: 'Asia/Jakarta' }).toMillis();
    const to = DateTime.fromISO('2026-11-30T16:00', { zone: 'Asia/Jakarta' }).toMillis();
    const made = historyLines({ template: SOP_TEMPLATES[1], nomor: '800 / SIM-1-2 / 2026', referencePrefix: 'SIM-1-2', count: 12, from, to, clock, actors, prng: new Prng('history') });
    expect(made.references).toHaveLength(12);
    const { lines, problems } = readHistoryCsv(`${HISTORY_HEADER}\n${made.lines.join('\n')}\n`);
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(made.steps);
    const rows = lines.map((line) => readHistoryRow(line, jatim.calendar()));
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    for (const { row } of rows) {
      expect(clock.isOfficeTime(Date.parse(row!.startedAt!))).toBe(true);
      expect(Date.parse(row!.completedAt)).toBeGreaterThan(Date.parse(row!.startedAt!));
      expect(Date.parse(row!.completedAt)).toBeLessThanOrEqual(to);
    }
    // Step 2's standard is one office day (480 min): its durations spread below and above it.
    const step2 = rows.map((r) => r.row!).filter((r) => r.stepKey === '1.2').map((r) => clock.officeMsBetween(Date.parse(r.startedAt!), Date.parse(r.completedAt)) / 60_000);
    expect(Math.min(...step2)).toBeLessThan(480);
    expect(Math.max(...step2)).toBeGreaterThan(100);
  });
});
