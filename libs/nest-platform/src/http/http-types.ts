import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthenticatedUser } from '../identity/authenticated-user';

/** The parts of an Express request the platform reads (no dependency on Express's types). */
export interface PlatformRequest extends IncomingMessage {
  originalUrl?: string;
  baseUrl?: string;
  route?: { path?: string };
  body?: unknown;
  /** Set by the auth guard. */
  user?: AuthenticatedUser;
}

export type PlatformResponse = ServerResponse;

export type NextFunction = (error?: unknown) => void;

/** The request path without the query string. */
export function requestPath(req: PlatformRequest): string {
  const url = req.originalUrl ?? req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
