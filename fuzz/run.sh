#!/usr/bin/env bash
# Runs a claimlint libFuzzer target for a while on a copy of its seed corpus.
#
#   fuzz/run.sh BUILD_DIR SECONDS [TARGET]
#
# TARGET is `extract` (the default: Document, grammar, claims, checks; seeds
# in fuzz/corpus) or `lsp` (the language server's framing and dispatch;
# seeds in fuzz/corpus_lsp).
#
# BUILD_DIR is a build configured with -DCLAIMLINT_FUZZ=ON and Clang (see
# fuzz/CMakeLists.txt). Exits 0 when the time ran out without a finding, 1 on
# any crash, sanitizer report, leak, timeout (>10 s per input) or OOM
# (>2048 MB); the reproducer is kept in BUILD_DIR/fuzz-artifacts/. Reproduce
# with: BUILD_DIR/fuzz/claimlint_fuzz ARTIFACT (claimlint_fuzz_lsp for lsp)
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR SECONDS [extract|lsp]" >&2; exit 2; }
[[ $# -eq 2 || $# -eq 3 ]] || usage
build="$1"
seconds="$2"
target="${3:-extract}"
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$target" in
  extract) fuzzer="$build/fuzz/claimlint_fuzz"; seeds="$root/fuzz/corpus" ;;
  lsp) fuzzer="$build/fuzz/claimlint_fuzz_lsp"; seeds="$root/fuzz/corpus_lsp" ;;
  *) usage ;;
esac
if [[ ! -x "$fuzzer" ]]; then
  echo "fuzz/run.sh: $fuzzer not found; configure $build with CC=clang CXX=clang++ -DCLAIMLINT_FUZZ=ON and build $(basename "$fuzzer")" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/claimlint-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp "$seeds/"* "$work/corpus/"

mkdir -p "$build/fuzz-artifacts"
artifacts="$(mktemp -d "$build/fuzz-artifacts/run-$(date +%Y%m%d-%H%M%S)-XXXX")"

# A dictionary of the grammar's words. libFuzzer takes only printable ASCII in
# dictionary entries, so everything else is written as \xNN.
python3 - "$work/claimlint.dict" <<'PY'
import sys
words = """
万 亿 万亿 千 百 十 元 亿元 万元 美元 万美元 户 万户 家 个 人 万人 人次 吨 万吨 斤 亿斤 千瓦 万千瓦 千瓦时 亩 万亩 头
辆 标箱 平方米 公里 颗 % ％ 个百分点 百分点 倍 第 位 居全国第 约 大约 近 接近 超过 超 突破 逾 多 余 左右 上下 以上
以下 以内 不低于 不少于 及以上 不到 不足 低于 至 到 — － ～ - ~ 年 月 日 季度 一季度 前三季度 上半年 下半年 全年 月末
年末 截至 连续 个月 五年来 前11个月 1—11月 2023年 二〇二四年 上年 去年 今年 同期 同比增长 增长 下降 负增长 其中 占 比重
百分之 两 三十 〇 零 一 二 三 四 五 六 七 八 九 力争 预期目标 “ ” 、 ， 。 ； ． ， ０ ５ ９ 一、 （一） 5G PM2.5 一主六双
Content-Length: jsonrpc method params id textDocument uri text version contentChanges range start end line
character position initialize initialized shutdown exit $/cancelRequest textDocument/didOpen textDocument/didChange
textDocument/didSave textDocument/didClose textDocument/hover textDocument/codeAction textDocument/diagnostic
workspace/didChangeWatchedFiles context diagnostics source claimlint code file:/// 🚢
""".split()
with open(sys.argv[1], "w", encoding="ascii") as f:
    for w in words:
        esc = "".join(c if (32 <= ord(c) < 127 and c not in '"\\') else "".join("\\x%02X" % b for b in c.encode("utf-8")) for c in w)
        f.write('"%s"\n' % esc)
PY

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

set +e
"$fuzzer" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -max_len=8192 \
  -dict="$work/claimlint.dict" \
  -artifact_prefix="$artifacts/" \
  -print_final_stats=1 \
  "$work/corpus"
status=$?
set -e

if [[ $status -ne 0 ]] || [[ -n "$(ls -A "$artifacts")" ]]; then
  echo "fuzz/run.sh: FAILED (exit status $status); artifacts in $artifacts:" >&2
  ls -l "$artifacts" >&2 || true
  exit 1
fi
rmdir "$artifacts"
echo "fuzz/run.sh: no findings in ${seconds}s"
