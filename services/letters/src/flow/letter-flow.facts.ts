import { Injectable } from '@nestjs/common';
import { LettersConfigRegistry } from '../config/letters-config.registry';
import type { SuratKeluarEvent, SuratMasukEvent } from '../domain';
import type { LetterKind } from '../shared/letter-kinds';
import type { LetterStreamEvent, LetterStreamState } from '../shared/letter-stream.aggregate';
import type { FlowLink } from './letter-flow.config';
import type { LetterFlowEvent } from './letter-flow.events';
import { mapLetterFacts } from './letter-flow.mapper';

/** The SOP case a command makes the letter join: opening it, or advancing one. */
export interface FlowAssignment {
  link: FlowLink;
  opening: { reference: string; origin: string } | null;
}

type Also<E, S> = (events: LetterStreamEvent<E>[], before: LetterStreamState<S>, after: LetterStreamState<S>) => LetterFlowEvent[];

/**
 * The flow facts of decided letter facts, for the command pipeline's `also` (appended in the SAME
 * append as the letter facts): joining the case (once), then the case step facts they stand for
 * under the letter's flow.
 */
@Injectable()
export class LetterFlowFacts {
  constructor(private readonly registry: LettersConfigRegistry) {}

  of<C, E extends { type: string; data: unknown }, S>(kind: LetterKind<C, E, S>, tenant: string, letterId: string, at: string, assign: FlowAssignment | null = null): Also<E, S> {
    return (events, before, after) => {
      const out: LetterFlowEvent[] = [];
      const link = before.link ?? assign?.link ?? null;
      if (before.link === null && assign !== null) {
        out.push({ type: 'LetterFlowAssigned', data: { letterId, flow: assign.link.flow, caseId: assign.link.caseId, opened: assign.opening !== null, at } });
      }
      const flow = link === null ? undefined : this.registry.flows(tenant).find((f) => f.key === link.flow);
      const view = kind.view(after.letter);
      if (link === null || flow === undefined || view === null) return out;
      const facts = mapLetterFacts({
        ...kind.context(after.letter),
        flow,
        link,
        letterId,
        sifat: view.sifat,
        events: events as (SuratMasukEvent | SuratKeluarEvent)[],
        fired: before.fired,
        opening: before.link === null ? (assign?.opening ?? null) : null,
      });
      return [...out, ...facts];
    };
  }
}
