import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { abortablePause } from '@jejak/event-store';
import { configurePlatform, currentRequestSignal, PlatformModule, Public, RequestSignal } from '../index';
import { startTestIssuer, type TestIssuer } from '../testing';

/** What the handlers saw, by route. */
const seen: Record<string, { reason?: unknown; sameSignal?: boolean }> = {};

@Controller('signal')
class SignalController {
  /** A retry loop that only the request's deadline can end. */
  @Public()
  @Get('retrying')
  async retrying(@RequestSignal() signal: AbortSignal) {
    for (;;) await abortablePause(20, 'pelatihan', signal);
  }

  /** Waits until the client goes away, and records why the signal fired. */
  @Public()
  @Get('waiting')
  async waiting(@RequestSignal() signal: AbortSignal) {
    seen.waiting = { sameSignal: currentRequestSignal() === signal };
    await new Promise<void>((done) => signal.addEventListener('abort', () => done(), { once: true }));
    seen.waiting.reason = (signal.reason as { commandAbortReason?: string }).commandAbortReason;
    return { never: 'read' };
  }

  /** A handler that passes the signal to something that throws the platform's AbortError. */
  @Public()
  @Get('fetching')
  async fetching(@RequestSignal() signal: AbortSignal) {
    await new Promise((_, fail) => signal.addEventListener('abort', () => fail(signal.reason), { once: true }));
  }

  @Public()
  @Get('quick')
  quick(@RequestSignal() signal: AbortSignal) {
    return { aborted: signal.aborted, ambient: currentRequestSignal() === signal };
  }
}

describe('the request signal', () => {
  let issuer: TestIssuer;
  let app: INestApplication;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    @Module({
      imports: [PlatformModule.forRoot({ serviceName: 'contoh', auth: issuer.authConfig, docs: false, logging: { level: 'silent' }, commandDeadlineMs: 300 })],
      controllers: [SignalController],
    })
    class ContohModule {}
    const moduleRef = await Test.createTestingModule({ imports: [ContohModule] }).compile();
    app = configurePlatform(moduleRef.createNestApplication());
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
  });

  it('is handed to handlers, and is the ambient one of the request', async () => {
    const res = await request(app.getHttpServer()).get('/signal/quick').expect(200);
    expect(res.body).toEqual({ aborted: false, ambient: true });
  });

  it('ends a retry loop at the deadline with a 503 problem COMMAND_ABORTED and Retry-After', async () => {
    const res = await request(app.getHttpServer()).get('/signal/retrying').expect(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 503, code: 'COMMAND_ABORTED', errors: [{ message: 'deadline' }] });
  });

  it('maps an AbortError raised from the fired signal to the same problem', async () => {
    const res = await request(app.getHttpServer()).get('/signal/fetching').expect(503);
    expect(res.body).toMatchObject({ code: 'COMMAND_ABORTED', errors: [{ message: 'deadline' }] });
  });

  it('fires with client-gone when the client closes the connection first', async () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    await new Promise<void>((done) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/signal/waiting' });
      req.on('error', () => done());
      req.end();
      const poll = setInterval(() => {
        if (seen.waiting) {
          clearInterval(poll);
          req.destroy();
        }
      }, 5);
    });
    for (let i = 0; i < 200 && seen.waiting?.reason === undefined; i += 1) await new Promise((r) => setTimeout(r, 5));
    expect(seen.waiting).toEqual({ sameSignal: true, reason: 'client-gone' });
  });
});
