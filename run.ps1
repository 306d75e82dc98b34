# mlmath launcher for Windows PowerShell 5.1+ and pwsh: the same verbs and messages as run.sh.
#   .\run.ps1 [SECTION] | check [SECTION|all] | exercise SECTION | test | bench | --help
$ErrorActionPreference = 'Stop'
# verify prints check and cross marks in UTF-8; make the console expect UTF-8 (the JVM is told the same below).
try { [Console]::OutputEncoding = [Text.Encoding]::UTF8 } catch { }
$Root = Split-Path -Parent $MyInvocation.MyCommand.Path
$Lib = Join-Path $Root 'lib'
$Jar = Join-Path $Lib 'target/mlmath.jar'
$Sep = [IO.Path]::PathSeparator

function Die([string]$msg) { [Console]::Error.WriteLine("run.ps1: $msg"); exit 2 }

function Get-Sections { Get-ChildItem (Join-Path $Root 'scripts') -Filter '*.jsh' | Sort-Object Name }

function Show-Sections {
    Write-Output 'sections:'
    foreach ($f in Get-Sections) { Write-Output ('  ' + $f.BaseName) }
}

function Show-Usage {
    Write-Output @'
usage: .\run.ps1 [SECTION]            open JShell primed for a section (03-probability, 03 or probability)
       .\run.ps1 check [SECTION|all]  run section scripts headless and print a table of verify results
       .\run.ps1 exercise SECTION     open a section with its from-scratch bodies replaced by TODO stubs
       .\run.ps1 test                 unit tests + check all + exercise mode + README snippets
       .\run.ps1 bench                performance benchmark against libtorch
'@
    Show-Sections
}

# java and jshell: JAVA_HOME first, then PATH; 17 or newer.
function Find-Java {
    $exe = if ($IsWindows -or $env:OS -eq 'Windows_NT') { '.exe' } else { '' }
    if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin/java$exe"))) {
        $script:Java = Join-Path $env:JAVA_HOME "bin/java$exe"
        $script:JShell = Join-Path $env:JAVA_HOME "bin/jshell$exe"
    } else {
        $j = Get-Command java -ErrorAction SilentlyContinue
        if (-not $j) { Die "no 'java' found: install a JDK 17 or newer (see README.md, Prerequisites) or set JAVA_HOME" }
        $script:Java = $j.Source
        $js = Get-Command jshell -ErrorAction SilentlyContinue
        $script:JShell = if ($js) { $js.Source } else { '' }
    }
    $prev = $ErrorActionPreference; $ErrorActionPreference = 'Continue'
    $banner = (& $script:Java -version 2>&1 | Out-String)
    $ErrorActionPreference = $prev
    if ($banner -notmatch 'version "([^"]+)"') { Die "could not read the Java version from '$($script:Java) -version'" }
    $version = $Matches[1]
    $script:JavaVersion = $version
    $parts = $version.Split('.')
    $major = if ($parts[0] -eq '1') { [int]$parts[1] } else { [int]($parts[0] -replace '\D.*', '') }
    if ($major -lt 17) { Die "Java $version found at $($script:Java), but mlmath needs Java 17 or newer (set JAVA_HOME to a JDK 17+)" }
    if (-not $script:JShell -or -not (Test-Path $script:JShell)) { Die "Java $version has no 'jshell': install a full JDK 17+, not a JRE" }
}

# Builds the helper jar on first use and whenever lib/ sources or the pom are newer than it.
function Confirm-Built {
    if (Test-Path $Jar) {
        $built = (Get-Item $Jar).LastWriteTime
        $newer = Get-ChildItem (Join-Path $Lib 'src/main') -Recurse -File | Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1
        if (-not $newer -and (Get-Item (Join-Path $Lib 'pom.xml')).LastWriteTime -le $built) { return }
        Write-Output 'lib/ changed: rebuilding the helper jar...'
    } else {
        Write-Output 'First run: building the helper jar with Maven (downloads dependencies once, about a minute)...'
    }
    if (-not (Get-Command mvn -ErrorAction SilentlyContinue)) { Die "the helper jar needs building but 'mvn' was not found: install Maven 3.8+ (see README.md)" }
    $log = & mvn -q -B -f (Join-Path $Lib 'pom.xml') package -DskipTests 2>&1
    if ($LASTEXITCODE -ne 0) { $log | Write-Output; Die 'the Maven build failed (see above)' }
}

function Get-ClassPath {
    $jars = @($Jar) + (Get-ChildItem (Join-Path $Lib 'target/deps') -Filter '*.jar' | Sort-Object Name | ForEach-Object { $_.FullName })
    return ($jars -join $Sep)
}

function Test-Headless {
    if ($env:MLMATH_HEADLESS) { return 'true' }
    if ($IsLinux -and -not ($env:DISPLAY -or $env:WAYLAND_DISPLAY)) { return 'true' }
    return 'false'
}

# Serial GC with a fixed young generation: JShell's compiler allocates in bursts (see run.sh).
$JvmOpts = @('--add-modules=jdk.incubator.vector', '-Dai.djl.offline=true', '-Djshell=true', '-XX:+UseSerialGC', '-Xms256m', '-Xmn128m')

# A class-data-sharing archive of a primed session cuts about half a second off every start and a second off a
# section's. It is made once per JDK whenever the jar is newer than it, from a headless run that also writes each
# section's fast-loading copy (mlmath.check.FastScript, see run.sh).
function Get-CdsArchive {
    $archive = Join-Path $Lib ("target/jshell-" + ($script:JavaVersion -replace '[^0-9A-Za-z._-]', '_') + '.jsa')
    if (-not (Test-Path $archive) -or (Get-Item $archive).LastWriteTime -le (Get-Item $Jar).LastWriteTime) {
        [Console]::Error.WriteLine('Preparing a faster start (about 30 s, once per build; libtorch is unpacked on the first run)...')
        $cp = Get-ClassPath
        $j = @(); foreach ($o in $JvmOpts) { $j += "-J$o" }
        $plots = Join-Path ([IO.Path]::GetTempPath()) 'mlmath-cds-plots'
        @('mlmath.check.FastScript.writeAll();', '/exit') | & $script:JShell --execution local --class-path $cp "-J--class-path=$cp" @j -J-Dmlmath.headless=true "-J-Dmlmath.plots=$plots" "-J-Dmlmath.root=$Root" "-J-XX:ArchiveClassesAtExit=$archive" --startup DEFAULT --startup (Join-Path $Root 'startup.jsh') 2>&1 | Out-Null
    }
    if (Test-Path $archive) { return $archive } else { return '' }
}

# Snippets run inside JShell's own JVM (local execution): faster to start, one JVM, and DJL sees no debugger.
function Start-JShell([string[]]$files) {
    $cp = Get-ClassPath
    $plots = Join-Path $Root 'plots'
    $j = @()
    $archive = Get-CdsArchive
    if ($archive) { $j += "-J-XX:SharedArchiveFile=$archive"; $j += '-J-Xlog:cds=off,cds+dynamic=off' }
    foreach ($o in $JvmOpts + @("-Dmlmath.headless=$(Test-Headless)", "-Dmlmath.plots=$plots", "-Dmlmath.root=$Root", '-Dsun.stdout.encoding=UTF-8', '-Dstdout.encoding=UTF-8')) { $j += "-J$o" }
    Set-Location $Root
    # A section loads from its fast copy while that is newer than the script, startup.jsh and the jar (see run.sh).
    if ($files) {
        $files = @(foreach ($f in $files) {
            $fast = Join-Path $Lib ('target/fast/' + (Split-Path $f -Leaf))
            $fromScripts = (Split-Path $f -Parent) -eq (Join-Path $Root 'scripts')
            $fresh = $fromScripts -and (Test-Path $fast)
            if ($fresh) {
                $t = (Get-Item $fast).LastWriteTime
                $fresh = $t -gt (Get-Item $f).LastWriteTime -and $t -gt (Get-Item $Jar).LastWriteTime -and $t -gt (Get-Item (Join-Path $Root 'startup.jsh')).LastWriteTime
            }
            if ($fresh) { $fast } else { $f }
        })
        $j += '-J-Dmlmath.section=true'
    }
    if ($env:MLMATH_PRINT_ONLY) { Write-Output "$($script:JShell) --execution local ... --startup $(Join-Path $Root 'startup.jsh') $files"; exit 0 }
    & $script:JShell --execution local --class-path $cp "-J--class-path=$cp" @j --startup DEFAULT --startup (Join-Path $Root 'startup.jsh') @files
    exit $LASTEXITCODE
}

# Runs a helper-jar main class; its output goes to the host so the function returns only the exit code.
function Invoke-Java([string[]]$arguments) {
    $cp = Get-ClassPath
    & $script:Java -cp $cp @JvmOpts '-Dsun.stdout.encoding=UTF-8' "-Dmlmath.plots=$(Join-Path $Root 'plots')" "-Dmlmath.root=$Root" @arguments | Out-Host
    return $LASTEXITCODE
}

# Accepts 03-probability, 03, 3 or probability; refuses paths.
function Resolve-Section([string]$name) {
    if ($name -match '[/\\]' -or $name.Contains('..')) { Die "'$name' is not a section name (no paths allowed)" }
    $n = if ($name -match '^\d$') { "0$name" } else { $name }
    foreach ($f in Get-Sections) {
        $base = $f.BaseName
        $num, $word = $base.Split('-', 2)
        if ($base -eq $n -or $num -eq $n -or $word -eq $n) { return $f.FullName }
    }
    [Console]::Error.WriteLine("run.ps1: unknown section '$name'")
    Show-Sections | ForEach-Object { [Console]::Error.WriteLine($_) }
    exit 2
}

function Invoke-Check([string]$target) {
    $scripts = if ($target -eq 'all') { @(Get-Sections | ForEach-Object { $_.FullName }) } else { @(Resolve-Section $target) }
    Confirm-Built
    exit (Invoke-Java (@('mlmath.check.Check', (Join-Path $Root 'startup.jsh')) + $scripts))
}

# The same steps as lib/src/test/sh/test-all.sh except its bash launcher tests.
function Invoke-Tests {
    $failed = 0
    Write-Output '== 1/4 unit tests (mvn verify)'
    & mvn -q -B -f (Join-Path $Lib 'pom.xml') verify
    if ($LASTEXITCODE -ne 0) { $failed++ }
    $all = @(Get-Sections | ForEach-Object { $_.FullName })
    $startup = Join-Path $Root 'startup.jsh'
    Write-Output '== 2/4 check all'
    if ((Invoke-Java (@('mlmath.check.Check', $startup) + $all)) -ne 0) { $failed++ }
    Write-Output '== 3/4 exercise mode loads every section'
    if ((Invoke-Java (@('mlmath.check.Check', '--exercise', $startup) + $all)) -ne 0) { $failed++ }
    Write-Output '== 4/4 README snippets'
    $snippets = Join-Path ([IO.Path]::GetTempPath()) 'README-snippets.jsh'
    $on = $false
    $lines = foreach ($l in Get-Content (Join-Path $Root 'README.md') -Encoding UTF8) {
        if ($l -match '^```jshell') { $on = $true; continue }
        if ($l -match '^```') { $on = $false; continue }
        if ($on) { $l }
    }
    # .NET writes UTF-8 without a byte-order mark (Set-Content -Encoding UTF8 would add one in PowerShell 5.1).
    [IO.File]::WriteAllLines($snippets, [string[]]$lines)
    if ((Invoke-Java @('mlmath.check.Check', $startup, $snippets)) -ne 0) { $failed++ }
    Write-Output ''
    Write-Output "$(4 - $failed) passed, $failed failed"
    if ($failed -gt 0) { exit 1 } else { exit 0 }
}

$verb = if ($args.Count -gt 0) { [string]$args[0] } else { '' }
if ($verb -in @('-h', '--help', 'help')) { Show-Usage; exit 0 }
Find-Java
switch ($verb) {
    '' {
        Show-Sections
        Write-Output 'Open one with .\run.ps1 03 (or /open scripts/03-probability.jsh right here).'
        Confirm-Built; Start-JShell @()
    }
    'check' {
        if ($args.Count -gt 2) { Die "check takes one section or 'all'" }
        $target = if ($args.Count -eq 2) { [string]$args[1] } else { 'all' }
        Invoke-Check $target
    }
    'exercise' {
        if ($args.Count -ne 2) { Die 'exercise takes one section, e.g. .\run.ps1 exercise 03' }
        $section = Resolve-Section ([string]$args[1]); Confirm-Built
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('mlmath-' + [guid]::NewGuid())
        New-Item -ItemType Directory $dir | Out-Null
        $tmp = Join-Path $dir (Split-Path -Leaf $section)
        if ((Invoke-Java @('mlmath.check.Exercise', $section, $tmp)) -ne 0) { Die 'could not prepare the exercise script' }
        Start-JShell @($tmp)
    }
    'test' { Invoke-Tests }
    'bench' { Confirm-Built; exit (Invoke-Java (@('mlmath.bench.Bench', $Root) + @($args | Select-Object -Skip 1))) }
    default {
        if ($args.Count -ne 1) { Die 'too many arguments; see .\run.ps1 --help' }
        $section = Resolve-Section $verb; Confirm-Built; Start-JShell @($section)
    }
}
