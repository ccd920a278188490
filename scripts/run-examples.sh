#!/usr/bin/env bash
# Installs the dependencies, builds claimlint and runs it on the bundled
# examples: the figures and periods it reads in fixtures/examples, then a
# check of fixtures/check, where a draft contradicts a report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target claimlint -j"$(nproc)"
build/claimlint extract --format text fixtures/examples
echo
build/claimlint check fixtures/check || true
echo
# energy_bulletin.md carries two figures that contradict arithmetic.
build/claimlint check --stats fixtures/examples || true
