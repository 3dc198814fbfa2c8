import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';

export const PRIVATE_KEY_FILE = 'local-issuer.private.pem';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  /** The public key as published on `/jwks`. */
  publicJwk: JWK;
}

/**
 * The folder holding the local issuer's key: `JEJAK_KEYS_DIR`, else `.jejak/keys` at the root of the
 * repository (the nearest folder above the working directory with an `nx.json`; `.jejak/` is git-ignored).
 */
export function defaultKeysDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  if (env.JEJAK_KEYS_DIR) return resolve(env.JEJAK_KEYS_DIR);
  let current = resolve(cwd);
  while (current !== dirname(current)) {
    if (existsSync(join(current, 'nx.json'))) return join(current, '.jejak', 'keys');
    current = dirname(current);
  }
  return join(resolve(cwd), '.jejak', 'keys');
}

/**
 * Loads the RS256 key pair from `keysDir`, generating it on first use. Creation is atomic
 * (written aside, then hard-linked into place), so two processes starting together agree on one key.
 */
export async function loadOrCreateSigningKey(keysDir: string): Promise<SigningKey> {
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const file = join(keysDir, PRIVATE_KEY_FILE);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, pem, { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}
