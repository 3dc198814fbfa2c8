import { fold } from '@jejak/domain-kit';
import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from '../letters.config';
import type { Person } from '../acting-user';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, lettersDeps, personOf, users } from '../testing/letters.fixtures';
import { CHAIN, DRAFT, SIGNER, allParafs, draftData, returned, revised, signed, submitted, written } from '../testing/surat-keluar.fixtures';
import type { SubmitForParafData, WriteDraftData } from './surat-keluar.commands';
import { suratKeluarDecider } from './surat-keluar.decider';

const spec = (config: LettersConfig = DEFAULT_LETTERS_CONFIG) => deciderSpec(suratKeluarDecider(lettersDeps(config)));
const write = (data: Partial<WriteDraftData> = {}, by = users.staf) => ({ type: 'WriteDraft' as const, by, at: NOW, data: draftData(data) });
const submit = (data: Partial<SubmitForParafData> = {}, by = users.staf) => ({
  type: 'SubmitDraftForParaf' as const,
  by,
  at: NOW,
  data: { letterId: DRAFT, reviewers: CHAIN, signer: SIGNER, ...data },
});
const revise = (by = users.staf) => ({ type: 'ReviseDraft' as const, by, at: NOW, data: { letterId: DRAFT, isi: { documentId: 'doc-konsep-2', name: 'Konsep surat rekomendasi.docx' } } });

describe('surat keluar: writing the draft', () => {
  it('given nothing, when a Staf writes a draft, then it is written with the Staf as drafter', () => {
    spec()
      .given([])
      .when(write())
      .then([written({ writtenAt: NOW })]);
  });

  it('a user outside the hierarchy cannot draft; a draft is written once', () => {
    spec().given([]).when(write({}, users.auditor)).thenRefuses({ kind: 'forbidden', code: 'NOT_DRAFTER' });
    spec().given([written()]).when(write()).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_ALREADY_WRITTEN' });
  });

  it.each<[string, Partial<WriteDraftData>, string]>([
    ['an unknown jenis', { jenis: 'sk' as never }, 'jenis'],
    ['no addressee', { kepada: [] }, 'kepada'],
    ['no perihal', { perihal: '' }, 'perihal'],
    ['no draft document', { isi: { documentId: '', name: 'x' } }, 'isi.documentId'],
    ['no unit code when the template needs {unit}', { unitKode: '' }, 'unitKode'],
    ['a malformed classification code', { klasifikasi: 'abc' }, 'klasifikasi'],
  ])('refuses %s', (_, data, field) => {
    spec().given([]).when(write(data)).thenRefuses({ kind: 'validation', code: 'DRAFT_INVALID', field });
  });

  it("needs no unit code when the dinas's template has no {unit}", () => {
    const config: LettersConfig = {
      ...DEFAULT_LETTERS_CONFIG,
      suratKeluar: { ...DEFAULT_LETTERS_CONFIG.suratKeluar, surat_keluar: { ...DEFAULT_LETTERS_CONFIG.suratKeluar.surat_keluar, template: '{klasifikasi} / {nomor} / KUKRU - {bulan_romawi} - 1' } },
    };
    expect(spec(config).given([]).when(write({ unitKode: '' })).run()).toHaveLength(1);
  });
});

describe('surat keluar: revising', () => {
  it('given a draft, when the drafter revises it, then a new version is recorded', () => {
    spec()
      .given([written()])
      .when(revise())
      .then([revised(2, NOW)]);
  });

  it('only the drafter revises; not while in the paraf chain nor once signed', () => {
    spec().given([written()]).when(revise(users.kasi)).thenRefuses({ kind: 'forbidden', code: 'NOT_DRAFTER' });
    spec().given([written(), submitted()]).when(revise()).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_IN_REVIEW' });
    spec().given([written(), submitted(), ...allParafs(), signed()]).when(revise()).thenRefuses({ kind: 'illegal_state', code: 'ALREADY_SIGNED' });
  });
});

describe('surat keluar: submitting to the paraf chain', () => {
  it('given a draft, when the drafter submits it with one reviewer per chain step and the signer, then round 1 starts', () => {
    spec()
      .given([written()])
      .when(submit())
      .then([{ type: 'DraftSubmittedForParaf', data: { letterId: DRAFT, round: 1, reviewers: CHAIN, signer: SIGNER, by: personOf(users.staf), submittedAt: NOW, sopCase: null } }]);
  });

  it('refuses reviewers that do not match the configured chain', () => {
    const swapped: Person[] = [CHAIN[0]!, CHAIN[2]!, CHAIN[1]!, CHAIN[3]!];
    spec().given([written()]).when(submit({ reviewers: swapped })).thenRefuses({ kind: 'validation', code: 'PARAF_CHAIN_INVALID', field: 'reviewers[1].role' });
    spec().given([written()]).when(submit({ reviewers: CHAIN.slice(0, 3) })).thenRefuses({ kind: 'validation', code: 'PARAF_CHAIN_INVALID', field: 'reviewers' });
    const twice: Person[] = [CHAIN[0]!, CHAIN[1]!, personOf(users.kabid), { ...personOf(users.kabid), role: 'SEKRETARIS' }];
    spec().given([written()]).when(submit({ reviewers: twice })).thenRefuses({ kind: 'validation', code: 'PARAF_CHAIN_INVALID', field: 'reviewers[3].userId' });
  });

  it('refuses a signer the dinas has not authorised for the jenis', () => {
    spec().given([written()]).when(submit({ signer: personOf(users.sekretaris) })).thenRefuses({ kind: 'validation', code: 'PARAF_CHAIN_INVALID', field: 'signer.role' });
  });

  it("a Kasi's nota dinas signed by the Kabid needs only the Kasi's own paraf", () => {
    const nota = written({ jenis: 'nota_dinas', drafter: personOf(users.kasi) });
    const reviewers = [personOf(users.kasi)];
    spec()
      .given([nota])
      .when(submit({ reviewers, signer: personOf(users.kabid) }, users.kasi))
      .then([{ type: 'DraftSubmittedForParaf', data: { letterId: DRAFT, round: 1, reviewers, signer: personOf(users.kabid), by: personOf(users.kasi), submittedAt: NOW, sopCase: null } }]);
  });

  it('a Kabid signing their own nota dinas goes straight to signature', () => {
    const decider = suratKeluarDecider(lettersDeps());
    const given = [written({ jenis: 'nota_dinas', drafter: personOf(users.kabid) })];
    const events = decider.decide(submit({ reviewers: [], signer: personOf(users.kabid) }, users.kabid), fold(decider, given));
    expect(fold(decider, [...given, ...events]).stage).toBe('awaiting_signature');
  });

  it('only the drafter submits; a submitted draft is not submitted again', () => {
    spec().given([written()]).when(submit({}, users.kasi)).thenRefuses({ kind: 'forbidden', code: 'NOT_DRAFTER' });
    spec().given([written(), submitted()]).when(submit()).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_IN_REVIEW' });
  });

  it('given a returned draft, when the drafter resubmits it unrevised, then illegal_state', () => {
    spec().given([written(), submitted(), returned(users.kasi, 2)]).when(submit()).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_NOT_REVISED' });
  });

  it('given a returned and revised draft, when the drafter resubmits it, then round 2 starts', () => {
    const [event] = spec().given([written(), submitted(), returned(users.kasi, 2), revised(2)]).when(submit()).run();
    expect(event?.type === 'DraftSubmittedForParaf' && event.data.round).toBe(2);
  });
});
