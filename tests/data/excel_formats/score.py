"""How many corpus, variant and held-out workbooks import fully through the CLI: exit 0 and
the expected project.

``python tests/data/excel_formats/score.py [SRC] [--folder DIR ...]`` runs ``matrix-app
import-xlsx`` with ``SRC`` (default: this checkout's src/) on the import path, into a new
project per workbook, and compares each project with its case in make_corpus.py (this
folder), make_variants.py (../excel_variants) and every make_*.py of the held-out sets in
../excel_heldout (make_donor.py, make_ogp.py), and prints the count for each set. With
``--folder``, only the ``CASES`` of every make_*.py in each DIR named are scored.
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
HELDOUT = HERE.parent / "excel_heldout"
sys.path[:0] = [str(HERE), str(VARIANTS), str(HELDOUT), str(HERE.parents[2] / "src")]

from check import differences  # noqa: E402

from matrix_app.services.project import Project  # noqa: E402


def folder_cases(folder: Path) -> list[tuple[Path, str, object]]:
    """(folder, set name, case) for the CASES of every make_*.py in ``folder``."""
    out = []
    for script in sorted(folder.glob("make_*.py")):
        spec = importlib.util.spec_from_file_location(f"_cases_{script.stem}", script)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
        out += [(folder, f"{folder.name}/{script.name}", c) for c in getattr(module, "CASES", [])]
    return out


def run(src: Path, folders: list[Path] | None = None) -> int:
    env = dict(os.environ, PYTHONPATH=str(src), QT_QPA_PLATFORM="offscreen")
    full = 0
    per_set: dict[str, list[int]] = {}
    if folders:
        cases = [fc for f in folders for fc in folder_cases(f.resolve())]
    else:
        cases = [fc for f in (HERE, VARIANTS, HELDOUT) for fc in folder_cases(f)]
    with tempfile.TemporaryDirectory() as tmp:
        for folder, name, case in cases:
            tally = per_set.setdefault(name, [0, 0])
            tally[1] += 1
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
                tally[0] += 1
                print(f"OK    {case.file}")
    for name, (ok, total) in per_set.items():
        print(f"{name}: {ok}/{total}")
    print(f"{full}/{len(cases)} import fully")
    return full


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", nargs="?", type=Path, default=HERE.parents[2] / "src")
    parser.add_argument("--folder", action="append", type=Path, default=[])
    args = parser.parse_args()
    run(args.src, args.folder)
