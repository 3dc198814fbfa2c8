import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { SopContent } from '@jejak/contracts';
import { validateForApproval, withPendingProposals } from '../../../domain';
import { SopReader } from '../../sop.reader';
import { GetSopQuery } from './get-sop.query';

export interface SopVersionView {
  version: number;
  stage: string;
  basedOnVersion: number | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  approvedBy: unknown;
  /** What still blocks approval (field path and message, naming the import proposal that would fill it), for open versions. */
  missingForApproval: { field?: string; message: string }[];
  content: SopContent;
}

export interface SopView {
  sopId: string;
  tenant: string;
  unit: string;
  stage: string;
  origin: unknown;
  revision: number;
  versions: SopVersionView[];
}

@QueryHandler(GetSopQuery)
export class GetSopHandler implements IQueryHandler<GetSopQuery, SopView> {
  constructor(private readonly reader: SopReader) {}

  async execute({ user, sopId }: GetSopQuery): Promise<SopView> {
    const { state, revision } = await this.reader.load(sopId, user);
    return {
      sopId: state.sopId,
      tenant: state.issuer.tenant,
      unit: state.issuer.unit,
      stage: state.stage,
      origin: state.origin,
      revision,
      versions: state.versions.map((v) => ({
        version: v.version,
        stage: v.stage,
        basedOnVersion: v.basedOnVersion,
        effectiveFrom: 'effectiveFrom' in v ? v.effectiveFrom : null,
        effectiveUntil: 'effectiveUntil' in v ? v.effectiveUntil : null,
        approvedBy: 'approval' in v ? v.approval : null,
        missingForApproval:
          v.stage === 'draft' || v.stage === 'submitted' || v.stage === 'approved' ? withPendingProposals(validateForApproval(v.content), v) : [],
        content: v.content,
      })),
    };
  }
}
