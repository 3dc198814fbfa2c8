import { validationError } from '@jejak/domain-kit';
import { REPORT_CONTENT_TYPES, REPORT_FORMATS, isReportFormat, type ReportFormat } from './rendering';

/** Media types clients ask for in `Accept`, and the report format each stands for. */
const BY_MEDIA_TYPE: ReadonlyArray<[string, ReportFormat]> = [
  ...Object.entries(REPORT_CONTENT_TYPES).map(([format, type]) => [type.split(';')[0].trim(), format as ReportFormat] as [string, ReportFormat]),
  ['application/csv', 'csv'],
  ['application/vnd.ms-excel', 'xlsx'],
];

/**
 * The format of a report: `?format=` wins; otherwise the first media type of `Accept` (by q-value) that is a report
 * format; otherwise JSON.
 */
export function negotiateReportFormat(query: string | undefined, accept: string | undefined): ReportFormat {
  if (query !== undefined) {
    const wanted = query.trim().toLowerCase();
    if (!isReportFormat(wanted)) {
      throw validationError('REPORT_FORMAT_UNKNOWN', `format "${query}" tidak dikenal`, [{ field: 'format', message: `gunakan salah satu: ${REPORT_FORMATS.join(', ')}` }]);
    }
    return wanted;
  }
  const ranked = (accept ?? '')
    .split(',')
    .map((part, i) => {
      const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { type, q: Number.isNaN(q) ? 0 : q, i };
    })
    .filter((m) => m.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { type } of ranked) {
    const found = BY_MEDIA_TYPE.find(([media]) => media === type);
    if (found) return found[1];
  }
  return 'json';
}
