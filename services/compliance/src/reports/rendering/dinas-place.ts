/**
 * Where a dinas signs its forms ("Pontianak, 7 Juli 2025"). The compliance service keeps no address book of the
 * dinas: the place comes from what it does know, the tenant (a Kemendagri region code) and the instansi named in the
 * SOP, and a request's `tempat` always wins.
 *
 * - A province (tenant `61`): its capital, from the table below (reference data, Kemendagri province codes).
 * - A kota or kabupaten named in the instansi ("... Kota Pontianak", "... Kabupaten Pacitan"): that name.
 * - Anything else: null, and the form is not printed until the request names the place.
 */
export const PROVINCE_CAPITALS: Readonly<Record<string, string>> = {
  '11': 'Banda Aceh', '12': 'Medan', '13': 'Padang', '14': 'Pekanbaru', '15': 'Jambi', '16': 'Palembang', '17': 'Bengkulu',
  '18': 'Bandar Lampung', '19': 'Pangkalpinang', '21': 'Tanjungpinang', '31': 'Jakarta', '32': 'Bandung', '33': 'Semarang',
  '34': 'Yogyakarta', '35': 'Surabaya', '36': 'Serang', '51': 'Denpasar', '52': 'Mataram', '53': 'Kupang', '61': 'Pontianak',
  '62': 'Palangka Raya', '63': 'Banjarbaru', '64': 'Samarinda', '65': 'Tanjung Selor', '71': 'Manado', '72': 'Palu',
  '73': 'Makassar', '74': 'Kendari', '75': 'Gorontalo', '76': 'Mamuju', '81': 'Ambon', '82': 'Sofifi', '91': 'Jayapura',
  '92': 'Manokwari', '93': 'Merauke', '94': 'Nabire', '95': 'Wamena', '96': 'Sorong',
};

const titleCase = (text: string): string => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());

export function signingPlaceOf(tenant: string, instansi: string): string | null {
  if (/^\d{2}$/.test(tenant)) return PROVINCE_CAPITALS[tenant] ?? null;
  const match = /\b(?:kota|kabupaten)\s+([\p{L}][\p{L} .'-]*?)\s*$/iu.exec(instansi.replace(/\s+/g, ' ').trim());
  return match ? titleCase(match[1]) : null;
}
