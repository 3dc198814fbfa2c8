import { Injectable } from '@nestjs/common';
import { notFound, validationError } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { assertCanRead, type AuthenticatedUser } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate, SopErrorCode, type ActiveSop, type RetiredSop, type SopEvent, type SopVersionState } from '../domain';

export interface LoadedSop {
  state: ActiveSop | RetiredSop;
  revision: number;
  recorded: RecordedEvent[];
  events: SopEvent[];
}

/** Reads an SOP from its stream (through the command pipeline's loader), for a user allowed to read its dinas. */
@Injectable()
export class SopReader {
  constructor(private readonly pipeline: CommandPipeline) {}

  async load(sopId: string, user: AuthenticatedUser): Promise<LoadedSop> {
    const { state, revision, recorded, events } = await this.pipeline.load(SopAggregate, sopId);
    if (state.stage === 'none') throw notFound(SopErrorCode.NotFound, `SOP ${sopId} tidak ditemukan`);
    // Another dinas's SOP is reported as not found, so its existence does not leak.
    try {
      assertCanRead(user, state.issuer.tenant);
    } catch {
      throw notFound(SopErrorCode.NotFound, `SOP ${sopId} tidak ditemukan`);
    }
    return { state, revision, recorded, events };
  }

  version(loaded: LoadedSop, version: number, field = 'version'): SopVersionState {
    const found = loaded.state.versions[version - 1];
    if (!found) {
      throw validationError('SOP_VERSION_UNKNOWN', `SOP ini tidak memiliki versi ${version}`, [
        { field, message: `versi ${version} tidak ada (versi terakhir ${loaded.state.versions.length})` },
      ]);
    }
    return found;
  }
}
