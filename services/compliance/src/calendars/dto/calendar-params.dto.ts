import { ApiProperty } from '@nestjs/swagger';
import { QueryInt } from '@jejak/nest-platform';
import { Matches } from 'class-validator';

export const TENANT_PATTERN = /^\d{2}(\.\d{2}){0,3}$/;
export const TENANT_MESSAGE = 'kode wilayah tidak valid (contoh: 61 atau 35.01)';

export class CalendarParams {
  @ApiProperty({ example: '61', description: 'Kemendagri region code of the dinas' })
  @Matches(TENANT_PATTERN, { message: TENANT_MESSAGE })
  tenant!: string;
}

export class HolidayYearParams extends CalendarParams {
  @ApiProperty({ example: 2026, minimum: 1900, maximum: 2200 })
  @QueryInt({ min: 1900, max: 2200 }, { message: 'tahun harus bilangan bulat antara 1900 dan 2200' })
  year!: number;
}
