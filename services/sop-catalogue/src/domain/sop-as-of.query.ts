import type { SopContent } from '@jejak/contracts';
import { fold } from '@jejak/domain-kit';
import type { IsoDate, IsoInstant, PaperApproval, SopApprover, SopEvent } from './sop/sop.events';
import { openVersion, versionInForceOn, type OpenVersion, type SopState } from './sop/sop.state';
import { sopDecider } from './sop/sop.decider';
import { DEFAULT_TIME_ZONE, instantMillis, pointInTime } from './sop-dates';

export interface SopAsOfOptions {
  /** Zone of the dinas's calendar, for date-only questions and recording times. Default Asia/Jakarta. */
  timeZone?: string;
  /**
   * Which knowledge decides the effective version:
   * - `latest` (default): everything recorded so far. An SOP imported today and made effective from 2020-07-22
   *   answers questions about 2021 (flagged `retroactive`).
   * - `then`: only what had been recorded by the end of the asked day: what an auditor on that day saw.
   */
  knowledge?: 'latest' | 'then';
}

export interface SopAsOfEffective {
  version: number;
  content: SopContent;
  effectiveFrom: IsoDate;
  /** Exclusive end (the next version's effective date or the retirement date), if known. */
  effectiveUntil: IsoDate | null;
  /** The Jejak user who approved it; null when it was approved on paper (`approvedOnPaper`). */
  approvedBy: SopApprover | null;
  /** Set when the version was approved and in force on paper before it was registered in Jejak. */
  approvedOnPaper?: PaperApproval;
  /** When the version was made effective in Jejak. */
  madeEffectiveAt: IsoInstant;
  /** True when that was recorded after the asked day: the version governed the day, but nobody had recorded it yet. */
  retroactive: boolean;
}

export interface SopAsOfDraft {
  version: number;
  stage: OpenVersion['stage'];
  content: SopContent;
}

export interface SopAsOf {
  /** The calendar day asked about. */
  date: IsoDate;
  /** Whether anything about the SOP was known for that day (drafted by then, or in force on it). */
  exists: boolean;
  /** The version in force on that day. */
  effective: SopAsOfEffective | null;
  /** The version being worked on at that time (as recorded by then). */
  draft: SopAsOfDraft | null;
  /** Set when the SOP was retired and no longer in force on that day. */
  retired: { retiredFrom: IsoDate; reason: string } | null;
}

const atOf = (event: SopEvent): IsoInstant => event.data.at;

/**
 * The SOP exactly as it was on a date (or at an instant), for auditors: which version governed that day,
 * its content, and the draft as it stood then. Pure: folds the SOP's events.
 * The draft is always the recorded one (events recorded before the end of the day / the instant);
 * the effective version follows `options.knowledge`.
 */
export function sopAsOf(events: readonly SopEvent[], when: string, options: SopAsOfOptions = {}): SopAsOf {
  const point = pointInTime(when, options.timeZone ?? DEFAULT_TIME_ZONE);
  // Stream order is the order of record: the state then is the longest prefix recorded before the cut-off.
  const firstLater = events.findIndex((event) => instantMillis(atOf(event)) >= point.recordedBefore);
  const recordedThen = firstLater === -1 ? events : events.slice(0, firstLater);
  const stateThen = fold(sopDecider, recordedThen);
  const knownEvents = options.knowledge === 'then' ? recordedThen : events;
  const stateKnown = options.knowledge === 'then' ? stateThen : fold(sopDecider, events);

  const inForce = versionInForceOn(stateKnown, point.date);
  let effective: SopAsOfEffective | null = null;
  if (inForce !== null) {
    const made = knownEvents.find((event) => event.type === 'SopMadeEffective' && event.data.version === inForce.version);
    const madeEffectiveAt = made === undefined ? '' : atOf(made);
    effective = {
      version: inForce.version,
      content: inForce.content,
      effectiveFrom: inForce.effectiveFrom,
      effectiveUntil: inForce.stage === 'effective' ? null : inForce.effectiveUntil,
      approvedBy: inForce.approval.approvedBy,
      ...(inForce.approval.onPaper === undefined ? {} : { approvedOnPaper: inForce.approval.onPaper }),
      madeEffectiveAt,
      retroactive: instantMillis(madeEffectiveAt) >= point.recordedBefore,
    };
  }

  const open = stateThen.stage === 'active' ? openVersion(stateThen) : null;
  const draft = open === null ? null : { version: open.version, stage: open.stage, content: open.content };
  return { date: point.date, exists: stateThen.stage !== 'none' || effective !== null, effective, draft, retired: retiredOn(stateKnown, point.date) };
}

function retiredOn(state: SopState, date: IsoDate): SopAsOf['retired'] {
  if (state.stage !== 'retired' || date < state.retiredFrom) return null;
  return { retiredFrom: state.retiredFrom, reason: state.reason };
}
