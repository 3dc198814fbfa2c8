import { fold } from '@jejak/domain-kit';
import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from '../letters.config';
import type { NumberSource } from '../letter-values';
import type { ActingUser } from '../acting-user';
import { deciderSpec, expectRefusal } from '../testing/decider-spec';
import { NOW, TENANT, TODAY, lettersDeps, personOf, users } from '../testing/letters.fixtures';
import { DRAFT, SIGNER, allParafs, paraf, returned, signed, submitted, toSignature, written } from '../testing/surat-keluar.fixtures';
import { assertCanSign } from './signing.rules';
import { suratKeluarDecider } from './surat-keluar.decider';
import type { SuratKeluarEvent } from './surat-keluar.events';

const spec = (config: LettersConfig = DEFAULT_LETTERS_CONFIG) => deciderSpec(suratKeluarDecider(lettersDeps(config)));
const issued = (n: number, overrides: Partial<Extract<NumberSource, { source: 'jejak' }>['issued']> = {}): NumberSource => ({
  source: 'jejak',
  issued: { tenant: TENANT, sequence: 'surat-keluar', year: 2024, n, letterId: DRAFT, ...overrides },
});
const sign = (nomor: NumberSource = issued(1622), by: ActingUser = users.kadis) => ({ type: 'SignLetter' as const, by, at: NOW, data: { letterId: DRAFT, nomor } });

describe('signature and number', () => {
  it('given every paraf, when the Kepala Dinas signs with the number issued for this letter, then the letter is signed with the formatted number', () => {
    spec()
      .given(toSignature())
      .when(sign())
      .then([
        {
          type: 'LetterSigned',
          data: {
            letterId: DRAFT,
            jenis: 'surat_keluar',
            nomor: { source: 'jejak', sequence: 'surat-keluar', year: 2024, n: 1622, formatted: '000.8 / 1622 / DISKOPUKM.B' },
            tanggalSurat: TODAY,
            by: SIGNER,
            signedAt: NOW,
            sopCase: null,
          },
        },
      ]);
  });

  it("formats with the dinas's own template, e.g. Kalimantan Barat's with the month in roman numerals", () => {
    const config: LettersConfig = {
      ...DEFAULT_LETTERS_CONFIG,
      suratKeluar: { ...DEFAULT_LETTERS_CONFIG.suratKeluar, surat_keluar: { ...DEFAULT_LETTERS_CONFIG.suratKeluar.surat_keluar, template: '{klasifikasi} / {nomor} / KUKRU - {bulan_romawi} - 1' } },
    };
    const [event] = spec(config).given([written({ klasifikasi: '518' }), submitted(), ...allParafs()]).when(sign(issued(917))).run();
    expect(event?.type === 'LetterSigned' && event.data.nomor.formatted).toBe('518 / 917 / KUKRU - IV - 1');
  });

  it('keeps the number SRIKANDI gave the letter, issuing none', () => {
    const [event] = spec().given(toSignature()).when(sign({ source: 'external', system: 'SRIKANDI', nomor: 'B-12/35.01/000.8/2024' })).run();
    expect(event?.type === 'LetterSigned' && event.data.nomor).toEqual({ source: 'external', system: 'SRIKANDI', nomor: 'B-12/35.01/000.8/2024', formatted: 'B-12/35.01/000.8/2024' });
  });

  it.each<[string, SuratKeluarEvent[]]>([
    ['a draft never submitted', [written()]],
    ['a draft half-way through its paraf chain', [written(), submitted(), paraf(1, users.staf), paraf(2, users.kasi)]],
    ['a returned draft', [written(), submitted(), returned(users.kasi, 2)]],
  ])('signing %s is illegal_state (unreviewed)', (_, given) => {
    spec().given(given).when(sign()).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_NOT_REVIEWED' });
  });

  it('signing twice is illegal_state; only the named signer signs', () => {
    spec().given([...toSignature(), signed()]).when(sign()).thenRefuses({ kind: 'illegal_state', code: 'ALREADY_SIGNED' });
    spec().given(toSignature()).when(sign(issued(1622), users.sekretaris)).thenRefuses({ kind: 'forbidden', code: 'NOT_SIGNER' });
    const actingWithoutRole: ActingUser = { ...users.kadis, roles: ['STAF'] };
    spec().given(toSignature()).when(sign(issued(1622), actingWithoutRole)).thenRefuses({ kind: 'forbidden', code: 'NOT_SIGNER' });
  });

  it('refuses a number issued for another letter, from another book, or of another dinas', () => {
    spec().given(toSignature()).when(sign(issued(1622, { letterId: 'naskah-2' }))).thenRefuses({ kind: 'validation', code: 'NUMBER_INVALID', field: 'nomor.issued.letterId' });
    spec().given(toSignature()).when(sign(issued(1622, { sequence: 'nota-dinas' }))).thenRefuses({ kind: 'validation', code: 'NUMBER_INVALID', field: 'nomor.issued.sequence' });
    spec().given(toSignature()).when(sign(issued(1622, { tenant: '61' }))).thenRefuses({ kind: 'validation', code: 'NUMBER_INVALID', field: 'nomor.issued.tenant' });
  });

  it('assertCanSign lets the application check before reserving a number', () => {
    const decider = suratKeluarDecider(lettersDeps());
    expect(assertCanSign(fold(decider, toSignature()), DRAFT, users.kadis).stage).toBe('awaiting_signature');
    expectRefusal(() => assertCanSign(fold(decider, [written()]), DRAFT, users.kadis), { kind: 'illegal_state', code: 'DRAFT_NOT_REVIEWED' });
    expectRefusal(() => assertCanSign(fold(decider, []), DRAFT, users.kadis), { kind: 'not_found', code: 'SURAT_KELUAR_NOT_FOUND' });
    expectRefusal(() => assertCanSign(fold(decider, toSignature()), DRAFT, users.kadisElsewhere), { kind: 'forbidden', code: 'TENANT_MISMATCH' });
  });
});

describe('dispatch (pengiriman) into the outgoing agenda book', () => {
  const dispatch = (by: ActingUser, via = 'SRIKANDI', dispatchedAt?: string) => ({
    type: 'DispatchLetter' as const,
    by,
    at: NOW,
    data: dispatchedAt === undefined ? { letterId: DRAFT, via } : { letterId: DRAFT, via, dispatchedAt },
  });
  const signedLetter = [...toSignature(), signed(1622, '2024-04-01T08:00:00.000Z')];
  const dispatched = (via: string, by: ActingUser, dispatchedAt = NOW): SuratKeluarEvent => ({
    type: 'LetterDispatched',
    data: {
      letterId: DRAFT,
      via,
      dispatchedAt,
      recordedAt: NOW,
      by: personOf(by),
      catatan: '',
      agenda: { jenis: 'surat_keluar', nomor: '000.8 / 1622 / DISKOPUKM.B', tanggalSurat: '2024-04-01', perihal: 'Rekomendasi penelitian', sifat: 'biasa', kepada: ['Rektor Universitas Airlangga'] },
      sopCase: null,
    },
  });

  it('given a signed letter, when the drafter sends it via SRIKANDI, then how and when are recorded with its agenda entry', () => {
    spec().given(signedLetter).when(dispatch(users.staf)).then([dispatched('SRIKANDI', users.staf)]);
  });

  it('the petugas records a letter posted earlier this morning', () => {
    spec().given(signedLetter).when(dispatch(users.petugas, 'pos', '2024-04-02T01:00:00.000Z')).then([dispatched('pos', users.petugas, '2024-04-02T01:00:00.000Z')]);
  });

  it('an unsigned letter is not dispatched; a reviewer who is not the drafter nor a dispatcher may not record it', () => {
    spec().given(toSignature()).when(dispatch(users.staf)).thenRefuses({ kind: 'illegal_state', code: 'NOT_SIGNED' });
    spec().given(signedLetter).when(dispatch(users.kasi)).thenRefuses({ kind: 'forbidden', code: 'NOT_DISPATCHER' });
  });

  it.each<[string, string, string | undefined]>([
    ['an unknown channel', 'merpati', undefined],
    ['a dispatch time in the future', 'pos', '2024-04-03T01:00:00.000Z'],
    ['a dispatch time before the signature', 'pos', '2024-04-01T07:00:00.000Z'],
    ['a malformed dispatch time', 'pos', 'kemarin'],
  ])('refuses %s', (_, via, at) => {
    spec().given(signedLetter).when(dispatch(users.petugas, via, at)).thenRefuses({ kind: 'validation', code: 'DISPATCH_INVALID' });
  });

  it('one record per channel: the same channel twice is illegal_state, another channel is recorded', () => {
    const once = [...signedLetter, dispatched('SRIKANDI', users.staf)];
    spec().given(once).when(dispatch(users.staf)).thenRefuses({ kind: 'illegal_state', code: 'ALREADY_DISPATCHED_VIA' });
    spec().given(once).when(dispatch(users.staf, 'email')).then([dispatched('email', users.staf)]);
  });
});
