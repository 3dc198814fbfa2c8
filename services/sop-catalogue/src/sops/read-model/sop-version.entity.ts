import type { SopContent } from '@jejak/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per SOP version, with its content: feeds the keterkaitan graph and version listings. */
@Entity({ name: 'sop_versions' })
export class SopVersionEntity {
  @PrimaryColumn('uuid', { name: 'sop_id' }) sopId!: string;
  @PrimaryColumn('int') version!: number;
  @Column('text') stage!: string;
  @Column('text', { nullable: true }) nomor!: string | null;
  @Column('text') nama!: string;
  @Column('jsonb') content!: SopContent;
  @Column('jsonb', { name: 'approved_by', nullable: true }) approvedBy!: Record<string, unknown> | null;
  @Column('date', { name: 'effective_from', nullable: true }) effectiveFrom!: string | null;
  @Column('date', { name: 'effective_until', nullable: true }) effectiveUntil!: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
