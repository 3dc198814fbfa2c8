import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { AgendaPage } from '../../../read-model/agenda-book.reader';

export class AgendaSuratKeluarQuery {
  constructor(readonly user: AuthenticatedUser, readonly page: AgendaPage) {}
}
