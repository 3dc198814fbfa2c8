import type { Page } from 'playwright-core';

/**
 * The few DOM shapes the measurement reads. The project compiles without the DOM library (it is Node code),
 * so the function run in the page declares what it touches.
 */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface DomList extends Iterable<DomElement> {
  length: number;
}
interface DomElement {
  getBoundingClientRect(): Box;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomList;
  getAttribute(name: string): string | null;
  className: string;
  textContent: string | null;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
  style: { height: string };
  ownerSVGElement: DomElement | null;
  points: { numberOfItems: number; getItem(index: number): { x: number; y: number } };
}
interface BrowserGlobals {
  document: DomElement & { documentElement: DomElement };
  getComputedStyle(element: DomElement): { strokeDasharray: string };
}

/** What the browser laid out, read from the DOM. */
export interface Measured {
  scrollWidth: number;
  sheets: { height: number; width: number }[];
  tables: { procedure: number; lanes: number; laneHeads: string[]; width: number }[];
  symbols: Record<string, number>;
  /** Symbols whose centre is not inside the table row of their step. */
  misplacedSymbols: string[];
  /** Rows whose height differs from the layout's by more than 1.5 px. */
  rowsOffLayout: string[];
  /** Cells whose text overflows. */
  overflowingCells: string[];
  /** Arrows, and whether they end inside the row of the step they point to (null when that row is on another page). */
  connectors: { kind: string; from: number; to: number; endInTargetRow: boolean | null }[];
}

/** Measures the document as printed (print media). */
export async function measureDocument(page: Page): Promise<Measured> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((): Measured => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const rect = (element: DomElement) => element.getBoundingClientRect();
    const inside = (x: number, y: number, box: Box) => x >= box.left - 0.5 && x <= box.right + 0.5 && y >= box.top - 0.5 && y <= box.bottom + 0.5;
    const symbols: Record<string, number> = {};
    const misplacedSymbols: string[] = [];
    const connectors: Measured['connectors'] = [];
    const rowsOffLayout: string[] = [];
    const overflowingCells: string[] = [];
    const tables = [...document.querySelectorAll('table.flow')].map((table) => {
      for (const symbol of table.querySelectorAll('[data-symbol]')) {
        const kind = symbol.getAttribute('data-symbol') as string;
        symbols[kind] = (symbols[kind] ?? 0) + 1;
        if (kind === 'off-page') continue;
        const box = rect(symbol);
        const row = table.querySelector(`tr[data-step="${symbol.getAttribute('data-step')}"]`);
        if (row === null || !inside(box.left + box.width / 2, box.top + box.height / 2, rect(row))) misplacedSymbols.push(`${kind} ${symbol.getAttribute('data-step')}`);
      }
      for (const group of table.querySelectorAll('[data-connector]')) {
        const line = group.querySelector('polyline') as DomElement;
        const origin = rect(line.ownerSVGElement as DomElement);
        const last = line.points.getItem(line.points.numberOfItems - 1);
        const to = group.getAttribute('data-to') as string;
        const targetRow = table.querySelector(`tr[data-step="${to}"]`);
        connectors.push({
          kind: group.getAttribute('data-connector') as string,
          from: Number(group.getAttribute('data-from')),
          to: Number(to),
          endInTargetRow: targetRow === null ? null : inside(origin.left + last.x, origin.top + last.y, rect(targetRow)),
        });
      }
      for (const row of table.querySelectorAll('tbody tr')) {
        const declared = parseFloat(row.style.height);
        if (Math.abs(rect(row).height - declared) > 1.5) rowsOffLayout.push(`${row.getAttribute('data-step')}: ${rect(row).height} vs ${declared}`);
        for (const cell of row.querySelectorAll('td:not(.lanes)')) {
          if (cell.scrollHeight > cell.clientHeight + 1 || cell.scrollWidth > cell.clientWidth + 1) overflowingCells.push(`${row.getAttribute('data-step')}.${cell.className}`);
        }
      }
      return {
        procedure: Number(table.getAttribute('data-procedure')),
        lanes: table.querySelectorAll('thead th.lane').length,
        laneHeads: [...table.querySelectorAll('thead th.lane')].map((th) => th.textContent ?? ''),
        width: rect(table).width,
      };
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      sheets: [...document.querySelectorAll('.sheet-body')].map((body) => ({ height: rect(body).height, width: body.scrollWidth })),
      tables,
      symbols,
      misplacedSymbols,
      rowsOffLayout,
      overflowingCells,
      connectors,
    };
  });
}

/** Steps of the symbols drawn as "pelaksana belum ditentukan", with their stroke dash pattern. */
export function unassignedSymbols(page: Page): Promise<{ step: string | null; dash: string }[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
    return [...document.querySelectorAll('g.symbol.unassigned')].map((group) => ({
      step: group.getAttribute('data-step'),
      dash: getComputedStyle(group.querySelector('rect, polygon') as DomElement).strokeDasharray,
    }));
  });
}

/** `document.documentElement.scrollWidth` of the screen view. */
export function documentScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth);
}
