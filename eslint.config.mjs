import { readFileSync } from 'node:fs';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** The one service registry (services.json): each service's Nx scope may use only shared code and itself. */
const registry = JSON.parse(readFileSync(new URL('./services.json', import.meta.url), 'utf8'));
const scopeConstraints = registry.services.map((service) => ({
  sourceTag: service.scope,
  onlyDependOnLibsWithTags: ['scope:shared', service.scope],
}));

/** Production code of a service never reaches into tests, benchmarks or test helpers (`testing/` folders, `@jejak/<lib>/testing`). */
const noTestCodeInProduction = {
  regex: '(^|/)(test|bench|testing)(/|$)',
  message: 'Production code under services/*/src must not import from test/, bench/ or a testing/ folder.',
};

/** A domain folder is pure: no framework, no database or broker client, no I/O. */
const NODE_IO = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'dgram', 'dns', 'tls', 'cluster', 'worker_threads', 'os', 'readline', 'process', 'v8', 'vm', 'inspector'];
const domainImpurity = [
  { regex: '^@nestjs/', message: 'domain/ is pure: no NestJS (put framework code in the feature slice).' },
  { regex: '^(typeorm|pg|pg-[a-z-]+|kafkajs|@kurrent/.*)(/.*)?$', message: 'domain/ is pure: no TypeORM, pg, kafkajs or event-store clients.' },
  { regex: `^(node:)?(${NODE_IO.join('|').replace(/\//g, '\\/')})$`, message: 'domain/ is pure: no node I/O modules.' },
  { regex: '^(node:)?crypto$', importNames: ['randomUUID', 'randomBytes', 'randomInt'], message: 'domain/ is pure: new ids arrive on the command.' },
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '.jejak/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A service never imports another service's code: services share only libs (platform and contracts).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...scopeConstraints,
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**', '**/bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTestCodeInProduction] }] },
  },
  {
    files: ['services/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noTestCodeInProduction, ...domainImpurity] }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'domain/ is pure: the time arrives on the command (`at`).' },
        { object: 'Math', property: 'random', message: 'domain/ is pure: randomness and new ids arrive on the command.' },
        { object: 'crypto', property: 'randomUUID', message: 'domain/ is pure: new ids arrive on the command.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ is pure: `new Date()` reads the clock; the time arrives on the command (new Date(string) is fine).' },
        { selector: "CallExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ is pure: `Date()` reads the clock.' },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'domain/ is pure: new ids arrive on the command.' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
