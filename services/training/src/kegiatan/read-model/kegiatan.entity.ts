import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per kegiatan (table in the service's read schema, which search_path selects). */
@Entity({ name: 'kegiatan_list' })
export class KegiatanEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') tenant!: string;
  @Column('text') title!: string;
  @Column('text') stage!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('text', { name: 'close_reason', nullable: true }) closeReason!: string | null;
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
}
