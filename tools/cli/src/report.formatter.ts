import type { Waktu } from '@jejak/contracts';
import type { IdentityField, ImportedSop, ImportReport, ImportWarning } from '@jejak/sop-import';

/** "15 menit", "2–4 hari", "maks. 1 hari", "tanpa standar". */
export function formatWaktu(waktu: Waktu): string {
  if (waktu.unit === null) return 'tanpa standar';
  if (waktu.ceiling) return `maks. ${waktu.max} ${waktu.unit}`;
  if (waktu.max === null) return `min. ${waktu.min} ${waktu.unit}`;
  if (waktu.min !== waktu.max) return `${waktu.min}–${waktu.max} ${waktu.unit}`;
  return `${waktu.max} ${waktu.unit}`;
}

const LABELS: Record<IdentityField, string> = {
  instansi: 'Instansi',
  unit: 'Unit',
  nomor: 'Nomor SOP',
  nama: 'Nama SOP',
  tanggalPembuatan: 'Tanggal pembuatan',
  tanggalRevisi: 'Tanggal revisi',
  tanggalEfektif: 'Tanggal efektif',
  disahkanOleh: 'Disahkan oleh',
  dasarHukum: 'Dasar hukum',
  keterkaitan: 'Keterkaitan',
  peringatan: 'Peringatan',
  kualifikasiPelaksana: 'Kualifikasi pelaksana',
  peralatanPerlengkapan: 'Peralatan/perlengkapan',
  pencatatanPendataan: 'Pencatatan dan pendataan',
};
const FIELD_ORDER = Object.keys(LABELS) as IdentityField[];
const pad = (label: string) => label.padEnd(25);

function identityLines(sop: ImportedSop): string[] {
  const identity = sop.content.identity;
  const found = new Set(sop.identityFound);
  const lines: string[] = [];
  for (const field of FIELD_ORDER) {
    if (!found.has(field)) continue;
    const value = identity[field];
    if (Array.isArray(value)) {
      lines.push(`  ${pad(LABELS[field])}:${value.length === 0 ? ' (tidak ada)' : ''}`);
      value.forEach((item, i) => lines.push(`    ${i + 1}. ${item}`));
    } else if (value !== null && typeof value === 'object') {
      lines.push(`  ${pad(LABELS[field])}: ${value.nama}${value.nip ? ` (NIP ${value.nip})` : ''}${value.jabatan ? `, ${value.jabatan}` : ''}`);
    } else {
      lines.push(`  ${pad(LABELS[field])}: ${value ?? ''}`);
    }
  }
  return lines;
}

function warningLines(warnings: readonly ImportWarning[], indent: string): string[] {
  return warnings.map((warning) => `${indent}baris ${warning.line}: ${warning.message}`);
}

function sopLines(sop: ImportedSop, position: string): string[] {
  const lines = [`SOP ${position}: ${sop.name || '(tanpa nama)'}  [baris ${sop.line}]`];
  lines.push(`  ${pad('Nomor SOP')}: ${sop.number ?? '(kosong)'}${sop.identityFound.includes('nomor') ? '' : sop.indexEntry ? ' (dari daftar SOP)' : ''}`);
  if (sop.indexEntry) lines.push(`  ${pad('Daftar SOP')}: no. ${sop.indexEntry.no} "${sop.indexEntry.name}" (baris ${sop.indexEntry.line})`);
  lines.push(`  Identitas terbaca (${sop.identityFound.length} bidang):`);
  lines.push(...identityLines(sop).map((line) => `  ${line}`));
  if (sop.procedures.length === 0) lines.push('  Prosedur: (tidak ada langkah terbaca)');
  sop.procedures.forEach((procedure, index) => {
    lines.push(`  Prosedur ${index + 1}: ${procedure.name} — ${procedure.stepCount} langkah; pelaksana: ${procedure.roles.join(', ') || '(tidak terbaca)'}`);
    for (const step of sop.steps.filter((candidate) => candidate.procedure === index + 1)) {
      lines.push(`    ${String(step.no).padStart(2)}. ${step.activity}  [baris ${step.line}]`);
      lines.push(`        pelaksana: ${step.roles.join(', ') || '-'} | waktu: "${step.waktu.raw}" → ${formatWaktu(step.waktu)} | output: ${step.output || '-'}`);
      if (step.inputs.length > 0) lines.push(`        kelengkapan: ${step.inputs.join('; ')}`);
      if (step.keterangan) lines.push(`        keterangan: ${step.keterangan}`);
      if (step.decision) {
        const { question, ya, tidak } = step.decision;
        lines.push(`        keputusan: ${question} ya → ${ya ?? '?'}, tidak → ${tidak ?? '?'}`);
      }
    }
  });
  lines.push(`  Peringatan impor (${sop.warnings.length}):`);
  lines.push(...(sop.warnings.length > 0 ? warningLines(sop.warnings, '    ') : ['    (tidak ada)']));
  return lines;
}

/** The human-readable report (Bahasa Indonesia): every SOP with its identity, steps and warnings. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  lines.push(`Impor SOP${report.source ? `: ${report.source}` : ''}${report.dinas ? ` (dinas ${report.dinas})` : ''}`);
  lines.push('');
  if (report.index.length > 0) {
    lines.push(`Daftar SOP dalam buku (${report.index.length}):`);
    for (const entry of report.index) lines.push(`  ${String(entry.no).padStart(2)}. ${entry.number.padEnd(26)} ${entry.name}${entry.unit ? ` [${entry.unit}]` : ''}`);
    lines.push('');
  }
  report.sops.forEach((sop, i) => {
    lines.push(...sopLines(sop, `${i + 1}/${report.sops.length}`));
    lines.push('');
  });
  const bookWarnings = report.warnings.filter((warning) => warning.sop === undefined);
  if (bookWarnings.length > 0) {
    lines.push(`Peringatan dokumen (${bookWarnings.length}):`);
    lines.push(...warningLines(bookWarnings, '  '));
    lines.push('');
  }
  const steps = report.sops.reduce((total, sop) => total + sop.steps.length, 0);
  lines.push(`Ringkasan: ${report.sops.length} SOP, ${steps} langkah, ${report.index.length} entri daftar SOP, ${report.warnings.length} peringatan.`);
  return `${lines.join('\n')}\n`;
}
