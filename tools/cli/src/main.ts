import { Command, CommanderError } from 'commander';
import { EXIT, processIo, type CliIo } from './cli-io';
import { loanCommand } from './loan-schedule.command';
import { sopCommand } from './sop-import.command';

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

/** Runs the `jejak` command line and resolves to the exit code. `argv` as in `process.argv`. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('jejak').description('Jejak: alat baris perintah');
  const setCode = (exitCode: number) => {
    code = exitCode;
  };
  program.addCommand(sopCommand(io, setCode));
  program.addCommand(loanCommand(io, setCode));
  for (const command of allCommands(program)) {
    command
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
      .showHelpAfterError('(lihat "jejak --help" atau "jejak sop import --help")');
  }
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return code;
}
