#!/usr/bin/env node
/**
 * `npm run new-service -- <name> [--port N] [--aggregate <name>] [--feature <name>]`
 *
 * Creates services/<name> in the one service shape (docs/adding-a-service.md) from
 * tools/generators/service-template/, and registers it in one place, services.json, from which the
 * lint scopes, the launcher, docker-compose.yml and deploy/postgres/init.sql follow (the last two are
 * regenerated here). It also adds the service's topic and source to libs/contracts/src/topics.ts and
 * its contracts folder libs/contracts/src/<name>/.
 *
 * Options: --port (default: the next port after the highest registered), --aggregate (kebab-case
 * name of the example aggregate; default: the service name), --feature (the feature folder and URL
 * path; default: the aggregate name's plural), --root <dir> (another copy of the repository; used by
 * the generator's own test), --dry-run (print what would be written).
 */
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');
const { writeGeneratedFiles } = require('../scripts/generate-deploy.js');

const TEMPLATE = join(__dirname, 'service-template');
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const pascal = (kebab) => kebab.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
const camel = (kebab) => { const p = pascal(kebab); return p[0].toLowerCase() + p.slice(1); };
const snake = (kebab) => kebab.replace(/-/g, '_');
const constant = (kebab) => snake(kebab).toUpperCase();
/** English plural of the last word, for the default feature folder: entry → entries, permit → permits, box → boxes. */
const plural = (kebab) => (/[^aeiou]y$/.test(kebab) ? `${kebab.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(kebab) ? `${kebab}es` : `${kebab}s`);

function parseArgs(argv) {
  const options = { positional: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (['--port', '--aggregate', '--feature', '--root'].includes(arg)) {
      if (argv[i + 1] === undefined) throw new Error(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.positional.push(arg);
  }
  return options;
}

/** Every placeholder of the template and its value. Longer tokens first, so none is a prefix of another. */
function tokensFor({ name, port, database, aggregate, feature }) {
  return [
    ['__name_snake__', snake(name)],
    ['__nameCamel__', camel(name)],
    ['__Name__', pascal(name)],
    ['__NAME__', constant(name)],
    ['__name__', name],
    ['__agg_snake__', snake(aggregate)],
    ['__aggCamel__', camel(aggregate)],
    ['__Agg__', pascal(aggregate)],
    ['__AGG__', constant(aggregate)],
    ['__agg__', aggregate],
    ['__featureCamel__', camel(feature)],
    ['__feature__', feature],
    ['__database__', database],
    ['__port__', String(port)],
  ];
}

const render = (text, tokens) => tokens.reduce((out, [token, value]) => out.split(token).join(value), text);

function templateFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? templateFiles(path) : [path];
  });
}

/** path → content of everything the template produces, relative to the repository root. */
function renderTemplate(tokens, name) {
  const files = {};
  for (const [part, target] of [['service', `services/${name}`], ['contracts', 'libs/contracts/src']]) {
    const base = join(TEMPLATE, part);
    for (const file of templateFiles(base)) {
      const path = render(relative(base, file), tokens).replace(/\.tmpl$/, '');
      files[join(target, path)] = render(readFileSync(file, 'utf8'), tokens);
    }
  }
  return files;
}

/** services.json with one line per service, as it is kept in the repository. */
function formatRegistry(registry) {
  const { services, ...rest } = registry;
  const head = Object.entries(rest).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`).join('');
  const lines = services.map((s) => `    { ${Object.entries(s).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`);
  return `{\n${head}  "services": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Adds `key: 'value',` to the `export const <block> = { ... } as const;` object literal of topics.ts, unless present. */
function addToConstBlock(source, block, key, value) {
  const pattern = new RegExp(`(export const ${block} = \\{\\n)([\\s\\S]*?)(\\} as const;)`);
  const match = pattern.exec(source);
  if (!match) throw new Error(`libs/contracts/src/topics.ts: no "export const ${block} = { ... } as const;" block`);
  const existing = new RegExp(`^\\s*${key}:\\s*'([^']*)'`, 'm').exec(match[2]);
  if (existing) {
    if (existing[1] !== value) throw new Error(`libs/contracts/src/topics.ts: ${block}.${key} is '${existing[1]}', expected '${value}'`);
    return source;
  }
  return source.replace(pattern, (_, open, body, close) => `${open}${body}  ${key}: '${value}',\n${close}`);
}

function generate(options) {
  const root = resolve(options.root ?? join(__dirname, '../..'));
  const [name, ...extra] = options.positional;
  if (!name || extra.length) throw new Error('usage: npm run new-service -- <name> [--port N] [--aggregate <name>] [--feature <name>]');
  if (!KEBAB.test(name)) throw new Error(`service name "${name}" must be kebab-case (e.g. dana-bergulir)`);
  const aggregate = options.aggregate ?? name;
  const feature = options.feature ?? plural(aggregate);
  for (const [what, value] of [['aggregate', aggregate], ['feature', feature]]) {
    if (!KEBAB.test(value)) throw new Error(`${what} "${value}" must be kebab-case`);
  }

  const registryFile = join(root, 'services.json');
  const registry = JSON.parse(readFileSync(registryFile, 'utf8'));
  if (registry.services.some((s) => s.name === name)) throw new Error(`service "${name}" is already registered in services.json`);
  if (existsSync(join(root, 'services', name))) throw new Error(`services/${name} already exists`);
  if (existsSync(join(root, 'libs/contracts/src', name))) throw new Error(`libs/contracts/src/${name} already exists`);

  const used = new Set([3100, ...registry.services.map((s) => s.port)]);
  const port = options.port !== undefined ? Number(options.port) : Math.max(3100, ...used) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`--port ${options.port} is not a usable TCP port`);
  if (used.has(port)) throw new Error(`port ${port} is already used (${port === 3100 ? 'local token issuer' : registry.services.find((s) => s.port === port).name})`);

  const entry = { name, port, database: `jejak_${snake(name)}`, topic: `jejak.${name}.v1`, scope: `scope:${name}` };
  const files = renderTemplate(tokensFor({ ...entry, aggregate, feature }), name);

  const topicsFile = join(root, 'libs/contracts/src/topics.ts');
  let topics = readFileSync(topicsFile, 'utf8');
  topics = addToConstBlock(topics, 'TOPICS', camel(name), entry.topic);
  topics = addToConstBlock(topics, 'SOURCES', camel(name), `/jejak/${name}`);
  const contractsIndexFile = join(root, 'libs/contracts/src/index.ts');
  const exportLine = `export * from './${name}';\n`;
  const contractsIndex = readFileSync(contractsIndexFile, 'utf8');

  const written = Object.keys(files).concat(['services.json', 'libs/contracts/src/topics.ts', 'libs/contracts/src/index.ts', 'docker-compose.yml', 'deploy/postgres/init.sql']);
  if (options.dryRun) return { root, entry, files: written };

  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  writeFileSync(topicsFile, topics);
  if (!contractsIndex.includes(exportLine)) writeFileSync(contractsIndexFile, `${contractsIndex.replace(/\n*$/, '\n')}${exportLine}`);
  writeFileSync(registryFile, formatRegistry({ ...registry, services: [...registry.services, entry] }));
  writeGeneratedFiles(root);
  return { root, entry, files: written };
}

module.exports = { generate, parseArgs, formatRegistry, addToConstBlock, tokensFor };

if (require.main === module) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const { entry, files } = generate(options);
    process.stdout.write(
      `${options.dryRun ? 'would create' : 'created'} service ${entry.name} (port ${entry.port}, database ${entry.database}, topic ${entry.topic})\n` +
        files.map((f) => `  ${f}\n`).join('') +
        `next: npm install (adds the workspace to package-lock.json), npx jest services/${entry.name}, npx eslint services/${entry.name}; then the checklist in docs/adding-a-service.md\n`,
    );
  } catch (error) {
    process.stderr.write(`new-service: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
