import type { CliIo } from './cli-io';
import { main } from './main';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => void (out += text), stderr: (text) => void (err += text) };
  const code = await main(['node', 'jejak', ...args], io);
  return { code, out, err };
}

describe('jejak loan schedule (in process)', () => {
  const issueExample = ['loan', 'schedule', '--amount', '50000000', '--rate', '6', '--term', '24', '--method', 'annuity'];

  it('prints the annuity table with Indonesian headers and id-ID rupiah', async () => {
    const { code, out, err } = await run(...issueExample);
    expect([code, err]).toEqual([0, '']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Jadwal angsuran: pokok Rp 50.000.000, jasa 6% per tahun, 24 bulan');
    expect(lines[1]).toBe('Metode: anuitas; angsuran bulanan; masa tenggang: tidak ada');
    expect(lines[4].trim().split(/\s{2,}/)).toEqual(['Ke', 'Jatuh tempo', 'Pokok', 'Jasa', 'Angsuran', 'Sisa pokok']);
    expect(lines[6].trim().split(/\s{2,}/)).toEqual(['1', '-', 'Rp 1.966.031', 'Rp 250.000', 'Rp 2.216.031', 'Rp 48.033.969']);
    expect(lines[29].trim().split(/\s{2,}/)).toEqual(['24', '-', 'Rp 2.204.994', 'Rp 11.025', 'Rp 2.216.019', 'Rp 0']);
    expect(lines[31].trim().split(/\s{2,}/)).toEqual(['Jumlah', 'Rp 50.000.000', 'Rp 3.184.732', 'Rp 53.184.732']);
  });

  it('--json prints one JSON document: the schedule with integer rupiah', async () => {
    const { code, out, err } = await run(...issueExample, '--json', '--start', '2025-01-31');
    expect([code, err]).toEqual([0, '']);
    const schedule = JSON.parse(out);
    expect(schedule).toMatchObject({ principal: 50_000_000, annualRatePercent: '6', termMonths: 24, method: 'annuity', frequency: 'monthly', startDate: '2025-01-31' });
    expect(schedule.installments[0]).toEqual({ number: 1, dueDate: '2025-02-28', principal: 1_966_031, interest: 250_000, total: 2_216_031, balance: 48_033_969 });
    expect(schedule.totals).toEqual({ principal: 50_000_000, interest: 3_184_732, total: 53_184_732 });
  });

  it('accepts a decimal comma in the rate, grace and other methods', async () => {
    const { code, out } = await run('loan', 'schedule', '--amount', '12000000', '--rate', '12,5', '--term', '12', '--method', 'flat', '--grace', '2', '--grace-interest', 'waived', '--json');
    expect(code).toBe(0);
    const schedule = JSON.parse(out);
    expect(schedule.annualRatePercent).toBe('12.5');
    expect(schedule.installments.slice(0, 2).map((i: { total: number }) => i.total)).toEqual([0, 0]);
    expect(schedule.installments[2]).toMatchObject({ principal: 1_200_000, interest: 125_000 });
  });

  it('names the wrong option and exits 2', async () => {
    const { code, out, err } = await run('loan', 'schedule', '--amount', '5e7', '--rate', '6', '--term', '24', '--method', 'balon');
    expect([code, out]).toEqual([2, '']);
    expect(err.split('\n').filter(Boolean)).toEqual([
      'jejak: --amount: Pokok pinjaman harus bilangan bulat rupiah antara 1 dan 10000000000000',
      'jejak: --method: Metode angsuran harus salah satu dari: flat, declining, annuity',
    ]);
  });

  it('requires the amount', async () => {
    const { code, err } = await run('loan', 'schedule', '--rate', '6', '--term', '24');
    expect(code).toBe(2);
    expect(err).toContain('--amount');
  });
});
