import { formatLogLine, logFormatFrom, plainPretty } from './log-format';

const record = { level: 'warn', time: '2026-12-03T10:15:30.123Z', name: 'launcher', msg: 'compliance exited (code 1, signal null); restarting in 250 ms' };

describe('the launcher log format', () => {
  it('is one JSON object a line unless LOG_FORMAT=pretty', () => {
    expect(logFormatFrom({})).toBe('json');
    expect(logFormatFrom({ LOG_FORMAT: 'json' })).toBe('json');
    expect(logFormatFrom({ LOG_FORMAT: ' Pretty ' })).toBe('pretty');
    const line = formatLogLine(record, 'json');
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual(record);
  });

  it('LOG_FORMAT=pretty prints the level and the message for a person, through pino-pretty', () => {
    const line = formatLogLine(record, 'pretty');
    expect(line).toMatch(/WARN/);
    expect(line).toContain('(launcher): compliance exited (code 1, signal null); restarting in 250 ms');
    expect(line.endsWith('\n')).toBe(true);
    expect(() => JSON.parse(line)).toThrow();
  });

  it('without pino-pretty, a small formatter prints the same facts', () => {
    const line = formatLogLine(record, 'pretty', false);
    expect(line).toBe(plainPretty(record));
    expect(line).toBe('2026-12-03 10:15:30.123 WARN  (launcher): compliance exited (code 1, signal null); restarting in 250 ms\n');
  });
});
