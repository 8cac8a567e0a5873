"""How many corpus and variant workbooks import fully through the CLI: exit 0 and the
expected project.

``python tests/data/excel_formats/score.py [SRC] [--folder DIR ...]`` runs ``matrix-app
import-xlsx`` with ``SRC`` (default: this checkout's src/) on the import path, into a new
project per workbook, and compares each project with its case in make_corpus.py (this folder)
and make_variants.py (../excel_variants) - or, with ``--folder``, with the ``CASES`` of every
make_*.py in each DIR named (a held-out set: ``--folder tests/data/excel_heldout``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = HERE.parent / "excel_variants"
sys.path[:0] = [str(HERE), str(VARIANTS), str(HERE.parents[2] / "src")]

from check import differences  # noqa: E402
from make_corpus import CASES  # noqa: E402
from make_variants import CASES as VARIANT_CASES  # noqa: E402

from matrix_app.services.project import Project  # noqa: E402


def folder_cases(folder: Path) -> list:
    """The CASES of every make_*.py in ``folder``, each with the folder its files are in."""
    out = []
    for script in sorted(folder.glob("make_*.py")):
        spec = importlib.util.spec_from_file_location(f"_cases_{script.stem}", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out += [(folder, c) for c in getattr(module, "CASES", [])]
    return out


def run(src: Path, folders: list[Path] | None = None) -> int:
    env = dict(os.environ, PYTHONPATH=str(src), QT_QPA_PLATFORM="offscreen")
    full = 0
    with tempfile.TemporaryDirectory() as tmp:
        if folders:
            cases = [fc for f in folders for fc in folder_cases(f.resolve())]
        else:
            cases = [(HERE, c) for c in CASES] + [(VARIANTS, c) for c in VARIANT_CASES]
        for folder, case in cases:
            nap = Path(tmp) / (case.file + ".nap")
            cli = [sys.executable, "-m", "matrix_app"]
            subprocess.run([*cli, "new", str(nap), "--title", "t"], env=env, check=True,
                           capture_output=True)  # fmt: skip
            done = subprocess.run(
                [*cli, "import-xlsx", str(nap), str(folder / case.file)],
                env=env, capture_output=True, text=True,
            )  # fmt: skip
            if done.returncode != 0:
                lines = done.stderr.strip().splitlines()
                print(f"FAIL  {case.file}: exit {done.returncode}: {lines[0] if lines else ''}")
                continue
            with Project.open(nap, read_only=True) as project:
                diffs = differences(project, case.expected)
            if diffs:
                print(f"PART  {case.file}: {diffs[0][:150]} (+{len(diffs) - 1})")
            else:
                full += 1
                print(f"OK    {case.file}")
    print(f"{full}/{len(cases)} import fully")
    return full


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", nargs="?", type=Path, default=HERE.parents[2] / "src")
    parser.add_argument("--folder", action="append", type=Path, default=[])
    args = parser.parse_args()
    run(args.src, args.folder)
