import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { actingUser } from '../../../shared/acting-user';
import { isRole, suratKeluarAllowedActions, type AllowedAction, type RedactedLetterView } from '../../../domain';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { LetterDetailLoader } from '../../../shared/letter-detail.loader';
import { GetSuratKeluarQuery } from './get-surat-keluar.query';
import { suratKeluarDetail, type SuratKeluarDetail } from './surat-keluar.detail';

/** The letter as the caller sees it, with what they may do next. */
export type SuratKeluarRead = SuratKeluarDetail & { allowedActions: AllowedAction[] };

@QueryHandler(GetSuratKeluarQuery)
export class GetSuratKeluarHandler implements IQueryHandler<GetSuratKeluarQuery, SuratKeluarRead | RedactedLetterView> {
  constructor(
    private readonly letters: LetterDetailLoader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId }: GetSuratKeluarQuery): Promise<SuratKeluarRead | RedactedLetterView> {
    const access = await this.letters.load(SURAT_KELUAR, letterId, user);
    if (access.redacted) return access.view;
    const { state, events, revision } = access.loaded;
    if (state.stage === 'none') throw SURAT_KELUAR.notFound(letterId);
    // What the caller may do next, tried against the dinas's own decider (no second copy of the rules).
    const allowedActions = user.roles.some(isRole)
      ? suratKeluarAllowedActions({ config: this.registry.config(user.tenant) }, state, actingUser(user), this.clock.now().toISOString())
      : [];
    return { ...suratKeluarDetail(state, events, access.view.status, revision), allowedActions };
  }
}
