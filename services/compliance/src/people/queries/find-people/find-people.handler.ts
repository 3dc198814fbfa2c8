import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { notFound } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import type { PeopleResponse } from '../../people.dto';
import { PeopleDirectory } from '../../people.directory';
import { FindPeopleQuery } from './find-people.query';

@QueryHandler(FindPeopleQuery)
export class FindPeopleHandler implements IQueryHandler<FindPeopleQuery, PeopleResponse> {
  constructor(private readonly people: PeopleDirectory) {}

  async execute({ user, tenant, q, limit }: FindPeopleQuery): Promise<PeopleResponse> {
    if (!canRead(user, tenant)) throw notFound('PEOPLE_NOT_FOUND', `Daftar pegawai dinas wilayah ${tenant} tidak ditemukan`);
    return { tenant, items: await this.people.find(tenant, q, limit) };
  }
}
