"""Command-line subcommands, one module per feature; each has ``register(subparsers)``.

Handlers import heavy libraries (Qt, openpyxl, reportlab) only when they run, so headless
commands such as ``info`` start fast.
"""
