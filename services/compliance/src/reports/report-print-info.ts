import type { SopContent } from '@jejak/contracts';
import { penandatanganFromPengesah, signingPlaceOf, type ReportPrintInfo } from './rendering';

export interface PrintRequest {
  tempat?: string;
  tanggal?: string;
  mengetahuiNama?: string;
  mengetahuiNip?: string;
  mengetahuiJabatan?: string;
}

/**
 * Where, when and by whom the form is signed: "Mengetahui," is the SOP's pengesah (the Kepala Dinas who signed it)
 * unless the request names another; the date is the request's or today's in the dinas; the place is the request's or,
 * given the tenant, the dinas's own.
 */
export function printInfoOf(content: SopContent, request: PrintRequest, today: string, tenant?: string): ReportPrintInfo {
  const pengesah = content.identity.disahkanOleh;
  const base = pengesah ? penandatanganFromPengesah(pengesah) : { jabatan: 'Kepala Dinas', nama: '', nip: null };
  return {
    // The request's place, else the dinas's (its province capital, or the kota/kabupaten in its name): see signingPlaceOf.
    tempat: request.tempat?.trim() || (tenant === undefined ? '' : signingPlaceOf(tenant, content.identity.instansi) ?? ''),
    tanggal: request.tanggal ?? today,
    mengetahui: {
      jabatan: request.mengetahuiJabatan ?? base.jabatan,
      nama: request.mengetahuiNama ?? base.nama,
      nip: request.mengetahuiNip ?? base.nip ?? null,
    },
  };
}
