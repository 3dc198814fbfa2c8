import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ApplicationDocumentParams } from '../../dto/permit-application-params.dto';
import type { CheckDocumentRequest } from './check-document.request.dto';

export class CheckDocumentCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: ApplicationDocumentParams,
    readonly body: CheckDocumentRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
