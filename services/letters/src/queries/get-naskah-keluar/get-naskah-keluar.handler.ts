import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { RedactedLetterView } from '../../domain';
import { NASKAH_KELUAR } from '../../shared/letter-kinds';
import { LetterDetailLoader } from '../letter-detail.loader';
import { GetNaskahKeluarQuery } from './get-naskah-keluar.query';
import { naskahKeluarDetail, type NaskahKeluarDetail } from './naskah-keluar.detail';

@QueryHandler(GetNaskahKeluarQuery)
export class GetNaskahKeluarHandler implements IQueryHandler<GetNaskahKeluarQuery, NaskahKeluarDetail | RedactedLetterView> {
  constructor(private readonly letters: LetterDetailLoader) {}

  async execute({ user, letterId }: GetNaskahKeluarQuery): Promise<NaskahKeluarDetail | RedactedLetterView> {
    const access = await this.letters.load(NASKAH_KELUAR, letterId, user);
    if (access.redacted) return access.view;
    const { state, events, revision } = access.loaded;
    if (state.stage === 'none') throw NASKAH_KELUAR.notFound(letterId);
    return naskahKeluarDetail(state, events, access.view.status, revision);
  }
}
