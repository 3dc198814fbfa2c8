import { ApiProperty } from '@nestjs/swagger';
import { QueryInt } from '@jejak/nest-platform';

export class PermitRegisterQueryParams {
  @ApiProperty({ example: 2025, description: 'Year of registration (WIB)' }) @QueryInt({ min: 2000, max: 2100 }) year!: number;
}
