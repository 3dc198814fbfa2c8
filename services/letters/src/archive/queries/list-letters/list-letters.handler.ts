import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LetterEntity } from '../../../read-model/letter.entity';
import type { StoredLetter } from '../../../read-model/letter-row';
import { accessFor, readableCondition } from '../../../shared/letter-reader.access';
import { summaryOf, type LetterListItem } from '../../../read-model/letter-summary';
import { ListLettersQuery } from './list-letters.query';

export interface LetterListPage {
  total: number;
  items: LetterListItem[];
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The letters of the user's dinas, newest first. A rahasia letter the user may not read is listed as
 * existing only, and a text search never matches it (the search runs on readable rows only).
 */
@QueryHandler(ListLettersQuery)
export class ListLettersHandler implements IQueryHandler<ListLettersQuery, LetterListPage> {
  constructor(@InjectRepository(LetterEntity) private readonly letters: Repository<LetterEntity>) {}

  async execute({ user, filter }: ListLettersQuery): Promise<LetterListPage> {
    const qb = this.letters.createQueryBuilder('l').where('l.tenant = :tenant', { tenant: user.tenant });
    if (filter.jenis) qb.andWhere('l.jenis = :jenis', { jenis: filter.jenis });
    if (filter.status) qb.andWhere('l.status = :status', { status: filter.status });
    if (filter.sifat) qb.andWhere('l.sifat = :sifat', { sifat: filter.sifat });
    if (filter.year) qb.andWhere('l.agenda_year = :year', { year: filter.year });
    if (filter.q) {
      const readable = readableCondition('l', user);
      qb.andWhere(`${readable.sql} AND l.search_text LIKE :like`, { ...readable.params, like: `%${escapeLike(filter.q.toLowerCase())}%` });
    }
    const [rows, total] = await qb
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.letter_id', 'ASC')
      .skip(filter.offset ?? 0)
      .take(filter.limit ?? 50)
      .getManyAndCount();
    const items = rows.flatMap((row) => {
      const view = accessFor({ kind: row.kind, state: row.state } as StoredLetter, user);
      return view === null ? [] : [view.redacted ? view : summaryOf(view)];
    });
    return { total, items };
  }
}
