#!/usr/bin/env bash
# Sync benchmark: kard (release build) against a local Radicale.
#   1. a first sync of N cards (default 10,000) from the server into an empty store;
#   2. a sync with nothing to do (median of 11 runs) and how many requests it made;
#   3. a sync of 100 cards changed on the server among the N;
#   4. a sync of 100 contacts changed in kard among the N.
# Usage: benches/sync.sh [N]. Needs radicale on PATH (scripts/test installs it into
# target/test-servers/bin). Not part of CI. Prints Markdown rows for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
export PATH="$PWD/target/test-servers/bin:$PATH"
command -v radicale >/dev/null || { echo "radicale is not on PATH (scripts/test installs it)" >&2; exit 1; }
[ "${KARD_NO_BUILD:-}" = 1 ] || cargo build --release --quiet
kard="$PWD/target/release/kard"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "ann:pw" > "$work/users"
cat > "$work/config" <<EOF
[server]
hosts = 127.0.0.1:$port
[auth]
type = htpasswd
htpasswd_filename = $work/users
htpasswd_encryption = plain
delay = 0
[storage]
filesystem_folder = $work/collections
[rights]
type = owner_only
[logging]
level = info
EOF
# The address book, filled directly on disk (as Radicale stores it) rather than by
# N PUTs, which would measure Radicale.
book="$work/collections/collection-root/ann/contacts"
mkdir -p "$book"
echo '{"D:displayname": "Contacts", "tag": "VADDRESSBOOK"}' > "$book/.Radicale.props"
python3 - "$book" "$n" <<'EOF'
import sys, os
book, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(os.path.join(book, f"card-{i:06d}.vcf"), "w", newline="") as f:
        f.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-{i:06d}\r\nFN:Person {i:06d}\r\n"
                f"N:{i:06d};Person;;;\r\nTEL;TYPE=CELL:+1 555 01{i % 100:02d} {i % 10000:04d}\r\n"
                f"EMAIL;TYPE=WORK:person{i}@example.org\r\nORG:Company {i % 97}\r\nEND:VCARD\r\n")
EOF
radicale --config "$work/config" > "$work/log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
up=0
for _ in $(seq 600); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null && { up=1; break; }
  kill -0 $server 2>/dev/null || { cat "$work/log" >&2; exit 1; }
  sleep 0.1
done
[ $up = 1 ] || { echo "Radicale did not start" >&2; exit 1; }

# Radicale parses every card once on the first request that needs them all (and caches
# them): that server cost is paid before kard is timed.
echo "warming Radicale up..." >&2
curl -s -o /dev/null --max-time 1800 -u ann:pw -X REPORT -H 'Depth: 1' \
  -H 'Content-Type: application/xml' "http://127.0.0.1:$port/ann/contacts/" \
  --data '<sync-collection xmlns="DAV:"><sync-token/><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>'
export KARD_DB="$work/kard.db" KARD_PASSWORD_BENCH=pw
"$kard" -q remote add bench "http://127.0.0.1:$port/ann/contacts/" --user ann
ms() { python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e6:.0f}')" "$1" "$2"; }
requests() { grep -c "request for" "$work/log" || true; }

echo "first sync..." >&2
t0=$(date +%s%N); "$kard" -q sync; t1=$(date +%s%N)
first=$(ms "$t0" "$t1")
stored=$("$kard" list --json | grep -c "\"uid\"")

echo "no-op syncs..." >&2
before=$(requests)
times=()
for _ in $(seq 11); do
  t0=$(date +%s%N); "$kard" -q sync; t1=$(date +%s%N)
  times+=("$(ms "$t0" "$t1")")
done
noop=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
per_noop=$(( ($(requests) - before) / 11 ))
# The same request by curl: the server's share of a sync with nothing to do.
token=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT sync_token FROM remote').fetchone()[0])" "$KARD_DB")
times=()
for _ in $(seq 11); do
  t0=$(date +%s%N)
  curl -s -o /dev/null -u ann:pw -X REPORT -H 'Depth: 1' -H 'Content-Type: application/xml' \
    "http://127.0.0.1:$port/ann/contacts/" \
    --data "<sync-collection xmlns=\"DAV:\"><sync-token>$token</sync-token><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>"
  t1=$(date +%s%N)
  times+=("$(ms "$t0" "$t1")")
done
curl_noop=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)

echo "100 server changes..." >&2
# 100 cards changed on the server (another client's edits).
python3 - "$book" "$n" <<'EOF'
import sys, os
book, n = sys.argv[1], int(sys.argv[2])
for i in range(0, n, n // 100):
    p = os.path.join(book, f"card-{i:06d}.vcf")
    text = open(p, newline="").read().replace("END:VCARD", "TITLE:Changed on the server\r\nEND:VCARD")
    open(p, "w", newline="").write(text)
EOF
t0=$(date +%s%N); "$kard" -q sync; t1=$(date +%s%N)
pulled=$(ms "$t0" "$t1")

echo "100 local changes..." >&2
# 100 contacts changed in kard.
for i in $(seq 0 $((n / 100)) $((n - 1))); do
  printf -v id 'card-%06d' "$i"
  "$kard" -q edit "$id" --title "Changed in kard" >/dev/null
done
t0=$(date +%s%N); "$kard" -q sync; t1=$(date +%s%N)
pushed=$(ms "$t0" "$t1")

echo "cards: $n (stored: $stored), Radicale $(radicale --version), $(nproc) cores"
echo "| operation | time |"
echo "|---|---|"
echo "| first sync of $n cards (server -> empty store) | $first ms |"
echo "| sync with nothing to do (median of 11; $per_noop request each) | $noop ms |"
echo "| the same sync-collection REPORT by curl (the server's share) | $curl_noop ms |"
echo "| sync of 100 cards changed on the server among $n | $pulled ms |"
echo "| sync of 100 contacts changed in kard among $n | $pushed ms |"
