import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { notFound } from '@jejak/domain-kit';
import type { Repository } from 'typeorm';
import { versionInForce, type PermitTypeContent } from '../../../domain';
import { PermitTypeVersionEntity } from '../../read-model/permit-type-version.entity';
import { GetPermitTypeQuery } from './permit-type.query';

export class PermitTypeVersionView {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: '2023-01-04' }) effectiveFrom!: string;
  @ApiProperty({ description: 'The content as defined (documents, checks, outside steps, outputs, validity), each value with its verification and source' }) content!: PermitTypeContent;
}

export class PermitTypeView {
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ example: 'IUI_REKOMTEK' }) code!: string;
  @ApiProperty({ type: [PermitTypeVersionView], description: 'With asOf: only the version in force on that date' }) versions!: PermitTypeVersionView[];
  @ApiProperty({ example: 0, description: 'Stream revision; the ETag' }) revision!: number;
}

@QueryHandler(GetPermitTypeQuery)
export class GetPermitTypeHandler implements IQueryHandler<GetPermitTypeQuery, PermitTypeView> {
  constructor(@InjectRepository(PermitTypeVersionEntity) private readonly rows: Repository<PermitTypeVersionEntity>) {}

  async execute({ user, code, asOf }: GetPermitTypeQuery): Promise<PermitTypeView> {
    const rows = await this.rows.find({ where: { tenant: user.tenant, code }, order: { version: 'ASC' } });
    if (rows.length === 0) throw notFound('PERMIT_TYPE_NOT_FOUND', `Jenis izin ${code} tidak ditemukan`);
    const all = rows.map((r) => ({ version: r.version, effectiveFrom: r.effectiveFrom, content: r.content as PermitTypeContent, recordedAt: r.recordedAt.toISOString() }));
    const chosen = asOf === undefined ? all : [versionInForce(all, asOf)].filter((v) => v !== null);
    if (chosen.length === 0) throw notFound('PERMIT_TYPE_NOT_IN_FORCE', `Jenis izin ${code} belum berlaku pada ${asOf}`);
    return {
      tenant: user.tenant,
      code,
      versions: chosen.map(({ version, effectiveFrom, content }) => ({ version, effectiveFrom, content })),
      revision: Math.max(...rows.map((r) => r.streamRevision)),
    };
  }
}
