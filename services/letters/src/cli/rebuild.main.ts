import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { lettersProjection } from '../read-model/letters.projection';

runRebuildCli('letters', lettersProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
