import { SOURCES, SopDrafted, SopVersionEffective, TOPICS, type SopContent } from '@jejak/contracts';
import { makeIntegrationEvent, PostgresTransport } from '@jejak/messaging';
import { findDemoUser } from '@jejak/nest-platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { operationsOf } from './openapi-operations';
import type { ServiceUnderFuzz } from './service-under-fuzz';

/** The caller's tenant and another tenant whose ids must look like ids that do not exist. */
export const OWN_TENANT = '35';
export const OTHER_TENANT = '61';

/** Ids of real resources, by kind (`sop`, `case`, `stepKey`, `suratMasuk`, `disposisi`, `suratKeluar`). */
export type ResourceIds = Record<string, string>;

export interface Seeded {
  own: ResourceIds;
  other: ResourceIds;
}

type Auth = (username: string) => Promise<Record<string, string>>;

/** The documented example body of an operation: the one valid request every service documents. */
export function exampleBody(document: OpenAPIObject, key: string): Record<string, unknown> {
  const operation = operationsOf('', document).find((op) => op.key === key);
  if (!operation?.body?.example) throw new Error(`${key} documents no request body example`);
  return structuredClone(operation.body.example) as Record<string, unknown>;
}

const refOf = (username: string) => {
  const user = findDemoUser(username);
  if (!user) throw new Error(`unknown demo user ${username}`);
  return { userId: user.userId, name: user.name };
};

async function expectCreated(what: string, response: { status: number; body: unknown }): Promise<Record<string, unknown>> {
  if (response.status !== 201 && response.status !== 200) throw new Error(`seeding ${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

/** The SOP content the catalogue documents as its example (used to seed the other services too). */
export function exampleSopContent(catalogue: OpenAPIObject): SopContent {
  return exampleBody(catalogue, 'POST /sops').content as SopContent;
}

async function seedCatalogue(service: ServiceUnderFuzz, as: Auth, tenant: string): Promise<ResourceIds> {
  const body = exampleBody(service.document, 'POST /sops');
  const created = await expectCreated('an SOP', await service.http().post('/sops').set(await as(`kabid-${tenant}`)).send(body));
  return { sop: String(created.sopId) };
}

/** Compliance learns SOPs from the catalogue's integration events: publish an effective version, then start a case. */
async function seedCompliance(service: ServiceUnderFuzz, as: Auth, tenant: string, content: SopContent, sopId: string): Promise<ResourceIds> {
  const publisher = new PostgresTransport({ pool: service.db.pool });
  try {
    const unit = content.identity.unit ?? 'UPT PLUT KUMKM';
    const ref = { sopId, version: 1, tenant, unit, nomor: content.identity.nomor, nama: content.identity.nama };
    const common = { source: SOURCES.sopCatalogue, subject: sopId, time: '2025-01-02T01:00:00.000Z', tenant, correlationId: `fuzz-seed-${sopId}` };
    await publisher.publish(TOPICS.sopCatalogue, [
      makeIntegrationEvent(SopDrafted, { ...common, data: { ...ref, origin: 'import' } }),
      makeIntegrationEvent(SopVersionEffective, { ...common, data: { ...ref, effectiveFrom: '2025-01-02', supersedesVersion: null, content } }),
    ]);
  } finally {
    await publisher.close();
  }
  const headers = await as(`kabid-${tenant}`);
  for (let attempt = 0; ; attempt += 1) {
    const res = await service.http().post('/cases').set(headers).send({ sopId, reference: `FUZZ/${tenant}/001` });
    if (res.status === 201) {
      const caseId = String(res.body.caseId ?? res.body.id);
      const detail = await service.http().get(`/cases/${caseId}`).set(headers);
      const steps = (detail.body.steps ?? []) as { key?: string; stepKey?: string }[];
      return { case: caseId, sop: sopId, stepKey: String(steps[0]?.key ?? steps[0]?.stepKey ?? '1') };
    }
    if (attempt > 200) throw new Error(`seeding a case answered ${res.status}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function seedLetters(service: ServiceUnderFuzz, as: Auth, tenant: string): Promise<ResourceIds> {
  const masukBody = { ...exampleBody(service.document, 'POST /surat-masuk'), routeTo: refOf(`kadis-${tenant}`) };
  const masuk = await expectCreated('a surat masuk', await service.http().post('/surat-masuk').set(await as(`petugas-${tenant}`)).send(masukBody));
  const suratMasuk = String(masuk.letterId ?? masuk.id);
  const disposisiBody = {
    ...exampleBody(service.document, 'POST /surat-masuk/{id}/disposisi'),
    recipients: [{ ...refOf(`sekretaris-${tenant}`), role: 'SEKRETARIS' }],
  };
  const disposisi = await expectCreated('a disposisi', await service.http().post(`/surat-masuk/${suratMasuk}/disposisi`).set(await as(`kadis-${tenant}`)).send(disposisiBody));
  const keluar = await expectCreated('a surat keluar', await service.http().post('/surat-keluar').set(await as(`kabid-${tenant}`)).send(exampleBody(service.document, 'POST /surat-keluar')));
  return { suratMasuk, disposisi: String((disposisi.disposisiIds as string[] | undefined)?.[0] ?? disposisi.disposisiId), suratKeluar: String(keluar.letterId ?? keluar.id) };
}

/**
 * A service without a seed of its own: every `POST /<collection>` with a documented example body is sent
 * as each demo user of the tenant until one is created; the first id of the answer seeds that collection.
 */
async function seedFromExamples(service: ServiceUnderFuzz, as: Auth, tenant: string): Promise<ResourceIds> {
  const ids: ResourceIds = {};
  for (const operation of operationsOf(service.name, service.document)) {
    if (operation.method !== 'post' || operation.path.includes('{') || operation.body?.mediaType !== 'application/json' || operation.body.example === undefined) continue;
    for (const role of ['kabid', 'kadis', 'sekretaris', 'kasi', 'staf', 'petugas']) {
      const res = await service.http().post(operation.path).set(await as(`${role}-${tenant}`)).send(operation.body.example as object);
      if (res.status !== 201 && res.status !== 200) continue;
      const body = res.body as Record<string, unknown>;
      const id = Object.entries(body).find(([key, value]) => /(^id|Id)$/.test(key) && typeof value === 'string')?.[1];
      if (typeof id === 'string') ids[operation.path.split('/')[1]] = id;
      break;
    }
  }
  return ids;
}

/**
 * Real resources of one service in both tenants, created through its API, so operations are exercised
 * beyond 404. `sopContent` (the catalogue's documented example SOP) seeds compliance's SOP registry.
 */
export async function seedService(service: ServiceUnderFuzz, as: Auth, sopContent: () => Promise<SopContent>): Promise<Seeded> {
  const seed = async (tenant: string): Promise<ResourceIds> => {
    if (service.name === 'sop-catalogue') return seedCatalogue(service, as, tenant);
    if (service.name === 'compliance') return seedCompliance(service, as, tenant, await sopContent(), tenant === OWN_TENANT ? '6f1c2e9b-8d4a-4f1e-9a77-5c2d1e8b4a90' : '7a2d3f0c-9e5b-4a2f-8b88-6d3e2f9c5b01');
    if (service.name === 'letters') return seedLetters(service, as, tenant);
    return seedFromExamples(service, as, tenant);
  };
  return { own: await seed(OWN_TENANT), other: await seed(OTHER_TENANT) };
}
