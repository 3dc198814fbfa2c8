import { MeasuredCasesLoader } from './measured-cases.loader';
import { ComplianceSummaryHandler } from './queries/compliance-summary/compliance-summary.handler';
import { ComplianceSummaryHttpController } from './queries/compliance-summary/compliance-summary.http.controller';

export const MEASUREMENT_CONTROLLERS = [ComplianceSummaryHttpController];
export const MEASUREMENT_PROVIDERS = [MeasuredCasesLoader, ComplianceSummaryHandler];
