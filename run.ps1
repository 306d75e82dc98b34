# mlmath's shim for Windows PowerShell 5.1+ and pwsh, the twin of run.sh: finds Java 17+, builds the helper jar when it
# is missing or the launcher says it is stale, and hands every verb to mlmath.launch.Launcher (.\run.ps1 --help).
$ErrorActionPreference = 'Stop'
# verify prints check and cross marks in UTF-8: make the console expect UTF-8 (the JVM is told the same below).
try { [Console]::OutputEncoding = [Text.Encoding]::UTF8 } catch { }
$Root = Split-Path -Parent $MyInvocation.MyCommand.Path
$Jar = Join-Path $Root 'lib/target/mlmath.jar'
function Die([string]$msg) { [Console]::Error.WriteLine("run.ps1: $msg"); exit 2 }

$exe = if ($env:OS -eq 'Windows_NT') { '.exe' } else { '' }
if ($env:JAVA_HOME) {
    $Java = Join-Path $env:JAVA_HOME "bin/java$exe"
    if (-not (Test-Path $Java)) { Die "JAVA_HOME is '$($env:JAVA_HOME)', which has no bin/java: point it at a JDK 17 or newer, or unset it" }
} else {
    $j = Get-Command java -ErrorAction SilentlyContinue
    if (-not $j) { Die "no 'java' found: install a JDK 17 or newer (see README.md, Prerequisites) or set JAVA_HOME" }
    $Java = $j.Source
}
# The JDK's release file names its version without starting a JVM; else ask java itself.
$release = Join-Path (Split-Path -Parent (Split-Path -Parent $Java)) 'release'
$banner = if (Test-Path $release) { (Get-Content $release | Where-Object { $_ -match '^JAVA_VERSION=' }) -replace '^JAVA_VERSION=', 'version ' } else { '' }
if ($banner -notmatch 'version "([^"]+)"') {
    $prev = $ErrorActionPreference; $ErrorActionPreference = 'Continue'
    $banner = (& $Java -version 2>&1 | Out-String)
    $ErrorActionPreference = $prev
}
if ($banner -notmatch 'version "([^"]+)"') { Die "could not read the Java version from '$Java -version'" }
$Version = $Matches[1]
$parts = $Version.Split('.')
$Major = if ($parts[0] -eq '1') { [int]$parts[1] } else { [int]($parts[0] -replace '\D.*', '') }
if ($Major -lt 17) { Die "Java $Version found at $Java, but mlmath needs Java 17 or newer (set JAVA_HOME to a JDK 17+)" }

function Build {
    if (-not (Get-Command mvn -ErrorAction SilentlyContinue)) { Die "the helper jar needs building but 'mvn' was not found: install Maven 3.8+ (see README.md)" }
    if (-not (Test-Path $Jar)) { [Console]::Error.WriteLine('First run: building the helper jar with Maven (downloads dependencies once, about a minute)...') }
    & mvn -q -B -f (Join-Path $Root 'lib/pom.xml') package -DskipTests
    if ($LASTEXITCODE -ne 0) { Die 'the Maven build failed (see above)' }
}

# Serial GC with a fixed young generation: JShell's compiler allocates in bursts; on two cores G1's threads cost ~10 %.
# A method C1 compiled with counters only (JDK 25's start: each one the training start saw C2 compile) asks for C2
# after 2^17 calls or 2^18 loop turns, not 2^11 and 2^14: javac's lukewarm methods are no longer C2 compiled while
# a section replays (~1 s of CPU on two cores), and a kernel's loop still reaches C2 within its first large call.
# jdk.jshell is opened so the launcher can journal what the learner types (see StatementEnds).
$Opts = @('-XX:+UseSerialGC', '-Xms256m', '-Xmn128m', '-XX:Tier2InvokeNotifyFreqLog=17', '-XX:Tier2BackedgeNotifyFreqLog=18',
          '-Dai.djl.offline=true', '-Djshell=true', '-Dfile.encoding=UTF-8',
          '-Dstdout.encoding=UTF-8', '--enable-native-access=ALL-UNNAMED', '--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED',
          "-Dmlmath.root=$Root", '-Xlog:cds=off', '-Xlog:cds+dynamic=off', "-XX:ErrorFile=$Root/lib/target/hs_err_pid%p.log")
# The launcher's start-up archive for this JDK (StartCache): an ahead-of-time cache on JDK 25+, a CDS archive before.
$Cache = Join-Path $Root "lib/target/launch/start-$Major"
if (-not (Test-Path $Jar)) { Build }
while ($true) {
    $all = $Opts
    $Archive = "$Cache.aot"
    $cds = Test-Path $Archive
    if ($cds) { $all = $Opts + "-XX:AOTCache=$Archive" + '-Xlog:aot=off' }
    else {
        $Archive = "$Cache.jsa"
        $cds = Test-Path $Archive
        if ($cds) { $all = $Opts + "-XX:SharedArchiveFile=$Archive" }
    }
    $started = Get-Date
    & $Java @all -cp $Jar mlmath.launch.Launcher @args
    # A JVM that crashes (access violation, abort) within seconds of starting on the archive was killed by a damaged
    # archive (the launcher checks it only once it runs): start again without it, and the launcher builds it anew.
    if ($cds -and @(-1073741819, 134, 135, 139) -contains $LASTEXITCODE -and ((Get-Date) - $started).TotalSeconds -lt 20) {
        [Console]::Error.WriteLine("run.ps1: the start-up archive $Archive is damaged; starting without it (it is rebuilt)")
        Remove-Item -Force $Archive
        continue
    }
    if ($LASTEXITCODE -ne 3) { exit $LASTEXITCODE }   # 3: the launcher found lib/ newer than the jar
    Build
}
