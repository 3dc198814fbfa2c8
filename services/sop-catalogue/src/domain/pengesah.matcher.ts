import type { Pengesah } from '@jejak/contracts';
import type { SopApprover } from './sop/sop.events';
import { normaliseNip, personNameWords } from './sop-text.normalise';

/**
 * Whether the approving user is the official named in the document's "Disahkan oleh".
 *
 * The document's `disahkanOleh` is what gets printed and signed; the approving user is who approves in Jejak.
 * They must be the same person:
 * - when both carry a NIP, the NIPs (digits only) must be equal, whatever the spelling of the names
 *   (the seeds spell the same Kepala Dinas "Qomariah" and "Oomariah");
 * - otherwise the names must have the same words once academic titles are dropped.
 * The jabatan is not compared: it is spelled in many ways ("Kepala Dinas Koperasi dan UKM" / "Kadis").
 * If someone else must approve (a Plt. or Plh.), the draft's `disahkanOleh` is changed first, so the printed
 * document names the official who actually signed.
 */
export function approverIsPengesah(approver: SopApprover, pengesah: Pengesah): boolean {
  const approverNip = approver.nip === null ? '' : normaliseNip(approver.nip);
  const pengesahNip = pengesah.nip === null ? '' : normaliseNip(pengesah.nip);
  if (approverNip !== '' && pengesahNip !== '') return approverNip === pengesahNip;
  const a = personNameWords(approver.nama);
  const b = personNameWords(pengesah.nama);
  return a.length > 0 && a.length === b.length && a.every((word, i) => word === b[i]);
}
