import sys

from matrix_app.cli import main

sys.exit(main())
