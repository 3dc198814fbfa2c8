import { CaseFactsProcessManager } from './case-facts.process-manager';
import { CaseSopResolver } from './case-sop.resolver';
import type { ServiceSlice } from '@jejak/service-kit';

export const caseFactsSlice: ServiceSlice = {
  controllers: [],
  providers: [CaseSopResolver, CaseFactsProcessManager],
};
