#!/usr/bin/env bash
# The test command: install what is missing, then run the whole suite (Python + JS unit tests + Node and
# Chromium parity on the fixtures and, when ../shared/acceptance exists, on the acceptance checkpoints).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec "${PYTHON:-python3}" -m pytest -q "$@"
