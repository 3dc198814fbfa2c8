import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StoredLetter } from './letter-row';
import type { LetterKindName } from '../shared/letter.streams';

export interface LetterRow {
  letter_id: string;
  kind: LetterKindName;
  state: unknown;
}

export const storedOf = (row: LetterRow): StoredLetter => ({ kind: row.kind, state: row.state }) as StoredLetter;

/** Raw access to the letters read model (`letters_rm`, on the service's search_path). */
@Injectable()
export class LetterRowsReader {
  constructor(private readonly dataSource: DataSource) {}

  query<T = LetterRow>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }
}
