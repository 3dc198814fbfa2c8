import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { NoteRequest } from '../../../shared/dto/note.request.dto';

export class CloseDisposisiCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly disposisiId: string,
    readonly body: NoteRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
