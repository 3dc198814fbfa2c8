import type { ServiceSlice } from '@jejak/service-kit';
import { AddLoanProductVersionHandler } from './commands/add-loan-product-version/add-loan-product-version.handler';
import { AddLoanProductVersionHttpController } from './commands/add-loan-product-version/add-loan-product-version.http.controller';
import { DefineLoanProductHandler } from './commands/define-loan-product/define-loan-product.handler';
import { DefineLoanProductHttpController } from './commands/define-loan-product/define-loan-product.http.controller';
import { GetLoanProductHandler } from './queries/loan-product/loan-product.handler';
import { GetLoanProductHttpController } from './queries/loan-product/loan-product.http.controller';

/** Loan products: define, add an effective-dated version, read. */
export const productsSlice: ServiceSlice = {
  controllers: [DefineLoanProductHttpController, AddLoanProductVersionHttpController, GetLoanProductHttpController],
  providers: [DefineLoanProductHandler, AddLoanProductVersionHandler, GetLoanProductHandler],
};
