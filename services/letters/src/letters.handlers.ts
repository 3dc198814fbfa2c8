import { AcknowledgeDisposisiHandler } from './surat-masuk/commands/acknowledge-disposisi/acknowledge-disposisi.handler';
import { CloseDisposisiHandler } from './surat-masuk/commands/close-disposisi/close-disposisi.handler';
import { CloseSuratMasukHandler } from './surat-masuk/commands/close-surat-masuk/close-surat-masuk.handler';
import { LinkSopCaseHandler } from './surat-masuk/commands/link-sop-case/link-sop-case.handler';
import { ReadSuratMasukHandler } from './surat-masuk/commands/read-surat-masuk/read-surat-masuk.handler';
import { RegisterSuratMasukHandler } from './surat-masuk/commands/register-surat-masuk/register-surat-masuk.handler';
import { ReportFollowUpHandler } from './surat-masuk/commands/report-follow-up/report-follow-up.handler';
import { SendDisposisiHandler } from './surat-masuk/commands/send-disposisi/send-disposisi.handler';
import { DispatchLetterHandler } from './naskah-keluar/commands/dispatch-letter/dispatch-letter.handler';
import { GiveParafHandler } from './naskah-keluar/commands/give-paraf/give-paraf.handler';
import { ReturnDraftHandler } from './naskah-keluar/commands/return-draft/return-draft.handler';
import { ReviseDraftHandler } from './naskah-keluar/commands/revise-draft/revise-draft.handler';
import { SignLetterHandler } from './naskah-keluar/commands/sign-letter/sign-letter.handler';
import { SubmitForParafHandler } from './naskah-keluar/commands/submit-for-paraf/submit-for-paraf.handler';
import { ReplyLinkResolver } from './naskah-keluar/commands/write-draft/reply-link.resolver';
import { WriteDraftHandler } from './naskah-keluar/commands/write-draft/write-draft.handler';
import { OpenNumberSequenceHandler } from './numbering/commands/open-number-sequence/open-number-sequence.handler';
import { AgendaSuratKeluarHandler } from './queries/agenda-surat-keluar/agenda-surat-keluar.handler';
import { AgendaSuratMasukHandler } from './queries/agenda-surat-masuk/agenda-surat-masuk.handler';
import { GetNaskahKeluarHandler } from './queries/get-naskah-keluar/get-naskah-keluar.handler';
import { GetSuratMasukHandler } from './queries/get-surat-masuk/get-surat-masuk.handler';
import { LetterDetailLoader } from './queries/letter-detail.loader';
import { LetterHistoryHandler } from './queries/letter-history/letter-history.handler';
import { AgendaBookReader } from './queries/agenda-book.reader';
import { LetterRowsReader } from './queries/letter-rows.reader';
import { ListLettersHandler } from './queries/list-letters/list-letters.handler';
import { MyQueuesHandler } from './queries/my-queues/my-queues.handler';

/** Command and query handlers, and the services they share. */
export const LETTERS_HANDLERS = [
  RegisterSuratMasukHandler,
  ReadSuratMasukHandler,
  LinkSopCaseHandler,
  SendDisposisiHandler,
  AcknowledgeDisposisiHandler,
  ReportFollowUpHandler,
  CloseDisposisiHandler,
  CloseSuratMasukHandler,
  WriteDraftHandler,
  ReplyLinkResolver,
  ReviseDraftHandler,
  SubmitForParafHandler,
  GiveParafHandler,
  ReturnDraftHandler,
  SignLetterHandler,
  DispatchLetterHandler,
  OpenNumberSequenceHandler,
  LetterDetailLoader,
  LetterRowsReader,
  AgendaBookReader,
  ListLettersHandler,
  LetterHistoryHandler,
  MyQueuesHandler,
  AgendaSuratMasukHandler,
  AgendaSuratKeluarHandler,
  GetSuratMasukHandler,
  GetNaskahKeluarHandler,
];
