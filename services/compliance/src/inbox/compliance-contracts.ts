import { ContractRegistry, SOP_CONTRACTS, TOPICS, caseFactContracts } from '@jejak/contracts';

/** The topics compliance consumes and the contracts it accepts on them. */
export const CONSUMED_TOPICS = [TOPICS.sopCatalogue, TOPICS.letters];

export function complianceContractRegistry(): ContractRegistry {
  const registry = new ContractRegistry().register(...SOP_CONTRACTS);
  // Case facts share their type names across topics; validation does not depend on the topic.
  const facts = caseFactContracts(TOPICS.letters);
  return registry.register(facts.opened, facts.stepStarted, facts.stepCompleted, facts.decisionTaken, facts.cancelled);
}
