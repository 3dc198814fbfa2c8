import type { RecordedEvent } from '@jejak/event-store';
import type { ProjectionDefinition } from '@jejak/projections';
import type { EntityManager } from 'typeorm';
import { evolveSuratKeluar, evolveSuratMasuk, initialSuratKeluarState, initialSuratMasukState, suratKeluarEventTypes, suratMasukEventTypes } from '../domain';
import { isLetterFlowEventType } from '../flow/letter-flow.events';
import { letterOfStream } from '../shared/letter.streams';
import { columnsOf, type StoredLetter } from './letter-row';
import { CreateLettersReadModel1764000000000 } from './migrations/1764000000000-create-letters-read-model';
import { LettersListPaging1764100000000 } from './migrations/1764100000000-letters-list-paging';

export const LETTERS_READ_SCHEMA = 'letters_rm';

interface Pending {
  letter: StoredLetter;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

async function loadLetter(m: EntityManager, letterId: string, kind: StoredLetter['kind']): Promise<Pending | null> {
  const rows: { state: unknown; stream_revision: number; created_at: Date }[] = await m.query(`SELECT state, stream_revision, created_at FROM letters WHERE letter_id = $1`, [letterId]);
  const row = rows[0];
  if (row === undefined) return null;
  return { letter: { kind, state: row.state } as StoredLetter, revision: row.stream_revision, createdAt: row.created_at, updatedAt: row.created_at };
}

function evolve(letter: StoredLetter, recorded: RecordedEvent): StoredLetter {
  return letter.kind === 'surat_masuk'
    ? { kind: 'surat_masuk', state: evolveSuratMasuk(letter.state, suratMasukEventTypes.read(recorded)) }
    : { kind: 'surat_keluar', state: evolveSuratKeluar(letter.state, suratKeluarEventTypes.read(recorded)) };
}

async function save(m: EntityManager, letterId: string, pending: Pending): Promise<void> {
  const c = columnsOf(pending.letter);
  if (c === null) return;
  await m.query(
    `INSERT INTO letters (letter_id, tenant, kind, jenis, sifat, status, stage, number_sequence, number_year, number_n, agenda_year, tanggal,
       search_text, reader_ids, queue_user_ids, awaiting_dispatch, case_id, state, stream_revision, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
     ON CONFLICT (letter_id) DO UPDATE SET tenant = $2, kind = $3, jenis = $4, sifat = $5, status = $6, stage = $7, number_sequence = $8,
       number_year = $9, number_n = $10, agenda_year = $11, tanggal = $12, search_text = $13, reader_ids = $14, queue_user_ids = $15,
       awaiting_dispatch = $16, case_id = $17, state = $18, stream_revision = $19, updated_at = $21`,
    [
      letterId, c.tenant, c.kind, c.jenis, c.sifat, c.status, c.stage, c.number.sequence, c.number.year, c.number.n, c.agendaYear, c.tanggal,
      c.searchText, c.readerIds, c.queueUserIds, c.awaitingDispatch, c.caseId, JSON.stringify(pending.letter.state), pending.revision, pending.createdAt, pending.updatedAt,
    ],
  );
}

/**
 * Folds each letter's facts with the domain's own `evolve` and stores the state with the columns the
 * queries need (derived by the domain's views: status, readers, numbers). Flow facts and number books
 * are not part of a letter's state.
 */
export const lettersProjection: ProjectionDefinition = {
  name: 'letters',
  readSchema: LETTERS_READ_SCHEMA,
  migrations: [CreateLettersReadModel1764000000000, LettersListPaging1764100000000],
  async handle(events, manager) {
    const pending = new Map<string, Pending>();
    for (const recorded of events) {
      const target = letterOfStream(recorded.stream);
      if (target === null) continue;
      let current = pending.get(target.letterId) ?? (await loadLetter(manager, target.letterId, target.kind));
      if (isLetterFlowEventType(recorded.type)) {
        // Flow facts are not part of the letter's state; they only move its revision.
        if (current !== null) pending.set(target.letterId, { ...current, revision: recorded.revision });
        continue;
      }
      current ??= {
        letter: target.kind === 'surat_masuk' ? { kind: 'surat_masuk', state: initialSuratMasukState() } : { kind: 'surat_keluar', state: initialSuratKeluarState() },
        revision: -1,
        createdAt: recorded.recordedAt,
        updatedAt: recorded.recordedAt,
      };
      pending.set(target.letterId, { ...current, letter: evolve(current.letter, recorded), revision: recorded.revision, updatedAt: recorded.recordedAt });
    }
    for (const [letterId, letter] of pending) await save(manager, letterId, letter);
  },
};
