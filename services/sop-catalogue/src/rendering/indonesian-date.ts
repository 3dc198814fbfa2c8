const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2020-07-22" -> "22 Juli 2020"; null or an unreadable value -> null. */
export function formatTanggal(date: string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (match === null) return null;
  const [, year, month, day] = match;
  const name = BULAN[Number(month) - 1];
  return name === undefined ? null : `${Number(day)} ${name} ${year}`;
}
