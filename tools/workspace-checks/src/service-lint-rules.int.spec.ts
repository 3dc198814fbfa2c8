/**
 * The shape's lint rules, run with the repository's real ESLint CLI and config on code placed
 * inside a service: a domain folder stays pure, production code stays away from test code, and the
 * scope constraints come from services.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

/** Lints `code` as if it were `file`; returns the messages of the rules this spec is about. */
function lint(file: string, code: string): LintMessage[] {
  const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', join(root, file)], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages.filter((m) => m.ruleId !== '@nx/enforce-module-boundaries' && m.ruleId !== '@typescript-eslint/no-unused-vars');
}

const rules = (messages: LintMessage[]) => messages.map((m) => `${m.line}:${m.ruleId}`);

describe('service lint rules (real ESLint config)', () => {
  const DOMAIN = 'services/letters/src/domain/surat-masuk/purity-probe.ts';

  it.each([
    ["import { Injectable } from '@nestjs/common';", 'NestJS'],
    ["import { Column } from 'typeorm';", 'TypeORM'],
    ["import { Pool } from 'pg';", 'pg'],
    ["import { Kafka } from 'kafkajs';", 'kafkajs'],
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { readFile } from 'fs/promises';", 'fs/promises'],
    ["import { createServer } from 'net';", 'net'],
    ["import { request } from 'node:http';", 'node:http'],
    ["import { spawn } from 'child_process';", 'child_process'],
    ["import { randomUUID } from 'node:crypto';", 'randomUUID'],
  ])('refuses %s in a domain folder (%s)', (line) => {
    expect(rules(lint(DOMAIN, `${line}\nexport const probe = 1;\n`))).toEqual(['1:no-restricted-imports']);
  });

  it('refuses reading the clock or randomness in a domain folder, but allows parsing a date', () => {
    const code = [
      'export const a = Date.now();',
      'export const b = Math.random();',
      'export const c = new Date();',
      "export const d = new Date('2025-01-02T03:04:05Z');",
      'export const e = (at: string) => new Date(at).getTime();',
      'export const f = crypto.randomUUID();',
      '',
    ].join('\n');
    expect(rules(lint(DOMAIN, code))).toEqual(['1:no-restricted-properties', '2:no-restricted-properties', '3:no-restricted-syntax', '6:no-restricted-properties']);
  });

  it('allows a pure domain file: domain-kit, contracts types, sibling modules, node:crypto hashing', () => {
    const code = [
      "import { assertNever, illegalState } from '@jejak/domain-kit';",
      "import type { SopContent } from '@jejak/contracts';",
      "import { createHash } from 'node:crypto';",
      "import { lettersEvents } from './letters.events';",
      'export const probe = [assertNever, illegalState, createHash, lettersEvents] as unknown as SopContent;',
      '',
    ].join('\n');
    expect(lint(DOMAIN, code)).toEqual([]);
  });

  it('leaves unit specs and testing fixtures in a domain folder free to use node I/O and the clock', () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const probe = [readFileSync, Date.now(), new Date()];\n";
    expect(lint('services/letters/src/domain/surat-masuk/purity-probe.unit.spec.ts', code)).toEqual([]);
    expect(lint('services/letters/src/domain/testing/purity-probe.fixture.ts', code)).toEqual([]);
  });

  it.each([
    ["import { harness } from '../../test/support/harness';", 'test/'],
    ["import { simulate } from '../bench/simulator';", 'bench/'],
    ["import { fixture } from '../domain/testing/fixture';", 'a testing/ folder'],
    ["import { startTestIssuer } from '@jejak/nest-platform/testing';", 'a lib testing entry point'],
  ])('refuses %s in production code of a service (%s)', (line) => {
    expect(rules(lint('services/compliance/src/cases/probe.ts', `${line}\nexport const probe = 1;\n`))).toEqual(['1:no-restricted-imports']);
  });

  it('lets specs, testing helpers and benchmarks import test code', () => {
    const code = "import { startTestIssuer } from '@jejak/nest-platform/testing';\nimport { fixture } from './testing/fixture';\nexport const probe = [startTestIssuer, fixture];\n";
    expect(lint('services/compliance/src/cases/probe.int.spec.ts', code)).toEqual([]);
    expect(lint('services/compliance/src/cases/testing/probe.ts', code)).toEqual([]);
    expect(lint('services/compliance/test/support/probe.ts', code)).toEqual([]);
  });

  it('builds one scope constraint per service in services.json', () => {
    const config = readFileSync(join(root, 'eslint.config.mjs'), 'utf8');
    expect(config).toContain("readFileSync(new URL('./services.json', import.meta.url)");
    expect(config).not.toMatch(/sourceTag: 'scope:(sop-catalogue|compliance|letters)'/);
  });
});
