import { fold } from '@jejak/domain-kit';
import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from '../letters.config';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, lettersDeps, personOf, seqId, users } from '../testing/letters.fixtures';
import { LETTER, acknowledged, disposisiClosed, followedUp, holderRead, recipient, registered, sent, suratClosed } from '../testing/surat-masuk.fixtures';
import type { ActingUser } from '../acting-user';
import type { SendDisposisiData } from './surat-masuk.commands';
import { suratMasukDecider } from './surat-masuk.decider';
import type { SuratMasukEvent } from './surat-masuk.events';

const spec = (config: LettersConfig = DEFAULT_LETTERS_CONFIG) => deciderSpec(suratMasukDecider(lettersDeps(config)));
/** The command as the handler builds it: the clock's time and one new id per recipient. */
const dispose = (by: ActingUser, data: Partial<SendDisposisiData> = {}) => {
  const recipients = data.recipients ?? [recipient(users.sekretaris)];
  return {
    type: 'SendDisposisi' as const,
    by,
    at: NOW,
    data: {
      letterId: LETTER,
      fromDisposisiId: null,
      instruction: 'proses_lebih_lanjut',
      catatan: 'Mohon ditindaklanjuti',
      batasWaktu: '2024-04-05',
      ...data,
      recipients,
      disposisiIds: data.disposisiIds ?? recipients.map((_, i) => seqId(i + 1)),
    },
  };
};
const sentNow = (n: number, from: ActingUser, to: ActingUser, o: Parameters<typeof sent>[3] = {}) => sent(seqId(n), from, to, { sentAt: NOW, ...o });

describe('disposisi: the holder disposes', () => {
  it('given an unread letter, when the Kepala Dinas disposes it to the Sekretaris and a Kabid (as unit head), then the read is recorded first and one disposisi per recipient is sent', () => {
    spec()
      .given([registered()])
      .when(dispose(users.kadis, { recipients: [recipient(users.sekretaris), recipient(users.kabid, 'Bidang Koperasi')] }))
      .then([
        { type: 'SuratMasukRead', data: { letterId: LETTER, by: personOf(users.kadis), readAt: NOW, sopCase: null } },
        sentNow(1, users.kadis, users.sekretaris),
        sentNow(2, users.kadis, users.kabid, { unit: 'Bidang Koperasi' }),
      ]);
  });

  it('given a read letter, when the holder disposes, then only the disposisi is sent, carrying the SOP case link', () => {
    const sopCase = { sopNumber: 'SOP-JATIM-SEKR-05', caseId: 'case-9' };
    spec()
      .given([registered({ sopCase }), holderRead()])
      .when(dispose(users.kadis))
      .then([sentNow(1, users.kadis, users.sekretaris, { sopCase })]);
  });

  it('uses the instruction list of the dinas (configurable data)', () => {
    const config: LettersConfig = { ...DEFAULT_LETTERS_CONFIG, instructions: [{ code: 'untuk_diketahui', label: 'Untuk diketahui', requiresFollowUp: false }] };
    const [event] = spec(config).given([registered(), holderRead()]).when(dispose(users.kadis, { instruction: 'untuk_diketahui' })).run();
    expect(event?.type === 'DisposisiSent' && event.data.instruction).toEqual({ code: 'untuk_diketahui', label: 'Untuk diketahui', requiresFollowUp: false });
    spec(config).given([registered(), holderRead()]).when(dispose(users.kadis)).thenRefuses({ kind: 'validation', code: 'DISPOSISI_INVALID', field: 'instruction' });
  });

  it('only the holder may dispose a letter from the top', () => {
    spec().given([registered()]).when(dispose(users.sekretaris, { recipients: [recipient(users.kasi)] })).thenRefuses({ kind: 'forbidden', code: 'NOT_HOLDER' });
  });

  it('given a closed letter, when the holder disposes it, then illegal_state', () => {
    spec().given([registered(), holderRead(), suratClosed()]).when(dispose(users.kadis)).thenRefuses({ kind: 'illegal_state', code: 'SURAT_MASUK_CLOSED' });
  });

  it.each<[string, Partial<SendDisposisiData>, string]>([
    ['no recipient', { recipients: [] }, 'recipients'],
    ['the same recipient twice', { recipients: [recipient(users.kabid), recipient(users.kabid)] }, 'recipients[1].userId'],
    ['a recipient outside the hierarchy', { recipients: [recipient(users.auditor)] }, 'recipients[0].role'],
    ['a batas waktu in the past', { batasWaktu: '2024-04-01' }, 'batasWaktu'],
    ['a malformed batas waktu', { batasWaktu: '5 April' }, 'batasWaktu'],
  ])('refuses %s', (_, data, field) => {
    spec().given([registered(), holderRead()]).when(dispose(users.kadis, data)).thenRefuses({ kind: 'validation', code: 'DISPOSISI_INVALID', field });
  });
});

describe('disposisi: further down the hierarchy only', () => {
  const base = [registered(), holderRead(), sent('d-kabid', users.kadis, users.kabid)];

  it('given a disposisi to a Kabid, when the Kabid disposes to a Kasi, then it is acknowledged first and sent at level 2 under it', () => {
    spec()
      .given(base)
      .when(dispose(users.kabid, { fromDisposisiId: 'd-kabid', recipients: [recipient(users.kasi)], batasWaktu: '2024-04-04' }))
      .then([
        { type: 'DisposisiAcknowledged', data: { letterId: LETTER, disposisiId: 'd-kabid', by: personOf(users.kabid), readAt: NOW, sopCase: null } },
        sentNow(1, users.kabid, users.kasi, { parent: 'd-kabid', level: 2, batasWaktu: '2024-04-04' }),
      ]);
  });

  it('a disposisi further down without a batas waktu inherits the one received; a later one is refused', () => {
    const [, child] = spec()
      .given(base)
      .when(dispose(users.kabid, { fromDisposisiId: 'd-kabid', recipients: [recipient(users.kasi)], batasWaktu: null }))
      .run();
    expect(child?.type === 'DisposisiSent' && child.data.batasWaktu).toBe('2024-04-05');
    spec()
      .given(base)
      .when(dispose(users.kabid, { fromDisposisiId: 'd-kabid', recipients: [recipient(users.kasi)], batasWaktu: '2024-04-10' }))
      .thenRefuses({ kind: 'validation', code: 'DISPOSISI_INVALID', field: 'batasWaktu' });
  });

  it.each<[string, ActingUser]>([
    ['up to the Kepala Dinas', users.kadis],
    ['sideways to another Kabid', users.kabid2],
    ['sideways to the Sekretaris (same level)', users.sekretaris],
  ])('refuses disposing %s', (_, to) => {
    spec()
      .given(base)
      .when(dispose(users.kabid, { fromDisposisiId: 'd-kabid', recipients: [recipient(users.kasi), recipient(to)] }))
      .thenRefuses({ kind: 'validation', code: 'DISPOSISI_NOT_DOWNWARD', field: 'recipients[1].role' });
  });

  it('a Kasi may dispose to Staf, but a Staf may not dispose to a Kasi', () => {
    const chain = [...base, sent('d-kasi', users.kabid, users.kasi, { parent: 'd-kabid', level: 2 }), sent('d-staf', users.kasi, users.staf, { parent: 'd-kasi', level: 3 })];
    expect(spec().given(chain).when(dispose(users.kasi, { fromDisposisiId: 'd-kasi', recipients: [recipient(users.staf2)] })).run()).toHaveLength(2);
    spec()
      .given(chain)
      .when(dispose(users.staf, { fromDisposisiId: 'd-staf', recipients: [recipient(users.kasi)] }))
      .thenRefuses({ kind: 'validation', code: 'DISPOSISI_NOT_DOWNWARD', field: 'recipients[0].role' });
  });

  it('the hierarchy is data: a dinas may put the Sekretaris above the Kabid', () => {
    const config: LettersConfig = { ...DEFAULT_LETTERS_CONFIG, hierarchy: [['KEPALA_DINAS'], ['SEKRETARIS'], ['KEPALA_BIDANG'], ['KASI'], ['STAF', 'PETUGAS']] };
    const given = [registered(), holderRead(), sent('d-sekr', users.kadis, users.sekretaris)];
    expect(spec(config).given(given).when(dispose(users.sekretaris, { fromDisposisiId: 'd-sekr', recipients: [recipient(users.kabid)] })).run()).toHaveLength(2);
    spec().given(given).when(dispose(users.sekretaris, { fromDisposisiId: 'd-sekr', recipients: [recipient(users.kabid)] })).thenRefuses({ kind: 'validation', code: 'DISPOSISI_NOT_DOWNWARD' });
  });

  it('only the recipient of a disposisi may dispose from it', () => {
    spec().given(base).when(dispose(users.kabid2, { fromDisposisiId: 'd-kabid', recipients: [recipient(users.kasi)] })).thenRefuses({ kind: 'forbidden', code: 'NOT_RECIPIENT' });
    spec().given(base).when(dispose(users.kabid, { fromDisposisiId: 'd-none', recipients: [recipient(users.kasi)] })).thenRefuses({ kind: 'not_found', code: 'DISPOSISI_NOT_FOUND' });
  });

  it('given a closed disposisi, when its recipient disposes from it, then illegal_state', () => {
    spec()
      .given([...base, acknowledged('d-kabid', users.kabid), followedUp('d-kabid', users.kabid), disposisiClosed('d-kabid', users.kabid)])
      .when(dispose(users.kabid, { fromDisposisiId: 'd-kabid', recipients: [recipient(users.kasi)] }))
      .thenRefuses({ kind: 'illegal_state', code: 'DISPOSISI_CLOSED' });
  });
});

describe('disposisi: acknowledgement, follow-up and closing by the recipient', () => {
  const base: SuratMasukEvent[] = [registered(), holderRead(), sent('d-kabid', users.kadis, users.kabid)];
  const ack = (by = users.kabid) => ({ type: 'AcknowledgeDisposisi' as const, by, at: NOW, data: { letterId: LETTER, disposisiId: 'd-kabid' } });
  const report = (laporan = 'Sudah dikoordinasikan dengan Kasi') => ({
    type: 'ReportDisposisiFollowUp' as const,
    by: users.kabid,
    at: NOW,
    data: { letterId: LETTER, disposisiId: 'd-kabid', laporan, lampiran: [] },
  });
  const close = (by = users.kabid) => ({ type: 'CloseDisposisi' as const, by, at: NOW, data: { letterId: LETTER, disposisiId: 'd-kabid', catatan: 'Selesai' } });

  it('given a sent disposisi, when the recipient acknowledges it, then the read time is recorded', () => {
    spec().given(base).when(ack()).then([{ type: 'DisposisiAcknowledged', data: { letterId: LETTER, disposisiId: 'd-kabid', by: personOf(users.kabid), readAt: NOW, sopCase: null } }]);
  });

  it('a second acknowledgement is illegal_state', () => {
    spec().given([...base, acknowledged('d-kabid', users.kabid)]).when(ack()).thenRefuses({ kind: 'illegal_state', code: 'DISPOSISI_ALREADY_ACKNOWLEDGED' });
  });

  it('only its recipient acknowledges it, and not once the letter is closed', () => {
    spec().given(base).when(ack(users.kabid2)).thenRefuses({ kind: 'forbidden', code: 'NOT_RECIPIENT' });
    spec().given([...base, suratClosed()]).when(ack()).thenRefuses({ kind: 'illegal_state', code: 'SURAT_MASUK_CLOSED' });
  });

  it('given an acknowledged disposisi, when the recipient reports the follow-up, then the follow-up time is recorded', () => {
    spec()
      .given([...base, acknowledged('d-kabid', users.kabid)])
      .when(report())
      .then([
        {
          type: 'DisposisiFollowedUp',
          data: { letterId: LETTER, disposisiId: 'd-kabid', by: personOf(users.kabid), laporan: 'Sudah dikoordinasikan dengan Kasi', lampiran: [], followedUpAt: NOW, sopCase: null },
        },
      ]);
  });

  it('a follow-up on an unread disposisi records the read first; an empty report is refused', () => {
    expect(spec().given(base).when(report()).run().map((e) => e.type)).toEqual(['DisposisiAcknowledged', 'DisposisiFollowedUp']);
    spec().given(base).when(report(' ')).thenRefuses({ kind: 'validation', code: 'FOLLOW_UP_INVALID', field: 'laporan' });
  });

  it('a further report keeps the first follow-up time', () => {
    const decider = suratMasukDecider(lettersDeps());
    const given = [...base, acknowledged('d-kabid', users.kabid), followedUp('d-kabid', users.kabid, '2024-04-01T07:00:00.000Z')];
    const state = fold(decider, [...given, ...decider.decide(report(), fold(decider, given))]);
    expect(state.stage === 'open' && state.surat.dispositions[0]).toMatchObject({ followedUpAt: '2024-04-01T07:00:00.000Z', followUps: 2 });
  });

  it('given a followed-up disposisi, when the recipient closes it, then it is closed', () => {
    spec()
      .given([...base, acknowledged('d-kabid', users.kabid), followedUp('d-kabid', users.kabid)])
      .when(close())
      .then([{ type: 'DisposisiClosed', data: { letterId: LETTER, disposisiId: 'd-kabid', by: personOf(users.kabid), reason: 'selesai', catatan: 'Selesai', closedAt: NOW, sopCase: null } }]);
  });

  it('closing without a follow-up report is illegal_state, unless the instruction needs none (arsipkan)', () => {
    spec().given([...base, acknowledged('d-kabid', users.kabid)]).when(close()).thenRefuses({ kind: 'illegal_state', code: 'DISPOSISI_NOT_FOLLOWED_UP' });
    const arsip = [registered(), holderRead(), sent('d-kabid', users.kadis, users.kabid, { instruction: 'arsipkan' })];
    expect(spec().given(arsip).when(close()).run().map((e) => e.type)).toEqual(['DisposisiAcknowledged', 'DisposisiClosed']);
  });

  it('closing while a disposisi sent further down is open is illegal_state', () => {
    spec()
      .given([...base, sent('d-kasi', users.kabid, users.kasi, { parent: 'd-kabid', level: 2 }), followedUp('d-kabid', users.kabid)])
      .when(close())
      .thenRefuses({ kind: 'illegal_state', code: 'DISPOSISI_HAS_OPEN_CHILDREN' });
  });

  it('closing twice is illegal_state; only the recipient closes', () => {
    spec()
      .given([...base, acknowledged('d-kabid', users.kabid), followedUp('d-kabid', users.kabid), disposisiClosed('d-kabid', users.kabid)])
      .when(close())
      .thenRefuses({ kind: 'illegal_state', code: 'DISPOSISI_CLOSED' });
    spec().given([...base, followedUp('d-kabid', users.kabid)]).when(close(users.kadis)).thenRefuses({ kind: 'forbidden', code: 'NOT_RECIPIENT' });
  });
});
