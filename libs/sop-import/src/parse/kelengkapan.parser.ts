import { breakGlued } from '../text/markup.normaliser';
import { trimRunEnd, trimRunStart } from '../text/trim-run';
/**
 * Splits a mutu baku "kelengkapan" cell into its items: "Komputer, Alat Tulis, Printer",
 * "- Komputer OnLine - KTP/Data Diri", "1. DPA 2. Komputer", and items glued by the copy
 * ("ProposalAgunan/jamiananData Penerima").
 */
export function splitKelengkapan(text: string): string[] {
  return breakGlued(text, '\n', false)
    .replace(/(?:^|\s)\d{1,2}[.)]\s+/g, '\n')
    .split(/[\n,;]|(?:^|\s)[-–•]\s+/)
    .map((item) => trimRunEnd(trimRunStart(item, /[\s\-–•]/), /[\s.]/).trim())
    .filter((item) => item !== '');
}
