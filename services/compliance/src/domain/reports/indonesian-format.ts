/** Numbers as Indonesian forms print them: decimal comma, no trailing ",0". */
export function formatAngka(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded.toString().replace('.', ',');
}

/** A rate 0..1 as a percentage: 0.8 -> "80%", 0.6667 -> "66,7%". */
export const formatPersen = (rate: number): string => `${formatAngka(rate * 100)}%`;
