import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { CurrentUser, PlatformModule, type AuthenticatedUser } from '../index';
import { LogCapture, startTestIssuer, type TestIssuer } from '../testing';
import { bootstrapService } from './bootstrap-service';

@Controller('whoami')
class WhoAmIController {
  @Get()
  whoami(@CurrentUser() user: AuthenticatedUser) {
    return { tenant: user.tenant };
  }
}

describe('bootstrapService', () => {
  let issuer: TestIssuer;
  let app: INestApplication | undefined;
  const logs = new LogCapture();

  beforeAll(async () => {
    issuer = await startTestIssuer();
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
  });

  it('starts a service on 127.0.0.1, logs where it listens and serves with the platform applied', async () => {
    @Module({
      imports: [PlatformModule.forRoot({ serviceName: 'contoh', auth: issuer.authConfig, logging: { level: 'info', destination: logs }, docs: false })],
      controllers: [WhoAmIController],
    })
    class ContohModule {}

    app = await bootstrapService({ module: ContohModule, serviceName: 'contoh', port: 0 });
    const { address, port } = app.getHttpServer().address() as AddressInfo;
    expect(address).toBe('127.0.0.1');
    expect(logs.find({ msg: `contoh listening on http://127.0.0.1:${port}` })).toHaveLength(1);

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/whoami`)).status).toBe(401);
    const ok = await fetch(`${base}/whoami`, { headers: { Authorization: `Bearer ${await issuer.tokenFor('kasi-35.01')}`, 'X-Correlation-Id': 'boot-1' } });
    expect(await ok.json()).toEqual({ tenant: '35.01' });
    expect(ok.headers.get('x-correlation-id')).toBe('boot-1');
    expect((await fetch(`${base}/docs-json`)).status).toBe(404);
  });
});
