"""The formats corpus and the first blind set saved by LibreOffice as .ods (issue 13).

``python tests/data/excel_ods/make_ods.py`` converts every .xlsx of ../excel_formats and
../excel_blind with ``soffice --headless --convert-to ods`` (LibreOffice 7.4 when these were
made) into this folder. The files are committed, so the tests need no LibreOffice: they are
what an agency gets when it opens one of our corpus workbooks in LibreOffice and saves it
(repeated empty tails, percentage and date cells, merged cells as covered cells), and each
must import as the .xlsx does (tests/unit/excel/test_ods_corpus.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE.parent / "excel_formats", HERE.parent / "excel_blind"]


def main() -> int:
    books = [str(p) for folder in SOURCES for p in sorted(folder.glob("*.xlsx"))]
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "ods", "--outdir", str(HERE), *books],
        check=False,
    )
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
