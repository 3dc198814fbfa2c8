import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sopAsOf, type SopAsOf } from '../../../domain';
import { SopReader } from '../../sop.reader';
import { GetSopAsOfQuery } from './get-sop-as-of.query';

@QueryHandler(GetSopAsOfQuery)
export class GetSopAsOfHandler implements IQueryHandler<GetSopAsOfQuery, SopAsOf> {
  constructor(private readonly reader: SopReader) {}

  async execute({ user, sopId, date, knowledge, timeZone }: GetSopAsOfQuery): Promise<SopAsOf> {
    const { events } = await this.reader.load(sopId, user);
    return sopAsOf(events, date, { knowledge, timeZone });
  }
}
