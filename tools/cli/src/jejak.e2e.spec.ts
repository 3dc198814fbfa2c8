/**
 * The real `jejak` binary in a child process: tools/cli/bin/jejak.js → dist/main.js → @jejak/sop-import (dist),
 * as `npx jejak` runs it. Needs `npm run build` first (the lead's `npm test` builds before Jest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'tools/cli/bin/jejak.js');
const seeds = process.env.JEJAK_SEEDS_DIR ?? resolve(root, 'docs/seeds');
const seed = (name: string) => join(seeds, name);

function jejak(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: process.env, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('jejak (built binary)', () => {
  beforeAll(() => {
    for (const built of ['tools/cli/dist/main.js', 'libs/sop-import/dist/index.js']) {
      if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` before this test`);
    }
  });

  it('sop import --json prints one JSON document with sops, index and warnings', () => {
    const { code, stdout, stderr } = jejak('sop', 'import', seed('pacitan-sop-dinkop-um-perindustrian-2023.txt'), '--dinas', '35.01', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.dinas).toBe('35.01');
    expect(report.index).toHaveLength(46);
    // Entries 10–13 have no step table in the book: reported as index-only, not as SOPs (issue 12).
    expect(report.sops).toHaveLength(20);
    expect(report.indexOnly.filter((e: { reason: string }) => e.reason === 'no-step-table')).toHaveLength(4);
    const proposal = report.sops.find((s: { number: string }) => s.number === '17/SOP/DIKUPERIND/2023');
    expect(proposal).toMatchObject({ number: '17/SOP/DIKUPERIND/2023', name: 'Pengajuan Proposal', roles: ['Koperasi & Usaha Mikro Kecil Menengah', 'Petugas', 'Kepala UPT', 'Kadis'] });
    expect(proposal.steps[0]).toMatchObject({ procedure: 1, no: 1, activity: 'Koperasi & Usaha Mikro Kecil Menengah mengajukan proposal', line: 787 });
    expect(report.warnings.length).toBeGreaterThan(100);
  });

  it('sop import prints every SOP with its identity, steps and warnings for a person to read', () => {
    const { code, stdout, stderr } = jejak('sop', 'import', seed('jatim-sop-penguatan-perlindungan-usaha-kukm.txt'));
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('SOP 1/1: Penguatan Manajemen Perlindungan Usaha KUKM  [baris 8]');
    expect(stdout).toContain('    Tanggal pembuatan        : 2019-12-12');
    expect(stdout).toContain('  Prosedur 1: Penguatan Manajemen Perlindungan Usaha KUKM — 13 langkah; pelaksana: Kepala Dinas, Kepala Bidang, Staf');
    expect(stdout).toContain('        pelaksana: - | waktu: "Maksimal 1 hari" → maks. 1 hari | output: Surat Penetapan dan Pengesahan Panitia telah ditandatangani');
    expect(stdout).toContain('    baris 10: Nomor SOP kosong');
    expect(stdout.trimEnd().split('\n').pop()).toBe('Ringkasan: 1 SOP, 13 langkah, 0 entri daftar SOP, 15 peringatan.');
  });

  it('fails with a clear message and a non-zero exit code for a missing file', () => {
    const missing = join(root, 'tidak-ada.txt');
    expect(jejak('sop', 'import', missing, '--json')).toEqual({ code: 1, stdout: '', stderr: `jejak: Berkas tidak ditemukan: ${missing}\n` });
  });

  it('fails with a clear message for a bad --dinas code', () => {
    const { code, stdout, stderr } = jejak('sop', 'import', seed('kalbar-sop-peningkatan-pelayanan-plut.txt'), '--dinas', 'kalbar');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^jejak: kode dinas "kalbar" tidak valid/);
  });
});

describe('jejak loan schedule (built binary)', () => {
  beforeAll(() => {
    for (const built of ['tools/cli/dist/main.js', 'libs/loan-schedule/dist/index.js']) {
      if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` before this test`);
    }
  });

  it('prints the issue example as a table and as JSON', () => {
    const args = ['loan', 'schedule', '--amount', '50000000', '--rate', '6', '--term', '24', '--method', 'annuity'];
    const table = jejak(...args);
    expect([table.code, table.stderr]).toEqual([0, '']);
    expect(table.stdout).toContain('Rp 2.216.031');
    expect(table.stdout.trimEnd().split('\n').pop()?.trim().split(/\s{2,}/)).toEqual(['Jumlah', 'Rp 50.000.000', 'Rp 3.184.732', 'Rp 53.184.732']);
    const json = jejak(...args, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).installments[23]).toMatchObject({ number: 24, total: 2_216_019, balance: 0 });
  });
});
