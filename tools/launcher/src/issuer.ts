/** Runs only the local development token issuer (used by docker-compose). */
import { join, resolve } from 'node:path';
import { startLocalIssuer } from '@jejak/nest-platform';

const root = resolve(__dirname, '../../..');

startLocalIssuer({
  port: Number(process.env.ISSUER_PORT ?? 3100),
  host: process.env.HOST ?? '0.0.0.0',
  keysDir: process.env.JEJAK_KEYS_DIR ?? join(root, '.jejak', 'keys'),
  publicUrl: process.env.ISSUER_PUBLIC_URL,
})
  .then((issuer) => {
    process.stdout.write(`${JSON.stringify({ level: 'info', name: 'issuer', msg: `local token issuer listening on ${issuer.url}` })}\n`);
    const stop = () => void issuer.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    process.stderr.write(`issuer failed: ${String(error)}\n`);
    process.exit(1);
  });
