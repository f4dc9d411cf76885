#!/usr/bin/env bash
# Benchmarks: kard against abook (Debian) and khard (PyPI) on the same generated data.
# Usage: benches/run.sh [N ...]     (default: 10000 100000 1000000)
# Installs what it needs (apt: abook hyperfine time sqlite3; pip: khard), builds kard --release,
# and writes BENCHMARKS.md. Not part of CI: a full run takes several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
need_apt=()
command -v abook >/dev/null || need_apt+=(abook)
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v sqlite3 >/dev/null || need_apt+=(sqlite3)
if [ ${#need_apt[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v khard >/dev/null || pip install -q khard==0.22.0
cargo build --release --quiet
exec python3 benches/run.py "$@"
