#!/usr/bin/env bash
# tools/check-layers catches each kind of violation: a tree with one of each
# must fail, naming every file; a clean tree must pass.
set -uo pipefail
CHECK=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"/{core/storage,core/crypto,core/journal,ui,cli,app,tools}
echo 'void f() { db.exec("PRAGMA foo"); }' >"$WORK/core/storage/Ok.cpp"
echo '#include <sodium.h>' >"$WORK/core/crypto/Ok.cpp"
echo '#include "journal/Journal.h"' >"$WORK/ui/Ok.cpp"
echo '#include "crypto/KeyWrap.h"' >"$WORK/ui/Kdf.h"
"$CHECK" "$WORK" >/dev/null || { echo "a clean tree was refused"; exit 1; }

echo 'Statement s(db, "SELECT uuid FROM entry");' >"$WORK/core/journal/Sql.cpp"
echo '#include <sodium.h>' >"$WORK/core/journal/Sodium.cpp"
echo '#include <QWidget>' >"$WORK/core/journal/Widget.h"
echo '#include <sqlite3.h>' >"$WORK/ui/Sqlite.cpp"
echo '#include "storage/EntryStore.h"' >"$WORK/cli/Store.cpp"
echo '#include "crypto/Sealer.h"' >"$WORK/app/Keys.cpp"
echo 'auto& db = session.journal().database();' >"$WORK/ui/Internals.cpp"
echo '#include "journal/JournalInternals.h"' >"$WORK/tools/Internals.cpp"
out=$("$CHECK" "$WORK" 2>&1)
status=$?
[ "$status" -eq 1 ] || { echo "violations passed (exit $status)"; exit 1; }
for file in core/journal/Sql.cpp core/journal/Sodium.cpp core/journal/Widget.h ui/Sqlite.cpp cli/Store.cpp \
  app/Keys.cpp ui/Internals.cpp tools/Internals.cpp; do
  grep -q "$file" <<<"$out" || { echo "not named: $file"; echo "$out"; exit 1; }
done
echo "check-layers: every kind of violation is caught"
