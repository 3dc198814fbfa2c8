import type { SopIdentity } from '@jejak/contracts';
import { escapeHtml } from './html-escape';
import { formatTanggal } from './indonesian-date';
import { identityFont } from './sop-identity.layout';

export interface IdentityOptions {
  /** Line above the instansi, e.g. "Pemerintah Provinsi Kalimantan Barat". */
  pemerintah?: string;
  /** Image source (data: URI) of the regional emblem. */
  logoSrc?: string;
  /** The date the catalogue made the version effective; overrides `identity.tanggalEfektif`. */
  effectiveFrom?: string | null;
}

const MISSING = '<span class="missing">belum diisi</span>';
const EMPTY = '<span class="empty">–</span>';

const text = (value: string | null | undefined, ifEmpty = EMPTY): string =>
  value === null || value === undefined || value.trim() === '' ? ifEmpty : escapeHtml(value.trim());

/** A list as printed in SOP documents: numbered when it has several items. */
export function listHtml(items: readonly string[]): string {
  const filled = items.map((item) => item.trim()).filter((item) => item !== '');
  if (filled.length === 0) return EMPTY;
  if (filled.length === 1) return `<p>${escapeHtml(filled[0])}</p>`;
  return `<ol>${filled.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;
}

function pengesahHtml(identity: SopIdentity): string {
  const pengesah = identity.disahkanOleh;
  if (pengesah === null) return MISSING;
  return (
    `<div class="jabatan">${text(pengesah.jabatan, MISSING)}</div>` +
    `<div class="ttd" aria-hidden="true"></div>` +
    `<div class="nama-pengesah">${text(pengesah.nama, MISSING)}</div>` +
    (pengesah.nip === null || pengesah.nip.trim() === '' ? '' : `<div class="nip">NIP. ${escapeHtml(pengesah.nip.trim())}</div>`)
  );
}

/** The identity part of the SOP AP document (Permenpan RB 35/2012): header block and the six fields below it. */
export function identityHtml(identity: SopIdentity, options: IdentityOptions = {}): string {
  const effective = options.effectiveFrom !== undefined ? options.effectiveFrom : identity.tanggalEfektif;
  const tanggal = (value: string | null) => text(formatTanggal(value) ?? value);
  const logo = options.logoSrc === undefined ? '' : `<img class="logo" src="${escapeHtml(options.logoSrc)}" alt="Lambang daerah">`;
  const pemerintah = options.pemerintah === undefined || options.pemerintah.trim() === '' ? '' : `<div class="pemerintah">${escapeHtml(options.pemerintah.trim())}</div>`;
  const field = (label: string, value: string, cls = '') => `<th scope="row">${label}</th><td class="${cls}">${value}</td>`;
  const font = identityFont(identity);
  return `<table class="identity" style="font-size:${font.size}px;line-height:${font.line}px">
<colgroup><col class="left"><col class="label"><col class="value"></colgroup>
<tbody>
<tr><td class="instansi" rowspan="6">${logo}${pemerintah}<div class="instansi-name">${text(identity.instansi, MISSING)}</div><div class="unit">${text(identity.unit)}</div></td>${field('Nomor SOP', text(identity.nomor, MISSING), 'nomor')}</tr>
<tr>${field('Tgl. Pembuatan', tanggal(identity.tanggalPembuatan))}</tr>
<tr>${field('Tgl. Revisi', tanggal(identity.tanggalRevisi))}</tr>
<tr>${field('Tgl. Efektif', tanggal(effective))}</tr>
<tr>${field('Disahkan oleh', pengesahHtml(identity), 'pengesah')}</tr>
<tr>${field('Nama SOP', text(identity.nama, MISSING), 'nama-sop')}</tr>
<tr class="section"><th>Dasar Hukum:</th><th colspan="2">Kualifikasi Pelaksana:</th></tr>
<tr class="section-body"><td>${listHtml(identity.dasarHukum)}</td><td colspan="2">${listHtml(identity.kualifikasiPelaksana)}</td></tr>
<tr class="section"><th>Keterkaitan:</th><th colspan="2">Peralatan/Perlengkapan:</th></tr>
<tr class="section-body"><td>${listHtml(identity.keterkaitan)}</td><td colspan="2">${listHtml(identity.peralatanPerlengkapan)}</td></tr>
<tr class="section"><th>Peringatan:</th><th colspan="2">Pencatatan dan Pendataan:</th></tr>
<tr class="section-body"><td>${text(identity.peringatan) === EMPTY ? EMPTY : `<p>${text(identity.peringatan)}</p>`}</td><td colspan="2">${text(identity.pencatatanPendataan) === EMPTY ? EMPTY : `<p>${text(identity.pencatatanPendataan)}</p>`}</td></tr>
</tbody>
</table>`;
}
