import { DispatchLetterHandler } from './commands/dispatch-letter/dispatch-letter.handler';
import { DispatchLetterHttpController } from './commands/dispatch-letter/dispatch-letter.http.controller';
import { GiveParafHandler } from './commands/give-paraf/give-paraf.handler';
import { GiveParafHttpController } from './commands/give-paraf/give-paraf.http.controller';
import { ReturnDraftHandler } from './commands/return-draft/return-draft.handler';
import { ReturnDraftHttpController } from './commands/return-draft/return-draft.http.controller';
import { ReviseDraftHandler } from './commands/revise-draft/revise-draft.handler';
import { ReviseDraftHttpController } from './commands/revise-draft/revise-draft.http.controller';
import { SignLetterHandler } from './commands/sign-letter/sign-letter.handler';
import { SignLetterHttpController } from './commands/sign-letter/sign-letter.http.controller';
import { SubmitForParafHandler } from './commands/submit-for-paraf/submit-for-paraf.handler';
import { SubmitForParafHttpController } from './commands/submit-for-paraf/submit-for-paraf.http.controller';
import { ReplyLinkResolver } from './commands/write-draft/reply-link.resolver';
import { WriteDraftHandler } from './commands/write-draft/write-draft.handler';
import { WriteDraftHttpController } from './commands/write-draft/write-draft.http.controller';
import { AgendaSuratKeluarHandler } from './queries/agenda-surat-keluar/agenda-surat-keluar.handler';
import { AgendaSuratKeluarHttpController } from './queries/agenda-surat-keluar/agenda-surat-keluar.http.controller';
import { GetSuratKeluarHandler } from './queries/get-surat-keluar/get-surat-keluar.handler';
import { GetSuratKeluarHttpController } from './queries/get-surat-keluar/get-surat-keluar.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

/** Surat keluar and nota dinas: drafting, the paraf chain, signature with its number, dispatch; their detail and agenda book. */
export const suratKeluarSlice: ServiceSlice = {
  controllers: [
    WriteDraftHttpController,
    ReviseDraftHttpController,
    SubmitForParafHttpController,
    GiveParafHttpController,
    ReturnDraftHttpController,
    SignLetterHttpController,
    DispatchLetterHttpController,
    AgendaSuratKeluarHttpController,
    GetSuratKeluarHttpController,
  ],
  providers: [
    WriteDraftHandler,
    ReplyLinkResolver,
    ReviseDraftHandler,
    SubmitForParafHandler,
    GiveParafHandler,
    ReturnDraftHandler,
    SignLetterHandler,
    DispatchLetterHandler,
    AgendaSuratKeluarHandler,
    GetSuratKeluarHandler,
  ],
};
