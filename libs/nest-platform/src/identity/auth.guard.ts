import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { PlatformRequest } from '../http/http-types';
import { ProblemException } from '../http/problem.exception';
import type { AuthenticatedUser } from './authenticated-user';
import { ALLOW_READ_ONLY_ROLES, IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { isReadOnly, ROLE_LABELS, type Role } from './role';
import { IdentityProviderUnavailableError, TOKEN_VERIFIER, TokenRejectedError, TokenVerifier } from './token-verifier';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const REJECTION_DETAILS: Record<TokenRejectedError['reason'], { code: string; detail: string }> = {
  expired: { code: 'TOKEN_EXPIRED', detail: 'Token akses sudah kedaluwarsa. Masuk kembali untuk mendapatkan token baru.' },
  not_yet_valid: { code: 'TOKEN_NOT_YET_VALID', detail: 'Token akses belum berlaku.' },
  invalid_signature: { code: 'TOKEN_SIGNATURE_INVALID', detail: 'Tanda tangan token akses tidak dapat diverifikasi.' },
  malformed: { code: 'TOKEN_MALFORMED', detail: 'Token akses tidak berbentuk JWT yang valid.' },
  invalid_claims: { code: 'TOKEN_CLAIMS_INVALID', detail: 'Token akses tidak berlaku untuk layanan ini.' },
};

/** Quoted-string safe text for WWW-Authenticate (RFC 6750 error_description). */
function quoted(text: string): string {
  return text.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '');
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Global guard. Every route needs a valid bearer token unless marked `@Public()`.
 * Then `@Roles(...)` (any of them) is enforced, and read-only users (AUDITOR, PROVINCIAL_VIEWER only)
 * are refused every method but GET/HEAD/OPTIONS unless the route is marked `@AllowReadOnlyRoles()`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest<PlatformRequest>();
    req.user = await this.authenticate(req.headers.authorization);
    const user = req.user;

    const method = (req.method ?? 'GET').toUpperCase();
    if (!SAFE_METHODS.has(method) && isReadOnly(user.roles) && !this.reflector.getAllAndOverride<boolean>(ALLOW_READ_ONLY_ROLES, targets)) {
      throw new ProblemException({
        status: 403,
        code: 'READ_ONLY_ROLE',
        detail: 'Jabatan Anda hanya dapat melihat data, tidak dapat mengubahnya.',
      });
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && required.length > 0 && !required.some((role) => user.roles.includes(role))) {
      throw new ProblemException({
        status: 403,
        code: 'ROLE_REQUIRED',
        detail: `Tindakan ini hanya untuk jabatan: ${required.map((role) => ROLE_LABELS[role]).join(', ')}.`,
      });
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthenticatedUser> {
    const token = bearerToken(header);
    if (!token) {
      throw new ProblemException({
        status: 401,
        code: header ? 'AUTHORIZATION_HEADER_INVALID' : 'TOKEN_MISSING',
        detail: header
          ? 'Header Authorization harus berbentuk "Bearer <token>".'
          : 'Permintaan ini memerlukan token akses pada header Authorization (Bearer).',
        headers: { 'WWW-Authenticate': header ? 'Bearer error="invalid_request"' : 'Bearer' },
      });
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejectedError) {
        const { code, detail } = REJECTION_DETAILS[error.reason];
        throw new ProblemException({
          status: 401,
          code,
          detail: error.claim ? `${detail} Klaim "${error.claim}" tidak valid.` : detail,
          headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${quoted(error.description)}"` },
        });
      }
      if (error instanceof IdentityProviderUnavailableError) {
        throw new ProblemException(
          {
            status: 503,
            code: 'IDENTITY_PROVIDER_UNAVAILABLE',
            detail: 'Layanan identitas tidak dapat dihubungi sehingga token belum dapat diperiksa. Coba lagi beberapa saat lagi.',
            headers: { 'Retry-After': '5' },
          },
          { cause: error },
        );
      }
      throw error;
    }
  }
}
