import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { buildQueues, localDate, type PersonQueues, type SuratKeluarState, type SuratMasukState } from '../../../domain';
import { readerOf } from '../../../shared/letter-reader.access';
import { LetterRowsReader, type LetterRow } from '../../../read-model/letter-rows.reader';
import { MyQueuesQuery } from './my-queues.query';

export interface MyQueues extends PersonQueues {
  asOf: string;
}

/**
 * The caller's queues as in SRIKANDI (belum dibaca, belum ditindaklanjuti, lewat batas waktu, perlu
 * paraf, perlu tanda tangan, perlu dikirim), built by the domain's `buildQueues` from the read model's
 * letters the caller may have work on. `perihal` is null where the caller may not read the letter.
 */
@QueryHandler(MyQueuesQuery)
export class MyQueuesHandler implements IQueryHandler<MyQueuesQuery, MyQueues> {
  constructor(
    private readonly rows: LetterRowsReader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, asOf }: MyQueuesQuery): Promise<MyQueues> {
    const config = this.registry.config(user.tenant);
    const mayDispatch = user.roles.some((role) => (config.dispatch.dispatcherRoles as readonly string[]).includes(role));
    const rows = await this.rows.query<LetterRow>(
      `SELECT letter_id, kind, state FROM letters WHERE tenant = $1 AND ($2 = ANY(queue_user_ids) OR (awaiting_dispatch AND $3::boolean))`,
      [user.tenant, user.userId, mayDispatch],
    );
    const date = asOf ?? localDate(this.clock.now(), config.utcOffsetMinutes).iso;
    const queues = buildQueues({
      user: readerOf(user),
      suratMasuk: rows.filter((r) => r.kind === 'surat_masuk').map((r) => r.state as SuratMasukState),
      suratKeluar: rows.filter((r) => r.kind === 'surat_keluar').map((r) => r.state as SuratKeluarState),
      asOf: date,
      config,
    });
    return { asOf: date, ...queues };
  }
}
