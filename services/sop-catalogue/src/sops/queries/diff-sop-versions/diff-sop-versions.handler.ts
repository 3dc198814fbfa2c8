import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { diffVersions, type SopDiffEntry } from '../../../domain';
import { SopReader } from '../../sop.reader';
import { DiffSopVersionsQuery } from './diff-sop-versions.query';

export interface SopDiffView {
  sopId: string;
  from: number;
  to: number;
  changes: SopDiffEntry[];
}

@QueryHandler(DiffSopVersionsQuery)
export class DiffSopVersionsHandler implements IQueryHandler<DiffSopVersionsQuery, SopDiffView> {
  constructor(private readonly reader: SopReader) {}

  async execute({ user, sopId, from, to }: DiffSopVersionsQuery): Promise<SopDiffView> {
    const loaded = await this.reader.load(sopId, user);
    const a = this.reader.version(loaded, from, 'from');
    const b = this.reader.version(loaded, to, 'to');
    return { sopId, from, to, changes: diffVersions(a.content, b.content) };
  }
}
