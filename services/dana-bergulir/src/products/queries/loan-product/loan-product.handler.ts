import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { notFound } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import type { Repository } from 'typeorm';
import type { LoanProductVersion } from '../../../domain';
import { TERMS_EXAMPLE } from '../../../shared/loan-product-terms.dto';
import { LoanProductEntity } from '../../read-model/loan-product.entity';
import { GetLoanProductQuery } from './loan-product.query';

export class LoanProductView {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' }) id!: string;
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ example: 'DB-UMKM' }) code!: string;
  @ApiProperty({ example: 'Dana Bergulir UMKM 2025' }) name!: string;
  @ApiProperty({ example: '2025-03-04T02:00:00.000Z' }) definedAt!: string;
  @ApiProperty({
    description: 'Every version, ascending; each with the day it is in force from and its terms',
    example: [{ version: 1, effectiveFrom: '2025-01-01', terms: TERMS_EXAMPLE }],
  })
  versions!: LoanProductVersion[];
  @ApiProperty({ example: 0, description: 'Stream revision the read model has seen; the ETag' }) revision!: number;
}

/** Reads one loan product from the read model (eventually consistent with its stream). */
@QueryHandler(GetLoanProductQuery)
export class GetLoanProductHandler implements IQueryHandler<GetLoanProductQuery, LoanProductView> {
  constructor(@InjectRepository(LoanProductEntity) private readonly rows: Repository<LoanProductEntity>) {}

  async execute({ user, id }: GetLoanProductQuery): Promise<LoanProductView> {
    const row = await this.rows.findOneBy({ id });
    // Another dinas's product is reported as not found, so its existence does not leak.
    if (!row || !canRead(user, row.tenant)) throw notFound('LOAN_PRODUCT_NOT_FOUND', 'produk pinjaman tidak ditemukan');
    return { id: row.id, tenant: row.tenant, code: row.code, name: row.name, definedAt: row.definedAt.toISOString(), versions: row.versions, revision: row.streamRevision };
  }
}
