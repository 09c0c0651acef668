#!/usr/bin/env node
// The `shuke` command: runs the bundled CLI, building it first in a fresh checkout.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const target = path.join(root, 'dist', 'cli', 'shuke.cjs');
if (!fs.existsSync(target)) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { stdio: 'inherit', cwd: root });
}
require(target);
