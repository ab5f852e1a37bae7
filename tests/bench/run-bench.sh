#!/bin/sh
# Builds and runs the national-scale store benchmark (not part of meson test).
#
#   tests/bench/run-bench.sh [--keep] [other bench-store options]
#
# The build directory is $AZQF_BUILDDIR or _build beside this repository's
# meson.build; the workspace goes to a fresh folder in $AZQF_BENCH_DIR (or the
# system's temporary folder) and is removed afterwards unless --keep.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
builddir=${AZQF_BUILDDIR:-$srcdir/_build}

if [ ! -f "$builddir/build.ninja" ]; then
  echo "run-bench.sh: no meson build in $builddir; run: meson setup $builddir" >&2
  exit 2
fi

meson compile -C "$builddir" bench-store bench-list azqf-sqlite-ext >/dev/null

sqlite3_arg=
if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3_arg="--sqlite3=$(command -v sqlite3)"
fi

exec "$builddir/tests/bench/bench-store" \
  --ext "$builddir/model/azqf-sqlite-ext.so" \
  --bench-list "$builddir/tests/bench/bench-list" \
  ${sqlite3_arg:+"$sqlite3_arg"} \
  "$@"
