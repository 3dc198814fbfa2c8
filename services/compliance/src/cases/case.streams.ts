import { v5 as uuidv5 } from 'uuid';
import { CaseAggregate, CASE_STREAM_PREFIX } from '../domain';

/**
 * Streams of compliance's own log that hold cases:
 * - `case-<caseId>`: the case aggregate (CaseStarted, StepStarted, ... HistoricalStepRecorded);
 * - `casefacts-<caseId>`: the case step facts another service published about the same case, as consumed,
 *   plus `CaseFactRejected` markers for facts the case could not take (see `case-facts/`).
 */
export { CASE_STREAM_PREFIX };
export const CASE_FACTS_STREAM_PREFIX = 'casefacts-';
export const caseStream = (caseId: string): string => CaseAggregate.stream(caseId);
export const caseFactsStream = (caseId: string): string => `${CASE_FACTS_STREAM_PREFIX}${caseId}`;

/** Fixed namespace of derived case ids (never change it: ids would no longer match). */
export const CASE_ID_NAMESPACE = '8f0a6f3c-3b7e-4a55-9d0e-6a1c2f4e9b21';

/** The compliance case of a case another service runs: one per (publishing service, its case id). */
export const caseIdForFacts = (source: string, externalCaseId: string): string => uuidv5(`facts\n${source}\n${externalCaseId}`, CASE_ID_NAMESPACE);

/** The compliance case of a paper record: one per (dinas, case reference), so importing it twice is refused. */
export const caseIdForReference = (tenant: string, reference: string): string =>
  uuidv5(`reference\n${tenant}\n${reference.trim().toLowerCase()}`, CASE_ID_NAMESPACE);
