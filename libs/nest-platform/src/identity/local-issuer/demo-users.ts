import { v5 as uuidv5 } from 'uuid';
import type { AuthenticatedUser } from '../authenticated-user';
import { Role, ROLE_LABELS } from '../role';

/**
 * Demo users of the local development issuer. Names are common Indonesian names and NIPs are
 * fictitious (they follow the 18-digit NIP layout but belong to nobody).
 */
export interface DemoUser {
  username: string;
  /** Stable UUID (the token's `sub`), the same on every machine. */
  userId: string;
  name: string;
  nip: string;
  roles: Role[];
  tenant: string;
  tenantName: string;
  /** Role label users read. */
  jabatan: string;
}

export const DEMO_TENANTS: Readonly<Record<string, string>> = Object.freeze({
  '35': 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
  '35.01': 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan',
  '61': 'Dinas Koperasi dan UKM Provinsi Kalimantan Barat',
});

/** Namespace of the demo users' UUIDs (uuid v5 of the username). */
const DEMO_NAMESPACE = '6f1c3f0e-3b1a-5c52-9a57-0b6c2d1e7a10';

type Sex = 'L' | 'P';

interface Seed {
  prefix: string;
  role: Role;
  people: Record<string, [string, Sex]>;
}

const STRUCTURAL: Seed[] = [
  { prefix: 'kadis', role: Role.KEPALA_DINAS, people: { '35': ['Bambang Sutrisno', 'L'], '35.01': ['Heru Santoso', 'L'], '61': ['Abang Syarifuddin', 'L'] } },
  { prefix: 'sekretaris', role: Role.SEKRETARIS, people: { '35': ['Sri Wahyuni', 'P'], '35.01': ['Siti Aminah', 'P'], '61': ['Nurhayati', 'P'] } },
  { prefix: 'kabid', role: Role.KEPALA_BIDANG, people: { '35': ['Agus Setiawan', 'L'], '35.01': ['Joko Susilo', 'L'], '61': ['Yohanes Kristianto', 'L'] } },
  { prefix: 'kasi', role: Role.KASI, people: { '35': ['Endang Purwaningsih', 'P'], '35.01': ['Retno Wulandari', 'P'], '61': ['Fransiska Dewi', 'P'] } },
  { prefix: 'staf', role: Role.STAF, people: { '35': ['Dwi Prasetyo', 'L'], '35.01': ['Eko Nugroho', 'L'], '61': ['Muhammad Rizki', 'L'] } },
  { prefix: 'petugas', role: Role.PETUGAS, people: { '35': ['Rina Kusumawati', 'P'], '35.01': ['Yuliana Pratiwi', 'P'], '61': ['Dayang Marlina', 'P'] } },
];

const OVERSIGHT: Seed[] = [
  { prefix: 'auditor', role: Role.AUDITOR, people: { '35': ['Hadi Wijaya', 'L'], '61': ['Rahmat Hidayat', 'L'] } },
  { prefix: 'provinsi', role: Role.PROVINCIAL_VIEWER, people: { '35': ['Lestari Handayani', 'P'], '61': ['Aloysius Gunawan', 'L'] } },
];

/** NIP layout: birth date (8), appointment year+month (6), sex (1: L, 2: P), sequence (3). Fictitious values. */
function fakeNip(n: number, sex: Sex): string {
  const birthYear = 1968 + ((n * 7) % 25);
  const birthMonth = 1 + ((n * 5) % 12);
  const birthDay = 1 + ((n * 11) % 28);
  const appointed = birthYear + 23 + (n % 5);
  const appointedMonth = 1 + ((n * 3) % 12);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${birthYear}${pad(birthMonth)}${pad(birthDay)}${appointed}${pad(appointedMonth)}${sex === 'L' ? 1 : 2}${pad(n + 1, 3)}`;
}

function build(): DemoUser[] {
  const users: DemoUser[] = [];
  for (const seed of [...STRUCTURAL, ...OVERSIGHT]) {
    for (const [tenant, [name, sex]] of Object.entries(seed.people)) {
      const username = `${seed.prefix}-${tenant}`;
      users.push({
        username,
        userId: uuidv5(username, DEMO_NAMESPACE),
        name,
        nip: fakeNip(users.length, sex),
        roles: [seed.role],
        tenant,
        tenantName: DEMO_TENANTS[tenant],
        jabatan: ROLE_LABELS[seed.role],
      });
    }
  }
  return users;
}

export const DEMO_USERS: readonly DemoUser[] = Object.freeze(build());

export function findDemoUser(username: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.username === username);
}

/** The user a service sees for a demo user's token (handy in unit tests of handlers). */
export function demoAuthenticatedUser(username: string): AuthenticatedUser {
  const user = findDemoUser(username);
  if (!user) throw new Error(`unknown demo user: ${username}`);
  return { userId: user.userId, nip: user.nip, name: user.name, roles: [...user.roles], tenant: user.tenant };
}
