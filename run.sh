#!/usr/bin/env bash
# mlmath's shim: finds Java 17+, builds the helper jar when it is missing or the launcher says it is stale, and hands
# every verb to mlmath.launch.Launcher (./run.sh --help lists them). The logic lives there, under JUnit tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="$ROOT/lib/target/mlmath.jar"
die() { echo "run.sh: $*" >&2; exit 2; }

if [[ -n "${JAVA_HOME:-}" ]]; then
  JAVA="$JAVA_HOME/bin/java"
  [[ -x "$JAVA" ]] || die "JAVA_HOME is '$JAVA_HOME', which has no bin/java: point it at a JDK 17 or newer, or unset it"
else
  JAVA="$(command -v java || true)"
  [[ -n "$JAVA" ]] || die "no 'java' found: install a JDK 17 or newer (see README.md, Prerequisites) or set JAVA_HOME"
fi
# The JDK's release file names its version without starting a JVM (30 ms a start); else ask java itself.
RELEASE="$(readlink -f "$JAVA" 2>/dev/null || true)"; RELEASE="${RELEASE%/bin/java}/release"
VERSION="$([[ -f "$RELEASE" ]] && sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$RELEASE" || true)"
[[ -n "$VERSION" ]] || VERSION="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
MAJOR="${VERSION%%.*}"; [[ "$MAJOR" == 1 ]] && MAJOR="$(cut -d. -f2 <<<"$VERSION")"
[[ "$MAJOR" =~ ^[0-9]+$ ]] || die "could not read the Java version from '$JAVA -version'"
(( MAJOR >= 17 )) || die "Java $VERSION found at $JAVA, but mlmath needs Java 17 or newer (set JAVA_HOME to a JDK 17+)"

build() {
  command -v mvn >/dev/null || die "the helper jar needs building but 'mvn' was not found: install Maven 3.8+ (see README.md)"
  [[ -f "$JAR" ]] || echo "First run: building the helper jar with Maven (downloads dependencies once, about a minute)..." >&2
  # Maven rewrites the jar in place: a copy takes its name first, so a session still running keeps the jar it opened.
  [[ -f "$JAR" ]] && cp -p "$JAR" "$JAR.new" && mv -f "$JAR.new" "$JAR"
  mvn -q -B -f "$ROOT/lib/pom.xml" package -DskipTests >&2 || die "the Maven build failed (see above)"
}

# Serial GC with a fixed young generation: JShell's compiler allocates in bursts; on two cores G1's threads cost ~10 %.
# A method C1 compiled with counters only (JDK 25's start: each one the training start saw C2 compile) asks for C2
# after 2^17 calls or 2^18 loop turns, not 2^11 and 2^14: javac's lukewarm methods are no longer C2 compiled while
# a section replays (~1 s of CPU on two cores), and a kernel's loop still reaches C2 within its first large call.
# jdk.jshell is opened so the launcher can journal what the learner types (see StatementEnds).
# The scripts are UTF-8 whatever the locale; what is printed follows the terminal (ASCII under LANG=C).
OPTS=(-XX:+UseSerialGC -Xms256m -Xmn128m -XX:Tier2InvokeNotifyFreqLog=17 -XX:Tier2BackedgeNotifyFreqLog=18 -Dai.djl.offline=true -Djshell=true -Dfile.encoding=UTF-8 --enable-native-access=ALL-UNNAMED
      --add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED
      "-Dmlmath.root=$ROOT" -Xlog:cds=off -Xlog:cds+dynamic=off "-XX:ErrorFile=$ROOT/lib/target/hs_err_pid%p.log")
# The launcher's start-up archive for this JDK (StartCache): an ahead-of-time cache on JDK 25+, a CDS archive before.
CACHE="$ROOT/lib/target/launch/start-$MAJOR"
[[ -f "$JAR" ]] || build
while true; do
  CDS=(); ARCHIVE="$CACHE.aot"
  if [[ -f "$ARCHIVE" ]]; then CDS=("-XX:AOTCache=$ARCHIVE" -Xlog:aot=off)
  else ARCHIVE="$CACHE.jsa"; [[ -f "$ARCHIVE" ]] && CDS=("-XX:SharedArchiveFile=$ARCHIVE"); fi
  status=0; started=$SECONDS
  "$JAVA" "${OPTS[@]}" ${CDS[@]+"${CDS[@]}"} -cp "$JAR" mlmath.launch.Launcher "$@" || status=$?
  # A JVM that dies of SIGBUS, SIGSEGV or SIGABRT within seconds of starting on the archive was killed by a damaged
  # archive (the launcher checks it only once it runs): start again without it, and the launcher builds it anew.
  if [[ ${#CDS[@]} -gt 0 && ( $status == 134 || $status == 135 || $status == 139 ) && $((SECONDS - started)) -lt 20 ]]; then
    echo "run.sh: the start-up archive $ARCHIVE is damaged; starting without it (it is rebuilt)" >&2
    rm -f "$ARCHIVE"; continue
  fi
  [[ $status == 3 ]] || exit $status   # 3: the launcher found lib/ newer than the jar
  build
done
