import { Command } from 'commander';
import { isDinasCode, readSopBookFile, SopBookFileError } from '@jejak/sop-import';
import { EXIT, type CliIo } from './cli-io';
import { formatReport } from './report.formatter';

export interface SopImportOptions {
  dinas?: string;
  json?: boolean;
}

/** `jejak sop import FILE [--dinas CODE] [--json]`: reads an SOP book and prints what was read. */
export async function runSopImport(file: string, options: SopImportOptions, io: CliIo): Promise<number> {
  if (options.dinas !== undefined && !isDinasCode(options.dinas)) {
    io.stderr(`jejak: kode dinas "${options.dinas}" tidak valid; gunakan kode wilayah Kemendagri, mis. "35" (provinsi) atau "35.01" (kabupaten/kota).\n`);
    return EXIT.usage;
  }
  try {
    const report = await readSopBookFile(file, { dinas: options.dinas });
    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SopBookFileError) {
      io.stderr(`jejak: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}

export function sopCommand(io: CliIo, done: (code: number) => void): Command {
  const sop = new Command('sop').description('Katalog SOP');
  sop
    .command('import')
    .description('Membaca buku SOP (teks salinan Word/PDF) dan menampilkan hasilnya')
    .argument('<file>', 'berkas teks buku SOP')
    .option('--dinas <kode>', 'kode wilayah Kemendagri dinas, mis. 35 atau 35.01')
    .option('--json', 'cetak satu dokumen JSON ke stdout')
    .action(async (file: string, options: SopImportOptions) => {
      done(await runSopImport(file, options, io));
    });
  return sop;
}
