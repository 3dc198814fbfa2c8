import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ApplicationDocumentParams } from '../../dto/permit-application-params.dto';
import type { ReceiveDocumentRequest } from './receive-document.request.dto';

export class ReceiveDocumentCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: ApplicationDocumentParams,
    readonly body: ReceiveDocumentRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
