import { assertNever } from '@jejak/domain-kit';
import type { LetterNumber, Person, Sifat, SuratKeluarEvent, SuratMasukEvent } from '../domain';
import type { FlowFact, FlowLink, LetterFlow } from './letter-flow.config';
import type { CaseFact, LetterFlowEvent } from './letter-flow.events';
import { conditionHolds, occurrenceOf, type TriggerContext } from './letter-flow.triggers';

type CaseFactEvent = Extract<LetterFlowEvent, { type: 'SopCaseFactRecorded' }>;

export interface FlowMappingInput extends TriggerContext {
  flow: LetterFlow;
  link: FlowLink;
  letterId: string;
  sifat: Sifat;
  /** The letter facts just decided, in order. */
  events: readonly (SuratMasukEvent | SuratKeluarEvent)[];
  /** Rules (`<flow>#<index>`) that already fired on this letter. */
  fired: ReadonlySet<string>;
  /** Set when these events open the case: the `opened` fact comes first. */
  opening?: { reference: string; origin: string } | null;
}

const actorOf = (person: Person) => ({ userId: person.userId, role: person.role, name: person.name });

/** A signed letter's number as a document reference; a rahasia letter is referred to by id only. */
function documentRefOf(letterId: string, sifat: Sifat, nomor: LetterNumber | null): string {
  if (sifat === 'rahasia' || nomor === null) return `surat-keluar/${letterId}`;
  return nomor.formatted;
}

function caseFact(fact: FlowFact, caseId: string, at: string, actor: Person, documentRef: string): CaseFact {
  const base = { caseId, at, actor: actorOf(actor) };
  switch (fact.fact) {
    case 'step-started':
      return { fact: 'step-started', data: { ...base, stepKey: fact.stepKey } };
    case 'step-completed': {
      const data = { ...base, stepKey: fact.stepKey, kelengkapan: [...fact.kelengkapan], output: fact.output };
      return { fact: 'step-completed', data: fact.documentRef === 'letter' ? { ...data, documentRef } : data };
    }
    case 'decision-taken':
      return { fact: 'decision-taken', data: { ...base, stepKey: fact.stepKey, decision: fact.decision } };
    case 'cancelled':
      return { fact: 'cancelled', data: { ...base, reason: fact.reason } };
    default:
      return assertNever(fact, 'flow fact');
  }
}

/**
 * Pure: the SOP case facts that a batch of letter facts stands for under the dinas's flow. Each rule
 * fires at most once per letter unless it says `repeat`; facts keep the letter facts' order.
 */
export function mapLetterFacts(input: FlowMappingInput): CaseFactEvent[] {
  const { flow, link, letterId } = input;
  const fired = new Set(input.fired);
  const out: CaseFactEvent[] = [];
  const record = (fact: CaseFact, rule: string) => out.push({ type: 'SopCaseFactRecorded', data: { ...fact, letterId, flow: flow.key, rule } } as CaseFactEvent);

  for (const event of input.events) {
    const occurrence = occurrenceOf(event, input);
    if (occurrence === null) continue;
    if (input.opening && event.type === 'SuratMasukRegistered') {
      const sop = Object.fromEntries(Object.entries(flow.sop).filter(([, v]) => v !== undefined));
      record({ fact: 'opened', data: { caseId: link.caseId, at: occurrence.at, actor: actorOf(occurrence.actor), sop, ...input.opening } }, `${flow.key}#opened`);
    }
    const nomor = event.type === 'LetterSigned' ? event.data.nomor : null;
    flow.rules.forEach((rule, index) => {
      const ruleId = `${flow.key}#${index}`;
      if (rule.on !== occurrence.on || !conditionHolds(rule.when, occurrence)) return;
      if (!rule.repeat && fired.has(ruleId)) return;
      fired.add(ruleId);
      const documentRef = documentRefOf(letterId, input.sifat, nomor);
      for (const fact of rule.facts) record(caseFact(fact, link.caseId, occurrence.at, occurrence.actor, documentRef), ruleId);
    });
  }
  return out;
}
