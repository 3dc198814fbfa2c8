import { loopbackUrl, pgPortFrom, portOption } from './ports';

describe('ports of the simulator and the benchmark', () => {
  it('reads a port; unset or empty is 0 (a free port); anything else is refused, naming the option', () => {
    expect(portOption('54400', 'BENCH_PG_PORT')).toBe(54400);
    expect(portOption(undefined, 'BENCH_PG_PORT')).toBe(0);
    expect(portOption(' ', 'BENCH_PG_PORT')).toBe(0);
    for (const bad of ['65536', '-1', '5432x', '1e3', '54.1']) expect(() => portOption(bad, 'BENCH_PG_PORT')).toThrow(/^BENCH_PG_PORT must be a TCP port/);
  });

  it('takes the PostgreSQL port from the flag, else from the variable', () => {
    expect(pgPortFrom('54401', { SIMULATE_PG_PORT: '54402' }, 'SIMULATE_PG_PORT')).toBe(54401);
    expect(pgPortFrom(undefined, { SIMULATE_PG_PORT: '54402' }, 'SIMULATE_PG_PORT')).toBe(54402);
    expect(pgPortFrom(undefined, {}, 'BENCH_PG_PORT')).toBe(0);
    expect(() => pgPortFrom('x', {}, 'SIMULATE_PG_PORT')).toThrow(/^--pg-port must be a TCP port/);
    expect(() => pgPortFrom(undefined, { BENCH_PG_PORT: 'abc' }, 'BENCH_PG_PORT')).toThrow(/^BENCH_PG_PORT must be a TCP port/);
  });

  it('accepts service URLs on 127.0.0.1 only', () => {
    expect(loopbackUrl('3102', '--compliance-port')).toBe('http://127.0.0.1:3102');
    expect(loopbackUrl('http://localhost:3101/', '--sop-catalogue-url')).toBe('http://127.0.0.1:3101');
    expect(loopbackUrl('http://127.0.0.1:3100', '--issuer-url')).toBe('http://127.0.0.1:3100');
    expect(() => loopbackUrl('http://10.0.0.5:3102', '--compliance-url')).toThrow(/must be on 127\.0\.0\.1/);
    expect(() => loopbackUrl('https://127.0.0.1:3102', '--compliance-url')).toThrow(/must be on 127\.0\.0\.1/);
    expect(() => loopbackUrl('0', '--compliance-port')).toThrow(/must not be 0/);
    expect(() => loopbackUrl('not a url', '--compliance-url')).toThrow(/must be a port or an http URL/);
  });
});
