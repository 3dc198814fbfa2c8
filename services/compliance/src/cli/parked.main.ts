import 'reflect-metadata';
import { runParkedCli } from '@jejak/service-kit';
import { COMPLIANCE_SERVICE } from '../compliance.service';
import { complianceProjection } from '../workers/compliance.projection';

/**
 * `node services/compliance/dist/cli/parked.main.js list|retry <event-id>|all [--json]`: the events the compliance
 * projection parked (it could not handle them, e.g. old bad data), and their retry after a fix (same environment as
 * the service). Compliance has no outbox: only `--worker projection`.
 */
runParkedCli({ serviceName: COMPLIANCE_SERVICE.name, projection: complianceProjection }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${COMPLIANCE_SERVICE.name} parked failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
