import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LoanProductVersion } from '../../domain';

/** One row per loan product with its versions (table in the service's read schema, which search_path selects). */
@Entity({ name: 'loan_product' })
export class LoanProductEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') tenant!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('timestamptz', { name: 'defined_at' }) definedAt!: Date;
  @Column('jsonb') versions!: LoanProductVersion[];
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
}
