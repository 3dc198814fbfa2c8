import type { SopProcedure } from '@jejak/contracts';
import { escapeHtml } from './html-escape';
import { kegiatanNotes, UNASSIGNED_LANE_LABEL, type FlowchartLayout, type FlowchartPageLayout } from './flowchart-layout';
import { flowchartSvg } from './flowchart.svg';
import { FLOW_SHEET } from './page-geometry';

const px = (value: number) => `${Math.round(value * 10) / 10}px`;

export interface FlowchartPageContext {
  procedure: SopProcedure;
  procedureIndex: number;
  layout: FlowchartLayout;
  page: FlowchartPageLayout;
  /** Title printed above the table (the sub-procedure's name); null for none. */
  title: string | null;
}

function cellText(text: string): string {
  return text.trim() === '' ? '' : escapeHtml(text.trim());
}

/** The flowchart table of one page: header repeated on every page, one row per step, the SVG over the lanes. */
export function flowchartTableHtml({ procedure, procedureIndex, layout, page, title }: FlowchartPageContext): string {
  const { columns, lanes } = layout;
  const cols = [
    `<col style="width:${px(columns.no)}">`,
    `<col style="width:${px(columns.kegiatan)}">`,
    ...lanes.map(() => `<col style="width:${px(columns.lane)}">`),
    `<col style="width:${px(columns.kelengkapan)}">`,
    `<col style="width:${px(columns.waktu)}">`,
    `<col style="width:${px(columns.output)}">`,
    `<col style="width:${px(columns.keterangan)}">`,
  ].join('');
  const laneHeads = lanes
    .map(
      (lane) =>
        `<th class="lane${lane.unassigned ? ' unassigned' : ''}" scope="col" data-lane="${lane.index}" style="font-size:${px(layout.laneHeaderFont.size)};line-height:${px(layout.laneHeaderFont.line)}">${escapeHtml(lane.label)}</th>`,
    )
    .join('');
  const svg = flowchartSvg(page, lanes, `p${procedureIndex}-${page.index}`);
  const rows = page.rows
    .map((row, r) => {
      const { step } = row;
      const notes = kegiatanNotes(procedure.steps, row.stepIndex)
        .map((note) => `<div class="note${note === UNASSIGNED_LANE_LABEL ? ' unassigned' : ''}">${escapeHtml(note)}</div>`)
        .join('');
      const lanesCell =
        r === 0
          ? `<td class="lanes" colspan="${lanes.length}" rowspan="${page.rows.length}"><div class="lanes-box">${svg}</div></td>`
          : '';
      const kelengkapan = step.mutuBaku.kelengkapan.filter((item) => item.trim() !== '');
      const kelengkapanHtml =
        kelengkapan.length <= 1 ? cellText(kelengkapan[0] ?? '') : `<ul>${kelengkapan.map((item) => `<li>${escapeHtml(item.trim())}</li>`).join('')}</ul>`;
      return (
        `<tr class="step" data-step="${escapeHtml(step.no)}" style="height:${px(row.height)}">` +
        `<td class="no">${escapeHtml(step.no)}</td>` +
        `<td class="kegiatan">${cellText(step.kegiatan)}${notes}</td>` +
        lanesCell +
        `<td class="kelengkapan">${kelengkapanHtml}</td>` +
        `<td class="waktu">${cellText(step.mutuBaku.waktu.raw)}</td>` +
        `<td class="output">${cellText(step.mutuBaku.output)}</td>` +
        `<td class="keterangan">${cellText(step.keterangan)}</td>` +
        `</tr>`
      );
    })
    .join('\n');
  const heading =
    title === null
      ? `<div class="procedure-title" style="height:${px(FLOW_SHEET.title)}"></div>`
      : `<h2 class="procedure-title" style="height:${px(FLOW_SHEET.title)}">${escapeHtml(title)}${page.index > 0 ? ' <span class="cont">(lanjutan)</span>' : ''}</h2>`;
  return `${heading}
<table class="flow" style="width:${px(columns.total)}" data-procedure="${procedureIndex}" data-lanes="${lanes.length}">
<colgroup>${cols}</colgroup>
<thead>
<tr class="head-1" style="height:${px(FLOW_SHEET.headerRow)}"><th rowspan="2" scope="col">No</th><th rowspan="2" scope="col">Kegiatan</th><th colspan="${lanes.length}" scope="colgroup">Pelaksana</th><th colspan="3" scope="colgroup">Mutu Baku</th><th rowspan="2" scope="col">Keterangan</th></tr>
<tr class="head-2" style="height:${px(layout.laneHeaderHeight)}">${laneHeads}<th scope="col">Kelengkapan</th><th scope="col">Waktu</th><th scope="col">Output</th></tr>
</thead>
<tbody>
${rows}
</tbody>
</table>`;
}
