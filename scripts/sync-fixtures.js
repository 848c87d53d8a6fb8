#!/usr/bin/env node
'use strict';
// Copies the acceptance workbooks and their expected.json into the repository
// (test/fixtures/acceptance/), where the tests read them.
//   npm run fixtures:sync                 from ../shared/fixtures beside the repository
//   npm run fixtures:sync -- DIR          from another folder
// Every file of the folder is copied (new or changed ones are listed); files the folder no longer
// has are listed but left in place. The folder's README, if any, is not copied over ours.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const from = path.resolve(process.argv[2] || path.join(root, '..', 'shared', 'fixtures'));
const to = path.join(root, 'test', 'fixtures', 'acceptance');

if (!fs.existsSync(from) || !fs.statSync(from).isDirectory()) {
  console.error(`fixtures:sync: no folder ${from}. Give the folder that holds the acceptance workbooks: npm run fixtures:sync -- DIR`);
  process.exit(2);
}
fs.mkdirSync(to, { recursive: true });
const names = fs.readdirSync(from).filter((n) => n !== 'README.md' && fs.statSync(path.join(from, n)).isFile());
if (!names.includes('expected.json')) {
  console.error(`fixtures:sync: ${from} has no expected.json: is it the acceptance fixtures folder?`);
  process.exit(2);
}
let changed = 0;
for (const name of names.sort()) {
  const src = path.join(from, name);
  const dst = path.join(to, name);
  const data = fs.readFileSync(src);
  if (fs.existsSync(dst) && fs.readFileSync(dst).equals(data)) continue;
  const verb = fs.existsSync(dst) ? 'updated' : 'added';
  fs.rmSync(dst, { force: true }); // the source files may be read-only, and so their earlier copies
  fs.writeFileSync(dst, data, { mode: 0o644 });
  console.log(`${verb} ${path.relative(root, dst)}`);
  changed++;
}
const extra = fs.readdirSync(to).filter((n) => n !== 'README.md' && !names.includes(n));
for (const name of extra) console.log(`kept ${path.relative(root, path.join(to, name))} (not in ${from})`);
console.log(`fixtures:sync: ${names.length} files in ${from}, ${changed} copied, ${names.length - changed} unchanged`);
