import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS, findDemoUser, type DemoUser } from './demo-users';
import { defaultKeysDir, loadOrCreateSigningKey } from './key-store';
import { DEFAULT_TOKEN_TTL_SECONDS, signClaims, signToken } from './token-signer';

/** Said in every token response and on `/`: this issuer has no passwords and is for local development only. */
export const LOCAL_ISSUER_NOTICE =
  'Penerbit token lokal untuk pengembangan: tanpa kata sandi, hanya untuk pengguna demo. Jangan dipakai di lingkungan produksi. ' +
  '(Local development issuer: no passwords, demo users only. Never use it in production.)';

export const DEFAULT_LOCAL_ISSUER_PORT = 8180;
export const DEFAULT_AUDIENCE = 'jejak';
const MAX_TTL_SECONDS = 24 * 60 * 60;
const MAX_BODY_BYTES = 16 * 1024;

export interface LocalIssuerOptions {
  /** Default 8180; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default `defaultKeysDir()` (`.jejak/keys` in the repository). */
  keysDir?: string;
  /** `aud` of issued tokens. Default `jejak`. */
  audience?: string;
  /** Token lifetime in seconds. Default 8 hours. */
  tokenTtlSeconds?: number;
  /**
   * The URL services and browsers reach the issuer by, when it differs from `http://<host>:<port>`
   * (e.g. `http://issuer:3100` in docker-compose). It is the `iss` of tokens and the base of the JWKS URL.
   */
  publicUrl?: string;
}

export interface RunningLocalIssuer {
  /** Base URL, e.g. `http://127.0.0.1:8180`. */
  url: string;
  /** `iss` of issued tokens (equals `url`): set JWT_ISSUER to it. */
  issuer: string;
  /** Set JWT_JWKS_URL to it. */
  jwksUrl: string;
  audience: string;
  users: readonly DemoUser[];
  /** Signs a token for a demo user (object or username). */
  signToken(user: DemoUser | string, ttlSeconds?: number): Promise<string>;
  /** Signs arbitrary claims with the issuer's key (tests: wrong issuer, expired, odd claims). */
  signClaims(claims: Record<string, unknown>, options?: { ttlSeconds?: number; issuer?: string; audience?: string | string[] }): Promise<string>;
  stop(): Promise<void>;
}

class RequestProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
  }
}

function send(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, {
    'Content-Type': `${contentType}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
  });
  res.end(text);
}

function sendProblem(res: ServerResponse, path: string, problem: RequestProblem): void {
  send(
    res,
    problem.status,
    {
      type: `urn:jejak:problem:${problem.code.toLowerCase().replace(/_/g, '-')}`,
      title: problem.status === 404 ? 'Data tidak ditemukan' : 'Permintaan tidak valid',
      status: problem.status,
      detail: problem.message,
      instance: path,
      code: problem.code,
      errors: [],
    },
    'application/problem+json',
  );
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestProblem(413, 'PAYLOAD_TOO_LARGE', 'Isi permintaan terlalu besar.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `{ "username": "kadis-35", "ttlSeconds": 3600 }` as JSON, or the same as a form (`username=kadis-35`). */
async function readTokenRequest(req: IncomingMessage): Promise<{ username: string; ttlSeconds?: number }> {
  const text = await readBody(req);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  let fields: Record<string, unknown>;
  if (type.startsWith('application/x-www-form-urlencoded')) {
    fields = Object.fromEntries(new URLSearchParams(text));
  } else {
    try {
      fields = JSON.parse(text || '{}') as Record<string, unknown>;
    } catch {
      throw new RequestProblem(400, 'MALFORMED_JSON', 'Isi permintaan bukan JSON yang valid. Contoh: {"username": "kadis-35"}.');
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
      throw new RequestProblem(400, 'VALIDATION_FAILED', 'Isi permintaan harus berupa objek JSON, contoh: {"username": "kadis-35"}.');
    }
  }
  const username = fields.username;
  if (typeof username !== 'string' || username.trim() === '') {
    throw new RequestProblem(400, 'VALIDATION_FAILED', 'Kolom "username" wajib diisi, contoh: {"username": "kadis-35"}.');
  }
  let ttlSeconds: number | undefined;
  if (fields.ttlSeconds !== undefined) {
    ttlSeconds = Number(fields.ttlSeconds);
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
      throw new RequestProblem(400, 'VALIDATION_FAILED', `Kolom "ttlSeconds" harus bilangan bulat 1 sampai ${MAX_TTL_SECONDS}.`);
    }
  }
  return { username: username.trim(), ttlSeconds };
}

function publicUser(user: DemoUser) {
  return {
    username: user.username,
    userId: user.userId,
    name: user.name,
    nip: user.nip,
    roles: user.roles,
    jabatan: user.jabatan,
    tenant: user.tenant,
    tenantName: user.tenantName,
  };
}

/**
 * Starts the local development token issuer: an OIDC-compatible discovery document, the JWKS and a
 * password-less `POST /token` for the demo users. Its RS256 key is generated once under `keysDir`.
 */
export async function startLocalIssuer(options: LocalIssuerOptions = {}): Promise<RunningLocalIssuer> {
  const host = options.host ?? '127.0.0.1';
  const key = await loadOrCreateSigningKey(options.keysDir ?? defaultKeysDir());
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const defaultTtl = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  let url = '';

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    void (async () => {
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type',
        });
        res.end();
        return;
      }
      if (method === 'GET' && path === '/.well-known/openid-configuration') {
        send(res, 200, {
          issuer: url,
          jwks_uri: `${url}/jwks`,
          token_endpoint: `${url}/token`,
          response_types_supported: ['token'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['none'],
          claims_supported: ['sub', 'name', 'preferred_username', 'nip', 'roles', 'tenant', 'tenant_name'],
          jejak_notice: LOCAL_ISSUER_NOTICE,
        });
      } else if (method === 'GET' && path === '/jwks') {
        send(res, 200, { keys: [key.publicJwk] }, 'application/jwk-set+json');
      } else if (method === 'GET' && path === '/users') {
        send(res, 200, { notice: LOCAL_ISSUER_NOTICE, users: DEMO_USERS.map(publicUser) });
      } else if (method === 'GET' && path === '/') {
        send(res, 200, {
          notice: LOCAL_ISSUER_NOTICE,
          issuer: url,
          endpoints: { discovery: `${url}/.well-known/openid-configuration`, jwks: `${url}/jwks`, token: `POST ${url}/token {"username": "kadis-35"}`, users: `${url}/users` },
        });
      } else if (method === 'POST' && path === '/token') {
        const request = await readTokenRequest(req);
        const user = findDemoUser(request.username);
        if (!user) {
          throw new RequestProblem(404, 'UNKNOWN_DEMO_USER', `Pengguna demo "${request.username}" tidak ada. Lihat daftar di GET ${url}/users.`);
        }
        const ttl = request.ttlSeconds ?? defaultTtl;
        const token = await signToken(key, user, { issuer: url, audience, ttlSeconds: ttl });
        send(res, 200, { access_token: token, token_type: 'Bearer', expires_in: ttl, user: publicUser(user), notice: LOCAL_ISSUER_NOTICE });
      } else {
        throw new RequestProblem(404, 'ROUTE_NOT_FOUND', `Alamat ${method} ${path} tidak ada di penerbit token lokal.`);
      }
    })().catch((error: unknown) => {
      const problem = error instanceof RequestProblem ? error : new RequestProblem(500, 'INTERNAL_ERROR', 'Terjadi kesalahan pada penerbit token lokal.');
      if (!res.headersSent) sendProblem(res, path, problem);
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_LOCAL_ISSUER_PORT, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  url = options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : `http://${urlHost}:${port}`;

  return {
    url,
    issuer: url,
    jwksUrl: `${url}/jwks`,
    audience,
    users: DEMO_USERS,
    signToken: (user, ttlSeconds) => {
      const found = typeof user === 'string' ? findDemoUser(user) : user;
      if (!found) return Promise.reject(new Error(`unknown demo user: ${String(user)}`));
      return signToken(key, found, { issuer: url, audience, ttlSeconds: ttlSeconds ?? defaultTtl });
    },
    signClaims: (claims, signOptions = {}) =>
      signClaims(key, claims, {
        issuer: signOptions.issuer ?? url,
        audience: signOptions.audience ?? audience,
        ttlSeconds: signOptions.ttlSeconds ?? defaultTtl,
      }),
    stop: () =>
      new Promise<void>((resolveStop, reject) => {
        server.close((error) => (error ? reject(error) : resolveStop()));
        server.closeAllConnections();
      }),
  };
}
