import type { JenisSuratKeluar, Role } from '../domain';

/**
 * A "letter flow": how the letters of a dinas run one procedure of an SOP, as DATA. It says which
 * incoming letters open a case of the SOP, and which letter facts (registration, each disposisi hop,
 * the reply's draft, paraf, signature, dispatch...) are which step facts of the SOP's procedure
 * (`jejak.case.*.v1`, step keys `<procedure>.<step>` as in the SOP document).
 */
export type FlowTrigger =
  | 'surat_masuk.registered'
  | 'surat_masuk.read'
  | 'surat_masuk.closed'
  | 'disposisi.sent'
  | 'disposisi.acknowledged'
  | 'disposisi.followed_up'
  | 'disposisi.closed'
  | 'surat_keluar.drafted'
  | 'surat_keluar.revised'
  | 'surat_keluar.submitted'
  | 'surat_keluar.paraf_given'
  | 'surat_keluar.returned'
  | 'surat_keluar.signed'
  | 'surat_keluar.dispatched';

export const FLOW_TRIGGERS: readonly FlowTrigger[] = [
  'surat_masuk.registered',
  'surat_masuk.read',
  'surat_masuk.closed',
  'disposisi.sent',
  'disposisi.acknowledged',
  'disposisi.followed_up',
  'disposisi.closed',
  'surat_keluar.drafted',
  'surat_keluar.revised',
  'surat_keluar.submitted',
  'surat_keluar.paraf_given',
  'surat_keluar.returned',
  'surat_keluar.signed',
  'surat_keluar.dispatched',
];

/** Narrows a rule to some occurrences of its trigger. Every condition given must hold. */
export interface FlowCondition {
  /** Disposisi level: 1 = from the holder (Kepala Dinas), 2 = disposed further, ... */
  level?: number;
  /** The disposisi sender's role (disposisi.sent). */
  fromRole?: Role;
  /** The disposisi recipient's role (all disposisi.* triggers). */
  toRole?: Role;
  /** The role the actor acted in. */
  byRole?: Role;
  /** Jenis of an outgoing letter (naskah.*). */
  jenis?: JenisSuratKeluar;
  /** surat_keluar.returned: returned by a reviewer or by the signer. */
  returnedFrom?: 'paraf' | 'tanda_tangan';
  /** surat_keluar.paraf_given: only the last paraf of the round. */
  lastParaf?: boolean;
}

export type FlowFact =
  | { fact: 'step-started'; stepKey: string }
  /** `documentRef: 'letter'` puts the letter's number (or id) as the produced document. */
  | { fact: 'step-completed'; stepKey: string; kelengkapan: readonly string[]; output: string; documentRef?: 'letter' }
  | { fact: 'decision-taken'; stepKey: string; decision: 'ya' | 'tidak' }
  | { fact: 'cancelled'; reason: string };

export interface FlowRule {
  on: FlowTrigger;
  when?: FlowCondition;
  facts: readonly FlowFact[];
  /** By default a rule fires once per letter (e.g. the first of several level-1 dispositions). */
  repeat?: boolean;
}

/** The SOP a flow runs, as the compliance service finds it in the catalogue. */
export interface FlowSopRef {
  sopId?: string;
  nomor?: string;
  nama: string;
  /** The sub-procedure, for SOP documents with several (e.g. "Penerimaan Penelitian"). */
  procedure?: string;
}

export interface LetterFlow {
  /** Stable key, used in requests: `{ "sopCase": { "flow": "penerimaan-penelitian" } }`. */
  key: string;
  /** The dinas (Kemendagri code) the flow belongs to. */
  tenant: string;
  label: string;
  sop: FlowSopRef;
  /**
   * An incoming letter opens a case of this flow on its own when its klasifikasi is, or falls under,
   * one of these codes (`070` matches `070` and `070.1`). Empty: only on an explicit request.
   */
  opensOn: { klasifikasi: readonly string[] };
  rules: readonly FlowRule[];
}

/** The SOP case a letter belongs to, and by which flow its facts are mapped. */
export interface FlowLink {
  flow: string;
  caseId: string;
}
