import type { SopContent } from '@jejak/contracts';

/** Deep copy with a change applied: tests never mutate shared fixtures. */
export function changed(content: SopContent, change: (draft: SopContent) => void): SopContent {
  const copy = structuredClone(content);
  change(copy);
  return copy;
}
