#!/usr/bin/env bash
# Opens an .xlsx in LibreOffice (headless), recalculates every formula (cached results are ignored),
# and writes the recalculated copy into OUTDIR under the same name. The rollup tests use it
# (test/support/recalc.ts) to hold the formulas the command line writes to a real spreadsheet's results.
# Usage: scripts/recalc-xlsx.sh IN.xlsx OUTDIR
# Needs LibreOffice Calc: soffice on PATH, or SOFFICE=/path/to/soffice (see README, Prerequisites).
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 IN.xlsx OUTDIR" >&2; exit 2; fi
in=$1; outdir=$2
soffice=${SOFFICE:-}
if [ -z "$soffice" ]; then
  soffice=$(command -v soffice || command -v libreoffice || true)
  [ -n "$soffice" ] || [ ! -x /Applications/LibreOffice.app/Contents/MacOS/soffice ] || soffice=/Applications/LibreOffice.app/Contents/MacOS/soffice
fi
if [ -z "$soffice" ] || ! command -v "$soffice" >/dev/null; then
  cat >&2 <<'MSG'
recalc-xlsx.sh: LibreOffice (soffice) not found. It recalculates the rollup tests' workbooks. Install LibreOffice Calc:
  Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui
  macOS:         brew install --cask libreoffice
  Windows:       winget install TheDocumentFoundation.LibreOffice
or set SOFFICE to the soffice program.
MSG
  exit 2
fi
[ -f "$in" ] || { echo "recalc-xlsx.sh: no file $in" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user" "$outdir"
# LibreOffice keeps cached formula results of OOXML files unless told to recalculate always (0).
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
# at most 3 minutes (macOS has no timeout unless coreutils is installed)
limit=(); if command -v timeout >/dev/null; then limit=(timeout 180); fi
${limit[@]+"${limit[@]}"} "$soffice" -env:UserInstallation="file://$profile" --headless --calc --convert-to xlsx --outdir "$outdir" "$in" >/dev/null 2>&1 || true
[ -f "$outdir/$(basename "$in")" ] || { echo "recalc-xlsx.sh: LibreOffice ($soffice) did not write $outdir/$(basename "$in")" >&2; exit 1; }
