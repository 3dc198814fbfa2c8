import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { actingUser } from '../../../shared/acting-user';
import { isRole, suratMasukAllowedActions, type AllowedAction, type RedactedLetterView } from '../../../domain';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { LetterDetailLoader } from '../../../shared/letter-detail.loader';
import { GetSuratMasukQuery } from './get-surat-masuk.query';
import { suratMasukDetail, type SuratMasukDetail } from './surat-masuk.detail';

/** The letter as the caller sees it, with what they may do next. */
export type SuratMasukRead = SuratMasukDetail & { allowedActions: AllowedAction[] };

@QueryHandler(GetSuratMasukQuery)
export class GetSuratMasukHandler implements IQueryHandler<GetSuratMasukQuery, SuratMasukRead | RedactedLetterView> {
  constructor(
    private readonly letters: LetterDetailLoader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId }: GetSuratMasukQuery): Promise<SuratMasukRead | RedactedLetterView> {
    const access = await this.letters.load(SURAT_MASUK, letterId, user);
    if (access.redacted) return access.view;
    const { state, events, revision } = access.loaded;
    if (state.stage === 'unregistered') throw SURAT_MASUK.notFound(letterId);
    // What the caller may do next, tried against the dinas's own decider (no second copy of the rules).
    const allowedActions = user.roles.some(isRole)
      ? suratMasukAllowedActions({ config: this.registry.config(user.tenant) }, state, actingUser(user), this.clock.now().toISOString())
      : [];
    return { ...suratMasukDetail(state, events, access.view.status, revision), allowedActions };
  }
}
