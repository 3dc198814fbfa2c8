/** Rupiah as people in Indonesia write it (id-ID): "Rp 2.216.031", "-Rp 5"; integer rupiah only. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`formatRupiah: not an integer rupiah amount: ${amount}`);
  const digits = Math.abs(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}
