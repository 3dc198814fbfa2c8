import type { Disposisi, DocumentRef, Person, SuratMasuk, SuratMasukEvent, SuratMasukState } from '../../../domain';

export interface DisposisiNode extends Disposisi {
  reports: { laporan: string; lampiran: DocumentRef[]; by: Person; at: string }[];
  closing: { reason: string; catatan: string; by: Person; at: string } | null;
  children: DisposisiNode[];
}

export interface SuratMasukDetail extends Omit<SuratMasuk, 'dispositions'> {
  redacted: false;
  id: string;
  jenis: 'surat_masuk';
  status: string;
  revision: number;
  closed: { by: Person; at: string } | null;
  /** The disposition tree: each disposisi with what was sent further down from it. */
  disposisi: DisposisiNode[];
}

/** The full file of an incoming letter, for a user who may read it. */
export function suratMasukDetail(state: Exclude<SuratMasukState, { stage: 'unregistered' }>, events: SuratMasukEvent[], status: string, revision: number): SuratMasukDetail {
  const { dispositions, ...surat } = state.surat;
  const nodes = new Map<string, DisposisiNode>(dispositions.map((d) => [d.disposisiId, { ...d, reports: [], closing: null, children: [] }]));
  for (const event of events) {
    if (event.type === 'DisposisiFollowedUp') {
      nodes.get(event.data.disposisiId)?.reports.push({ laporan: event.data.laporan, lampiran: event.data.lampiran, by: event.data.by, at: event.data.followedUpAt });
    }
    if (event.type === 'DisposisiClosed') {
      const node = nodes.get(event.data.disposisiId);
      if (node) node.closing = { reason: event.data.reason, catatan: event.data.catatan, by: event.data.by, at: event.data.closedAt };
    }
  }
  const roots: DisposisiNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentDisposisiId === null ? undefined : nodes.get(node.parentDisposisiId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return {
    ...surat,
    redacted: false,
    id: surat.letterId,
    jenis: 'surat_masuk',
    status,
    revision,
    closed: state.stage === 'closed' ? { by: state.closedBy, at: state.closedAt } : null,
    disposisi: roots,
  };
}
