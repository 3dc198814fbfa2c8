/** Stream names of the letters service. One stream per letter; number books: see `numberSequenceStream`. */
export const suratMasukStream = (letterId: string): string => `surat-masuk-${letterId}`;
export const suratKeluarStream = (letterId: string): string => `surat-keluar-${letterId}`;
