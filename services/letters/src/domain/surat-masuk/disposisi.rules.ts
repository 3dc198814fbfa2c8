import { illegalState, validationError } from '@jejak/domain-kit';
import { personAs, type ActingUser, type Person, type Role } from '../acting-user';
import { checkDocuments } from '../document-ref.policy';
import { isBelow, rankOf } from '../hierarchy.policy';
import type { LettersDeps } from '../letters.deps';
import type { DocumentRef, IsoInstant } from '../letter-values';
import { isIsoDate, localDate } from '../local-date';
import { Problems, isText } from '../problems';
import type { SendDisposisiData } from './surat-masuk.commands';
import type { SuratMasukEvent } from './surat-masuk.events';
import {
  holderReadsFirst,
  recipientReadsFirst,
  requireDisposisiOpen,
  requireHolder,
  requireOpen,
  requireOwnDisposisi,
} from './surat-masuk.guards';
import { openChildrenOf, type SuratMasukState } from './surat-masuk.state';

/**
 * Disposisi: the holder disposes the letter to people (or units, through their head) below them;
 * each recipient may dispose further, but only DOWN the dinas's hierarchy (data, see `Hierarchy`).
 * A disposisi further down inherits, and may not exceed, the batas waktu it was given.
 */
export function decideSendDisposisi(deps: LettersDeps, state: SuratMasukState, by: ActingUser, data: SendDisposisiData, sentAt: IsoInstant): SuratMasukEvent[] {
  const { config } = deps;
  const surat = requireOpen(state, data.letterId, by);
  const at = new Date(sentAt);

  let from: Person;
  let level: number;
  let inheritedBatasWaktu: string | null;
  let readFirst: SuratMasukEvent[];
  if (data.fromDisposisiId === null || data.fromDisposisiId === undefined) {
    requireHolder(surat, by);
    from = personAs(by, surat.holder.role);
    level = 1;
    inheritedBatasWaktu = null;
    readFirst = holderReadsFirst(surat, by, sentAt);
  } else {
    const received = requireOwnDisposisi(surat, data.fromDisposisiId, by);
    requireDisposisiOpen(received);
    from = personAs(by, received.to.role);
    level = received.level + 1;
    inheritedBatasWaktu = received.batasWaktu;
    readFirst = recipientReadsFirst(surat, received, by, sentAt);
  }

  const instruction = config.instructions.find((i) => i.code === data.instruction);
  if (instruction === undefined) {
    const allowed = config.instructions.map((i) => i.code).join(', ');
    throw validationError('DISPOSISI_INVALID', 'the disposisi cannot be sent', [{ field: 'instruction', message: `not in the dinas's instruction list: ${allowed}` }]);
  }
  const batasWaktu = data.batasWaktu ?? inheritedBatasWaktu;
  const today = localDate(at, config.utcOffsetMinutes).iso;
  requireDownward(data, from.role, config.hierarchy);
  const problems = new Problems();
  checkRecipients(problems, data, config.hierarchy);
  problems.check(typeof data.catatan === 'string', 'catatan', 'must be text (may be empty)');
  if (batasWaktu !== null) {
    problems.check(isIsoDate(batasWaktu), 'batasWaktu', 'must be a date YYYY-MM-DD');
    problems.check(!isIsoDate(batasWaktu) || batasWaktu >= today, 'batasWaktu', 'cannot be in the past');
    problems.check(inheritedBatasWaktu === null || batasWaktu <= inheritedBatasWaktu, 'batasWaktu', `cannot be later than the batas waktu received (${inheritedBatasWaktu})`);
  }
  problems.throwIfAny('DISPOSISI_INVALID', 'the disposisi cannot be sent');

  return [
    ...readFirst,
    ...data.recipients.map(
      (to, i): SuratMasukEvent => ({
        type: 'DisposisiSent',
        data: {
          letterId: surat.letterId,
          disposisiId: data.disposisiIds[i],
          parentDisposisiId: data.fromDisposisiId ?? null,
          level,
          from,
          to: to.unit === undefined ? { userId: to.userId, name: to.name, role: to.role } : { userId: to.userId, name: to.name, role: to.role, unit: to.unit },
          instruction: { code: instruction.code, label: instruction.label, requiresFollowUp: instruction.requiresFollowUp },
          catatan: data.catatan.trim(),
          batasWaktu,
          sentAt,
          sopCase: surat.sopCase,
        },
      }),
    ),
  ];
}

function checkRecipients(problems: Problems, data: SendDisposisiData, hierarchy: LettersDeps['config']['hierarchy']): void {
  if (!Array.isArray(data.recipients) || data.recipients.length === 0) {
    problems.check(false, 'recipients', 'at least one recipient');
    return;
  }
  const seen = new Set<string>();
  data.recipients.forEach((recipient, i) => {
    const field = `recipients[${i}]`;
    problems.text(recipient.userId, `${field}.userId`).text(recipient.name, `${field}.name`);
    problems.check(!seen.has(recipient.userId), `${field}.userId`, 'named twice');
    problems.text(data.disposisiIds?.[i], `disposisiIds[${i}]`);
    seen.add(recipient.userId);
    problems.check(rankOf(hierarchy, recipient.role) !== null, `${field}.role`, `${String(recipient.role)} cannot receive a disposisi`);
  });
}

/** A disposisi goes DOWN the hierarchy only: to a strictly lower level than the sender's. */
function requireDownward(data: SendDisposisiData, senderRole: Role, hierarchy: LettersDeps['config']['hierarchy']): void {
  const upward = (Array.isArray(data.recipients) ? data.recipients : [])
    .map((recipient, i) => ({ recipient, i }))
    .filter(({ recipient }) => rankOf(hierarchy, recipient.role) !== null && !isBelow(hierarchy, recipient.role, senderRole));
  if (upward.length > 0) {
    throw validationError(
      'DISPOSISI_NOT_DOWNWARD',
      `a disposisi goes down the hierarchy only; ${senderRole} cannot dispose to ${upward.map(({ recipient }) => recipient.role).join(', ')}`,
      upward.map(({ recipient, i }) => ({ field: `recipients[${i}].role`, message: `${recipient.role} is not below ${senderRole}` })),
    );
  }
}

export function decideAcknowledgeDisposisi(state: SuratMasukState, by: ActingUser, data: { letterId: string; disposisiId: string }, at: IsoInstant): SuratMasukEvent[] {
  const surat = requireOpen(state, data.letterId, by);
  const disposisi = requireOwnDisposisi(surat, data.disposisiId, by);
  requireDisposisiOpen(disposisi);
  if (disposisi.readAt !== null) throw illegalState('DISPOSISI_ALREADY_ACKNOWLEDGED', `the disposisi was already read at ${disposisi.readAt}`);
  return recipientReadsFirst(surat, disposisi, by, at);
}

export function decideReportFollowUp(
  state: SuratMasukState,
  by: ActingUser,
  data: { letterId: string; disposisiId: string; laporan: string; lampiran: DocumentRef[] },
  at: IsoInstant,
): SuratMasukEvent[] {
  const surat = requireOpen(state, data.letterId, by);
  const disposisi = requireOwnDisposisi(surat, data.disposisiId, by);
  requireDisposisiOpen(disposisi);
  const problems = new Problems().text(data.laporan, 'laporan');
  checkDocuments(problems, data.lampiran, 'lampiran');
  problems.throwIfAny('FOLLOW_UP_INVALID', 'the follow-up report is incomplete');
  return [
    ...recipientReadsFirst(surat, disposisi, by, at),
    {
      type: 'DisposisiFollowedUp',
      data: {
        letterId: surat.letterId,
        disposisiId: disposisi.disposisiId,
        by: personAs(by, disposisi.to.role),
        laporan: data.laporan.trim(),
        lampiran: data.lampiran,
        followedUpAt: at,
        sopCase: surat.sopCase,
      },
    },
  ];
}

/**
 * The recipient closes their disposisi once it is followed up (unless its instruction needs no
 * report, e.g. "arsipkan") and every disposisi they sent further down from it is closed.
 */
export function decideCloseDisposisi(state: SuratMasukState, by: ActingUser, data: { letterId: string; disposisiId: string; catatan?: string }, at: IsoInstant): SuratMasukEvent[] {
  const surat = requireOpen(state, data.letterId, by);
  const disposisi = requireOwnDisposisi(surat, data.disposisiId, by);
  requireDisposisiOpen(disposisi);
  if (disposisi.instruction.requiresFollowUp && disposisi.followedUpAt === null) {
    throw illegalState('DISPOSISI_NOT_FOLLOWED_UP', `"${disposisi.instruction.label}" needs a follow-up report before it is closed`);
  }
  const openChildren = openChildrenOf(surat, disposisi.disposisiId);
  if (openChildren.length > 0) {
    throw illegalState(
      'DISPOSISI_HAS_OPEN_CHILDREN',
      'dispositions sent further down are still open',
      openChildren.map((child) => ({ field: `dispositions.${child.disposisiId}`, message: `open at ${child.to.name}` })),
    );
  }
  return [
    ...recipientReadsFirst(surat, disposisi, by, at),
    {
      type: 'DisposisiClosed',
      data: {
        letterId: surat.letterId,
        disposisiId: disposisi.disposisiId,
        by: personAs(by, disposisi.to.role),
        reason: 'selesai',
        catatan: isText(data.catatan) ? data.catatan.trim() : '',
        closedAt: at,
        sopCase: surat.sopCase,
      },
    },
  ];
}
