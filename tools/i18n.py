"""Update a Qt translation catalogue from Python sources and compile it.

    python tools/i18n.py resources/i18n/matrix_shell_es.ts            # the shell's own sources
    python tools/i18n.py OUT.ts src/matrix_app/ui/foo.py ...          # any set of sources
    python tools/i18n.py --release-only resources/i18n/*.ts           # only compile .qm files

Runs ``pyside6-lupdate`` (new strings appear as unfinished, strings no longer in the code are
dropped) and then ``pyside6-lrelease`` so the ``.qm`` beside the ``.ts`` is what ships.
Source locations are left out of the catalogue so unrelated code moves never touch it.
An English catalogue (``*_en.ts``) holds only the messages with a count (``tr("%n row(s)",
"", n)``), whose English singular and plural forms it gives (lupdate ``-pluralonly``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "matrix_app" / "ui"

#: The application shell (everything under ui/ that is not the commitment editor or a
#: feature's menu actions, which ship their own catalogues).
SHELL_SOURCES = sorted(
    p
    for p in UI.glob("*.py")
    if p.name not in ("__init__.py", "document.py", "none_guard.py")
    and not p.name.startswith("excel_import_")
)
#: The commitment editor (ui/commitment/) and the schema-4 plan windows and translation
#: editors (ui/plan/ with their Tools menu actions).
COMMITMENT_SOURCES = sorted((UI / "commitment").glob("*.py"))
PLAN_SOURCES = [*sorted((UI / "plan").glob("*.py")), UI / "actions" / "plan.py"]
#: The Excel import wizard (its pages and models share one context) and its menu actions.
EXCEL_SOURCES = [*sorted(UI.glob("excel_import_*.py")), UI / "actions" / "excel.py"]
PRESETS = {
    "matrix_shell": SHELL_SOURCES,
    "matrix_excel": EXCEL_SOURCES,
    "matrix_publish": [UI / "actions" / "publish.py"],
    "matrix_commitment": COMMITMENT_SOURCES,
    "matrix_plan": PLAN_SOURCES,
}


def tool(name: str) -> str:
    """The PySide6 tool beside this Python, else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def preset_for(ts: Path) -> list[Path]:
    stem = ts.stem.rsplit("_", 1)[0]
    if stem not in PRESETS:
        raise SystemExit(f"{ts}: give the source files (no preset for {stem!r})")
    return PRESETS[stem]


def update(ts: Path, sources: list[Path]) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none"]
    if ts.stem.endswith("_en"):
        cmd.append("-pluralonly")
    subprocess.run([*cmd, "-ts", str(ts)], check=True)


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("ts", type=Path, nargs="+" if "--release-only" in (argv or sys.argv) else None)
    ap.add_argument("sources", type=Path, nargs="*")
    ap.add_argument("--release-only", action="store_true", help="compile, do not scan sources")
    args = ap.parse_args(argv)
    if args.release_only:
        for ts in args.ts:
            release(ts)
        return 0
    update(args.ts, args.sources or preset_for(args.ts))
    release(args.ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
