import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sop_registry' })
export class SopRegistryEntity {
  @PrimaryColumn('text', { name: 'sop_id' }) sopId!: string;
  @Column('text') tenant!: string;
  @Column('text') unit!: string;
  @Column('text', { nullable: true }) nomor!: string | null;
  @Column('text') nama!: string;
  @Column('text') status!: string;
  @Column('int', { name: 'latest_version' }) latestVersion!: number;
  @Column('int', { name: 'effective_version', nullable: true }) effectiveVersion!: number | null;
  @Column('date', { name: 'effective_from', nullable: true }) effectiveFrom!: string | null;
  @Column('date', { name: 'retired_from', nullable: true }) retiredFrom!: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
