import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportReport } from '@jejak/sop-import';
import type { CliIo } from './cli-io';
import { main } from './main';

const seeds = process.env.JEJAK_SEEDS_DIR ?? join(__dirname, '../../../docs/seeds');
const kalbar = join(seeds, 'kalbar-sop-peningkatan-pelayanan-plut.txt');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => void (out += text), stderr: (text) => void (err += text) };
  const code = await main(['node', 'jejak', ...args], io);
  return { code, out, err };
}

describe('jejak sop import (in process, real files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json writes exactly one JSON document and nothing else', async () => {
    const { code, out, err } = await run('sop', 'import', kalbar, '--json', '--dinas', '61');
    expect([code, err]).toEqual([0, '']);
    const report = JSON.parse(out) as ImportReport;
    expect(report.dinas).toBe('61');
    expect(report.sops[0]).toMatchObject({ number: '518 / 917 / KUKRU - IV - 1', name: 'PENINGKATAN PELAYANAN PLUT' });
    expect(report.sops[0].steps).toHaveLength(28);
  });

  it('fails with exit code 1 and a clear message for a missing file, writing nothing to stdout', async () => {
    expect(await run('sop', 'import', join(dir, 'hilang.txt'), '--json')).toEqual({ code: 1, out: '', err: `jejak: Berkas tidak ditemukan: ${join(dir, 'hilang.txt')}\n` });
    expect((await run('sop', 'import', dir)).err).toBe(`jejak: Bukan berkas: ${dir}\n`);
  });

  it('fails with exit code 2 for a malformed --dinas code, before reading the file', async () => {
    const result = await run('sop', 'import', join(dir, 'hilang.txt'), '--dinas', '35-01');
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(/^jejak: kode dinas "35-01" tidak valid/);
  });

  it('fails with exit code 2 on wrong usage', async () => {
    const missing = await run('sop', 'import');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("missing required argument 'file'");
    expect((await run('sop', 'import', kalbar, '--bogus')).code).toBe(2);
  });
});
