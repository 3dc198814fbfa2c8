/**
 * A position in the PostgreSQL log: (writing transaction id, sequence). Rows are read in this order,
 * and only below the visibility horizon, so a slow transaction can never be skipped.
 */
export interface LogOffset {
  transactionId: bigint;
  sequence: bigint;
}

/** Before every message. */
export const LOG_START: LogOffset = Object.freeze({ transactionId: 0n, sequence: 0n });

export function compareLogOffsets(a: LogOffset, b: LogOffset): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.sequence !== b.sequence) return a.sequence < b.sequence ? -1 : 1;
  return 0;
}

/** The `DeliveryInfo.offset` string: `<transaction id>:<sequence>`. */
export function formatLogOffset(offset: LogOffset): string {
  return `${offset.transactionId}:${offset.sequence}`;
}

export function parseLogOffset(text: string): LogOffset {
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`invalid log offset: ${text}`);
  return { transactionId: BigInt(match[1]), sequence: BigInt(match[2]) };
}
