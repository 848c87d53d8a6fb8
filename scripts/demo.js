#!/usr/bin/env node
'use strict';
// `npm run demo`: checks the sample workbook shipped in samples/ and prints the report.
// The sample holds a real programme's own inconsistencies, so errors are expected: the
// demo reports them and exits 0 (the `budget-check` command itself exits 1 on errors).
const { join } = require('node:path');
const { main } = require('../dist/src/cli/main.js');

const sample = join(__dirname, '..', 'samples', 'programme-sample.xlsx');
const args = ['check', sample, ...process.argv.slice(2)];
main(args).then((status) => {
  if (status === 2) process.exitCode = 2;
  else process.stdout.write(`\n(budget-check ${args.slice(1).join(' ')} exited with status ${status}: ${status === 1 ? 'errors found, as the sample has them' : 'no errors'})\n`);
});
