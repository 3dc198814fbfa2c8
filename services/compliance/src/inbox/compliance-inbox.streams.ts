import { caseFactsStream, caseIdForFacts } from '../cases/case.streams';

/**
 * Compliance keeps every integration event it consumes in its own event log, so its read models can
 * be rebuilt from position 0 byte for byte without asking any other service.
 * Streams: `sop-<sopId>` for catalogue facts, `casefacts-<caseId>` for case step facts, where `caseId` is the
 * compliance case derived from the publishing service and its own case id (`caseIdForFacts`). The case facts
 * process manager turns them into events of the case aggregate on `case-<caseId>`.
 */
export const complianceSopStream = (sopId: string): string => `sop-${sopId}`;
export const complianceCaseFactsStream = (source: string, externalCaseId: string): string => caseFactsStream(caseIdForFacts(source, externalCaseId));
export const INBOX_SCHEMA = 'compliance_inbox';
export const INBOX_CONSUMER = 'compliance.inbox';
