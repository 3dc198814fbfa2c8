import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { RedactedLetterView } from '../../../domain';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { LetterDetailLoader } from '../../../shared/letter-detail.loader';
import { GetSuratMasukQuery } from './get-surat-masuk.query';
import { suratMasukDetail, type SuratMasukDetail } from './surat-masuk.detail';

@QueryHandler(GetSuratMasukQuery)
export class GetSuratMasukHandler implements IQueryHandler<GetSuratMasukQuery, SuratMasukDetail | RedactedLetterView> {
  constructor(private readonly letters: LetterDetailLoader) {}

  async execute({ user, letterId }: GetSuratMasukQuery): Promise<SuratMasukDetail | RedactedLetterView> {
    const access = await this.letters.load(SURAT_MASUK, letterId, user);
    if (access.redacted) return access.view;
    const { state, events, revision } = access.loaded;
    if (state.stage === 'unregistered') throw SURAT_MASUK.notFound(letterId);
    return suratMasukDetail(state, events, access.view.status, revision);
  }
}
