#!/bin/sh
# A quick-action handler for tests: writes each argument on a line of its own to $HANDLER_LOG.
: "${HANDLER_LOG:?HANDLER_LOG must name the file to record arguments in}"
for arg in "$@"; do
    printf '%s\n' "$arg"
done > "$HANDLER_LOG"
