import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export const TENANT_PATTERN = /^\d{2}(\.\d{2}){0,3}$/;
export const TENANT_MESSAGE = 'kode wilayah tidak valid (contoh: 61 atau 35.01)';

export class CalendarParams {
  @ApiProperty({ example: '61', description: 'Kemendagri region code of the dinas' })
  @Matches(TENANT_PATTERN, { message: TENANT_MESSAGE })
  tenant!: string;
}

export class HolidayYearParams extends CalendarParams {
  @ApiProperty({ example: 2026 })
  @Type(() => Number) @IsInt({ message: 'tahun harus bilangan bulat' }) @Min(1900) @Max(2200)
  year!: number;
}
