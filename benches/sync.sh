#!/usr/bin/env bash
# Sync benchmark: kard (release build) against a local Radicale or Xandikos.
#   1. a first sync of N cards (default 10,000) from the server into an empty store;
#   2. a sync with nothing to do (median of 11 runs) and how many requests it made,
#      beside curl's time (median of 11) for the sync-collection REPORT with the stored
#      token and for a Depth 0 PROPFIND of getctag and sync-token (the server's share);
#   3. a sync of 100 cards changed on the server among the N;
#   4. a sync of 100 contacts changed in kard among the N.
# Usage: benches/sync.sh radicale|xandikos [N]. Needs the server on PATH (scripts/test
# installs both into target/test-servers/bin). Not part of CI. Prints Markdown rows.
set -euo pipefail
cd "$(dirname "$0")/.."
server_name=${1:?usage: benches/sync.sh radicale|xandikos [N]}
n=${2:-10000}
case $server_name in radicale | xandikos) ;; *) echo "unknown server: $server_name" >&2; exit 2 ;; esac
export PATH="$PWD/target/test-servers/bin:$PATH"
command -v "$server_name" >/dev/null || { echo "$server_name is not on PATH (scripts/test installs it)" >&2; exit 1; }
[ "${KARD_NO_BUILD:-}" = 1 ] || cargo build --release --quiet
kard="$PWD/target/release/kard"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server=
trap '[ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$work"' EXIT

# The address book, filled directly on disk (as the server stores it) rather than by
# N PUTs, which would measure the server.
fill() {
  python3 - "$book" "$n" <<'EOF'
import sys, os
book, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(os.path.join(book, f"card-{i:06d}.vcf"), "w", newline="") as f:
        f.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-{i:06d}\r\nFN:Person {i:06d}\r\n"
                f"N:{i:06d};Person;;;\r\nTEL;TYPE=CELL:+1 555 01{i % 100:02d} {i % 10000:04d}\r\n"
                f"EMAIL;TYPE=WORK:person{i}@example.org\r\nORG:Company {i % 97}\r\nEND:VCARD\r\n")
EOF
}
wait_up() {
  for _ in $(seq 600); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null && return 0
    kill -0 "$server" 2>/dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$server_name did not start" >&2
  exit 1
}
git_in() { git -C "$book" -c user.name=bench -c user.email=bench@example.org "$@"; }

if [ "$server_name" = radicale ]; then
  echo "ann:pw" >"$work/users"
  cat >"$work/config" <<EOF
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
  book="$work/collections/collection-root/ann/contacts"
  mkdir -p "$book"
  echo '{"D:displayname": "Contacts", "tag": "VADDRESSBOOK"}' >"$book/.Radicale.props"
  fill
  radicale --config "$work/config" >"$work/log" 2>&1 &
  server=$!
  wait_up
  url="http://127.0.0.1:$port/ann/contacts/"
  auth=(-u ann:pw)
  add=(--user ann)
  requests() { grep -c "request for" "$work/log" || true; }
  version="Radicale $(radicale --version)"
else
  # Xandikos keeps each collection in a git repository: the cards are committed there
  # (as a client's PUTs would be) while it runs.
  xandikos serve --defaults -l 127.0.0.1 -p "$port" -d "$work/data" \
    --state-dir "$work/state" >"$work/log" 2>&1 &
  server=$!
  wait_up
  book="$work/data/user/contacts/addressbook"
  fill
  git_in add -A
  git_in commit -q -m "$n cards"
  url="http://127.0.0.1:$port/user/contacts/addressbook/"
  auth=()
  add=()
  requests() { grep -cE '"(GET|PUT|DELETE|REPORT|PROPFIND) ' "$work/log" || true; }
  version="Xandikos $(xandikos --version 2>&1 | awk '{print $NF}')"
fi
report() {
  curl -s -o /dev/null --max-time 1800 "${auth[@]}" -X REPORT -H 'Depth: 1' \
    -H 'Content-Type: application/xml' "$url" \
    --data "<sync-collection xmlns=\"DAV:\">$1<sync-level>1</sync-level><prop><getetag/></prop></sync-collection>"
}
propfind() {
  curl -s -o /dev/null "${auth[@]}" -X PROPFIND -H 'Depth: 0' -H 'Content-Type: application/xml' "$url" \
    --data '<propfind xmlns="DAV:" xmlns:cs="http://calendarserver.org/ns/"><prop><cs:getctag/><sync-token/></prop></propfind>'
}

# A server may parse every card once on the first request that needs them all (Radicale
# caches them): that server cost is paid before kard is timed.
echo "warming $server_name up..." >&2
report "<sync-token/>"
export KARD_DB="$work/kard.db" KARD_PASSWORD_BENCH=pw
"$kard" -q remote add bench "$url" "${add[@]}"
ms() { python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e6:.0f}')" "$1" "$2"; }
median11() {
  local times=()
  for _ in $(seq 11); do
    t0=$(date +%s%N)
    "$@"
    t1=$(date +%s%N)
    times+=("$(ms "$t0" "$t1")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 6p
}

echo "first sync..." >&2
t0=$(date +%s%N); "$kard" -q sync; t1=$(date +%s%N)
first=$(ms "$t0" "$t1")
stored=$("$kard" list --json | grep -c "\"uid\"")

echo "no-op syncs..." >&2
before=$(requests)
noop=$(median11 "$kard" -q sync)
per_noop=$((($(requests) - before) / 11))
# The requests by curl: the server's share of a sync with nothing to do.
token=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT sync_token FROM remote').fetchone()[0])" "$KARD_DB")
curl_report=$(median11 report "<sync-token>$token</sync-token>")
curl_propfind=$(median11 propfind)

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
[ "$server_name" = xandikos ] && git_in commit -q -a -m "100 changes"
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

echo "cards: $n (stored: $stored), $version, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| operation | time |"
echo "|---|---|"
echo "| first sync of $n cards (server -> empty store) | $first ms |"
echo "| sync with nothing to do (median of 11; $per_noop request each) | $noop ms |"
echo "| sync-collection REPORT with the stored token, by curl (median of 11) | $curl_report ms |"
echo "| Depth 0 PROPFIND of getctag and sync-token, by curl (median of 11) | $curl_propfind ms |"
echo "| sync of 100 cards changed on the server among $n | $pulled ms |"
echo "| sync of 100 contacts changed in kard among $n | $pushed ms |"
