import { deciderSpec } from '@jejak/domain-kit/testing';
import type { PermitTypeSnapshot, RegisterApplication } from '../permit-application/permit-application.commands';
import { permitApplicationDecider } from '../permit-application/permit-application.decider';
import type { PermitApplicationEvent } from '../permit-application/permit-application.events';

export const { given, play } = deciderSpec(permitApplicationDecider);

export const ID = '00000000-0000-4000-8000-0000000000a1';
export const TENANT = '35.01';
export const T0 = '2025-03-03T01:00:00.000Z';
export const at = (hours: number): string => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
/** Built for tests only: structurally valid, not anyone's number. */
export const NIB = '9120001234567';
export const NIK_WOMAN = '3501015708900002';
export const NIK_KOPERASI = '3501020030012345';
export const HASH = (n: number): string => n.toString(16).padStart(64, '0');

export const IUI: PermitTypeSnapshot = {
  permitType: 'IUI_REKOMTEK', version: 1, applicantKinds: ['business'],
  documents: ['ktp', 'nib', 'data-perusahaan'], checks: ['data-perusahaan-sesuai', 'kapasitas-produksi-sesuai'], outsideSteps: ['oss-rekomtek-diterima'],
};
export const NIK_KOP: PermitTypeSnapshot = {
  permitType: 'NIK_KOPERASI', version: 1, applicantKinds: ['cooperative'], documents: ['form-profil-nik'], checks: [], outsideSteps: ['ods-input'], nikKoperasi: { digits: 16 },
};

export const registerIui = (over: Partial<RegisterApplication> = {}): RegisterApplication => ({
  type: 'RegisterApplication', id: ID, tenant: TENANT, permitType: IUI,
  applicant: { kind: 'business', nib: NIB, organisationName: 'CV Batik Pacitan' },
  personal: { name: 'Siti Contoh', nik: NIK_WOMAN, phone: '081200000000' },
  nationalReference: { system: 'OSS', reference: 'OSS-2025-000123' }, at: T0, ...over,
});

export const registeredIui = (): PermitApplicationEvent => ({
  type: 'ApplicationRegistered',
  data: {
    id: ID, tenant: TENANT,
    checklist: { permitType: 'IUI_REKOMTEK', version: 1, documents: ['ktp', 'nib', 'data-perusahaan'], checks: ['data-perusahaan-sesuai', 'kapasitas-produksi-sesuai'], outsideSteps: ['oss-rekomtek-diterima'] },
    applicant: { kind: 'business', nib: NIB, organisationName: 'CV Batik Pacitan' },
    personal: { name: 'Siti Contoh', nik: NIK_WOMAN, phone: '081200000000' },
    nationalReference: { system: 'OSS', reference: 'OSS-2025-000123' }, at: T0,
  },
});

export const ev = {
  received: (document: string, n = 1, h = 1): PermitApplicationEvent => ({ type: 'DocumentReceived', data: { document, contentHash: HASH(n), at: at(h) } }),
  accepted: (document: string, h = 2): PermitApplicationEvent => ({ type: 'DocumentAccepted', data: { document, at: at(h) } }),
  rejected: (document: string, h = 2): PermitApplicationEvent => ({ type: 'DocumentRejected', data: { document, reason: 'Tidak terbaca', at: at(h) } }),
  verified: (rounds = 0, h = 3): PermitApplicationEvent => ({ type: 'ApplicationVerified', data: { deficiencyRounds: rounds, at: at(h) } }),
};

/** Registered IUI with every document received and accepted, then verified. */
export const verifiedIui = (): PermitApplicationEvent[] => [
  registeredIui(),
  ...IUI.documents.flatMap((d, i) => [ev.received(d, i + 1), ev.accepted(d)]),
  ev.verified(),
];
