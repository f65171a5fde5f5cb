#!/usr/bin/env bash
# The main job on the embedded fixture: export -> sidecars -> parity in Node and Chromium -> report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec "${PYTHON:-python3}" -m emlx demo "$@"
