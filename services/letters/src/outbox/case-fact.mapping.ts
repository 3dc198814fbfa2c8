import { caseFactContracts, TOPICS, type IntegrationContract } from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import type { CaseFact } from '../flow/letter-flow.events';

const CASE_FACTS = caseFactContracts(TOPICS.letters);

/** The shared SOP case-fact contract (`jejak.case.*.v1`) of a recorded case fact. */
export function caseFactContract(fact: CaseFact): { contract: IntegrationContract<object>; data: object } {
  switch (fact.fact) {
    case 'opened':
      return { contract: CASE_FACTS.opened, data: fact.data };
    case 'step-started':
      return { contract: CASE_FACTS.stepStarted, data: fact.data };
    case 'step-completed':
      return { contract: CASE_FACTS.stepCompleted, data: fact.data };
    case 'decision-taken':
      return { contract: CASE_FACTS.decisionTaken, data: fact.data };
    case 'cancelled':
      return { contract: CASE_FACTS.cancelled, data: fact.data };
    default:
      return assertNever(fact, 'case fact');
  }
}
