#!/usr/bin/env bash
# Install everything emlx needs on a fresh Debian/Ubuntu machine (idempotent; quick when all is present):
#   - Debian's chromium, for the browser gate (apt-get; needs root — otherwise prints what to run)
#   - the emlx package (editable) with its Python dependencies and the test oracles (mlx[cpu], pytest, hypothesis)
#   - torch's CPU build as a test oracle, pinned explicitly: a bare `torch` requirement would pull GBs of CUDA wheels
#   - the JS library's npm dependencies, from js/package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"

if ! command -v chromium >/dev/null 2>&1 && [ -z "${EMLX_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[install] apt-get install chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "[install] warning: no chromium found; run 'sudo apt-get install chromium' for the browser gate" >&2
  fi
fi

echo "[install] python packages"
"$PY" -m pip install -q --disable-pip-version-check torch==2.13.0
"$PY" -m pip install -q --disable-pip-version-check -e ".[dev]"

if command -v npm >/dev/null 2>&1; then
  echo "[install] npm ci (js/)"
  # onnxruntime-node: its CPU binaries ship in the package; its install script would fetch CUDA files
  (cd js && ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "[install] done"
