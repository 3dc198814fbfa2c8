import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { sopCaseLinkOf } from '../../../shared/sop-case.link';
import { LinkSopCaseCommand } from './link-sop-case.command';

/** Links a registered letter to an existing SOP case it advances; its later facts map through the flow. */
@CommandHandler(LinkSopCaseCommand)
export class LinkSopCaseHandler implements ICommandHandler<LinkSopCaseCommand, LetterCommandResult> {
  constructor(
    private readonly executor: LetterCommandExecutor,
    private readonly registry: LettersConfigRegistry,
  ) {}

  execute({ user, letterId, body, expectedRevision }: LinkSopCaseCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId,
      user,
      () => {
        const flow = this.registry.flow(user.tenant, body.flow, 'flow');
        return {
          command: { type: 'LinkSuratMasukToSopCase', by: actingUser(user), data: { letterId, sopCase: sopCaseLinkOf(flow, body.caseId) } },
          assign: { link: { flow: flow.key, caseId: body.caseId }, opening: null },
        };
      },
      { expectedRevision },
    );
  }
}
