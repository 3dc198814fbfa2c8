import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { GRACE_INTEREST, INSTALLMENT_FREQUENCIES, SCHEDULE_METHODS } from '@jejak/loan-schedule';
import { IsSafeInt } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ALLOCATION_PARTS, type AllocationPart, type LoanProductTerms } from '../domain';

/** Rates travel as decimal strings ("6", "0.5"): never as JSON numbers, which are binary floats. */
const DECIMAL = /^\d{1,6}(\.\d{1,6})?$/;
const DecimalText = (what: string): PropertyDecorator => {
  const message = `${what} harus teks desimal, mis. "6" atau "0.5"`;
  return applyDecorators(IsDefined({ message: `${what} wajib diisi` }), IsString({ message }), Matches(DECIMAL, { message }));
};
const Nested = (type: () => new () => object): PropertyDecorator =>
  applyDecorators(IsDefined({ message: '$property wajib diisi' }), IsObject({ message: '$property harus berupa objek' }), ValidateNested(), Type(type));

export class GraceRequest {
  @ApiProperty({ example: 3, description: 'Installments without principal (masa tenggang pokok)' }) @IsDefined() @IsSafeInt()
  periods!: number;

  @ApiProperty({ enum: GRACE_INTEREST, example: 'paid', description: 'Jasa during grace: paid, deferred (due with the first installment after grace) or waived' })
  @IsDefined() @IsIn([...GRACE_INTEREST])
  interest!: (typeof GRACE_INTEREST)[number];
}

export class PenaltyRequest {
  @ApiProperty({ example: '1', description: 'Denda per month, percent of the overdue amount (decimal string)' }) @DecimalText('ratePercentPerMonth')
  ratePercentPerMonth!: string;

  @ApiProperty({ example: 7, description: 'Days after the due date before denda runs' }) @IsDefined() @IsSafeInt()
  graceDays!: number;
}

export class KolektibilitasRungRequest {
  @ApiProperty({ example: 'Kurang Lancar', maxLength: 60 }) @IsDefined() @IsString() @MaxLength(60)
  name!: string;

  @ApiProperty({ example: 91 }) @IsDefined() @IsSafeInt()
  fromDaysPastDue!: number;

  @ApiProperty({ example: '10', description: 'Penyisihan, percent of the outstanding (decimal string)' }) @DecimalText('allowancePercent')
  allowancePercent!: string;
}

/** The terms of a product version; rules (ceiling, ladder order, allocation) are checked by the decider. */
export class LoanProductTermsRequest {
  @ApiProperty({ example: 50_000_000, description: 'Plafon per borrower, integer rupiah' }) @IsDefined() @IsSafeInt()
  ceilingPerBorrower!: number;

  @ApiProperty({ example: '6', description: 'Jasa per year in percent (decimal string)' }) @DecimalText('jasaRatePercent')
  jasaRatePercent!: string;

  @ApiProperty({ example: 24 }) @IsDefined() @IsSafeInt()
  termMonths!: number;

  @ApiProperty({ enum: SCHEDULE_METHODS, example: 'annuity' }) @IsDefined() @IsIn([...SCHEDULE_METHODS])
  method!: LoanProductTerms['method'];

  @ApiProperty({ enum: INSTALLMENT_FREQUENCIES, example: 'monthly' }) @IsDefined() @IsIn([...INSTALLMENT_FREQUENCIES])
  frequency!: LoanProductTerms['frequency'];

  @ApiProperty({ type: GraceRequest }) @Nested(() => GraceRequest)
  grace!: GraceRequest;

  @ApiProperty({ type: PenaltyRequest }) @Nested(() => PenaltyRequest)
  penalty!: PenaltyRequest;

  @ApiProperty({ enum: ALLOCATION_PARTS, isArray: true, example: ['penalty', 'interest', 'principal'] })
  @IsDefined() @IsArray() @ArrayMaxSize(3) @IsIn([...ALLOCATION_PARTS], { each: true })
  allocationOrder!: AllocationPart[];

  @ApiProperty({ type: [KolektibilitasRungRequest] })
  @IsDefined() @IsArray() @ArrayMaxSize(10) @IsObject({ each: true, message: 'setiap tingkat kolektibilitas harus berupa objek' }) @ValidateNested({ each: true }) @Type(() => KolektibilitasRungRequest)
  kolektibilitas!: KolektibilitasRungRequest[];
}

/** A plain LoanProductTerms from the validated request (drops the class instances). */
export const toTerms = (t: LoanProductTermsRequest): LoanProductTerms => ({
  ceilingPerBorrower: t.ceilingPerBorrower,
  jasaRatePercent: t.jasaRatePercent,
  termMonths: t.termMonths,
  method: t.method,
  frequency: t.frequency,
  grace: { periods: t.grace.periods, interest: t.grace.interest },
  penalty: { ratePercentPerMonth: t.penalty.ratePercentPerMonth, graceDays: t.penalty.graceDays },
  allocationOrder: [...t.allocationOrder],
  kolektibilitas: t.kolektibilitas.map((r) => ({ name: r.name, fromDaysPastDue: r.fromDaysPastDue, allowancePercent: r.allowancePercent })),
});

/** The OpenAPI example: the PMK 201/2010 classes, as one dinas might configure them (data, not a rule). */
export const TERMS_EXAMPLE = {
  ceilingPerBorrower: 50_000_000,
  jasaRatePercent: '6',
  termMonths: 24,
  method: 'annuity',
  frequency: 'monthly',
  grace: { periods: 0, interest: 'paid' },
  penalty: { ratePercentPerMonth: '1', graceDays: 7 },
  allocationOrder: ['penalty', 'interest', 'principal'],
  kolektibilitas: [
    { name: 'Lancar', fromDaysPastDue: 0, allowancePercent: '0.5' },
    { name: 'Kurang Lancar', fromDaysPastDue: 91, allowancePercent: '10' },
    { name: 'Diragukan', fromDaysPastDue: 121, allowancePercent: '50' },
    { name: 'Macet', fromDaysPastDue: 181, allowancePercent: '100' },
  ],
};
