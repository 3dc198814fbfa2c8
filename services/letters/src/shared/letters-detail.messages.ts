/**
 * Indonesian wording of the field-level messages the letters domain writes for developers. A message
 * without a translation here is shown as the domain wrote it (it still names the field).
 */
const DETAIL_MESSAGES: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^must be a date YYYY-MM-DD$/, () => 'harus berupa tanggal dengan format YYYY-MM-DD'],
  [/^cannot be after today$/, () => 'tidak boleh melewati hari ini'],
  [/^cannot be after tanggalDiterima$/, () => 'tidak boleh setelah tanggal diterima'],
  [/^cannot be in the past$/, () => 'tidak boleh tanggal yang sudah lewat'],
  [/^cannot be in the future$/, () => 'tidak boleh waktu yang akan datang'],
  [/^cannot be before the signature$/, () => 'tidak boleh sebelum naskah ditandatangani'],
  [/^cannot be later than the batas waktu received \((.*)\)$/, (d) => `tidak boleh melewati batas waktu yang Anda terima (${d})`],
  [/^must be biasa, penting, segera or rahasia$/, () => 'harus salah satu dari: biasa, penting, segera, rahasia'],
  [/^must be surat_keluar or nota_dinas$/, () => 'harus surat_keluar atau nota_dinas'],
  [/^must be an ISO instant$/, () => 'harus berupa waktu ISO 8601, contoh 2024-04-05T02:00:00.000Z'],
  [/^at least one recipient$/, () => 'minimal satu penerima'],
  [/^at least one addressee$/, () => 'minimal satu tujuan surat'],
  [/^named twice$/, () => 'disebut dua kali'],
  [/^must not be empty when given$/, () => 'tidak boleh kosong bila diisi'],
  [/^must be a list$/, () => 'harus berupa daftar'],
  [/^must be text \(may be empty\)$/, () => 'harus berupa teks (boleh kosong)'],
  [/^(\w+) is not below (\w+)$/, (to, from) => `${to} tidak berada di bawah ${from} dalam hierarki dinas`],
  [/^(\w+) cannot receive a disposisi$/, (role) => `${role} tidak dapat menerima disposisi`],
  [/^not in the dinas's instruction list: (.*)$/, (list) => `tidak ada dalam daftar instruksi dinas: ${list}`],
  [/^one of (.*)$/, (list) => `harus salah satu dari: ${list}`],
  [/^the paraf chain is empty$/, () => 'jenis naskah ini tidak memerlukan paraf; kosongkan daftar pemaraf'],
  [/^the paraf chain is (.*)$/, (chain) => `rantai paraf naskah ini: ${chain}`],
  [/^step (\d+) is (\w+)$/, (n, role) => `langkah ${n} harus ${role}`],
  [/^one person, one step \(and the signer does not paraf\)$/, () => 'satu orang satu langkah paraf, dan penandatangan tidak memaraf'],
  [/^a (\w+) is signed by (.*)$/, (jenis, roles) => `${jenis} ditandatangani oleh ${roles.replace(/ or /g, ' atau ')}`],
  [/^the signer cannot rank below the drafter$/, () => 'penandatangan tidak boleh berjabatan di bawah konseptor'],
  [/^unknown system (.*)$/, (system) => `sistem penomoran tidak dikenal: ${system}`],
  [/^(\S+) does not match the classification pattern (.*)$/, (code) => `${code} tidak sesuai pola kode klasifikasi arsip dinas`],
  [/^(\S+) is not in the dinas's classification list$/, (code) => `${code} tidak ada dalam daftar kode klasifikasi dinas`],
  [/^open at (.*)$/, () => 'disposisi lanjutan ini masih terbuka'],
  [/^\{(\w+)\} has no value$/, (name) => `format penomoran memerlukan {${name}}`],
];

export function localiseDetail(message: string): string {
  for (const [pattern, translate] of DETAIL_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
