import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { notFound } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import type { Repository } from 'typeorm';
import { KegiatanEntity } from '../../read-model/kegiatan.entity';
import { GetKegiatanQuery } from './kegiatan.query';

export class KegiatanView {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' }) id!: string;
  @ApiProperty({ example: '35' }) tenant!: string;
  @ApiProperty({ example: 'Contoh pertama' }) title!: string;
  @ApiProperty({ enum: ['open', 'closed'], example: 'open' }) stage!: string;
  @ApiProperty({ example: '2025-03-04T02:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, example: null }) closedAt!: string | null;
  @ApiProperty({ nullable: true, example: null }) closeReason!: string | null;
  @ApiProperty({ example: 0, description: 'Stream revision the read model has seen; the ETag' }) revision!: number;
}

/** Reads one kegiatan from the read model (eventually consistent with its stream). */
@QueryHandler(GetKegiatanQuery)
export class GetKegiatanHandler implements IQueryHandler<GetKegiatanQuery, KegiatanView> {
  constructor(@InjectRepository(KegiatanEntity) private readonly rows: Repository<KegiatanEntity>) {}

  async execute({ user, id }: GetKegiatanQuery): Promise<KegiatanView> {
    const row = await this.rows.findOneBy({ id });
    // Another dinas's kegiatan is reported as not found, so its existence does not leak.
    if (!row || !canRead(user, row.tenant)) throw notFound('KEGIATAN_NOT_FOUND', 'kegiatan tidak ditemukan');
    return {
      id: row.id,
      tenant: row.tenant,
      title: row.title,
      stage: row.stage,
      createdAt: row.createdAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      closeReason: row.closeReason,
      revision: row.streamRevision,
    };
  }
}
