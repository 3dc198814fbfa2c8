import { fold } from '@jejak/domain-kit';
import { expectRefusal } from '../domain/testing/decider-spec';
import { lettersDeps, users } from '../domain/testing/letters.fixtures';
import { allParafs, paraf, returned, signed, submitted, written } from '../domain/testing/surat-keluar.fixtures';
import { acknowledged, holderRead, registered, sent } from '../domain/testing/surat-masuk.fixtures';
import { suratKeluarDecider, suratMasukDecider, type Sifat, type SuratKeluarEvent, type SuratMasukEvent } from '../domain';
import type { LetterFlow } from './letter-flow.config';
import { mapLetterFacts } from './letter-flow.mapper';
import { validateLetterFlows } from './letter-flow.validator';
import { PENERIMAAN_PENELITIAN_JATIM } from './penerimaan-penelitian.flow';

const link = { flow: 'penerimaan-penelitian', caseId: 'case-1' };
const masuk = suratMasukDecider(lettersDeps());
const keluar = suratKeluarDecider(lettersDeps());

function masukFacts(events: SuratMasukEvent[], fired = new Set<string>(), opening: { reference: string; origin: string } | null = null, flow: LetterFlow = PENERIMAAN_PENELITIAN_JATIM) {
  const state = fold(masuk, events);
  const dispositions = state.stage === 'unregistered' ? [] : state.surat.dispositions;
  return mapLetterFacts({ flow, link, letterId: 'surat-1', sifat: 'biasa', events, fired, opening, dispositions, jenis: null });
}

function keluarFacts(events: SuratKeluarEvent[], flow: LetterFlow, sifat: Sifat = 'biasa', fired = new Set<string>()) {
  return mapLetterFacts({ flow, link, letterId: 'naskah-1', sifat, events, fired, dispositions: [], jenis: 'surat_keluar', opening: null });
}

const dispatched: SuratKeluarEvent = {
  type: 'LetterDispatched',
  data: {
    letterId: 'naskah-1',
    via: 'email',
    dispatchedAt: '2024-04-01T09:00:00.000Z',
    recordedAt: '2024-04-01T09:30:00.000Z',
    by: { userId: users.petugas.userId, name: users.petugas.name, role: 'PETUGAS' },
    catatan: '',
    agenda: { jenis: 'surat_keluar', nomor: '000.8 / 1622 / DISKOPUKM.B', tanggalSurat: '2024-04-01', perihal: 'Rekomendasi', sifat: 'biasa', kepada: ['Peneliti'] },
    sopCase: null,
  },
};

const summary = (facts: ReturnType<typeof mapLetterFacts>) => facts.map((f) => `${f.data.fact}${'stepKey' in f.data.data ? ` ${f.data.data.stepKey}` : ''}`);

describe('letter flow mapping: Penerimaan Penelitian (Jawa Timur)', () => {
  it('a registration opening the case records the researcher and front-office steps 1.1-1.4, by the registrar', () => {
    const facts = masukFacts([registered()], new Set(), { reference: 'Agenda surat masuk 2024 nomor 412', origin: 'surat-masuk/surat-1' });
    expect(summary(facts)).toEqual(['opened', ...['1.1', '1.2', '1.3', '1.4'].flatMap((k) => [`step-started ${k}`, `step-completed ${k}`])]);
    expect(facts[0].data.data).toEqual({
      caseId: 'case-1',
      at: '2024-04-01T03:00:00.000Z',
      actor: { userId: users.petugas.userId, role: 'PETUGAS', name: users.petugas.name },
      sop: { nama: 'Pengelolaan Layanan Informasi dan Dokumentasi', procedure: 'Penerimaan Penelitian' },
      reference: 'Agenda surat masuk 2024 nomor 412',
      origin: 'surat-masuk/surat-1',
    });
    expect(facts.every((f) => f.data.rule.startsWith('penerimaan-penelitian#'))).toBe(true);
  });

  it('the Kadis reading starts 1.5; the first hop completes it, once, however many recipients', () => {
    expect(summary(masukFacts([holderRead()]))).toEqual(['step-started 1.5']);
    const twoRecipients = [sent('d-1', users.kadis, users.sekretaris), sent('d-2', users.kadis, users.kabid)];
    const facts = masukFacts(twoRecipients);
    expect(summary(facts)).toEqual(['step-completed 1.5']);
    expect(facts[0].data.data).toMatchObject({ output: 'Disposisi Kepala Dinas', actor: { role: 'KEPALA_DINAS' } });
  });

  it('a rule that already fired on the letter does not fire again', () => {
    const fired = new Set(['penerimaan-penelitian#2']);
    expect(masukFacts([sent('d-3', users.kadis, users.kabid2)], fired)).toEqual([]);
  });

  it('acknowledging a level-1 disposisi starts 1.6; a level-2 acknowledgement maps to nothing (still inside 1.6)', () => {
    const history = [registered(), holderRead(), sent('d-1', users.kadis, users.sekretaris), sent('d-2', users.sekretaris, users.kasi, { parent: 'd-1', level: 2 })];
    const withAck = (ack: SuratMasukEvent) => {
      const state = fold(masuk, [...history, ack]);
      const dispositions = state.stage === 'unregistered' ? [] : state.surat.dispositions;
      return mapLetterFacts({ flow: PENERIMAAN_PENELITIAN_JATIM, link, letterId: 'surat-1', sifat: 'biasa', events: [ack], fired: new Set(), dispositions, jenis: null });
    };
    expect(summary(withAck(acknowledged('d-1', users.sekretaris)))).toEqual(['step-started 1.6']);
    expect(withAck(acknowledged('d-2', users.kasi))).toEqual([]);
  });

  it('the reply: drafting and paraf are inside 1.6; the signature completes it with the number; the dispatch is 1.7', () => {
    const flow = PENERIMAAN_PENELITIAN_JATIM;
    expect(keluarFacts([written(), submitted(), ...allParafs()], flow)).toEqual([]);
    const signing = keluarFacts([signed()], flow);
    expect(summary(signing)).toEqual(['step-completed 1.6']);
    expect(signing[0].data.data).toMatchObject({ documentRef: '000.8 / 1622 / DISKOPUKM.B', actor: { role: 'KEPALA_DINAS' }, output: 'Surat Rekomendasi ditandatangani' });
    expect(keluarFacts([signed()], flow, 'rahasia')[0].data.data).toMatchObject({ documentRef: 'surat-keluar/naskah-1' });
    const sending = keluarFacts([dispatched], flow);
    expect(summary(sending)).toEqual(['step-started 1.7', 'step-completed 1.7']);
    expect(sending[1].data.data).toMatchObject({ at: '2024-04-01T09:00:00.000Z', actor: { role: 'PETUGAS' }, kelengkapan: ['Handphone / Komputer'] });
  });
});

describe('letter flow mapping: configurable for other SOPs', () => {
  /** An SK Panitia-like procedure: typing (2), correcting with paraf as a ya/tidak decision (3), signing (4). */
  const skPanitia: LetterFlow = {
    key: 'sk-panitia',
    tenant: '35.01',
    label: 'Penerbitan SK Panitia',
    sop: { nomor: '000.8.3/12/2023', nama: 'Penerbitan SK Panitia' },
    opensOn: { klasifikasi: [] },
    rules: [
      { on: 'surat_keluar.drafted', facts: [{ fact: 'step-started', stepKey: '1.2' }, { fact: 'step-completed', stepKey: '1.2', kelengkapan: ['Draf SK'], output: 'Konsep SK yang sudah diketik' }] },
      { on: 'surat_keluar.submitted', repeat: true, facts: [{ fact: 'step-started', stepKey: '1.3' }] },
      { on: 'surat_keluar.paraf_given', when: { lastParaf: true }, repeat: true, facts: [{ fact: 'step-completed', stepKey: '1.3', kelengkapan: ['Konsep SK yang sudah diketik'], output: 'Konsep SK yang sudah diparaf' }, { fact: 'decision-taken', stepKey: '1.3', decision: 'ya' }] },
      { on: 'surat_keluar.returned', when: { returnedFrom: 'paraf' }, repeat: true, facts: [{ fact: 'step-completed', stepKey: '1.3', kelengkapan: [], output: 'Konsep dikembalikan' }, { fact: 'decision-taken', stepKey: '1.3', decision: 'tidak' }] },
      { on: 'surat_keluar.signed', facts: [{ fact: 'step-started', stepKey: '1.4' }, { fact: 'step-completed', stepKey: '1.4', kelengkapan: ['Konsep SK yang sudah diparaf'], output: 'SK yang sudah ditandatangani', documentRef: 'letter' }] },
    ],
  };

  it('maps a return to the "tidak" branch and the last paraf of a round to "ya", every round', () => {
    const facts = keluarFacts([written(), submitted(), paraf(1, users.staf), returned(users.kasi, 2), submitted(2), ...allParafs(2), signed()], skPanitia);
    expect(summary(facts)).toEqual([
      'step-started 1.2', 'step-completed 1.2',
      'step-started 1.3', 'step-completed 1.3', 'decision-taken 1.3',
      'step-started 1.3', 'step-completed 1.3', 'decision-taken 1.3',
      'step-started 1.4', 'step-completed 1.4',
    ]);
    expect(facts.filter((f) => f.data.fact === 'decision-taken').map((f) => (f.data.data as { decision: string }).decision)).toEqual(['tidak', 'ya']);
    expect(fold(keluar, [written(), submitted(), paraf(1, users.staf), returned(users.kasi, 2)]).stage).toBe('returned');
  });

  it('refuses a configuration with a malformed step key, an unknown trigger or a duplicate flow', () => {
    const bad: LetterFlow = { ...skPanitia, rules: [{ on: 'surat_keluar.signed', facts: [{ fact: 'step-started', stepKey: 'empat' }] }, { on: 'surat_keluar.teleported' as never, facts: [{ fact: 'cancelled', reason: 'x' }] }] };
    expectRefusal(() => validateLetterFlows([bad]), { kind: 'validation', code: 'LETTER_FLOWS_INVALID', field: 'flows[0].rules[0].facts[0].stepKey' });
    expectRefusal(() => validateLetterFlows([bad]), { kind: 'validation', code: 'LETTER_FLOWS_INVALID', field: 'flows[0].rules[1].on' });
    expectRefusal(() => validateLetterFlows([skPanitia, skPanitia]), { kind: 'validation', code: 'LETTER_FLOWS_INVALID', field: 'flows[1].key' });
    expect(validateLetterFlows([PENERIMAAN_PENELITIAN_JATIM, skPanitia])).toHaveLength(2);
  });
});
