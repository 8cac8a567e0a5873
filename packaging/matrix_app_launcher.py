"""Entry script of the frozen application (both executables): ``matrix_app.cli:main``.

Without a command it opens the GUI; with one (``info``, ``check``, ``report`` ...) it runs
headless, so ``matrix-app`` and its console twin ``matrix-app-cli`` behave alike.
"""

import multiprocessing
import sys

from matrix_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
