import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { forbidden, validationError } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql } from '@jejak/nest-platform';
import { Repository } from 'typeorm';
import { SopListEntity } from '../../read-model/sop-list.entity';
import { decodeCursor, encodeCursor } from './list-sops.cursor';
import { ListSopsQuery } from './list-sops.query';
import { LIST_DEFAULT_LIMIT } from './list-sops.request.dto';

export interface SopListItem {
  sopId: string;
  tenant: string;
  unit: string;
  nomor: string | null;
  nama: string;
  origin: string;
  latestVersion: number;
  latestStage: string;
  effectiveVersion: number | null;
  effectiveFrom: string | null;
  retiredFrom: string | null;
  streamRevision: number;
  draftedAt: string;
  updatedAt: string;
}

export interface SopListPage {
  /** How many SOPs match the filters (all pages). */
  total: number;
  items: SopListItem[];
  /** Cursor of the next page, null on the last one. */
  next: string | null;
}

interface Row {
  sop_id: string;
  tenant: string;
  unit: string;
  nomor: string | null;
  nama: string;
  origin: string;
  latest_version: number;
  latest_stage: string;
  effective_version: number | null;
  effective_from: string | null;
  retired_from: string | null;
  stream_revision: number;
  drafted_at: Date;
  updated_at: Date;
  drafted_key: string;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `GET /sops`: keyset pages in (tenant, drafted_at, sop_id) order (indexed, see the paging migration),
 * filtered within the dinas the user may read.
 */
@QueryHandler(ListSopsQuery)
export class ListSopsHandler implements IQueryHandler<ListSopsQuery, SopListPage> {
  constructor(@InjectRepository(SopListEntity) private readonly sops: Repository<SopListEntity>) {}

  async execute({ user, filter }: ListSopsQuery): Promise<SopListPage> {
    if (filter.tenant && !canRead(user, filter.tenant)) {
      throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${filter.tenant}`);
    }
    if (filter.cursor !== undefined && filter.offset !== undefined) {
      throw validationError('VALIDATION_FAILED', 'cursor dan offset tidak dapat dipakai bersamaan', [{ field: 'offset', message: 'gunakan cursor atau offset, tidak keduanya' }]);
    }
    const cursor = filter.cursor !== undefined ? decodeCursor(filter.cursor) : null;
    const limit = filter.limit ?? LIST_DEFAULT_LIMIT;

    const scope = tenantFilterSql(readableTenantFilter(user), 's.tenant', 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    const param = (value: unknown): string => `$${params.push(value)}`;
    if (filter.tenant) where.push(`s.tenant = ${param(filter.tenant)}`);
    if (filter.unit) where.push(`s.unit = ${param(filter.unit)}`);
    if (filter.stage) where.push(`s.latest_stage = ${param(filter.stage)}`);
    if (filter.q) {
      const like = param(`%${escapeLike(filter.q)}%`);
      where.push(`(s.nama ILIKE ${like} OR s.nomor ILIKE ${like} OR s.unit ILIKE ${like})`);
    }
    const filtered = where.join(' AND ');
    const countParams = [...params];
    if (cursor) where.push(`(s.tenant, s.drafted_at, s.sop_id) > (${param(cursor.tenant)}, ${param(cursor.draftedAt)}::timestamptz, ${param(cursor.sopId)}::uuid)`);
    const skip = filter.offset ?? 0;

    const [rows, counted] = await Promise.all([
      this.sops.query(
        `SELECT s.sop_id, s.tenant, s.unit, s.nomor, s.nama, s.origin, s.latest_version, s.latest_stage, s.effective_version,
           s.effective_from::text AS effective_from, s.retired_from::text AS retired_from, s.stream_revision, s.drafted_at, s.updated_at,
           s.drafted_at::text AS drafted_key
         FROM sop_list s WHERE ${where.join(' AND ')}
         ORDER BY s.tenant, s.drafted_at, s.sop_id
         LIMIT ${param(limit + 1)} OFFSET ${param(skip)}`,
        params,
      ) as Promise<Row[]>,
      this.sops.query(`SELECT count(*)::int AS total FROM sop_list s WHERE ${filtered}`, countParams) as Promise<{ total: number }[]>,
    ]);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next = rows.length > limit && last ? encodeCursor({ tenant: last.tenant, draftedAt: last.drafted_key, sopId: last.sop_id }) : null;
    return { total: counted[0].total, items: page.map(toItem), next };
  }
}

function toItem(row: Row): SopListItem {
  return {
    sopId: row.sop_id,
    tenant: row.tenant,
    unit: row.unit,
    nomor: row.nomor,
    nama: row.nama,
    origin: row.origin,
    latestVersion: row.latest_version,
    latestStage: row.latest_stage,
    effectiveVersion: row.effective_version,
    effectiveFrom: row.effective_from,
    retiredFrom: row.retired_from,
    streamRevision: row.stream_revision,
    draftedAt: new Date(row.drafted_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
