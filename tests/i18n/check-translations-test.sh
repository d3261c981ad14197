#!/usr/bin/env bash
# tools/check-translations passes a complete catalogue and catches each way
# one can be incomplete: an unfinished message, a vanished one, an empty
# plural form.
#   check-translations-test.sh CHECKER
set -uo pipefail
checker=$1
here=$(cd "$(dirname "$0")" && pwd)
failed=0
expect() { # EXIT-CODE FIXTURE
  "$checker" --as-is "$here/$2.ts" >/dev/null
  local got=$?
  if [ "$got" -ne "$1" ]; then
    echo "FAIL: $2.ts gave exit $got, expected $1"
    failed=1
  fi
}
expect 0 complete
expect 1 unfinished
expect 1 vanished
expect 1 empty-plural
[ $failed -eq 0 ] && echo "check-translations catches unfinished, vanished and empty messages"
exit $failed
