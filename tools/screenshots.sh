#!/usr/bin/env bash
# Screenshots of every screen of the window, in light and dark palettes, on a
# generated demo journal: docs/screenshots/<screen>-<palette>.png.
#   tools/screenshots.sh [BUILD_DIR]   (default: build)
# The demo journal is written with twofold-cli; twofold-devshell (the window,
# driven) walks through its screens and quits. Runs under Xvfb when
# xvfb-run is installed, else on Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
CLI="$BUILD/app/twofold-cli/twofold-cli"
APP="$BUILD/tools/devshell/twofold-devshell"
OUT=${OUT:-docs/screenshots}
[ -x "$CLI" ] && [ -x "$APP" ] || { echo "build first: cmake --preset devtools && cmake --build --preset devtools" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JOURNAL="$WORK/demo.twofold"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$CLI" --journal "$JOURNAL" init --partner Alex --partner Sam >/dev/null

alex_titles=("A slow Sunday" "Coffee before work" "The long call" "Garden, finally" "Tired but close"
  "Planning the coast trip" "Small wins" "Rain all day")
alex_texts=(
  "We walked along the **river** after dinner and talked about the week ahead. I felt calm for the first time in days."
  "You made coffee before I woke up. It meant more than you know. Work was heavy, the evening together helped."
  "Long call with my sister. Afterwards we sat on the sofa and I told you about it — you *listened* the whole time."
  "Spent the afternoon in the garden. The tomatoes are a lost cause, but the roses are back."
  "Both tired. We ordered food and watched an old film, and that was exactly right."
  "Argued a little about money for the trip, then made up. We picked the small house by the dunes."
  "Finished the report. Sent you a silly message; you replied with a photo of the sunset."
  "Rain all day, so we cooked soup and read together in silence. It felt like home."
)
sam_titles=("Dinner with friends" "A good run" "Heard" "The neighbours' cat" "Quiet evening" "Back pain again"
  "Grateful" "Sunday market")
sam_texts=(
  "Friends came over and the house was loud and warm. I love watching you laugh with them."
  "Ran by the river in the morning. Came home to pancakes."
  "I brought up the thing about weekends and you really heard me. Something shifted."
  "The neighbours' cat got in again and slept on your jumper. We let it."
  "Nothing special happened and it was lovely. Tea, a book, your feet on my lap."
  "My back is acting up again. You carried the shopping without being asked."
  "Grateful for the way you listen when I ramble about small worries."
  "Market in the morning: cheese, too many apples, flowers for the table."
)
tags=(us home work family gratitude travel health friends)
for i in $(seq 0 34); do
  day=$(date -d "-$i day" +%F)
  a=$((i % 8)); s=$(((i + 3) % 8))
  "$CLI" --journal "$JOURNAL" --as Alex entry add --date "$day" --title "${alex_titles[$a]}" \
    --mood $((2 + (i * 7) % 4)) --tag "${tags[$a]}" --tag us --text "${alex_texts[$a]}" >/dev/null
  if [ $((i % 3)) -ne 2 ]; then
    "$CLI" --journal "$JOURNAL" --as Sam entry add --date "$day" --title "${sam_titles[$s]}" \
      --mood $((3 + (i * 5) % 3)) --tag "${tags[$s]}" --text "${sam_texts[$s]}" >/dev/null
  fi
done
"$CLI" --journal "$JOURNAL" --as Alex entry add --private --title "Just for me" --mood 3 --tag health \
  --text "A note I am not ready to share yet: I want to talk about how tired I have been." >/dev/null

# Sam has answered today's prompt: Alex sees "Your turn", never Sam's words.
prompt_id=$("$CLI" --journal "$JOURNAL" --as Sam --json prompt today | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -1)
if [ -n "$prompt_id" ]; then
  "$CLI" --journal "$JOURNAL" --as Sam prompt answer "$prompt_id" --file - >/dev/null <<<"Sitting on the steps with you after the market, not saying much."
fi

# A prompt of Alex's own, not answered yet: Alex may still change or delete it.
"$CLI" --journal "$JOURNAL" --as Alex prompt add --theme appreciation --depth light \
  --text "Which small thing I do for you would you miss most if I stopped?" >/dev/null

# Sixteen earlier weeks of check-ins for the trends (one week only Alex did: a gap).
keys=(happiness connection heard affection intimacy stress fairness)
for w in $(seq 17 -1 2); do
  week=$(date -d "-$((w * 7)) day" +%G-W%V)
  for who in Alex Sam; do
    [ "$who" = Sam ] && [ "$w" -eq 9 ] && continue
    args=()
    for k in $(seq 0 6); do
      if [ "$who" = Alex ]; then v=$(((5 + w * 3 + k * 2) % 5 + 4)); else v=$(((7 + w * 5 + k) % 6 + 3)); fi
      args+=(--rating "${keys[$k]}=$v")
    done
    "$CLI" --journal "$JOURNAL" --as "$who" checkin answer --week "$week" "${args[@]}" >/dev/null
  done
done

# Last week's check-in, both parts in and an agreement; this week Sam has done their part.
last_week=$(date -d "-7 day" +%G-W%V)
"$CLI" --journal "$JOURNAL" --as Alex checkin answer --week "$last_week" --rating connection=7 --rating heard=6 >/dev/null
"$CLI" --journal "$JOURNAL" --as Sam checkin answer --week "$last_week" --rating connection=8 --rating heard=8 >/dev/null
"$CLI" --journal "$JOURNAL" --as Sam checkin agree --week "$last_week" --file - >/dev/null <<<"A walk together on Sunday, phones at home."
"$CLI" --journal "$JOURNAL" --as Sam checkin answer --rating happiness=8 --rating connection=7 --rating heard=6 \
  --field "appreciations=You made time for my sister's call." \
  --field "issue=I'd like us to plan weekends together instead of deciding on the day." >/dev/null

mkdir -p "$OUT"
run() {
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x900x24" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$@"
  fi
}
for palette in light dark; do
  run ${TOUR_WRAP:-} "$APP" --journal "$JOURNAL" --as Alex --palette "$palette" --screenshot "$OUT" 2> >(grep -v propagateSizeHints >&2)
done
ls "$OUT"
