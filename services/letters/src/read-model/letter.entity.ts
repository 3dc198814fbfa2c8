import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LetterKindName } from '../shared/letter.streams';

/** One row per letter (see the migration for what each column is for). */
@Entity({ name: 'letters' })
export class LetterEntity {
  @PrimaryColumn('uuid', { name: 'letter_id' }) letterId!: string;
  @Column('text') tenant!: string;
  @Column('text') kind!: LetterKindName;
  @Column('text') jenis!: string;
  @Column('text') sifat!: string;
  @Column('text') status!: string;
  @Column('text') stage!: string;
  @Column('text', { name: 'number_sequence', nullable: true }) numberSequence!: string | null;
  @Column('int', { name: 'number_year', nullable: true }) numberYear!: number | null;
  @Column('int', { name: 'number_n', nullable: true }) numberN!: number | null;
  @Column('int', { name: 'agenda_year', nullable: true }) agendaYear!: number | null;
  @Column('date', { nullable: true }) tanggal!: string | null;
  @Column('text', { name: 'search_text' }) searchText!: string;
  @Column('text', { name: 'reader_ids', array: true }) readerIds!: string[];
  @Column('text', { name: 'queue_user_ids', array: true }) queueUserIds!: string[];
  @Column('boolean', { name: 'awaiting_dispatch' }) awaitingDispatch!: boolean;
  @Column('text', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('jsonb') state!: unknown;
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
