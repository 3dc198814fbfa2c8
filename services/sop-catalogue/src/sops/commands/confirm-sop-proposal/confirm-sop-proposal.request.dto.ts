import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SopVersionParams } from '../../dto/version-params.dto';

/** Path of a proposal: `/sops/{id}/versions/{version}/proposals/{proposalId}/confirm`. */
export class ConfirmSopProposalParams extends SopVersionParams {
  @ApiProperty({ example: 'tidak-1.7', description: 'Proposal id as listed by GET /sops/{id}/gaps: <pelaksana|tidak>-<procedure>.<step no>' })
  @Matches(/^(pelaksana|tidak)-\d{1,3}\.\d{1,4}$/, { message: 'proposalId harus berbentuk pelaksana-<prosedur>.<langkah> atau tidak-<prosedur>.<langkah>, misalnya tidak-1.7' })
  proposalId!: string;
}
