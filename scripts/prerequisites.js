#!/usr/bin/env node
'use strict';
// What `npm test` needs beyond Node and `npm install`: Chromium for the browser tests (test/e2e,
// driven by playwright-core, which downloads no browser) and LibreOffice Calc for the rollup tests
// (scripts/recalc-xlsx.sh). `node scripts/prerequisites.js` is the first step of `npm test`: it
// says which one is missing and how to install it, and exits 1; the test helpers use the same
// look-up (test/support/standalonePage.ts, test/support/recalc.ts).
const fs = require('node:fs');
const path = require('node:path');

const isFile = (p) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The first of `names` found on PATH, as a full path, or null. */
function onPath(names) {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
  for (const dir of dirs) for (const name of names) for (const ext of exts) if (isFile(path.join(dir, name + ext))) return path.join(dir, name + ext);
  return null;
}

const programFiles = () => [process.env.ProgramFiles, process.env['ProgramFiles(x86)'], process.env.LOCALAPPDATA].filter(Boolean);

/** The Chromium (or Chrome) the browser tests drive: CHROMIUM_PATH when set, else the usual places. */
function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return isFile(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const known = {
    linux: ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'],
    darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: programFiles().flatMap((d) => [path.join(d, 'Chromium', 'Application', 'chrome.exe'), path.join(d, 'Google', 'Chrome', 'Application', 'chrome.exe')]),
  }[process.platform] || [];
  const found = known.find(isFile);
  if (found) return found;
  try {
    // a browser installed with `npx playwright-core install chromium`
    const p = require('playwright-core').chromium.executablePath();
    if (p && isFile(p)) return p;
  } catch {
    // playwright-core not installed yet, or no browser of its own
  }
  return null;
}

/** LibreOffice's soffice, which scripts/recalc-xlsx.sh runs: SOFFICE when set, else PATH and the usual places. */
function sofficePath() {
  if (process.env.SOFFICE) return isFile(process.env.SOFFICE) ? process.env.SOFFICE : null;
  const found = onPath(['soffice', 'libreoffice']);
  if (found) return found;
  const known = {
    darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
    win32: programFiles().map((d) => path.join(d, 'LibreOffice', 'program', 'soffice.exe')),
  }[process.platform] || [];
  return known.find(isFile) || null;
}

const HOW = {
  chromium: [
    'Chromium, for the browser tests (test/e2e). Install it:',
    '  Debian:        sudo apt-get install chromium',
    "  Ubuntu:        npx playwright-core install chromium   (Ubuntu's chromium-browser is a snap)",
    '  macOS:         brew install --cask chromium',
    '  Windows:       winget install Google.Chrome',
    'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  ],
  soffice: [
    'LibreOffice Calc, for the rollup tests (scripts/recalc-xlsx.sh recalculates their output). Install it:',
    '  Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui',
    '  macOS:         brew install --cask libreoffice',
    '  Windows:       winget install TheDocumentFoundation.LibreOffice   (and Git for Windows, for bash)',
    'or set SOFFICE to the soffice program.',
  ],
  bash: ['bash, which runs scripts/recalc-xlsx.sh. On Windows: winget install Git.Git (Git Bash), or run the tests in WSL.'],
};

/** What is missing, each as the lines that say what it is for and how to install it. */
function missing() {
  const out = [];
  if (!chromiumPath()) out.push(process.env.CHROMIUM_PATH ? [`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not a file.`, ...HOW.chromium] : ['No Chromium found.', ...HOW.chromium]);
  if (!sofficePath()) out.push(process.env.SOFFICE ? [`SOFFICE is set to ${process.env.SOFFICE}, which is not a file.`, ...HOW.soffice] : ['No LibreOffice (soffice) found.', ...HOW.soffice]);
  if (!onPath(['bash'])) out.push(['No bash found.', ...HOW.bash]);
  return out;
}

/** The message for one missing prerequisite, for a test that cannot run without it. */
function missingMessage(which) {
  return [`npm test needs ${HOW[which][0].replace(/ Install it:$/, '')}`, ...HOW[which].slice(1)].join('\n');
}

module.exports = { chromiumPath, sofficePath, missing, missingMessage };

if (require.main === module) {
  const problems = missing();
  if (problems.length > 0) {
    console.error(`npm test cannot run: ${problems.length === 1 ? 'a prerequisite is' : 'prerequisites are'} missing (see README, Prerequisites).\n`);
    for (const p of problems) console.error(`${p.join('\n')}\n`);
    process.exit(1);
  }
  console.log(`prerequisites: Chromium ${chromiumPath()}, LibreOffice ${sofficePath()}`);
}
