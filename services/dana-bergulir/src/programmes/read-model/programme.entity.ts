import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProgrammeVersion } from '../../domain';

/** One row per programme with its versions. */
@Entity({ name: 'programme' })
export class ProgrammeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') tenant!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('timestamptz', { name: 'defined_at' }) definedAt!: Date;
  @Column('jsonb') versions!: ProgrammeVersion[];
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
}
