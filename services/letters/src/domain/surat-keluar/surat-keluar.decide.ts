import { assertNever } from '@jejak/domain-kit';
import type { LettersDeps } from '../letters.deps';
import { decideReviseDraft, decideSubmitForParaf, decideWriteDraft } from './drafting.rules';
import { decideGiveParaf, decideReturnDraft } from './paraf.rules';
import { decideDispatch, decideSign } from './signing.rules';
import type { SuratKeluarCommand } from './surat-keluar.commands';
import type { SuratKeluarEvent } from './surat-keluar.events';
import type { SuratKeluarState } from './surat-keluar.state';

/** decide(command, state) in one dinas's configuration; each step's rules live in its `*.rules.ts`. */
export function decideSuratKeluar(deps: LettersDeps, command: SuratKeluarCommand, state: SuratKeluarState): SuratKeluarEvent[] {
  switch (command.type) {
    case 'WriteDraft':
      return decideWriteDraft(deps, state, command.by, command.data, command.at);
    case 'ReviseDraft':
      return decideReviseDraft(deps, state, command.by, command.data, command.at);
    case 'SubmitDraftForParaf':
      return decideSubmitForParaf(deps, state, command.by, command.data, command.at);
    case 'GiveParaf':
      return decideGiveParaf(state, command.by, command.data, command.at);
    case 'ReturnDraft':
      return decideReturnDraft(state, command.by, command.data, command.at);
    case 'SignLetter':
      return decideSign(deps, state, command.by, command.data, command.at);
    case 'DispatchLetter':
      return decideDispatch(deps, state, command.by, command.data, command.at);
    default:
      return assertNever(command, 'command');
  }
}
