import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per version of a permit type in a dinas. */
@Entity({ name: 'permit_type_version' })
export class PermitTypeVersionEntity {
  @PrimaryColumn('text') tenant!: string;
  @PrimaryColumn('text') code!: string;
  @PrimaryColumn('int') version!: number;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('text') name!: string;
  @Column('jsonb') content!: unknown;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
}
