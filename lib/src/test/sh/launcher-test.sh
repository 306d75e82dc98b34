#!/usr/bin/env bash
# Launcher tests for run.sh: section resolution, refusals, missing/old Java, missing Maven, paths with spaces.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
RUN="$ROOT/run.sh"
passed=0
failed=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# expect NAME EXIT_CODE PATTERN -- command...: the command exits with EXIT_CODE and its output matches PATTERN.
expect() {
  local name="$1" code="$2" pattern="$3"; shift 4
  local out status
  out="$("$@" 2>&1)"; status=$?
  if [[ "$status" == "$code" ]] && grep -qE -- "$pattern" <<<"$out"; then
    echo "ok   $name"; passed=$((passed + 1))
  else
    echo "FAIL $name (exit $status, wanted $code and /$pattern/)"; sed 's/^/     | /' <<<"$out" | head -20; failed=$((failed + 1))
  fi
}

expect "help lists verbs and sections" 0 "03-probability" -- "$RUN" --help
expect "unknown section is refused with the list" 2 "unknown section 'nosuch'.*" -- "$RUN" nosuch
expect "unknown section lists valid ones" 2 "07-checkpoints" -- "$RUN" nosuch
expect "path traversal is refused" 2 "no paths allowed" -- "$RUN" ../etc/passwd
expect "backslash path is refused" 2 "no paths allowed" -- "$RUN" 'a\b'
expect "check of unknown section fails" 2 "unknown section '99'" -- "$RUN" check 99
expect "exercise needs a section" 2 "exercise takes one section" -- "$RUN" exercise
for name in 03 3 probability 03-probability; do
  expect "'$name' resolves to 03-probability" 0 "(scripts|fast)/03-probability.jsh" -- env MLMATH_PRINT_ONLY=1 "$RUN" "$name"
done
expect "'linear-algebra' resolves" 0 "(scripts|fast)/02-linear-algebra.jsh" -- env MLMATH_PRINT_ONLY=1 "$RUN" linear-algebra

# A PATH holding only the basic tools (and optionally java/jshell/mvn) to simulate machines without them.
tools="$tmp/tools"; mkdir -p "$tools"
for t in bash dirname basename sed head cut find grep uname mktemp cat rm env tr printf; do
  p="$(command -v "$t" || true)"; [[ -n "$p" ]] && ln -sf "$p" "$tools/$t"
done
expect "no java is a clear error" 2 "no 'java' found" -- env -u JAVA_HOME PATH="$tools" bash "$RUN" 03

oldjdk="$tmp/old jdk"; mkdir -p "$oldjdk/bin"
printf '#!/bin/sh\necho '\''openjdk version "11.0.2" 2019-01-15'\'' >&2\n' > "$oldjdk/bin/java"; chmod +x "$oldjdk/bin/java"
expect "Java 11 is refused, naming the version" 2 "Java 11.0.2 found .* needs Java 17 or newer" -- env JAVA_HOME="$oldjdk" "$RUN" 03
printf '#!/bin/sh\necho '\''java version "1.8.0_392"'\'' >&2\n' > "$oldjdk/bin/java"
expect "Java 8 is refused, naming the version" 2 "Java 1.8.0_392 found" -- env JAVA_HOME="$oldjdk" "$RUN" 03

# A copy of the workbook in a folder with spaces, sharing the built jar (hard links, no rebuild).
spaced="$tmp/my work/mlmath copy"; mkdir -p "$spaced/lib"
cp -r "$ROOT/run.sh" "$ROOT/startup.jsh" "$ROOT/scripts" "$spaced/"
cp -r "$ROOT/lib/src" "$ROOT/lib/pom.xml" "$spaced/lib/"
cp -al "$ROOT/lib/target" "$spaced/lib/target"
# The start-up archive is tied to its class path: the copy makes its own (unlinking keeps the original intact).
rm -f "$spaced"/lib/target/*.jsa
# A copy, not a link, of the jar: a fresh timestamp marks the archive and fast copies stale here, not in $ROOT.
rm -f "$spaced/lib/target/mlmath.jar"; cp "$ROOT/lib/target/mlmath.jar" "$spaced/lib/target/mlmath.jar"
expect "a section opens from a path with spaces and the REPL keeps going" 0 "0\.7$" -- \
  bash -c 'printf "print(np.dot(u, v));\n/exit\n" | MLMATH_HEADLESS=1 "$1" 02' _ "$spaced/run.sh"
# The start-up preparation wrote fast-loading copies; a section loads from its copy, with the same verifies as check
# mode on the original, and an edited script (newer than its copy) loads from the original.
expect "a section loads from its fast copy" 0 "lib/target/fast/03-probability.jsh" -- env MLMATH_PRINT_ONLY=1 "$spaced/run.sh" 03
expect "the fast copy verifies what the script verifies" 0 "^same 9$" -- bash -c '
  a="$(printf "/exit\n" | MLMATH_HEADLESS=1 "$1" 03 2>&1 | grep -E "^(✓|✗)" | sed "s/max|Δ|.*//")"
  b="$("$1" check 03 2>&1 | grep -E "^(✓|✗)" | sed "s/max|Δ|.*//")"
  [[ "$a" == "$b" ]] && echo "same $(grep -c "✓" <<<"$a")"' _ "$spaced/run.sh"
touch "$spaced/scripts/03-probability.jsh"
expect "an edited script loads from the original" 0 "scripts/03-probability.jsh" -- env MLMATH_PRINT_ONLY=1 "$spaced/run.sh" 03
expect "a failing snippet does not stop the REPL" 0 "after-error" -- \
  bash -c 'printf "np.ones(2).add(np.ones(3));\nprint(\"after-error\");\n/exit\n" | MLMATH_HEADLESS=1 "$1"' _ "$spaced/run.sh"
# A plot typed just before /exit is still written (the PNG thread is flushed on the way out).
expect "a plot queued at /exit is written" 0 "^written$" -- \
  bash -c 'printf "hist(\"at exit\", np.random.randn(500), 20);\n/exit\n" | MLMATH_HEADLESS=1 "$1" 2>&1 | grep -q "could not write" \
    || { [[ -s "$2/plots/at-exit.png" ]] && echo written; }' _ "$spaced/run.sh" "$spaced"

java_dir="$(dirname "$(readlink -f "$(command -v java)")")"
for t in java jshell; do ln -sf "$java_dir/$t" "$tools/$t"; done
rm -f "$spaced/lib/target/mlmath.jar"
expect "a needed build without Maven is a clear error" 2 "'mvn' was not found" -- env -u JAVA_HOME PATH="$tools" bash "$spaced/run.sh" 03

echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
