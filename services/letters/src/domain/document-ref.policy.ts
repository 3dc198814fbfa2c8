import type { UserRef } from './acting-user';
import type { DocumentRef, SopCaseLink } from './letter-values';
import type { Problems } from './problems';

export function checkDocuments(problems: Problems, documents: unknown, field: string): void {
  if (!Array.isArray(documents)) {
    problems.check(false, field, 'must be a list');
    return;
  }
  (documents as DocumentRef[]).forEach((doc, i) => problems.text(doc?.documentId, `${field}[${i}].documentId`).text(doc?.name, `${field}[${i}].name`));
}

export function checkUserRef(problems: Problems, user: UserRef | undefined, field: string): void {
  problems.text(user?.userId, `${field}.userId`).text(user?.name, `${field}.name`);
}

export function checkSopCase(problems: Problems, link: SopCaseLink | null | undefined, field: string): void {
  if (link === null || link === undefined) return;
  problems.text(link.sopNumber, `${field}.sopNumber`).text(link.caseId, `${field}.caseId`);
}
