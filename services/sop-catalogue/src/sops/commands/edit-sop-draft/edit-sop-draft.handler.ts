import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { EditSopDraftCommand } from './edit-sop-draft.command';

@CommandHandler(EditSopDraftCommand)
export class EditSopDraftHandler implements ICommandHandler<EditSopDraftCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: EditSopDraftCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (_state, at) => ({ type: 'EditSopDraft', version: c.version, content: c.content, at }), c.expectedRevision);
  }
}
