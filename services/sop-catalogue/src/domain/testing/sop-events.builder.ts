import type { SopContent } from '@jejak/contracts';
import type { SopApprover, SopEvent, SopIssuer } from '../sop/sop.events';
import { completeSop } from './sop-content.builder';

export const SOP_ID = '00000000-0000-4000-8000-000000000001';
export const ISSUER: SopIssuer = { tenant: '35.01', unit: 'Bidang Koperasi' };

/** The Kepala Dinas named in `completeSop()`'s "Disahkan oleh", as a Jejak user. */
export const KEPALA_DINAS: SopApprover = {
  userId: 'user-prayitno',
  nama: 'Prayitno',
  nip: '196806101992021002',
  jabatan: 'Kepala Dinas',
};

/** Builders of the SOP's events, with recording times on consecutive days unless given. */
export const sopEvents = {
  drafted: (content: SopContent = completeSop(), at = '2023-01-02T02:00:00.000Z'): SopEvent => ({
    type: 'SopDrafted',
    data: { sopId: SOP_ID, version: 1, issuer: ISSUER, content, origin: { kind: 'scratch' }, at },
  }),
  edited: (version: number, content: SopContent, changedPaths: string[], at = '2023-01-02T03:00:00.000Z'): SopEvent => ({
    type: 'SopDraftEdited',
    data: { sopId: SOP_ID, version, content, changedPaths, at },
  }),
  submitted: (version = 1, at = '2023-01-03T02:00:00.000Z'): SopEvent => ({
    type: 'SopSubmittedForApproval',
    data: { sopId: SOP_ID, version, at },
  }),
  rejected: (version = 1, reason = 'Perbaiki mutu baku', at = '2023-01-03T05:00:00.000Z'): SopEvent => ({
    type: 'SopApprovalRejected',
    data: { sopId: SOP_ID, version, reason, at },
  }),
  approved: (version = 1, at = '2023-01-04T02:00:00.000Z'): SopEvent => ({
    type: 'SopApproved',
    data: { sopId: SOP_ID, version, approvedBy: KEPALA_DINAS, at },
  }),
  madeEffective: (version = 1, effectiveFrom = '2023-01-04', supersededVersion: number | null = null, at = '2023-01-04T03:00:00.000Z'): SopEvent => ({
    type: 'SopMadeEffective',
    data: { sopId: SOP_ID, version, effectiveFrom, supersededVersion, at },
  }),
  revised: (version: number, basedOnVersion: number, content: SopContent = completeSop(), at = '2023-06-01T02:00:00.000Z'): SopEvent => ({
    type: 'SopRevised',
    data: { sopId: SOP_ID, version, basedOnVersion, content, at },
  }),
  retired: (retiredFrom: string, abandonedDraftVersion: number | null = null, at = '2024-01-02T02:00:00.000Z'): SopEvent => ({
    type: 'SopRetired',
    data: { sopId: SOP_ID, retiredFrom, reason: 'Digantikan SOP baru', abandonedDraftVersion, at },
  }),
};

/** Version 1 drafted, submitted, approved and effective from 2023-01-04. */
export const effectiveV1 = (content: SopContent = completeSop()): SopEvent[] => [
  sopEvents.drafted(content),
  sopEvents.submitted(1),
  sopEvents.approved(1),
  sopEvents.madeEffective(1, '2023-01-04'),
];
