#!/bin/sh
# A fax command for tests that fails like a modem with no line.
echo "no dial tone on /dev/ttyS0" >&2
exit 3
