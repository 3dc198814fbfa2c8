import type { Sql } from '@jejak/postgres';
import type { AppendOptions, AppendResult, NewEvent, ReadStreamOptions, RecordedEvent, UnitOfWork } from '../event-store.port';
import type { PostgresEventStore } from './postgres-event-store';

/** A unit of work on one client inside one transaction (opened by the store or by the caller). */
export class PostgresUnitOfWork implements UnitOfWork {
  private open = true;

  constructor(
    private readonly store: PostgresEventStore,
    private readonly client: Sql,
  ) {}

  get sql(): Sql {
    this.assertOpen();
    return this.client;
  }

  requireSql(): Sql {
    return this.sql;
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    return this.store.append(stream, events, { ...options, client: this.client });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.store.readStreamWith(this.client, stream, options);
  }

  close(): void {
    this.open = false;
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('this unit of work has already finished');
  }
}
