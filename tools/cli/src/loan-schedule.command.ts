import { Command } from 'commander';
import {
  formatRupiah,
  generateSchedule,
  GRACE_INTEREST,
  INSTALLMENT_FREQUENCIES,
  SCHEDULE_METHODS,
  ScheduleInputError,
  type GraceInterest,
  type InstallmentFrequency,
  type Schedule,
  type ScheduleInput,
  type ScheduleMethod,
} from '@jejak/loan-schedule';
import { EXIT, type CliIo } from './cli-io';

export interface LoanScheduleOptions {
  amount: string;
  rate: string;
  term: string;
  method: string;
  frequency: string;
  grace: string;
  graceInterest: string;
  start?: string;
  json?: boolean;
}

/** The CLI option that carries each schedule field, so an error names what the person typed. */
const OPTION_OF: Record<string, string> = {
  principal: '--amount',
  annualRatePercent: '--rate',
  termMonths: '--term',
  method: '--method',
  frequency: '--frequency',
  'grace.periods': '--grace',
  'grace.interest': '--grace-interest',
  startDate: '--start',
};

const METHOD_LABEL: Record<ScheduleMethod, string> = { flat: 'flat', declining: 'menurun (pokok tetap)', annuity: 'anuitas' };
const FREQUENCY_LABEL: Record<InstallmentFrequency, string> = { monthly: 'bulanan', quarterly: 'triwulanan', semiannual: 'semesteran', annual: 'tahunan' };
const GRACE_LABEL: Record<GraceInterest, string> = { paid: 'jasa tetap dibayar', deferred: 'jasa ditangguhkan', waived: 'jasa dibebaskan' };

/** A whole number typed on the command line ("50000000"), or NaN: never parsed as a float. */
const wholeNumber = (text: string): number => (/^\d{1,16}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function toScheduleInput(options: LoanScheduleOptions): ScheduleInput {
  return {
    principal: wholeNumber(options.amount),
    annualRatePercent: options.rate.trim().replace(',', '.'),
    termMonths: wholeNumber(options.term),
    method: options.method as ScheduleMethod,
    frequency: options.frequency as InstallmentFrequency,
    grace: { periods: wholeNumber(options.grace), interest: options.graceInterest as GraceInterest },
    ...(options.start !== undefined ? { startDate: options.start.trim() } : {}),
  };
}

/** The schedule as a table for a person: Indonesian headers, rupiah written id-ID, right-aligned. */
export function formatSchedule(schedule: Schedule): string {
  const header = ['Ke', 'Jatuh tempo', 'Pokok', 'Jasa', 'Angsuran', 'Sisa pokok'];
  const rows = schedule.installments.map((i) => [String(i.number), i.dueDate ?? '-', formatRupiah(i.principal), formatRupiah(i.interest), formatRupiah(i.total), formatRupiah(i.balance)]);
  const totals = ['Jumlah', '', formatRupiah(schedule.totals.principal), formatRupiah(schedule.totals.interest), formatRupiah(schedule.totals.total), ''];
  const all = [header, ...rows, totals];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const grace = schedule.grace.periods > 0 ? `${schedule.grace.periods} angsuran tanpa pokok (${GRACE_LABEL[schedule.grace.interest]})` : 'tidak ada';
  return [
    `Jadwal angsuran: pokok ${formatRupiah(schedule.principal)}, jasa ${schedule.annualRatePercent.replace('.', ',')}% per tahun, ${schedule.termMonths} bulan`,
    `Metode: ${METHOD_LABEL[schedule.method]}; angsuran ${FREQUENCY_LABEL[schedule.frequency]}; masa tenggang: ${grace}`,
    `Tanggal pencairan: ${schedule.startDate ?? '-'}`,
    '',
    line(header),
    rule,
    ...rows.map(line),
    rule,
    line(totals),
    '',
  ].join('\n');
}

/** `jejak loan schedule --amount N --rate P --term M [--method ...] [--json]`: prints a repayment schedule. */
export function runLoanSchedule(options: LoanScheduleOptions, io: CliIo): number {
  try {
    const schedule = generateSchedule(toScheduleInput(options));
    io.stdout(options.json ? `${JSON.stringify(schedule, null, 2)}\n` : formatSchedule(schedule));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ScheduleInputError) {
      for (const e of error.errors) io.stderr(`jejak: ${OPTION_OF[e.field] ?? e.field}: ${e.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

export function loanCommand(io: CliIo, done: (code: number) => void): Command {
  const loan = new Command('loan').description('Dana bergulir');
  loan
    .command('schedule')
    .description('Menghitung jadwal angsuran pinjaman (rupiah bulat, tanpa pembulatan biner)')
    .requiredOption('--amount <rupiah>', 'pokok pinjaman dalam rupiah bulat, mis. 50000000')
    .requiredOption('--rate <persen>', 'jasa per tahun dalam persen, mis. 6 atau 6,5')
    .requiredOption('--term <bulan>', 'jangka waktu dalam bulan')
    .option('--method <metode>', `metode angsuran: ${SCHEDULE_METHODS.join(', ')}`, 'annuity')
    .option('--frequency <frekuensi>', `frekuensi angsuran: ${INSTALLMENT_FREQUENCIES.join(', ')}`, 'monthly')
    .option('--grace <angsuran>', 'masa tenggang pokok (jumlah angsuran tanpa pokok)', '0')
    .option('--grace-interest <perlakuan>', `jasa selama masa tenggang: ${GRACE_INTEREST.join(', ')}`, 'paid')
    .option('--start <tanggal>', 'tanggal pencairan YYYY-MM-DD (angsuran pertama satu periode sesudahnya)')
    .option('--json', 'cetak satu dokumen JSON ke stdout')
    .action((options: LoanScheduleOptions) => {
      done(runLoanSchedule(options, io));
    });
  return loan;
}
