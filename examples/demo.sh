#!/bin/sh
# Build kard and run it on the bundled examples: a company directory, another
# company's directory, and personal contacts exported from Google, Outlook and Apple.
# The demo store is a temporary file unless KARD_DB says otherwise.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet
export KARD_DB="${KARD_DB:-$(mktemp -d)/demo.db}"
export NO_COLOR=1
run() {
    printf '\n$ kard'
    for arg in "$@"; do
        case "$arg" in
        *" "* | *"("*) printf ' "%s"' "$arg" ;;
        *) printf ' %s' "$arg" ;;
        esac
    done
    printf '\n'
    target/debug/kard "$@"
}
run directory sync examples/company-directory.csv
run directory sync --external Globex examples/globex-directory.json
run import examples/google-contacts.csv examples/outlook.vcf examples/apple.vcf
run favorite "Jörg Müller"
run list --source company --department Sales
run list mül
run show jose.alvarez@acme.example
run show "Jörg Müller"
run show "(555) 010-6060"
run block "+1 555 010 6060" --calls
run blocked
run call "Main Line" --print
run call "José Álvarez" --account contact_center --print
run fax new "Jörg Müller" --subject "Signed contract"
run export "Johnny Appleseed" --format vcard
printf '\n(demo store: %s)\n' "$KARD_DB"
