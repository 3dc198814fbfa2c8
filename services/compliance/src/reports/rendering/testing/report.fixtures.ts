import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvaluationForm, buildMonitoringForm, type EvaluationForm, type MonitoringForm } from '../../../domain';
import { figuresABOX } from '../../../domain/testing/aggregates.fixture';
import { SOP_ID } from '../../../domain/testing/case-events.builder';
import { layananInformasiSop, skPanitiaSop } from '../../../domain/testing/sop.fixtures';
import type { ReportPrintInfo } from '../print-info';

/** Where rendered files of the tests go (git-ignored): look at them. */
export const TEST_OUTPUT = join(__dirname, '../../../../test-output');

export function saveOutput(name: string, data: Buffer | string): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = join(TEST_OUTPUT, name);
  writeFileSync(file, data);
  return file;
}

export const PERIODE = { dari: '2025-01-01', sampai: '2025-06-30' };

/** The Kalbar "SK Panitia" fixture monitored over the hand-worked cases A, B, O, X. */
export const monitoringFormKalbar = (): MonitoringForm =>
  buildMonitoringForm({ sop: { sopId: SOP_ID, version: 2, content: skPanitiaSop() }, periode: PERIODE, steps: figuresABOX().steps });

/** The same SOP's evaluation, four criteria answered, with the measured figures. */
export const evaluationFormKalbar = (): EvaluationForm =>
  buildEvaluationForm({
    sop: { sopId: SOP_ID, version: 2, content: skPanitiaSop() },
    periode: PERIODE,
    figures: figuresABOX(),
    answers: {
      mendorong_kinerja: { penilaian: 'Ya', catatan: 'Waktu penerbitan SK lebih terukur.' },
      mudah_dipahami: { penilaian: 'Ya' },
      mudah_dilaksanakan: { penilaian: 'Tidak', catatan: 'Koreksi konsep SK sering diulang.', tindakLanjut: 'Revisi langkah 3: tambahkan daftar periksa konsep SK.' },
      menjalankan_peran: { penilaian: 'Ya' },
    },
  });

/** Two procedures, nothing executed: every penilaian left to the evaluator. */
export const monitoringFormJatimEmpty = (): MonitoringForm =>
  buildMonitoringForm({ sop: { sopId: 'sop-jatim', version: 1, content: layananInformasiSop() }, periode: PERIODE, steps: [] });

export const printKalbar = (): ReportPrintInfo => ({
  tempat: 'Pontianak',
  tanggal: '2025-07-07',
  mengetahui: { jabatan: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat', nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME', nip: '196607191993111002', pangkat: 'Pembina Utama Muda (IV/c)' },
  penilai: { jabatan: 'Kepala Bidang Pemberdayaan Usaha Kecil', nama: 'Dra. Siti Rahmawati, M.Si.', nip: '197203151998032004', pangkat: 'Pembina (IV/a)' },
  alamat: 'Jalan Sutan Syahrir No. 1, Pontianak 78116 — Telepon (0561) 736 541',
});

export const printJatim = (): ReportPrintInfo => ({
  tempat: 'Surabaya',
  tanggal: '2025-07-01',
  mengetahui: { jabatan: 'Kepala Dinas Koperasi dan UKM Provinsi Jawa Timur', nama: 'Dr. Andromeda Qomariah, M.M.', nip: null },
});
