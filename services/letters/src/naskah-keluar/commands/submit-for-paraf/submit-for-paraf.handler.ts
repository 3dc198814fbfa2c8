import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Person } from '../../../domain';
import type { PersonDto } from '../../../shared/dto/letter-values.dto';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { SubmitForParafCommand } from './submit-for-paraf.command';

const person = (p: PersonDto): Person => ({ userId: p.userId, name: p.name, role: p.role });

/** The drafter submits the draft to the paraf chain of its jenis (a new round each time). */
@CommandHandler(SubmitForParafCommand)
export class SubmitForParafHandler implements ICommandHandler<SubmitForParafCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, body, expectedRevision }: SubmitForParafCommand): Promise<LetterCommandResult> {
    return this.executor.keluar.run(letterId,
      user,
      () => ({ command: { type: 'SubmitDraftForParaf', by: actingUser(user), data: { letterId, reviewers: body.reviewers.map(person), signer: person(body.signer) } } }),
      { expectedRevision },
    );
  }
}
