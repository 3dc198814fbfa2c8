import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from '../letters.config';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, TENANT, lettersDeps, personOf, users } from '../testing/letters.fixtures';
import { LETTER, registered, registration } from '../testing/surat-masuk.fixtures';
import type { RegisterSuratMasukData } from './surat-masuk.commands';
import { suratMasukDecider } from './surat-masuk.decider';

const spec = (config: LettersConfig = DEFAULT_LETTERS_CONFIG) => deciderSpec(suratMasukDecider(lettersDeps(config)));
const register = (data: Partial<RegisterSuratMasukData> = {}, by = users.petugas, at = NOW) => ({ type: 'RegisterSuratMasuk' as const, by, at, data: registration(data) });

describe('surat masuk: registration (agenda)', () => {
  it('given nothing, when the petugas registers with an agenda number Jejak issued for it, then the letter is registered and routed to the Kepala Dinas', () => {
    spec()
      .given([])
      .when(register())
      .then([registered({ registeredAt: NOW })]);
  });

  it('keeps the number SRIKANDI already gave the letter as an external reference', () => {
    const [event] = spec()
      .given([])
      .when(register({ nomorAgenda: { source: 'external', system: 'SRIKANDI', nomor: ' B-77/35.01/2024 ' } }))
      .run();
    expect(event?.type === 'SuratMasukRegistered' && event.data.nomorAgenda).toEqual({ source: 'external', system: 'SRIKANDI', nomor: 'B-77/35.01/2024', formatted: 'B-77/35.01/2024' });
  });

  it("formats the agenda number with the dinas's agenda template", () => {
    const config: LettersConfig = { ...DEFAULT_LETTERS_CONFIG, suratMasuk: { ...DEFAULT_LETTERS_CONFIG.suratMasuk, agendaTemplate: '{nomor}/{bulan_romawi}/{tahun}' } };
    const [event] = spec(config).given([]).when(register()).run();
    expect(event?.type === 'SuratMasukRegistered' && event.data.nomorAgenda.formatted).toBe('412/IV/2024');
  });

  it('records the addressees, the SOP case link and who registered in which role', () => {
    const sopCase = { sopNumber: 'SOP-JATIM-SEKR-05', caseId: 'case-9' };
    const kepada = [{ userId: users.sekretaris.userId, name: users.sekretaris.name }];
    spec()
      .given([])
      .when(register({ sopCase, kepada }))
      .then([registered({ registeredAt: NOW, sopCase, kepada })]);
  });

  it("accepts today's date in the dinas's time zone even when UTC is still on yesterday", () => {
    const at = '2024-04-01T18:00:00.000Z'; // 2 April 01:00 WIB
    expect(suratMasukDecider(lettersDeps()).decide(register({ tanggalDiterima: '2024-04-02' }, users.petugas, at), { stage: 'unregistered' })).toHaveLength(1);
  });

  it.each<[string, Partial<RegisterSuratMasukData>, string]>([
    ['a received date after today', { tanggalDiterima: '2024-04-03' }, 'tanggalDiterima'],
    ['a letter date after the received date', { tanggalSurat: '2024-04-02' }, 'tanggalSurat'],
    ['an impossible date', { tanggalSurat: '2024-02-30' }, 'tanggalSurat'],
    ['no perihal', { perihal: ' ' }, 'perihal'],
    ['no sender', { pengirim: { nama: '' } }, 'pengirim.nama'],
    ["no letter's own number", { nomorSurat: '' }, 'nomorSurat'],
    ['an unknown sifat', { sifat: 'sangat_rahasia' as never }, 'sifat'],
    ['a malformed classification code', { klasifikasi: 'ORG' }, 'klasifikasi'],
    ['an attachment without a document', { lampiran: [{ documentId: '', name: 'x.pdf' }] }, 'lampiran[0].documentId'],
    ['no Kepala Dinas to route to', { routeTo: { userId: '', name: 'Kadis' } }, 'routeTo.userId'],
    ['an incomplete SOP case link', { sopCase: { sopNumber: 'SOP-1', caseId: '' } }, 'sopCase.caseId'],
    ['an unknown external system', { nomorAgenda: { source: 'external', system: 'EMAIL', nomor: '1' } }, 'nomorAgenda.system'],
    [
      'an agenda number issued for another letter',
      { nomorAgenda: { source: 'jejak', issued: { tenant: TENANT, sequence: 'agenda-masuk', year: 2024, n: 3, letterId: 'surat-2' } } },
      'nomorAgenda.issued.letterId',
    ],
    [
      'a number from another book',
      { nomorAgenda: { source: 'jejak', issued: { tenant: TENANT, sequence: 'surat-keluar', year: 2024, n: 3, letterId: LETTER } } },
      'nomorAgenda.issued.sequence',
    ],
  ])('refuses %s', (_, data, field) => {
    spec().given([]).when(register(data)).thenRefuses({ kind: 'validation', code: 'SURAT_MASUK_INVALID', field });
  });

  it('accepts only listed classification codes when the dinas restricts them', () => {
    const config: LettersConfig = { ...DEFAULT_LETTERS_CONFIG, klasifikasi: { ...DEFAULT_LETTERS_CONFIG.klasifikasi, restrictToList: true } };
    spec(config).given([]).when(register({ klasifikasi: '999.1' })).thenRefuses({ kind: 'validation', code: 'SURAT_MASUK_INVALID', field: 'klasifikasi' });
    expect(spec(config).given([]).when(register({ klasifikasi: '500.3.4' })).run()).toHaveLength(1);
  });

  it('refuses a user who is not a registrar', () => {
    spec().given([]).when(register({}, users.kasi)).thenRefuses({ kind: 'forbidden', code: 'NOT_REGISTRAR' });
  });

  it('given a registered letter, when it is registered again, then illegal_state', () => {
    spec().given([registered()]).when(register()).thenRefuses({ kind: 'illegal_state', code: 'SURAT_MASUK_ALREADY_REGISTERED' });
  });
});

describe('surat masuk: the holder reads it', () => {
  const read = (by = users.kadis) => ({ type: 'ReadSuratMasuk' as const, by, at: NOW, data: { letterId: LETTER } });

  it('given a registered letter, when the Kepala Dinas opens it, then the read time is recorded', () => {
    spec()
      .given([registered()])
      .when(read())
      .then([{ type: 'SuratMasukRead', data: { letterId: LETTER, by: personOf(users.kadis), readAt: NOW, sopCase: null } }]);
  });

  it('refuses a second read (illegal_state), a non-holder (forbidden), an unknown letter (not_found) and another dinas (forbidden)', () => {
    const readEvent = { type: 'SuratMasukRead' as const, data: { letterId: LETTER, by: personOf(users.kadis), readAt: NOW, sopCase: null } };
    spec().given([registered(), readEvent]).when(read()).thenRefuses({ kind: 'illegal_state', code: 'SURAT_MASUK_ALREADY_READ' });
    spec().given([registered()]).when(read(users.sekretaris)).thenRefuses({ kind: 'forbidden', code: 'NOT_HOLDER' });
    spec().given([]).when(read()).thenRefuses({ kind: 'not_found', code: 'SURAT_MASUK_NOT_FOUND' });
    spec().given([registered()]).when(read(users.kadisElsewhere)).thenRefuses({ kind: 'forbidden', code: 'TENANT_MISMATCH' });
  });
});

describe('surat masuk: SOP case link', () => {
  const sopCase = { sopNumber: 'SOP-JATIM-SEKR-05', caseId: 'case-9' };
  const link = (by = users.petugas, link = sopCase) => ({ type: 'LinkSuratMasukToSopCase' as const, by, at: NOW, data: { letterId: LETTER, sopCase: link } });

  it('given a registered letter, when the case it opened is linked, then the link is recorded', () => {
    spec()
      .given([registered()])
      .when(link())
      .then([{ type: 'SuratMasukLinkedToSopCase', data: { letterId: LETTER, sopCase, by: personOf(users.petugas), linkedAt: NOW } }]);
  });

  it('linking the same case again changes nothing; another case is illegal_state', () => {
    spec().given([registered({ sopCase })]).when(link()).then([]);
    spec()
      .given([registered({ sopCase })])
      .when(link(users.petugas, { sopNumber: 'SOP-X', caseId: 'case-10' }))
      .thenRefuses({ kind: 'illegal_state', code: 'SOP_CASE_ALREADY_LINKED' });
  });

  it('refuses an auditor, and an incomplete link', () => {
    spec().given([registered()]).when(link(users.auditor)).thenRefuses({ kind: 'forbidden', code: 'NOT_ALLOWED' });
    spec()
      .given([registered()])
      .when(link(users.petugas, { sopNumber: '', caseId: 'c' }))
      .thenRefuses({ kind: 'validation', code: 'SOP_CASE_LINK_INVALID', field: 'sopCase.sopNumber' });
  });
});
