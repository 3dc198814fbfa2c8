import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import { concatMap, type Observable } from 'rxjs';
import { PeopleDirectory } from './people.directory';

/**
 * Keeps the caller's entry of the people directory up to date, after a request that succeeded (a refused request
 * writes nothing, not even to the directory); guards ran first, so the token is verified.
 */
@Injectable()
export class PeopleDirectoryInterceptor implements NestInterceptor {
  constructor(private readonly people: PeopleDirectory) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) return next.handle();
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        await this.people.record(user);
        return value;
      }),
    );
  }
}
