/** How people write an SOP's number differs ("518/917/KUKRU-IV-1", "518 / 917 / KUKRU - IV - 1"): compared without spaces, in capitals. */
export const nomorKey = (nomor: string): string => nomor.replace(/\s+/g, '').toUpperCase();

/** Names compared in lower case, punctuation as spaces, without a leading "SOP". */
export const namaKey = (nama: string): string =>
  nama
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^sop /, '');
