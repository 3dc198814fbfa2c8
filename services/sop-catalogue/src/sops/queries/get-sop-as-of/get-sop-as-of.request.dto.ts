import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional, registerDecorator, type ValidationArguments } from 'class-validator';
import { DateTime } from 'luxon';
import { isCalendarDate } from '@jejak/nest-platform';

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date YYYY-MM-DD (not 2024-02-30) or a real ISO 8601 instant with its offset. */
function IsDateOrInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOrInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args: ValidationArguments) => `${args.property} harus berupa tanggal yang ada (YYYY-MM-DD) atau waktu ISO 8601` },
      validator: {
        validate: (value: unknown) =>
          isCalendarDate(value) || (typeof value === 'string' && INSTANT.test(value) && DateTime.fromISO(value, { setZone: true }).isValid),
      },
    });
}

export class GetSopAsOfRequest {
  @ApiProperty({ example: '2024-03-01', description: 'A date (YYYY-MM-DD, the dinas calendar day) or an ISO instant' })
  @IsDefined() @IsDateOrInstant()
  date!: string;

  @ApiPropertyOptional({ enum: ['latest', 'then'], description: '`then`: only what had been recorded by that day' })
  @IsOptional() @IsIn(['latest', 'then'])
  knowledge?: 'latest' | 'then';
}
