#!/bin/sh
# A fax command for tests: writes each argument on a line of its own to $FAX_LOG,
# and copies the cover page (the file named by $FAX_COVER_ARG, if set) beside it.
: "${FAX_LOG:?FAX_LOG must name the file to record arguments in}"
for arg in "$@"; do
    printf '%s\n' "$arg"
done > "$FAX_LOG"
if [ -n "$FAX_COVER_COPY" ]; then
    for arg in "$@"; do
        case "$arg" in
            *kard-fax-*-cover-*) cp "$arg" "$FAX_COVER_COPY" ;;
        esac
    done
fi
echo "queued fax to $1"
