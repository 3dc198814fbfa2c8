import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { PlatformRequest } from '../http/http-types';
import { ProblemException } from '../http/problem.exception';
import type { AuthenticatedUser } from './authenticated-user';

/** The verified user of the request (set by the global AuthGuard). A 401 on a route without a user. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<PlatformRequest>().user;
  if (!user) {
    throw new ProblemException({
      status: 401,
      code: 'TOKEN_MISSING',
      detail: 'Permintaan ini memerlukan token akses pada header Authorization (Bearer).',
    });
  }
  return user;
});
