import type { AuthenticatedUser } from '@jejak/nest-platform';

export class RenderSopDocumentQuery {
  constructor(readonly user: AuthenticatedUser, readonly sopId: string, readonly version: number, readonly format: 'html' | 'pdf') {}
}
