#!/bin/sh
# Runs libFuzzer targets one at a time, each for SECONDS (default 600), at the lowest CPU
# priority, and prints per target the executions, the corpus size and what it found.
#
#   cmake -S . -B build-fuzz -G Ninja -DKXCTI_BUILD_FUZZERS=ON -DKXCTI_BUILD_GUI=OFF \
#         -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
#   cmake --build build-fuzz --target fuzz_protocol_frame fuzz_protocol_payload ...
#   tests/fuzz/run_fuzzers.sh build-fuzz [SECONDS] [TARGET...]     (default: every fuzz_* built)
#
# Each run starts from the target's seeds (tests/data/fuzz/<target>/, never written to) plus the
# corpus it grew last time (BUILD/fuzz-corpus/<target>/). A crash, leak or timeout leaves its
# input in BUILD/fuzz-findings/<target>/: reproduce it with `BUILD/tests/fuzz/<target> FILE`, fix
# the code, and keep the input as a seed in tests/data/fuzz/<target>/ so the replay test (ctest
# "fuzz: <target> replay") guards the fix forever. Exit status: 0 no findings, 1 findings, 2 usage.
set -u

build=${1:-}
[ -n "$build" ] && [ -d "$build/tests/fuzz" ] || {
    echo "usage: $0 BUILD_DIR [SECONDS] [TARGET...] (BUILD_DIR configured with -DKXCTI_BUILD_FUZZERS=ON)" >&2
    exit 2
}
shift
seconds=600
if [ $# -gt 0 ]; then seconds=$1; shift; fi
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

targets="$*"
if [ -z "$targets" ]; then
    for exe in "$build"/tests/fuzz/fuzz_*; do
        case $exe in *_replay) continue ;; esac
        [ -x "$exe" ] && targets="$targets $(basename "$exe")"
    done
fi
[ -n "$targets" ] || { echo "$0: no fuzz targets built in $build/tests/fuzz" >&2; exit 2; }

status=0
for target in $targets; do
    exe=$build/tests/fuzz/$target
    [ -x "$exe" ] || { echo "$target: not built ($exe)" >&2; status=1; continue; }
    corpus=$build/fuzz-corpus/$target
    findings=$build/fuzz-findings/$target
    log=$build/fuzz-logs/$target.log
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    seeds=$source_dir/tests/data/fuzz/$target
    [ -d "$seeds" ] || seeds=
    # -rss_limit_mb: the frame cap is 1 MiB, so a decoder that allocates far more is a finding.
    nice -n 19 "$exe" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" ${seeds:+"$seeds"} >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    units=$(ls "$corpus" | wc -l)
    found=$(ls "$findings" | wc -l)
    echo "$target: ${runs:-?} executions in ${seconds} s, corpus $units inputs, exit $rc, findings $found ($findings; log $log)"
    [ "$rc" -eq 0 ] && [ "$found" -eq 0 ] || status=1
done
exit $status
