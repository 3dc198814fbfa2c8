/**
 * `npm start`: the whole platform on one machine.
 * - an embedded PostgreSQL (data under .jejak/pg, git-ignored), unless DATABASE_URL points at a server;
 * - one database per service plus `jejak_transport` for the PostgreSQL-backed event transport;
 * - the local OIDC token issuer for the demo users;
 * - every service registered in services.json that is built, each as its own process.
 * Ctrl-C (SIGINT) or SIGTERM stops everything cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@jejak/postgres';
import { startLocalIssuer } from '@jejak/nest-platform';
import { availableServices, envPortName, serviceEntryPoint, SERVICES } from './services';

const root = resolve(__dirname, '../../..');
const log = (message: string) => process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), name: 'launcher', msg: message })}\n`);

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: process.env.JEJAK_DATA_DIR ?? join(root, '.jejak', 'pg'),
      port: Number(process.env.JEJAK_PG_PORT ?? 54329),
      persistent: true,
      log: process.env.JEJAK_PG_LOG ? (line) => log(`[postgres] ${line}`) : undefined,
    });
    adminUrl = embedded.url;
    log(`embedded PostgreSQL listening on 127.0.0.1:${embedded.port} (data: ${embedded.dataDir})`);
  }

  const issuerPort = Number(process.env.ISSUER_PORT ?? 3100);
  const issuer = process.env.JWT_JWKS_URL
    ? undefined
    : await startLocalIssuer({ port: issuerPort, keysDir: join(root, '.jejak', 'keys'), host: '127.0.0.1' });
  if (issuer) log(`local token issuer listening on ${issuer.url} (demo users: GET ${issuer.url}/users, token: POST ${issuer.url}/token)`);

  await ensureDatabase(adminUrl, 'jejak_transport');
  const services = availableServices(root);
  const unbuilt = SERVICES.filter((s) => !services.includes(s)).map((s) => s.name);
  if (unbuilt.length) log(`registered in services.json but not built (skipped): ${unbuilt.join(', ')}`);
  const children: ChildProcess[] = [];
  let stopping = false;

  for (const service of services) {
    await ensureDatabase(adminUrl, service.database);
    const port = Number(process.env[envPortName(service.name)] ?? service.port);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SERVICE_NAME: service.name,
      DATABASE_URL: withDatabase(adminUrl, service.database),
      EVENT_STORE: process.env.EVENT_STORE ?? 'postgres',
      EVENT_TRANSPORT: process.env.EVENT_TRANSPORT ?? 'postgres',
      TRANSPORT_DATABASE_URL: process.env.TRANSPORT_DATABASE_URL ?? withDatabase(adminUrl, 'jejak_transport'),
      JWT_ISSUER: process.env.JWT_ISSUER ?? issuer?.issuer,
      JWT_JWKS_URL: process.env.JWT_JWKS_URL ?? issuer?.jwksUrl,
    };
    const child = spawn(process.execPath, ['--enable-source-maps', serviceEntryPoint(root, service.name)], {
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log(`${service.name} exited (code ${code}, signal ${signal}); stopping the platform`);
        void shutdown(1);
      }
    });
    children.push(child);
  }
  if (services.length === 0) log('no built service found: run `npm run build` first');

  const shutdown = async (exitCode = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log('stopping services');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    await issuer?.stop();
    if (embedded) {
      log('stopping embedded PostgreSQL');
      await embedded.stop();
    }
    log('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`launcher failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
