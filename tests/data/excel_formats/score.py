"""How many corpus and variant workbooks import fully through the CLI: exit 0 and the
expected project.

``python tests/data/excel_formats/score.py [SRC]`` runs ``matrix-app import-xlsx`` with
``SRC`` (default: this checkout's src/) on the import path, into a new project per workbook,
and compares each project with its case in make_corpus.py (this folder), make_variants.py
(../excel_variants) and the held-out sets in ../excel_heldout (make_donor.py), and prints
the count for each folder.
"""

from __future__ import annotations

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
from make_corpus import CASES  # noqa: E402
from make_donor import CASES as DONOR_CASES  # noqa: E402
from make_variants import CASES as VARIANT_CASES  # noqa: E402

from matrix_app.services.project import Project  # noqa: E402


def run(src: Path) -> int:
    env = dict(os.environ, PYTHONPATH=str(src), QT_QPA_PLATFORM="offscreen")
    full = 0
    per_folder: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(HERE, c) for c in CASES] + [(VARIANTS, c) for c in VARIANT_CASES]
        cases += [(HELDOUT, c) for c in DONOR_CASES]
        for folder, case in cases:
            tally = per_folder.setdefault(folder.name, [0, 0])
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
    for name, (ok, total) in per_folder.items():
        print(f"{name}: {ok}/{total}")
    print(f"{full}/{len(cases)} import fully")
    return full


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "src")
