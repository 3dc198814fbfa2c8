import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSopBookFile, SopBookFileError } from './sop-book.file-reader';
import { seedPath, SEEDS } from './testing/seeds';

describe('readSopBookFile (file system)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-sop-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a seed file and names the report after it', async () => {
    const report = await readSopBookFile(seedPath(SEEDS.kalbarPlut), { dinas: '61' });
    expect(report).toMatchObject({ source: SEEDS.kalbarPlut, dinas: '61' });
    expect(report.sops[0].steps).toHaveLength(28);
  });

  it.each([
    ['a missing file', () => join(dir, 'tidak-ada.txt'), 'not_found', /^Berkas tidak ditemukan: /],
    ['a directory', () => dir, 'not_a_file', /^Bukan berkas: /],
    [
      'a binary file',
      () => {
        const path = join(dir, 'sop.docx');
        writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
        return path;
      },
      'not_text',
      /^Berkas bukan teks/,
    ],
  ])('refuses %s with a clear message', async (_, path, reason, message) => {
    const error = await readSopBookFile(path()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SopBookFileError);
    expect(error).toMatchObject({ reason, message: expect.stringMatching(message) });
  });
});
