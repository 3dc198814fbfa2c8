import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SopReader } from '../../sop.reader';
import { GetSopHistoryQuery } from './get-sop-history.query';

export interface SopHistoryEntry {
  revision: number;
  type: string;
  recordedAt: string;
  actor: { userId: string; role: string; name?: string };
  correlationId: string;
  data: unknown;
}

/** The SOP's whole record, event by event: who did what and when, for auditors. */
@QueryHandler(GetSopHistoryQuery)
export class GetSopHistoryHandler implements IQueryHandler<GetSopHistoryQuery, SopHistoryEntry[]> {
  constructor(private readonly reader: SopReader) {}

  async execute({ user, sopId }: GetSopHistoryQuery): Promise<SopHistoryEntry[]> {
    const { recorded } = await this.reader.load(sopId, user);
    return recorded.map((e) => ({
      revision: e.revision,
      type: e.type,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.actor,
      correlationId: e.correlationId,
      data: e.data,
    }));
  }
}
