#!/usr/bin/env node
'use strict';
// The command line entry: the compiled CLI lives in dist/ (built by `npm install` / `npm ci`).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
