#!/bin/sh
# Validates the add-in manifest: offline against the published schemas when ../shared/tools is
# beside the repository (as in CI), else with Microsoft's online validator (office-addin-manifest).
set -e
manifest=${1:-manifest.xml}
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -x "$here/../shared/tools/validate-manifest.sh" ]; then
  "$here/../shared/tools/validate-manifest.sh" "$manifest"
else
  npx --yes office-addin-manifest validate "$manifest"
fi
