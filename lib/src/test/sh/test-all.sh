#!/usr/bin/env bash
# ./run.sh test — every test the workbook has: JUnit (lib/), check all, exercise mode, README snippets, launcher.
# Ends with one line "N passed, N failed" counting JUnit tests, sections, README blocks and launcher cases.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
cd "$ROOT"
passed=0
failed=0

# Adds the "N passed, N failed" line a step printed last to the totals; a step that printed none failed.
tally() {
  local name="$1" log="$2" status="$3" line p f
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)"
  if [[ -z "$line" ]]; then
    echo "!! $name did not report results (exit $status)"; failed=$((failed + 1)); return
  fi
  p="${line%% passed*}"; f="${line#*, }"; f="${f%% failed}"
  passed=$((passed + p)); failed=$((failed + f))
  if [[ "$status" != 0 && "$f" == 0 ]]; then echo "!! $name exited $status"; failed=$((failed + 1)); fi
  echo "== $name: $line"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== 1/5 unit tests (mvn verify)"
mvn -q -B -f lib/pom.xml verify > "$tmp/unit.log" 2>&1
status=$?
# Summarise surefire's XML reports without Python: sum the tests/failures/errors attributes.
t=0; f=0
for x in lib/target/surefire-reports/TEST-*.xml; do
  [[ -f "$x" ]] || continue
  head -c 4000 "$x" | tr ' ' '\n' | grep -E '^(tests|failures|errors)="' > "$tmp/attrs" || true
  while IFS='=' read -r key value; do
    value="${value//\"/}"; value="${value%%>*}"
    case "$key" in tests) t=$((t + value)) ;; failures|errors) f=$((f + value)) ;; esac
  done < "$tmp/attrs"
done
if [[ "$status" != 0 ]]; then grep -E "Tests run:|FAIL|ERROR" "$tmp/unit.log" | head -40; fi
echo "$((t - f)) passed, $f failed" > "$tmp/unit.sum"
tally "unit tests" "$tmp/unit.sum" "$status"

echo "== 2/5 ./run.sh check all"
./run.sh check all 2>&1 | tee "$tmp/check.log" | grep -E '^(✓|✗|\[ok\]|\[FAIL\]|!!|===|section|[0-9]+ passed)' | grep -vE '^(✓|\[ok\])'
tally "check all" "$tmp/check.log" "${PIPESTATUS[0]}"

CP="lib/target/mlmath.jar"; for j in lib/target/deps/*.jar; do CP="$CP:$j"; done
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "== 3/5 exercise mode loads every section without compile errors"
"$JAVA" -cp "$CP" --add-modules=jdk.incubator.vector -Dai.djl.offline=true -Dmlmath.plots="$tmp/plots" \
  mlmath.check.Check --exercise startup.jsh scripts/*.jsh > "$tmp/exercise.log" 2>&1
status=$?
grep -E '^(!!|section|[0-9]+ passed)' "$tmp/exercise.log"
tally "exercise mode" "$tmp/exercise.log" "$status"

echo "== 4/5 README snippets (every \`\`\`jshell block, in a primed JShell)"
awk '/^```jshell/{on=1; next} /^```/{on=0} on' README.md > "$tmp/README-snippets.jsh"
if [[ ! -s "$tmp/README-snippets.jsh" ]]; then echo "0 passed, 1 failed" > "$tmp/readme.log"; status=1; else
  "$JAVA" -cp "$CP" --add-modules=jdk.incubator.vector -Dai.djl.offline=true -Dmlmath.plots="$tmp/plots" \
    mlmath.check.Check startup.jsh "$tmp/README-snippets.jsh" > "$tmp/readme.log" 2>&1
  status=$?
fi
grep -E '^(✗|\[FAIL\]|!!|section|README|[0-9]+ passed)' "$tmp/readme.log"
tally "README snippets" "$tmp/readme.log" "$status"

echo "== 5/5 launcher"
bash lib/src/test/sh/launcher-test.sh > "$tmp/launcher.log" 2>&1
status=$?
grep -E '^(ok|FAIL|[0-9]+ passed)' "$tmp/launcher.log"
tally "launcher" "$tmp/launcher.log" "$status"

echo
echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
