import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata, ROLE_LABELS, type AuthenticatedUser } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { DataSource } from 'typeorm';
import type { PersonClaims } from '../domain/roles/person.commands';
import { PersonAggregate } from '../domain/roles/person.decider';

/** A person of the dinas as their token last named them. */
export interface Person {
  userId: string;
  name: string;
  nip: string;
  /** The jabatan of their highest role, as the token's role claim names it. */
  jabatan: string;
  roles: string[];
  /** When the service saw these claims first (their first call, or the call after they changed). */
  claimsSince: string;
}

const MAX_REMEMBERED = 10_000;

const ilikePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface PersonRow {
  user_id: string;
  name: string;
  nip: string;
  jabatan: string;
  roles: string[];
  claims_since: Date;
}

const personOf = (r: PersonRow): Person => ({ userId: r.user_id, name: r.name, nip: r.nip, jabatan: r.jabatan, roles: r.roles, claimsSince: new Date(r.claims_since).toISOString() });

/** The claims the directory keeps for a user: name, NIP, jabatan (of the highest role) and roles, as the token has them. */
export function personClaimsOf(user: AuthenticatedUser): PersonClaims {
  return { tenant: user.tenant, userId: user.userId, name: user.name.trim(), nip: user.nip, jabatan: user.roles.length > 0 ? ROLE_LABELS[user.roles[0]] : '', roles: [...user.roles] };
}

/**
 * The user directory per dinas: filled from the identity token's claims as users call the service (recorded as
 * events `person-<tenant>-<userId>` when they change, projected into the `people` read model), so letters and cases
 * can name people and list who can act on a step. A person appears once they have used the service.
 */
@Injectable()
export class PeopleDirectory {
  private readonly logger = new Logger(PeopleDirectory.name);
  /** The claims this process already recorded (or found recorded) per user: unchanged claims cost nothing. */
  private readonly recorded = new Map<string, string>();

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Records the caller's claims when they differ from what the directory holds. */
  async record(user: AuthenticatedUser): Promise<void> {
    if (user.userId === '' || user.tenant === '' || user.roles.length === 0) return;
    const claims = personClaimsOf(user);
    const key = `${claims.tenant}-${claims.userId}`;
    const fingerprint = JSON.stringify(claims);
    if (this.recorded.get(key) === fingerprint) return;
    try {
      await this.pipeline.execute(PersonAggregate, {
        id: key,
        command: { type: 'ObservePersonClaims', claims, at: this.clock.now().toISOString() },
        metadata: eventMetadata(user, currentCorrelationId()),
        retries: 2,
      });
      if (this.recorded.size >= MAX_REMEMBERED) this.recorded.clear();
      this.recorded.set(key, fingerprint);
    } catch (error) {
      // The directory follows the identity provider: a failed write must not fail the user's request; the next call tries again.
      this.logger.warn(`people directory not updated for ${user.userId}: ${(error as Error).message}`);
    }
  }

  /** People of a dinas whose name or jabatan contains `q` (case-insensitive), by name; all of them without `q`; only holders of `roles` when given. */
  async find(tenant: string, q: string | undefined, limit: number, roles?: readonly string[]): Promise<Person[]> {
    const params: unknown[] = [tenant];
    const where = ['tenant = $1'];
    if (q && q.trim() !== '') {
      params.push(ilikePattern(q.trim()));
      where.push(`(name ILIKE $${params.length} OR jabatan ILIKE $${params.length})`);
    }
    if (roles) {
      params.push([...roles]);
      where.push(`roles && $${params.length}::text[]`);
    }
    params.push(limit);
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT user_id, name, nip, jabatan, roles, claims_since FROM people WHERE ${where.join(' AND ')} ORDER BY lower(name), user_id LIMIT $${params.length}`,
      params,
    );
    return rows.map(personOf);
  }

  /** The directory entries of the given users (those who have used the service). */
  async byIds(tenant: string, userIds: readonly string[]): Promise<Map<string, Person>> {
    if (userIds.length === 0) return new Map();
    const rows: PersonRow[] = await this.dataSource.query(`SELECT user_id, name, nip, jabatan, roles, claims_since FROM people WHERE tenant = $1 AND user_id = ANY($2::text[])`, [tenant, [...userIds]]);
    return new Map(rows.map((r) => [r.user_id, personOf(r)]));
  }
}
