'use strict';
// Lets a plain `node` child process load the monorepo's TypeScript sources the way Jest does:
// `.ts` files are transpiled by SWC on require, and `@jejak/<lib>[/<path>]` resolves to
// `libs/<lib>/src/<path>` (index.ts by default). Used by crash tests that need a real process to kill.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '../../../..');
const swcOptions = require(path.join(root, 'tools/testing/swc-jest.config.js'));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveJejak(request, ...rest) {
  const match = /^@jejak\/([a-z-]+)(?:\/(.+))?$/.exec(request);
  const target = match ? path.join(root, 'libs', match[1], 'src', match[2] || 'index.ts') : request;
  return resolveFilename.call(this, target, ...rest);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename, swcrc: false, configFile: false });
  module._compile(code, filename);
};
