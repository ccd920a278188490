#!/usr/bin/env bash
# Installs the Debian packages claimlint needs to build and test.
# Idempotent: packages already present are skipped, so re-running is cheap.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost1.81-dev       # Spirit X3
  libicu-dev             # normalisation, sentence segmentation
  libtomlplusplus-dev    # configuration and lexicons
  libcli11-dev           # command line
  nlohmann-json3-dev     # JSON output
  libgtest-dev           # tests
  libbenchmark-dev       # bench/
  libsqlite3-dev         # the archive index (claimlint index, check --db)
  libgoogle-perftools-dev  # tcmalloc_minimal: the allocator claimlint links when present
  clang libclang-rt-14-dev  # libFuzzer target
  python3
  neovim                 # tests/e2e: the language server in a real editor (0.7.2 on bookworm)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
