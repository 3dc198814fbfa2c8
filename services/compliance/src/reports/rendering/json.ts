import type { EvaluationForm, MonitoringForm } from '../../domain';
import type { Penandatangan, ReportPrintInfo } from './print-info';

/**
 * JSON of the forms with a STABLE key order: every object is rebuilt here in document order, whatever order its
 * input had, so the same form always gives the same bytes (2-space indentation, "\n" at the end). Field names are
 * the domain form's own; `format` names the layout and its version, `penandatanganan` carries the print info.
 */
export const MONITORING_JSON_FORMAT = 'jejak.compliance.formulir-monitoring.v1';
export const EVALUATION_JSON_FORMAT = 'jejak.compliance.formulir-evaluasi.v1';

const person = (p: Penandatangan) => ({ jabatan: p.jabatan, nama: p.nama, nip: p.nip ?? null, pangkat: p.pangkat ?? null });

function signing(print: ReportPrintInfo | undefined) {
  if (!print) return null;
  return {
    tempat: print.tempat,
    tanggal: print.tanggal,
    mengetahui: person(print.mengetahui),
    penilai: print.penilai ? { ...person(print.penilai), sebagai: print.penilai.sebagai ?? null } : null,
  };
}

const sopOf = (sop: MonitoringForm['sop']) => ({
  sopId: sop.sopId,
  version: sop.version,
  nomor: sop.nomor,
  nama: sop.nama,
  instansi: sop.instansi,
  unit: sop.unit,
});

const stringify = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function monitoringFormJson(form: MonitoringForm, print?: ReportPrintInfo): string {
  return stringify({
    format: MONITORING_JSON_FORMAT,
    judul: form.judul,
    sop: sopOf(form.sop),
    periode: { dari: form.periode.dari, sampai: form.periode.sampai },
    aturanPenilaian: form.aturanPenilaian,
    rows: form.rows.map((r) => ({
      no: r.no,
      stepKey: r.stepKey,
      prosedur: r.prosedur,
      penilaian: r.penilaian,
      catatanHasilPenilaian: r.catatanHasilPenilaian,
      tindakanYangHarusDiambil: r.tindakanYangHarusDiambil,
    })),
    penandatanganan: signing(print),
  });
}

export function evaluationFormJson(form: EvaluationForm, print?: ReportPrintInfo): string {
  return stringify({
    format: EVALUATION_JSON_FORMAT,
    judul: form.judul,
    sop: sopOf(form.sop),
    periode: { dari: form.periode.dari, sampai: form.periode.sampai },
    rows: form.rows.map((r) => ({
      no: r.no,
      criterionId: r.criterionId,
      kriteria: r.kriteria,
      penilaian: r.penilaian,
      catatan: r.catatan,
      tindakLanjut: r.tindakLanjut,
      dataPendukung: r.dataPendukung,
    })),
    skor: {
      ya: form.skor.ya,
      dijawab: form.skor.dijawab,
      jumlahKriteria: form.skor.jumlahKriteria,
      persentaseYa: form.skor.persentaseYa,
      keterangan: form.skor.keterangan,
    },
    penandatanganan: signing(print),
  });
}
