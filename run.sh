#!/usr/bin/env bash
# mlmath launcher: opens a JShell primed for a section, or checks, tests and benchmarks the workbook.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIB="$ROOT/lib"
JAR="$LIB/target/mlmath.jar"

die() { echo "run.sh: $*" >&2; exit 2; }

usage() {
  cat <<USAGE
usage: ./run.sh [SECTION]            open JShell primed for a section (03-probability, 03 or probability)
       ./run.sh check [SECTION|all]  run section scripts headless and print a table of verify results
       ./run.sh exercise SECTION     open a section with its from-scratch bodies replaced by TODO stubs
       ./run.sh test                 unit tests + check all + README snippets + launcher tests
       ./run.sh bench                performance benchmark against libtorch
USAGE
  list_sections
}

list_sections() {
  echo "sections:"
  for f in "$ROOT"/scripts/*.jsh; do echo "  $(basename "$f" .jsh)"; done
}

# java and jshell: JAVA_HOME first, then PATH; 17 or newer.
find_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"; JSHELL="$JAVA_HOME/bin/jshell"
  else
    JAVA="$(command -v java || true)"; JSHELL="$(command -v jshell || true)"
  fi
  [[ -n "$JAVA" ]] || die "no 'java' found: install a JDK 17 or newer (see README.md, Prerequisites) or set JAVA_HOME"
  local version major
  version="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  [[ "$major" == 1 ]] && major="$(echo "$version" | cut -d. -f2)"
  [[ "$major" =~ ^[0-9]+$ ]] || die "could not read the Java version from '$JAVA -version'"
  (( major >= 17 )) || die "Java $version found at $JAVA, but mlmath needs Java 17 or newer (set JAVA_HOME to a JDK 17+)"
  JAVA_VERSION="$version"
  [[ -n "$JSHELL" && -x "$JSHELL" ]] || die "Java $version has no 'jshell': install a full JDK 17+, not a JRE"
}

# Builds the helper jar on first use and whenever lib/ sources or the pom are newer than it.
ensure_built() {
  if [[ -f "$JAR" ]] && [[ -z "$(find "$LIB/src/main" "$LIB/pom.xml" -newer "$JAR" -print -quit 2>/dev/null)" ]]; then
    return
  fi
  command -v mvn >/dev/null || die "the helper jar needs building but 'mvn' was not found: install Maven 3.8+ (see README.md)"
  if [[ -f "$JAR" ]]; then echo "lib/ changed: rebuilding the helper jar..."; else
    echo "First run: building the helper jar with Maven (downloads dependencies once, about a minute)..."; fi
  local log; log="$(mktemp)"
  if ! mvn -q -B -f "$LIB/pom.xml" package -DskipTests >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; die "the Maven build failed (see above)"
  fi
  rm -f "$log"
}

# A class-data-sharing archive of a primed session (JShell's compiler, the helpers, DJL, XChart) cuts about half a
# second off every start and a second off a section's. It is made once per JDK after each build, from a headless
# run of three sections that between them touch every helper.
cds_archive() {
  local archive="$LIB/target/jshell-${JAVA_VERSION//[^0-9A-Za-z._-]/_}.jsa"
  # A rebuilt jar (say by ./run.sh test's mvn verify) makes an older archive unusable: the JVM would ignore it.
  if [[ ! "$archive" -nt "$JAR" ]]; then
    echo "Preparing a faster start (about 30 s, once per build; libtorch is unpacked on the first run)..." >&2
    local cp; cp="$(classpath)"
    # The same run writes each section's fast-loading copy (mlmath.check.FastScript), running every section.
    printf 'mlmath.check.FastScript.writeAll();\n/exit\n' | "$JSHELL" --execution local --class-path "$cp" "-J--class-path=$cp" \
      "${JVM_OPTS[@]/#/-J}" -J-Dmlmath.headless=true "-J-Dmlmath.plots=$(mktemp -d)" "-J-Dmlmath.root=$ROOT" \
      "-J-XX:ArchiveClassesAtExit=$archive" --startup DEFAULT --startup "$ROOT/startup.jsh" >/dev/null 2>&1 || rm -f "$archive"
  fi
  [[ -f "$archive" ]] && printf '%s' "$archive"
}

classpath() {
  local cp="$JAR" f
  for f in "$LIB"/target/deps/*.jar; do cp="$cp:$f"; done
  printf '%s' "$cp"
}

# Plots become PNGs when there is no display (or in check mode).
headless() {
  if [[ -n "${MLMATH_HEADLESS:-}" ]]; then echo true; return; fi
  if [[ "$(uname -s)" == Darwin ]]; then echo false; return; fi
  if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then echo false; else echo true; fi
}

# Serial GC with a fixed young generation: JShell's compiler allocates in bursts, and on two cores G1's concurrent
# threads cost a section's start about 10 %.
JVM_OPTS=(--add-modules=jdk.incubator.vector -Dai.djl.offline=true -Djshell=true -XX:+UseSerialGC -Xms256m -Xmn128m)

# Snippets run inside JShell's own JVM (local execution): faster to start, one JVM, and DJL sees no debugger.
run_jshell() {
  local cp; cp="$(classpath)"
  local archive jopts=("${JVM_OPTS[@]/#/-J}" "-J-Dmlmath.headless=$(headless)" "-J-Dmlmath.plots=$ROOT/plots" "-J-Dmlmath.root=$ROOT")
  archive="$(cds_archive || true)"
  [[ -n "$archive" ]] && jopts+=("-J-XX:SharedArchiveFile=$archive" "-J-Xlog:cds=off,cds+dynamic=off")
  cd "$ROOT"
  # A section loads from its fast copy while that is newer than the script, startup.jsh and the jar; the preload then
  # holds back its JIT warm-ups, which would compete with JShell compiling the section.
  local args=() f fast
  for f in "$@"; do
    fast="$LIB/target/fast/$(basename "$f")"
    if [[ "$f" == "$ROOT/scripts/"* && "$fast" -nt "$f" && "$fast" -nt "$JAR" && "$fast" -nt "$ROOT/startup.jsh" ]]; then
      args+=("$fast")
    else
      args+=("$f")
    fi
  done
  if [[ -n "${MLMATH_PRINT_ONLY:-}" ]]; then printf '%s\n' "$JSHELL --execution local ... --startup $ROOT/startup.jsh ${args[*]+${args[*]}}"; exit 0; fi
  if [[ $# -gt 0 ]]; then jopts+=("-J-Dmlmath.section=true"); fi
  # The JVM announces the incubator module on every start; the learner does not need to see it.
  exec "$JSHELL" --execution local --class-path "$cp" "-J--class-path=$cp" "${jopts[@]}" \
    --startup DEFAULT --startup "$ROOT/startup.jsh" ${args[@]+"${args[@]}"} 2> >(grep -v --line-buffered 'Using incubator modules' >&2)
}

run_java() {
  local cp; cp="$(classpath)"
  "$JAVA" -cp "$cp" "${JVM_OPTS[@]}" -Dmlmath.plots="$ROOT/plots" -Dmlmath.root="$ROOT" "$@" \
    2> >(grep -v --line-buffered 'Using incubator modules' >&2)
}

# Accepts 03-probability, 03, 3 or probability; refuses paths.
resolve_section() {
  local name="$1" f base
  [[ "$name" == */* || "$name" == *\\* || "$name" == *..* ]] && die "'$name' is not a section name (no paths allowed)"
  [[ "$name" =~ ^[0-9]$ ]] && name="0$name"
  for f in "$ROOT"/scripts/*.jsh; do
    base="$(basename "$f" .jsh)"
    if [[ "$base" == "$name" || "${base%%-*}" == "$name" || "${base#*-}" == "$name" ]]; then echo "$f"; return; fi
  done
  { echo "run.sh: unknown section '$1'"; list_sections; } >&2
  exit 2
}

check() {
  local target="${1:-all}" scripts=()
  if [[ "$target" == all ]]; then scripts=("$ROOT"/scripts/*.jsh); else scripts=("$(resolve_section "$target")"); fi
  ensure_built
  run_java mlmath.check.Check "$ROOT/startup.jsh" "${scripts[@]}"
}

main() {
  local verb="${1:-}"
  case "$verb" in
    -h|--help|help) usage; exit 0 ;;
  esac
  find_java
  case "$verb" in
    "")
      list_sections
      echo "Open one with ./run.sh 03 (or /open scripts/03-probability.jsh right here)."
      ensure_built; run_jshell ;;
    check) shift; [[ $# -le 1 ]] || die "check takes one section or 'all'"; check "${1:-all}" ;;
    exercise)
      shift; [[ $# -eq 1 ]] || die "exercise takes one section, e.g. ./run.sh exercise 03"
      local script tmp; script="$(resolve_section "$1")"; ensure_built
      tmp="$(mktemp -d)/$(basename "$script")"
      run_java mlmath.check.Exercise "$script" "$tmp"
      run_jshell "$tmp" ;;
    test) shift; exec bash "$LIB/src/test/sh/test-all.sh" "$@" ;;
    bench) shift; ensure_built; run_java mlmath.bench.Bench "$ROOT" "$@" ;;
    *)
      [[ $# -eq 1 ]] || die "too many arguments; see ./run.sh --help"
      local script; script="$(resolve_section "$verb")"; ensure_built; run_jshell "$script" ;;
  esac
}

main "$@"
