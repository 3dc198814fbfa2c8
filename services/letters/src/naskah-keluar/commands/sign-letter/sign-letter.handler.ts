import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { sequenceKeyAt, type NumberSource, type SuratKeluarCommand } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { NASKAH_KELUAR } from '../../../shared/letter-kinds';
import { decideLocalised } from '../../../shared/letters-error.messages';
import { NumberIssuer } from '../../../shared/number.issuer';
import { SignLetterCommand } from './sign-letter.command';

/**
 * Signature: check the signer may sign now (a dry run with a placeholder number, so no number is
 * reserved for a refused signature), then take the next number of the jenis's book for this letter
 * (gap-free, retried under concurrency, idempotent per letter), then record the signature with it.
 */
@CommandHandler(SignLetterCommand)
export class SignLetterHandler implements ICommandHandler<SignLetterCommand, LetterCommandResult> {
  constructor(
    private readonly executor: LetterCommandExecutor,
    private readonly numbers: NumberIssuer,
  ) {}

  execute({ user, letterId, body, expectedRevision }: SignLetterCommand): Promise<LetterCommandResult> {
    return this.executor.keluar.run(letterId,
      user,
      async ({ state }, tenant) => {
        const by = actingUser(user);
        const sign = (nomor: NumberSource): SuratKeluarCommand => ({ type: 'SignLetter', by, data: { letterId, nomor } });
        if (body.nomorEksternal !== undefined) return { command: sign({ source: 'external', system: body.nomorEksternal.system, nomor: body.nomorEksternal.nomor }) };
        const jenis = NASKAH_KELUAR.context(state).jenis ?? 'surat_keluar';
        const key = sequenceKeyAt(user.tenant, tenant.config.naskahKeluar[jenis].sequence, this.executor.now(), tenant.config.utcOffsetMinutes);
        decideLocalised(() => tenant.keluar.decide(sign({ source: 'jejak', issued: { ...key, n: 1, letterId } }), state));
        const issued = await this.numbers.issue(user, key, letterId);
        return { command: sign({ source: 'jejak', issued }) };
      },
      { expectedRevision },
    );
  }
}
