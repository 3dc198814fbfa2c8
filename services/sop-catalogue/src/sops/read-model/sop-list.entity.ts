import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per SOP: what the catalogue list and search show. */
@Entity({ name: 'sop_list' })
export class SopListEntity {
  @PrimaryColumn('uuid', { name: 'sop_id' }) sopId!: string;
  @Column('text') tenant!: string;
  @Column('text') unit!: string;
  @Column('text', { nullable: true }) nomor!: string | null;
  @Column('text') nama!: string;
  @Column('text') origin!: string;
  @Column('int', { name: 'latest_version' }) latestVersion!: number;
  @Column('text', { name: 'latest_stage' }) latestStage!: string;
  @Column('int', { name: 'effective_version', nullable: true }) effectiveVersion!: number | null;
  @Column('date', { name: 'effective_from', nullable: true }) effectiveFrom!: string | null;
  @Column('date', { name: 'retired_from', nullable: true }) retiredFrom!: string | null;
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
  @Column('timestamptz', { name: 'drafted_at' }) draftedAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
