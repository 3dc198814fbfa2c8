/**
 * Compliance keeps every integration event it consumes in its own event log, so its read models can
 * be rebuilt from position 0 byte for byte without asking any other service.
 * Streams: `sop-<sopId>` for catalogue facts, `case-<caseId>` for case step facts.
 */
export const complianceSopStream = (sopId: string): string => `sop-${sopId}`;
export const complianceCaseStream = (caseId: string): string => `case-${caseId}`;
export const INBOX_SCHEMA = 'compliance_inbox';
export const INBOX_CONSUMER = 'compliance.inbox';
