import { MeasuredCasesLoader } from './measured-cases.loader';
import { ComplianceSummaryHandler } from './queries/compliance-summary/compliance-summary.handler';
import { ComplianceSummaryHttpController } from './queries/compliance-summary/compliance-summary.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

export const measurementSlice: ServiceSlice = {
  controllers: [ComplianceSummaryHttpController],
  providers: [MeasuredCasesLoader, ComplianceSummaryHandler],
};
