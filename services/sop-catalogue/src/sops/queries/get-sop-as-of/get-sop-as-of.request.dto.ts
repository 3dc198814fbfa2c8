import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional, registerDecorator, type ValidationArguments } from 'class-validator';
import { DateTime } from 'luxon';
import { isCalendarDate } from '@jejak/nest-platform';
import { INDONESIAN_TIME_ZONES, TIME_ZONE_LABELS } from '@jejak/working-time';

/**
 * An ISO 8601 date-time: `2024-03-01T10:00`, with seconds and fractions, and optionally an offset
 * (`Z`, `+07:00`, `+0800`, `+09`). Without an offset it is a wall-clock time in the dinas's zone.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** The zones a dinas works in: the labels WIB, WITA, WIT and their IANA names. */
export const AS_OF_ZONES: readonly string[] = [...Object.keys(TIME_ZONE_LABELS), ...INDONESIAN_TIME_ZONES];

/** The zone used when the request names none: WIB (Asia/Jakarta). The SOP catalogue holds no per-dinas calendar. */
export const AS_OF_DEFAULT_ZONE = 'WIB';

export function isDateOrDateTime(value: unknown): boolean {
  return isCalendarDate(value) || (typeof value === 'string' && DATE_TIME.test(value) && DateTime.fromISO(value, { setZone: true }).isValid);
}

/** A real calendar date YYYY-MM-DD (not 2024-02-30) or a real ISO 8601 date-time, with or without its offset. */
function IsDateOrInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOrInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} harus berupa tanggal yang ada (YYYY-MM-DD, misalnya 2024-03-01) atau waktu ISO 8601 ` +
          '(misalnya 2024-03-01T10:00:00+07:00; tanpa offset dibaca dalam zona waktu dinas)',
      },
      validator: { validate: isDateOrDateTime },
    });
}

export class GetSopAsOfRequest {
  @ApiProperty({
    example: '2024-03-01T16:30:00+08:00',
    description:
      'A calendar day `YYYY-MM-DD` (the whole day in the dinas zone, see `zone`), or an ISO 8601 date-time. A date-time with an ' +
      'offset (`Z`, `+07:00` WIB, `+08:00` WITA, `+09:00` WIT; `+0800` and `+08` are accepted too) is that exact instant; one ' +
      'without an offset (`2024-03-01T16:30`) is a wall-clock time in the dinas zone.',
  })
  @IsDefined() @IsDateOrInstant()
  date!: string;

  @ApiPropertyOptional({ enum: ['latest', 'then'], description: '`then`: only what had been recorded by that day' })
  @IsOptional() @IsIn(['latest', 'then'])
  knowledge?: 'latest' | 'then';

  @ApiPropertyOptional({
    enum: AS_OF_ZONES,
    example: 'WITA',
    description:
      'The dinas time zone: WIB (UTC+7, default), WITA (UTC+8) or WIT (UTC+9), or its IANA name. It decides which calendar day an ' +
      'instant falls on, where a calendar day starts and ends, and how a date-time without an offset is read.',
  })
  @IsOptional()
  @IsIn(AS_OF_ZONES, { message: (args: ValidationArguments) => `${args.property} harus salah satu dari: ${AS_OF_ZONES.join(', ')}` })
  zone?: string;
}
