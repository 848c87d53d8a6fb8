#!/bin/sh
# Offline structural check of manifest.xml against the published add-in manifest XSDs (xmllint).
# `npm run validate` is Microsoft's own validator (office-addin-manifest, a devDependency), which
# needs the network; this is the extra check .ci/run makes where the schemas are at hand.
# Usage: scripts/validate-manifest.sh [manifest.xml] [SCHEMA_DIR]
#   SCHEMA_DIR holds OfficeAppManifestV1_1.xsd and the schemas it includes
#   (default: MANIFEST_SCHEMAS, else the shared folder's manifest-schema/ next to the repository).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
manifest=${1:-$here/manifest.xml}
schemas=${2:-${MANIFEST_SCHEMAS:-$here/../shared/manifest-schema}}
if [ ! -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  echo "validate-manifest.sh: no OfficeAppManifestV1_1.xsd in $schemas; give the schema folder (scripts/validate-manifest.sh manifest.xml DIR), or use npm run validate (online)" >&2
  exit 2
fi
command -v xmllint >/dev/null || { echo "validate-manifest.sh: xmllint not found: sudo apt-get install libxml2-utils (macOS: it comes with the system; Windows: use npm run validate)" >&2; exit 2; }
xmllint --noout --nonet --schema "$schemas/OfficeAppManifestV1_1.xsd" "$manifest"
