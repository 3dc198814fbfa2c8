import { CaseFactsProcessManager } from './case-facts.process-manager';
import { CaseSopResolver } from './case-sop.resolver';

export const CASE_FACTS_PROVIDERS = [CaseSopResolver, CaseFactsProcessManager];
