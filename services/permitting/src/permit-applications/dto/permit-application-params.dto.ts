import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

export class PermitApplicationParams {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' }) @IsUUID() id!: string;
}

export class ApplicationDocumentParams extends PermitApplicationParams {
  @ApiProperty({ example: 'data-perusahaan', description: 'A document code of the permit type\'s checklist' }) @Matches(/^[a-z][a-z0-9-]{0,59}$/) document!: string;
}
