import { afterCrash, DEFAULT_CRASH_POLICY } from './supervisor';
import { readyLine } from './ready-line';

describe('the crash policy of a supervised service', () => {
  it('restarts after a crash with an exponential backoff', () => {
    const first = afterCrash([], 1_000);
    expect(first).toEqual({ action: 'restart', delayMs: 250, crashes: [1_000] });
    const second = afterCrash([1_000], 2_000);
    expect(second).toEqual({ action: 'restart', delayMs: 500, crashes: [1_000, 2_000] });
    const fourth = afterCrash([1_000, 2_000, 3_000], 4_000);
    expect(fourth).toMatchObject({ action: 'restart', delayMs: 2_000 });
  });

  it('gives up at the fifth crash within 60 s', () => {
    expect(afterCrash([1_000, 2_000, 3_000, 4_000], 5_000)).toEqual({ action: 'give-up', crashes: [1_000, 2_000, 3_000, 4_000, 5_000] });
  });

  it('forgets crashes older than the window', () => {
    const decision = afterCrash([1_000, 2_000, 3_000, 4_000], 3_000 + DEFAULT_CRASH_POLICY.windowMs + 1);
    expect(decision).toEqual({ action: 'restart', delayMs: 500, crashes: [4_000, 63_001] });
  });

  it('never waits longer than the largest delay', () => {
    const policy = { ...DEFAULT_CRASH_POLICY, maxCrashes: 100 };
    const crashes = Array.from({ length: 20 }, (_, i) => i);
    expect(afterCrash(crashes, 20, policy)).toMatchObject({ action: 'restart', delayMs: policy.maxDelayMs });
  });
});

describe('the ready line', () => {
  it('names every service, its docs and how to get a token', () => {
    const line = readyLine([{ name: 'letters', url: 'http://127.0.0.1:3103' }], 'http://127.0.0.1:3100');
    expect(line).toContain('letters http://127.0.0.1:3103 (docs http://127.0.0.1:3103/docs)');
    expect(line).toContain("curl -s -X POST http://127.0.0.1:3100/token -H 'content-type: application/json' -d '{\"username\":\"kabid-35\"}'");
    expect(line).toContain('token issuer http://127.0.0.1:3100 (users: http://127.0.0.1:3100/users)');
    expect(line).toContain(".access_token'");
    expect(line.split('\n')).toHaveLength(1);
  });

  it('names each service it is given, and says where tokens come from without the local issuer', () => {
    const services = [
      { name: 'sop-catalogue', url: 'http://127.0.0.1:3101' },
      { name: 'compliance', url: 'http://127.0.0.1:3102' },
      { name: 'letters', url: 'http://127.0.0.1:3103' },
    ];
    const line = readyLine(services, undefined);
    for (const s of services) expect(line).toContain(`${s.name} ${s.url} (docs ${s.url}/docs)`);
    expect(line).toContain('tokens come from your identity provider (JWT_JWKS_URL)');
    expect(line).not.toContain('curl');
  });
});
