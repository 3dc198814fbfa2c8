/** The result of a structural identifier check: ok, or the reason in Bahasa Indonesia (for a 400 naming the field). */
export type IdentifierCheck = { ok: true; value: string } | { ok: false; reason: string };

export const accepted = (value: string): IdentifierCheck => ({ ok: true, value });
export const refused = (reason: string): IdentifierCheck => ({ ok: false, reason });
