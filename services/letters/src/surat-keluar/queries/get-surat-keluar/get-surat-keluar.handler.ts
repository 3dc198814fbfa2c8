import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { RedactedLetterView } from '../../../domain';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { LetterDetailLoader } from '../../../shared/letter-detail.loader';
import { GetSuratKeluarQuery } from './get-surat-keluar.query';
import { suratKeluarDetail, type SuratKeluarDetail } from './surat-keluar.detail';

@QueryHandler(GetSuratKeluarQuery)
export class GetSuratKeluarHandler implements IQueryHandler<GetSuratKeluarQuery, SuratKeluarDetail | RedactedLetterView> {
  constructor(private readonly letters: LetterDetailLoader) {}

  async execute({ user, letterId }: GetSuratKeluarQuery): Promise<SuratKeluarDetail | RedactedLetterView> {
    const access = await this.letters.load(SURAT_KELUAR, letterId, user);
    if (access.redacted) return access.view;
    const { state, events, revision } = access.loaded;
    if (state.stage === 'none') throw SURAT_KELUAR.notFound(letterId);
    return suratKeluarDetail(state, events, access.view.status, revision);
  }
}
