import type { SopProcedure } from '@jejak/contracts';
import {
  flowColumns,
  flowToNext,
  laneLabels,
  layoutFlowchart,
  paginate,
  symbolKind,
  UNASSIGNED_LANE_LABEL,
  type FlowchartLayout,
  type SymbolLayout,
} from './flowchart-layout';
import { SHEET } from './page-geometry';
import { textWidth } from './text-metrics';
import { changed, completeStep } from '../domain/testing/sop-content.builder';
import { kalbarPlutSop } from '../domain/testing/kalbar-plut.fixture';
import { jatimInformasiSop } from '../domain/testing/jatim-informasi.fixture';

const kalbar = () => kalbarPlutSop().procedures[0];
const pageOfStep = (layout: FlowchartLayout, no: number) => layout.pages.findIndex((page) => page.rows.some((row) => row.step.no === no));
describe('lanes', () => {
  it('has one lane per role column, in the SOP\'s order', () => {
    expect(laneLabels(kalbar())).toEqual(
      ['Fungsional Umum', 'Pendamping PLUT', 'Kasubid', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas'].map((label) => ({ label, unassigned: false })),
    );
  });

  it('adds pelaksana missing from the role columns, ignoring case, and a lane for steps without pelaksana', () => {
    const procedure: SopProcedure = {
      name: 'Surat Masuk',
      roles: ['Kepala Dinas', 'Staf'],
      steps: [completeStep(1, ['STAF']), completeStep(2, ['Sekretaris']), completeStep(3, []), completeStep(4, ['kepala dinas'])],
    };
    expect(laneLabels(procedure)).toEqual([
      { label: 'Kepala Dinas', unassigned: false },
      { label: 'Staf', unassigned: false },
      { label: 'Sekretaris', unassigned: false },
      { label: UNASSIGNED_LANE_LABEL, unassigned: true },
    ]);
    const layout = layoutFlowchart(procedure);
    const unassigned = layout.pages[0].symbols.filter((symbol) => symbol.unassigned);
    expect(unassigned.map((symbol) => [symbol.stepNo, symbol.lane])).toEqual([[3, 3]]);
  });

  it('shares the width between Kegiatan and the lanes so the table fits A4 landscape', () => {
    for (const lanes of [1, 3, 5, 6, 7, 9, 12, 16]) {
      const columns = flowColumns(lanes);
      const sum = columns.no + columns.kegiatan + columns.lane * lanes + columns.kelengkapan + columns.waktu + columns.output + columns.keterangan;
      // Whole pixels, 2 px short of the sheet for the table's outer borders.
      expect(sum).toBe(SHEET.width - 2);
      expect(Number.isInteger(columns.lane) && Number.isInteger(columns.kegiatan)).toBe(true);
    }
    expect(flowColumns(6).kegiatan).toBeGreaterThanOrEqual(210);
    expect(flowColumns(3).lane).toBe(92);
    expect(flowColumns(12).lane).toBeGreaterThanOrEqual(32);
  });
});

describe('lane header', () => {
  it('shrinks the lane names\' font so the longest word fits a narrow lane', () => {
    const wide = layoutFlowchart(kalbar());
    const narrow = layoutFlowchart(changed(kalbarPlutSop(), (sop) => {
      sop.procedures[0].steps[2].pelaksana = [];
    }).procedures[0]);
    expect(narrow.lanes).toHaveLength(7);
    expect(narrow.laneHeaderFont.size).toBeLessThan(wide.laneHeaderFont.size);
    expect(narrow.laneHeaderFont.size).toBeGreaterThanOrEqual(7);
    expect(textWidth('Pendamping', narrow.laneHeaderFont.size, true)).toBeLessThanOrEqual(narrow.columns.lane - 2 * 4 - 1);
  });
});

describe('symbols', () => {
  const steps = [completeStep(1), completeStep(2), completeStep(3, ['Staf'], { decision: { question: 'Lengkap?', ya: 4, tidak: 2 } }), completeStep(4)];

  it('uses a terminator for the first and last step, a diamond for a decision, a rectangle otherwise', () => {
    expect(steps.map((_, i) => symbolKind(steps, i))).toEqual(['terminator', 'process', 'decision', 'terminator']);
  });

  it('draws a decision as a diamond even when it is the last step', () => {
    const last = [completeStep(1), completeStep(2, ['Staf'], { decision: { question: 'Setuju?', ya: null, tidak: 1 } })];
    expect(symbolKind(last, 1)).toBe('decision');
  });

  it('draws the Kalimantan Barat flow with terminators at steps 1 and 28 and diamonds at its corrections', () => {
    const layout = layoutFlowchart(kalbar());
    const symbols = layout.pages.flatMap((page) => page.symbols);
    const byKind = (kind: string) => [...new Set(symbols.filter((symbol) => symbol.kind === kind).map((symbol) => symbol.stepNo))];
    expect(byKind('terminator')).toEqual([1, 28]);
    expect(byKind('decision')).toEqual([4, 5, 7, 11, 12, 14, 22, 23]);
    expect(byKind('process')).toHaveLength(28 - 2 - 8);
  });

  it('draws a step with several pelaksana in each of their lanes, joined, arrows on the first', () => {
    const layout = layoutFlowchart(kalbar());
    const page = layout.pages[pageOfStep(layout, 27)];
    const symbols = page.symbols.filter((symbol) => symbol.stepNo === 27);
    expect(symbols.map((symbol) => [layout.lanes[symbol.lane].label, symbol.primary])).toEqual([
      ['Kasubid', true],
      ['Pendamping PLUT', false],
    ]);
    expect(page.connectors.filter((connector) => connector.kind === 'join' && connector.from === 27)).toHaveLength(1);
    const into = page.connectors.find((connector) => connector.to === 27 && connector.kind === 'flow');
    expect(into?.points.at(-1)?.[0]).toBe(symbols[0].cx);
  });
});

describe('flow between steps', () => {
  const decision = (ya: number | null, tidak: number | null) => completeStep(2, ['Staf'], { decision: { question: 'Benar?', ya, tidak } });

  it('continues to the next step plainly, by "Ya", by "Tidak", or not at all for a jump', () => {
    expect(flowToNext([completeStep(1), completeStep(2)], 0)).toBe('flow');
    expect(flowToNext([completeStep(1), decision(3, 1), completeStep(3)], 1)).toBe('ya');
    expect(flowToNext([completeStep(1), decision(null, 1), completeStep(3)], 1)).toBe('ya');
    expect(flowToNext([completeStep(1), decision(1, 3), completeStep(3)], 1)).toBe('tidak');
    expect(flowToNext([completeStep(1), decision(4, 1), completeStep(3), completeStep(4)], 1)).toBeNull();
    expect(flowToNext([completeStep(1), completeStep(2)], 1)).toBeNull();
  });

  const layout = layoutFlowchart(kalbar());

  it('links every step to the next: by an arrow on the same page, by off-page connectors across pages', () => {
    for (let no = 1; no < 28; no += 1) {
      const from = pageOfStep(layout, no);
      const to = pageOfStep(layout, no + 1);
      const arrow = layout.pages[from].connectors.find((connector) => connector.from === no && connector.to === no + 1 && connector.kind !== 'join');
      expect(arrow?.kind).toMatch(/^(flow|ya)$/);
      if (from === to) continue;
      expect(to).toBe(from + 1);
      expect(layout.pages[from].offPage).toContainEqual(expect.objectContaining({ direction: 'out', stepNo: no + 1 }));
      expect(layout.pages[to].offPage).toContainEqual(expect.objectContaining({ direction: 'in', stepNo: no + 1 }));
    }
    expect(layout.pages.length).toBeGreaterThan(1);
  });

  it('loops every "Tidak" back to its target step\'s row, along a channel that crosses no symbol', () => {
    const loops = layout.pages.flatMap((page) => page.connectors.filter((connector) => connector.kind === 'tidak').map((connector) => ({ page, connector })));
    expect(loops.map(({ connector }) => [connector.from, connector.to])).toEqual([
      [4, 3], [5, 4], [7, 5], [11, 10], [12, 11], [14, 12], [22, 20], [23, 22],
    ]);
    for (const { page, connector } of loops) {
      const target = page.symbols.find((symbol) => symbol.stepNo === connector.to && symbol.primary) as SymbolLayout;
      const row = page.rows.find((candidate) => candidate.step.no === connector.to);
      const end = connector.points.at(-1) as readonly [number, number];
      expect(row).toBeDefined();
      expect(end[1]).toBeGreaterThan(row!.y);
      expect(end[1]).toBeLessThan(row!.y + row!.height);
      expect(Math.abs(end[0] - target.cx)).toBeLessThanOrEqual(target.width / 2 + 0.01);
      const [, [channel, fromY], [, toY]] = connector.points;
      const crossed = page.symbols.filter(
        (symbol) => symbol.cy > Math.min(fromY, toY) && symbol.cy < Math.max(fromY, toY) && Math.abs(symbol.cx - channel) < symbol.width / 2,
      );
      expect(crossed).toEqual([]);
    }
  });

  it('keeps every drawing inside the lanes of its page', () => {
    for (const page of layout.pages) {
      const points = [...page.connectors.flatMap((connector) => connector.points), ...page.symbols.flatMap((s) => [[s.cx - s.width / 2, s.cy - s.height / 2], [s.cx + s.width / 2, s.cy + s.height / 2]])];
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(page.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(page.height);
      }
    }
  });

  it('places an off-page connector beside a decision whose "Tidak" goes to another page', () => {
    const procedure = changed(kalbarPlutSop(), (sop) => {
      sop.procedures[0].steps[26].decision = { question: 'Kegiatan selesai?', ya: 28, tidak: 2 };
    }).procedures[0];
    const loopLayout = layoutFlowchart(procedure);
    const sourcePage = loopLayout.pages[pageOfStep(loopLayout, 27)];
    const targetPage = loopLayout.pages[pageOfStep(loopLayout, 2)];
    expect(sourcePage).not.toBe(targetPage);
    expect(sourcePage.offPage).toContainEqual(expect.objectContaining({ direction: 'out', stepNo: 2, label: '2' }));
    expect(targetPage.offPage).toContainEqual(expect.objectContaining({ direction: 'in', stepNo: 2, label: '2' }));
    const tidak = sourcePage.connectors.find((connector) => connector.kind === 'tidak' && connector.from === 27);
    expect(tidak?.label?.text).toBe('Tidak');
  });
});

describe('pagination', () => {
  const rows = (heights: number[]) => heights.map((text) => ({ text, symbol: 40, arrivesFromPrevious: false, leavesToNext: false }));

  it('fills pages up to the available height', () => {
    expect(paginate(rows([100, 100, 100, 100, 100]), [], 250, 14)).toEqual([[0, 2], [2, 4], [4, 5]]);
  });

  it('caps the rows per page', () => {
    expect(paginate(rows([50, 50, 50, 50, 50]), [], 1000, 2)).toEqual([[0, 2], [2, 4], [4, 5]]);
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(paginate(rows([100, 900, 100]), [], 500, 14)).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('reserves room for off-page connectors at the ends of a page', () => {
    const needs = [0, 1, 2, 3].map(() => ({ text: 30, symbol: 50, arrivesFromPrevious: true, leavesToNext: true }));
    // 50 + 50 + (50 + 26 bottom connector) = 176 > 170: the third row goes to the next page.
    expect(paginate(needs, [], 170, 14)).toEqual([[0, 2], [2, 4]]);
  });

  it('moves a break so a loop stays on one page, if the page keeps half its rows', () => {
    const heights = rows([60, 60, 60, 60, 60, 60, 60, 60, 60, 60]);
    expect(paginate(heights, [], 400, 14)).toEqual([[0, 6], [6, 10]]);
    expect(paginate(heights, [{ from: 6, to: 4 }], 400, 14)).toEqual([[0, 4], [4, 10]]);
    expect(paginate(heights, [{ from: 6, to: 1 }], 400, 14)).toEqual([[0, 6], [6, 10]]);
  });

  it('keeps every Kalimantan Barat page within the sheet', () => {
    const layout = layoutFlowchart(kalbar());
    for (const page of layout.pages) expect(page.height).toBeLessThanOrEqual(layout.bodyHeight);
    expect(layout.pages.flatMap((page) => page.rows.map((row) => row.step.no))).toEqual(kalbar().steps.map((step) => step.no));
  });

  it('gives each Jawa Timur sub-procedure its own layout and lanes', () => {
    const [penelitian, permintaan] = jatimInformasiSop().procedures.map((procedure) => layoutFlowchart(procedure));
    expect(penelitian.lanes.map((lane) => lane.label)).toEqual(['Kepala Dinas', 'Sekretariat', 'Petugas Surat Masuk', 'Petugas Frontliner', 'Peneliti']);
    expect(permintaan.lanes.map((lane) => lane.label)).toEqual(['Kepala Dinas', 'Unit Kerja', 'Pemohon']);
  });
});
