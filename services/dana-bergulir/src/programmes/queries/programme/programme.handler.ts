import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { notFound } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import type { Repository } from 'typeorm';
import type { ProgrammeVersion } from '../../../domain';
import { ProgrammeEntity } from '../../read-model/programme.entity';
import { GetProgrammeQuery } from './programme.query';

export class ProgrammeView {
  @ApiProperty({ example: '3c9e1f0a-2b4d-4e6f-8a1b-5d7c9e0f1a2b' }) id!: string;
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ example: 'DB-2025' }) code!: string;
  @ApiProperty({ example: 'Dana Bergulir Koperasi dan UMKM 2025' }) name!: string;
  @ApiProperty({ example: '2025-01-02T01:00:00.000Z' }) definedAt!: string;
  @ApiProperty({ example: [{ version: 1, effectiveFrom: '2025-01-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_000_000_000 } }] })
  versions!: ProgrammeVersion[];
  @ApiProperty({ example: 0, description: 'Stream revision the read model has seen; the ETag' }) revision!: number;
}

/** Reads one programme from the read model (eventually consistent with its stream). */
@QueryHandler(GetProgrammeQuery)
export class GetProgrammeHandler implements IQueryHandler<GetProgrammeQuery, ProgrammeView> {
  constructor(@InjectRepository(ProgrammeEntity) private readonly rows: Repository<ProgrammeEntity>) {}

  async execute({ user, id }: GetProgrammeQuery): Promise<ProgrammeView> {
    const row = await this.rows.findOneBy({ id });
    if (!row || !canRead(user, row.tenant)) throw notFound('PROGRAMME_NOT_FOUND', 'program dana bergulir tidak ditemukan');
    return { id: row.id, tenant: row.tenant, code: row.code, name: row.name, definedAt: row.definedAt.toISOString(), versions: row.versions, revision: row.streamRevision };
  }
}
