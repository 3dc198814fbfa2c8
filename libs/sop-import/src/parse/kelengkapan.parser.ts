/**
 * Splits a mutu baku "kelengkapan" cell into its items: "Komputer, Alat Tulis, Printer",
 * "- Komputer OnLine - KTP/Data Diri", "1. DPA 2. Komputer", and items glued by the copy
 * ("ProposalAgunan/jamiananData Penerima").
 */
export function splitKelengkapan(text: string): string[] {
  return text
    .replace(/([a-z]{4,})(?=[A-Z][a-z]{2,})/g, '$1\n')
    .replace(/(?:^|\s)\d{1,2}[.)]\s+/g, '\n')
    .split(/[\n,;]|(?:^|\s)[-–•]\s+/)
    .map((item) => item.replace(/^[\s\-–•]+|[\s.]+$/g, '').trim())
    .filter((item) => item !== '');
}
