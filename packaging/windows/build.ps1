# Windows: build the one-folder bundle on a Windows machine (PyInstaller does not
# cross-compile) and prove it works without Python, with the checks of
# packaging/build_and_check.sh: the console twin runs info, check, a Spanish refusal, the
# report (PDF and Word), the Excel export and publish on the bundled sample, a mistyped
# command exits 2; the GUI starts headless (smoke test, with the text-services check:
# Spanish collation, case, line breaks); the folder is at most MAX_MB (default 120); a zip.
# Usage (PowerShell 7, from the repository):  pwsh packaging/windows/build.ps1 [-Python py]
# Qt on Windows uses the system's ICU and fonts: no packages to install, no ICU to cut.
param([string]$Python = "py", [int]$MaxMB = $(if ($env:MAX_MB) { [int]$env:MAX_MB } else { 120 }))
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Join-Path $PSScriptRoot "..\..")

function Fail([string]$What) { Write-Host "FAILED: $What"; exit 1 }
function Check([bool]$Ok, [string]$What) { if (-not $Ok) { Fail $What } }

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    & $Python -3 -m venv .venv
    if ($LASTEXITCODE) { Fail "venv" }
}
$Py = (Resolve-Path ".venv\Scripts\python.exe").Path
& $Py -m pip install -q --upgrade pip; if ($LASTEXITCODE) { Fail "pip" }
& $Py -m pip install -q -e ".[build]"; if ($LASTEXITCODE) { Fail "install" }

$start = Get-Date
& $Py -m PyInstaller --noconfirm --log-level WARN --workpath build\installer --distpath dist build_installer.spec
if ($LASTEXITCODE) { Fail "pyinstaller" }
Write-Host ("build: {0:n0} s" -f ((Get-Date) - $start).TotalSeconds)

$Dist = (Resolve-Path "dist\matrix-app").Path
$Cli = Join-Path $Dist "matrix-app-cli.exe"
$Gui = Join-Path $Dist "matrix-app.exe"
$Sample = Join-Path $Dist "_internal\sample_projects\chile-nap-2014-2016.nap"
Check ((Test-Path $Cli) -and (Test-Path $Gui) -and (Test-Path $Sample)) "bundle incomplete"
Check ([bool](Get-ChildItem (Join-Path $Dist "_internal\resources\i18n\*.qm"))) "no translations in the bundle"

# Run from an empty folder whose name is not ASCII (as a user folder may be), with a
# clean environment: nothing may come from the source tree or the venv.
$Work = Join-Path ([IO.Path]::GetTempPath()) ("matrix-check-Núñez-" + [guid]::NewGuid())
New-Item -ItemType Directory $Work | Out-Null
Copy-Item $Sample (Join-Path $Work "sample.nap")
$Nap = Join-Path $Work "sample.nap"

function Run([string]$Exe, [string[]]$Arguments, [hashtable]$Env = @{}) {
    $saved = @{}
    $clean = @{ QT_QPA_PLATFORM = "offscreen"; PYTHONPATH = $null; PYTHONHOME = $null;
                APPDATA = (Join-Path $Work "appdata"); LOCALAPPDATA = (Join-Path $Work "local") }
    foreach ($k in (@($clean.Keys) + @($Env.Keys))) { $saved[$k] = [Environment]::GetEnvironmentVariable($k) }
    foreach ($k in $clean.Keys) { [Environment]::SetEnvironmentVariable($k, $clean[$k]) }
    foreach ($k in $Env.Keys) { [Environment]::SetEnvironmentVariable($k, $Env[$k]) }
    Push-Location $Work
    try {
        $out = & $Exe @Arguments 2>&1 | Out-String
        $code = $LASTEXITCODE
    } finally {
        Pop-Location
        foreach ($k in $saved.Keys) { [Environment]::SetEnvironmentVariable($k, $saved[$k]) }
    }
    return [pscustomobject]@{ Code = $code; Out = $out }
}

$r = Run $Cli @("--version"); Check ($r.Code -eq 0) "--version"; Write-Host $r.Out.Trim()
$r = Run $Cli @("info", $Nap); Check ($r.Code -eq 0 -and $r.Out -match "content_digest") "info printed no digest"
$r = Run $Cli @("check", $Nap); Check ($r.Code -le 1 -and $r.Out -match "integrity: ok") "check failed ($($r.Code))"
$r = Run $Cli @("info", (Join-Path $Work "missing.nap")) @{ MATRIX_LANG = "es" }
Check ($r.Code -eq 2 -and $r.Out -match "no existe") "no Spanish refusal"
$r = Run $Cli @("--help"); Check ($r.Out -match "(?m)^ +report +") "report: not in --help"
Check ($r.Out -match "(?m)^ +publish +") "publish: not in --help"
$r = Run $Cli @("report", $Nap, (Join-Path $Work "report.pdf")); Check ($r.Code -eq 0) "report"
Check ((([IO.File]::ReadAllBytes((Join-Path $Work "report.pdf"))[0..3]) -join ",") -eq "37,80,68,70") "report is not a PDF"
$r = Run $Cli @("report", $Nap, (Join-Path $Work "report.docx")); Check ($r.Code -eq 0) "report.docx"
$r = Run $Cli @("export-xlsx", $Nap, (Join-Path $Work "export.xlsx")); Check ($r.Code -eq 0) "export-xlsx"
foreach ($f in "report.docx", "export.xlsx") {
    Check ((([IO.File]::ReadAllBytes((Join-Path $Work $f))[0..1]) -join ",") -eq "80,75") "$f is not a zip document"
}
# A folder that does not exist: a clear refusal (exit 2), nothing written.
$r = Run $Cli @("export-xlsx", $Nap, (Join-Path $Work "nowhere\x.xlsx")); Check ($r.Code -eq 2) "bad path: exit $($r.Code)"
$r = Run $Cli @("publish", $Nap, (Join-Path $Work "site")); Check ($r.Code -eq 0) "publish"
Check ((Get-Content -Raw (Join-Path $Work "site\es\index.html")) -match "<html") "publish: no Spanish home page"
Check (Test-Path (Join-Path $Work "site\data\datapackage.json")) "publish: no data package"
$r = Run $Cli @("publsh", $Nap, "out"); Check ($r.Code -eq 2 -and $r.Out -match "publsh") "typo: exit $($r.Code)"
# The windowed executable has no console: its smoke test is judged by its exit code (the
# text-services check makes it 1), the console twin prints the same lines.
$r = Run $Cli @("--smoke-test") @{ MATRIX_LANG = "es" }; Write-Host $r.Out.Trim()
Check ($r.Code -eq 0 -and $r.Out -match "language es, [1-9]") "smoke test: no translations"
Check ($r.Out -match "Spanish collation ok .*case ok .*line breaks ok") "smoke test: text services"
$p = Start-Process -FilePath $Gui -ArgumentList "--smoke-test" -Wait -PassThru -WorkingDirectory $Work
Check ($p.ExitCode -eq 0) "GUI smoke test: exit $($p.ExitCode)"

$bytes = (Get-ChildItem -Recurse -File $Dist | Measure-Object -Sum Length).Sum
$size = [math]::Ceiling($bytes / 1MB)
Remove-Item -ErrorAction SilentlyContinue dist\matrix-app.zip
Compress-Archive -Path $Dist -DestinationPath dist\matrix-app.zip
$zip = [math]::Floor((Get-Item dist\matrix-app.zip).Length / 1MB)
$t = Measure-Command { Run $Cli @("--version") | Out-Null }
Write-Host ("folder: {0} MB, zip: {1} MB, cli --version: {2:n0} ms" -f $size, $zip, $t.TotalMilliseconds)
Remove-Item -Recurse -Force $Work
if ($size -gt $MaxMB) { Write-Host "bundle too big: $size MB, over the $MaxMB MB limit"; exit 1 }
Write-Host "bundle OK ($size MB, limit $MaxMB MB)"
