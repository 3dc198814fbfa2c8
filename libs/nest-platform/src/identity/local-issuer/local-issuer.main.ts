/**
 * Runs the local development token issuer:
 *   node libs/nest-platform/dist/identity/local-issuer/local-issuer.main.js
 * Environment: JEJAK_ISSUER_PORT (8180), JEJAK_ISSUER_HOST (127.0.0.1), JEJAK_KEYS_DIR (.jejak/keys).
 * No passwords, demo users only: never expose it beyond a developer's machine.
 */
import { DEFAULT_LOCAL_ISSUER_PORT, LOCAL_ISSUER_NOTICE, startLocalIssuer } from './local-issuer.server';

async function main(): Promise<void> {
  const port = Number(process.env.JEJAK_ISSUER_PORT ?? DEFAULT_LOCAL_ISSUER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`JEJAK_ISSUER_PORT is not a port: ${process.env.JEJAK_ISSUER_PORT}`);
  const issuer = await startLocalIssuer({ port, host: process.env.JEJAK_ISSUER_HOST ?? '127.0.0.1', keysDir: process.env.JEJAK_KEYS_DIR });
  process.stdout.write(`local token issuer listening on ${issuer.url}\n`);
  process.stdout.write(`  JWT_ISSUER=${issuer.issuer} JWT_JWKS_URL=${issuer.jwksUrl} JWT_AUDIENCE=${issuer.audience}\n`);
  process.stdout.write(`  ${LOCAL_ISSUER_NOTICE}\n`);
  const stop = () => void issuer.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`local token issuer failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
