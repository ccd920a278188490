#!/usr/bin/env bash
# End-to-end: headless Neovim attaches `claimlint lsp` to a copy of
# fixtures/lsp/workspace and must see the diagnostics in nvim_lsp.expected.
#   tests/e2e/nvim_lsp_test.sh CLAIMLINT_BINARY
# Exit 77 (skipped) when nvim is not installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

if ! command -v nvim >/dev/null; then
  echo "nvim_lsp_test: skipped, nvim is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/claimlint-nvim.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -r "$root/fixtures/lsp/workspace" "$work/ws"

# --clean: no user config or plugins; HOME and XDG dirs inside $work so that
# nothing of the machine's own Neovim state is read or written.
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
CLAIMLINT_BIN="$bin" CLAIMLINT_WORKSPACE="$work/ws" CLAIMLINT_OUT="$work/out.txt" \
  timeout 60 nvim --headless --clean -n -c "luafile $here/nvim_lsp.lua" >"$work/nvim.log" 2>&1 || {
    echo "nvim_lsp_test: nvim failed:" >&2
    cat "$work/nvim.log" "$work/out.txt" >&2 2>/dev/null || true
    exit 1
  }

if ! diff -u "$here/nvim_lsp.expected" "$work/out.txt"; then
  echo "nvim_lsp_test: Neovim saw other diagnostics than expected (diff above)" >&2
  exit 1
fi
cat "$work/out.txt"
