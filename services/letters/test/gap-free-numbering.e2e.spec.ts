/**
 * The agenda number and the letter that takes it commit together (one unit of work of the event
 * store), so the gap-free book never holds a number without its letter: neither when the letter's
 * append fails after the number was appended in the unit (an injected fault), nor when the process
 * is killed (`kill -9`) while it holds the unit's transaction open between the two appends. The next
 * registration then takes the next number. Real HTTP and PostgreSQL; Dinkop Jawa Timur (35), 2024.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore, type UnitOfWork } from '@jejak/event-store';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(120_000);

const BOOK = 'number-sequence-35-agenda-masuk-2024';

const surat = (perihal: string) => ({
  tanggalDiterima: '2024-04-01',
  pengirim: { nama: 'Ketua Koperasi Sumber Rejeki' },
  nomorSurat: '12/KSR/III/2024',
  tanggalSurat: '2024-03-25',
  perihal,
  sifat: 'biasa',
  klasifikasi: '500.3',
  routeTo: refOf('kadis-35'),
  sopCase: null,
});

/** A unit whose letter append fails once the book's append went through in the same unit. */
function failingLetterAppend(uow: UnitOfWork, trace: string[]): UnitOfWork {
  return {
    append: async (stream, events, options) => {
      if (stream.startsWith('surat-masuk-')) {
        trace.push(`fail ${stream}`);
        throw new Error('injected fault: the letter append fails after the number was appended');
      }
      const result = await uow.append(stream, events, options);
      trace.push(`append ${stream}`);
      return result;
    },
    readStream: (stream, options) => uow.readStream(stream, options),
    get sql() {
      return uow.sql;
    },
    requireSql: () => uow.requireSql(),
  };
}

/** Runs the crash issuer against the service's database; resolves with the number it issued, once it is killed. */
async function issueInChildThenKill(url: string, letterId: string): Promise<{ n: number; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [join(__dirname, 'support/number-crash-issuer.js'), url, '35', '2024', letterId], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const n = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const issued = /issued (\d+)\n/.exec(stdout);
      if (issued) resolve(Number(issued[1]));
    });
    void exited.then(([code]) => reject(new Error(`issuer exited early (code ${code}): ${stderr}`)));
  });
  child.kill('SIGKILL');
  const [, signal] = await exited;
  return { n, signal };
}

describe('gap-free agenda numbers: the number commits with its letter or not at all', () => {
  let h: LettersHarness;

  /** The book's entries and, for each, whether the letter it was issued to is registered with that number. */
  async function book(): Promise<{ n: number; letterId: string; registered: boolean }[]> {
    const { rows } = await h.db.pool.query(
      `SELECT (b.data->>'n')::int AS n, b.data->>'letterId' AS "letterId",
              EXISTS (SELECT 1 FROM letters_es.events l
                       WHERE l.stream_id = 'surat-masuk-' || (b.data->>'letterId') AND l.type = 'SuratMasukRegistered'
                         AND (l.data->'nomorAgenda'->>'n')::int = (b.data->>'n')::int) AS registered
         FROM letters_es.events b WHERE b.stream_id = $1 ORDER BY b.revision`,
      [BOOK],
    );
    return rows;
  }

  const register = (perihal: string) => h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat(perihal));

  beforeAll(async () => {
    h = await startLettersHarness('letters_gapfree', { start: '2024-04-02T02:00:00.000Z', users: ['petugas-35'] });
  });
  afterAll(async () => h?.close());

  it('a letter append failing after the number was appended leaves no number in the book; the next registration takes that number', async () => {
    const first = await register('Undangan Rapat Anggota Tahunan').expect(201);
    expect(first.body.nomor).toBe('1');

    const store = h.app.get<EventStore>(EVENT_STORE);
    const unitOfWork = store.unitOfWork.bind(store);
    const trace: string[] = [];
    const fault = jest.spyOn(store, 'unitOfWork').mockImplementation((work, options) => unitOfWork((uow) => work(failingLetterAppend(uow, trace)), options));
    const failed = await register('Permohonan fasilitasi pelatihan');
    fault.mockRestore();

    expect(failed.status).toBe(500);
    expect(trace).toEqual([`append ${BOOK}`, expect.stringMatching(/^fail surat-masuk-/)]);
    expect(await book()).toEqual([{ n: 1, letterId: first.body.letterId, registered: true }]);

    const next = await register('Permohonan fasilitasi pelatihan').expect(201);
    expect(next.body.nomor).toBe('2');
    expect(await book()).toEqual([
      { n: 1, letterId: first.body.letterId, registered: true },
      { n: 2, letterId: next.body.letterId, registered: true },
    ]);
  });

  it('a process killed (kill -9) while it holds the unit open between the number and the letter leaves no number; the next registration takes it', async () => {
    const before = await book();
    const crashed = await issueInChildThenKill(h.db.url, '6f1d2c3b-0000-4000-8000-00000000dead');
    expect(crashed).toEqual({ n: before.length + 1, signal: 'SIGKILL' });

    const next = await register('Permohonan data koperasi aktif').expect(201);
    expect(next.body.nomor).toBe(String(before.length + 1));
    const after = await book();
    expect(after.map((e) => e.n)).toEqual(Array.from({ length: before.length + 1 }, (_, i) => i + 1));
    expect(after.every((e) => e.registered)).toBe(true);
    expect(after.map((e) => e.letterId)).not.toContain('6f1d2c3b-0000-4000-8000-00000000dead');
  });
});
