#!/usr/bin/env node
// The `jejak` command. The code lives in ../dist (built by swc from ../src).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('jejak: perintah belum dibangun (tools/cli/dist/main.js tidak ada). Jalankan `npm run build` di root repositori.\n');
  process.exit(1);
}
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /@jejak\//.test(String(error.message))) {
    process.stderr.write(`jejak: pustaka workspace belum dibangun atau belum tertaut (${String(error.message).split('\n')[0]}). Jalankan \`npm install\` lalu \`npm run build\`.\n`);
    process.exit(1);
  }
  throw error;
}
cli.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`jejak: kesalahan tak terduga: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
