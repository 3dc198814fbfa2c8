import { escapeHtml } from './html-escape';
import type { ConnectorLayout, FlowchartPageLayout, Lane, OffPageLayout, Point, SymbolLayout } from './flowchart-layout';

const n = (value: number): string => String(Math.round(value * 10) / 10);
const points = (list: readonly Point[]): string => list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

/** The standard SOP AP symbols. Symbols carry `data-symbol` and `data-step` so tests and tools can read the drawing. */
export function symbolSvg(symbol: SymbolLayout): string {
  const { cx, cy, width: w, height: h } = symbol;
  const cls = `symbol ${symbol.kind}${symbol.unassigned ? ' unassigned' : ''}${symbol.primary ? '' : ' secondary'}`;
  const data = `data-symbol="${symbol.kind}" data-step="${escapeHtml(symbol.stepNo)}"`;
  let shape: string;
  switch (symbol.kind) {
    case 'terminator':
      shape = `<rect x="${n(cx - w / 2)}" y="${n(cy - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}" ry="${n(h / 2)}"/>`;
      break;
    case 'process':
      shape = `<rect x="${n(cx - w / 2)}" y="${n(cy - h / 2)}" width="${n(w)}" height="${n(h)}"/>`;
      break;
    case 'decision':
      shape = `<polygon points="${points([[cx, cy - h / 2], [cx + w / 2, cy], [cx, cy + h / 2], [cx - w / 2, cy]])}"/>`;
      break;
  }
  const mark = symbol.unassigned ? `<text class="unassigned-mark" x="${n(cx)}" y="${n(cy + 3.5)}" text-anchor="middle">?</text>` : '';
  return `<g class="${cls}" ${data}>${shape}${mark}</g>`;
}

/** Off-page connector: a pentagon pointing down, labelled with the step the flow continues at. */
export function offPageSvg(connector: OffPageLayout): string {
  const { x, y, width: w, height: h } = connector;
  const shoulder = y + h * 0.6;
  const shape = points([[x - w / 2, y], [x + w / 2, y], [x + w / 2, shoulder], [x, y + h], [x - w / 2, shoulder]]);
  return (
    `<g class="symbol off-page" data-symbol="off-page" data-direction="${connector.direction}" data-step="${escapeHtml(connector.stepNo)}">` +
    `<title>${connector.direction === 'out' ? 'Bersambung ke langkah' : 'Sambungan dari halaman lain ke langkah'} ${escapeHtml(connector.label)}</title>` +
    `<polygon points="${shape}"/><text x="${n(x)}" y="${n(y + h * 0.5)}" text-anchor="middle">${escapeHtml(connector.label)}</text></g>`
  );
}

export function connectorSvg(connector: ConnectorLayout, markerId: string): string {
  const cls = `connector ${connector.kind}`;
  const marker = connector.arrow ? ` marker-end="url(#${markerId})"` : '';
  const line = `<polyline points="${points(connector.points)}"${marker}/>`;
  const label = connector.label === null ? '' : `<text class="branch-label" x="${n(connector.label.x)}" y="${n(connector.label.y)}" text-anchor="${connector.label.anchor}">${escapeHtml(connector.label.text)}</text>`;
  return `<g class="${cls}" data-connector="${connector.kind}" data-from="${escapeHtml(connector.from)}" data-to="${escapeHtml(connector.to)}">${line}${label}</g>`;
}

/**
 * The flowchart over the lanes of one page: grid lines of the lanes and rows, the unassigned lane's tint,
 * connectors under symbols. `id` makes the arrow marker unique in the document.
 */
export function flowchartSvg(page: FlowchartPageLayout, lanes: readonly Lane[], id: string): string {
  const markerId = `arrow-${id}`;
  const { width, height } = page;
  const tint = lanes
    .filter((lane) => lane.unassigned)
    // Kept 1 px inside the lane so the table's own borders stay visible.
    .map((lane) => `<rect class="unassigned-lane" x="${n(lane.x + 0.5)}" y="0.5" width="${n(lane.width - 1)}" height="${n(height - 1)}"/>`)
    .join('');
  const laneLines = lanes
    .slice(1)
    .map((lane) => `<line x1="${n(lane.x)}" y1="0" x2="${n(lane.x)}" y2="${n(height)}"/>`)
    .join('');
  const rowLines = page.rows
    .slice(1)
    .map((row) => `<line x1="0" y1="${n(row.y)}" x2="${n(width)}" y2="${n(row.y)}"/>`)
    .join('');
  return (
    `<svg class="flowchart" xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="Diagram alir">` +
    `<defs><marker id="${markerId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>` +
    tint +
    `<g class="grid">${laneLines}${rowLines}</g>` +
    page.connectors.map((connector) => connectorSvg(connector, markerId)).join('') +
    page.symbols.map(symbolSvg).join('') +
    page.offPage.map(offPageSvg).join('') +
    `</svg>`
  );
}
