import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@jejak/domain-kit';
import { CaseErrorCode } from '../domain/case/case-error.codes';
import { COMPLIANCE_PROBLEM_MESSAGES, withProblemMessage, type ProblemMessageContext } from './problem-messages';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every code a compliance domain error is raised with: the case engine's table and each literal code in the source. */
function raisedCodes(): string[] {
  const codes = new Set<string>(Object.values(CaseErrorCode));
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:illegalState|validationError|notFound|forbidden)\(\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(match[1]);
    for (const match of text.matchAll(/new DomainError\(\s*'[a-z_]+',\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(match[1]);
  }
  return [...codes].sort();
}

const context: ProblemMessageContext = {
  sop: 'SOP 27/SOP/DIKUPERIND/2023 Kenaikan Pangkat Pegawai',
  step: 'langkah 1.3 "Memaraf surat pengantar usulan"',
  expectedStep: 'langkah 1.1 "Menyiapkan berkas usulan kenaikan pangkat"',
  person: 'Heru Santoso',
  kasus: 'kasus KP-2025-001',
  original: 'Pesan asli dari pemutus.',
  details: [{ field: 'stepKey', message: 'unknown step 1.9' }],
};

describe('compliance problem messages (Bahasa Indonesia, at the edge)', () => {
  it('has a message for every code a compliance domain error is raised with', () => {
    const codes = raisedCodes();
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((code) => COMPLIANCE_PROBLEM_MESSAGES[code] === undefined)).toEqual([]);
  });

  it.each(Object.keys(COMPLIANCE_PROBLEM_MESSAGES))('%s reads as Bahasa Indonesia, without an id', (code) => {
    const message = COMPLIANCE_PROBLEM_MESSAGES[code](context);
    expect(message.trim()).not.toBe('');
    expect(message).not.toMatch(/\b(the|is not|does not|must|cannot|user)\b/);
    expect(message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('names the SOP, the steps and the person, and says what to do', () => {
    expect(COMPLIANCE_PROBLEM_MESSAGES[CaseErrorCode.StepOutOfOrder](context)).toBe(
      'Langkah 1.3 "Memaraf surat pengantar usulan" belum dapat dimulai: menurut alur SOP 27/SOP/DIKUPERIND/2023 Kenaikan Pangkat Pegawai, ' +
        'yang berikutnya adalah langkah 1.1 "Menyiapkan berkas usulan kenaikan pangkat". Kerjakan langkah itu dahulu.',
    );
    const notPelaksana = COMPLIANCE_PROBLEM_MESSAGES[CaseErrorCode.NotPelaksana]({ ...context, original: 'user 7b0d is not a pelaksana of step 1.3 (Sekretaris; roles SEKRETARIS)' });
    expect(notPelaksana).toBe(
      'Heru Santoso bukan pelaksana langkah 1.3 "Memaraf surat pengantar usulan" pada SOP 27/SOP/DIKUPERIND/2023 Kenaikan Pangkat Pegawai (pelaksananya: Sekretaris). ' +
        'Minta pelaksana langkah tersebut mencatatnya, atau minta admin dinas memeriksa pemetaan jabatan.',
    );
  });

  it('keeps the kind, the code and the details; only the message changes', () => {
    const error = new DomainError('illegal_state', CaseErrorCode.StepNotStarted, 'step 1.3 is not in progress; start it first', [{ field: 'stepKey', message: 'x' }]);
    const worded = withProblemMessage(error, context);
    expect(worded).toMatchObject({ kind: 'illegal_state', code: 'STEP_NOT_STARTED', details: [{ field: 'stepKey', message: 'x' }] });
    expect(worded.message).toBe('Langkah 1.3 "Memaraf surat pengantar usulan" belum dimulai pada kasus KP-2025-001, sehingga belum dapat diselesaikan. Mulai langkah itu dahulu.');
    const other = new DomainError('validation', 'SOMETHING_ELSE', 'unchanged');
    expect(withProblemMessage(other, context)).toBe(other);
  });
});
