import { AcknowledgeDisposisiHttpController } from './surat-masuk/commands/acknowledge-disposisi/acknowledge-disposisi.http.controller';
import { CloseDisposisiHttpController } from './surat-masuk/commands/close-disposisi/close-disposisi.http.controller';
import { CloseSuratMasukHttpController } from './surat-masuk/commands/close-surat-masuk/close-surat-masuk.http.controller';
import { LinkSopCaseHttpController } from './surat-masuk/commands/link-sop-case/link-sop-case.http.controller';
import { ReadSuratMasukHttpController } from './surat-masuk/commands/read-surat-masuk/read-surat-masuk.http.controller';
import { RegisterSuratMasukHttpController } from './surat-masuk/commands/register-surat-masuk/register-surat-masuk.http.controller';
import { ReportFollowUpHttpController } from './surat-masuk/commands/report-follow-up/report-follow-up.http.controller';
import { SendDisposisiHttpController } from './surat-masuk/commands/send-disposisi/send-disposisi.http.controller';
import { DispatchLetterHttpController } from './naskah-keluar/commands/dispatch-letter/dispatch-letter.http.controller';
import { GiveParafHttpController } from './naskah-keluar/commands/give-paraf/give-paraf.http.controller';
import { ReturnDraftHttpController } from './naskah-keluar/commands/return-draft/return-draft.http.controller';
import { ReviseDraftHttpController } from './naskah-keluar/commands/revise-draft/revise-draft.http.controller';
import { SignLetterHttpController } from './naskah-keluar/commands/sign-letter/sign-letter.http.controller';
import { SubmitForParafHttpController } from './naskah-keluar/commands/submit-for-paraf/submit-for-paraf.http.controller';
import { WriteDraftHttpController } from './naskah-keluar/commands/write-draft/write-draft.http.controller';
import { OpenNumberSequenceHttpController } from './numbering/commands/open-number-sequence/open-number-sequence.http.controller';
import { AgendaSuratKeluarHttpController } from './queries/agenda-surat-keluar/agenda-surat-keluar.http.controller';
import { AgendaSuratMasukHttpController } from './queries/agenda-surat-masuk/agenda-surat-masuk.http.controller';
import { GetNaskahKeluarHttpController } from './queries/get-naskah-keluar/get-naskah-keluar.http.controller';
import { GetSuratMasukHttpController } from './queries/get-surat-masuk/get-surat-masuk.http.controller';
import { LetterHistoryHttpController } from './queries/letter-history/letter-history.http.controller';
import { ListLettersHttpController } from './queries/list-letters/list-letters.http.controller';
import { MyQueuesHttpController } from './queries/my-queues/my-queues.http.controller';

/** Every HTTP controller of the service, one per slice. */
export const LETTERS_CONTROLLERS = [
  RegisterSuratMasukHttpController,
  ReadSuratMasukHttpController,
  LinkSopCaseHttpController,
  SendDisposisiHttpController,
  AcknowledgeDisposisiHttpController,
  ReportFollowUpHttpController,
  CloseDisposisiHttpController,
  CloseSuratMasukHttpController,
  WriteDraftHttpController,
  ReviseDraftHttpController,
  SubmitForParafHttpController,
  GiveParafHttpController,
  ReturnDraftHttpController,
  SignLetterHttpController,
  DispatchLetterHttpController,
  OpenNumberSequenceHttpController,
  ListLettersHttpController,
  LetterHistoryHttpController,
  MyQueuesHttpController,
  AgendaSuratMasukHttpController,
  AgendaSuratKeluarHttpController,
  GetSuratMasukHttpController,
  GetNaskahKeluarHttpController,
];
