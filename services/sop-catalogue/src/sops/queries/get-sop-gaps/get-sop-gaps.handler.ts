import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { openVersion, sopDraftGaps, type SopDraftGaps } from '../../../domain';
import { SopReader } from '../../sop.reader';
import { GetSopGapsQuery } from './get-sop-gaps.query';

export interface SopGapsView extends SopDraftGaps {
  sopId: string;
  revision: number;
}

@QueryHandler(GetSopGapsQuery)
export class GetSopGapsHandler implements IQueryHandler<GetSopGapsQuery, SopGapsView> {
  constructor(private readonly reader: SopReader) {}

  async execute({ user, sopId, version }: GetSopGapsQuery): Promise<SopGapsView> {
    const loaded = await this.reader.load(sopId, user);
    const { state } = loaded;
    const target = version === undefined ? (openVersion(state) ?? state.versions[state.versions.length - 1]) : this.reader.version(loaded, version);
    return { sopId: state.sopId, revision: loaded.revision, ...sopDraftGaps(target) };
  }
}
