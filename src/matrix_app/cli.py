"""``matrix-app``: the GUI with no subcommand, otherwise a headless command.

The GUI and the CLI are two faces of one engine; each subcommand lives in
``matrix_app.commands.<module>`` and only imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from pathlib import Path

from . import __version__
from .messages import MatrixError, current_language

#: Modules that add subcommands (see ``matrix_app.commands``).
COMMAND_MODULES = ("basic", "excel", "report", "exchange", "publish")


class UsageError(MatrixError):
    TEMPLATES = {
        "unknown_command": (
            "unknown command '{word}'; did you mean {suggestions}? "
            "('matrix-app --help' lists the commands.)",
            "comando desconocido '{word}'; ¿quiso decir {suggestions}? "
            "('matrix-app --help' lista los comandos.)",
        ),
        "unknown_word": (
            "unknown command '{word}', and no file of that name. Commands: {commands}; "
            "or give a project file to open it.",
            "comando desconocido '{word}', y no hay ningún archivo con ese nombre. "
            "Comandos: {commands}; o indique un archivo de proyecto para abrirlo.",
        ),
    }


def _looks_like_a_file(word: str) -> bool:
    return bool(Path(word).suffix) or os.sep in word or "/" in word


def unknown_word(word: str, commands: list[str]) -> MatrixError:
    """Why a first word that is neither a command nor an existing file is refused."""
    if _looks_like_a_file(word):
        from .storage.errors import ProjectFileError

        return ProjectFileError("missing", path=word)
    close = difflib.get_close_matches(word, commands, n=3, cutoff=0.6)
    if close:
        or_ = " o " if current_language() == "es" else " or "
        return UsageError(
            "unknown_command", word=word, suggestions=or_.join(f"'{c}'" for c in close)
        )
    return UsageError("unknown_word", word=word, commands=", ".join(commands))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matrix-app",
        description="Monitoring Matrix: logframe monitoring of OGP action plans.",
        epilog="Without a command, opens the application (on FILE, if given).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"matrix_app.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = list(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    gui = not argv or (argv[0] not in commands and not argv[0].startswith("-"))
    if gui and argv and not Path(argv[0]).exists():
        # A typo (``matrix-app publsh a.nap out``) must not open the GUI on a file "publsh".
        from .commands.common import fail

        return fail(unknown_word(argv[0], commands))
    if gui or argv[0] == "--smoke-test":
        from .ui.app import run_gui

        return run_gui(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # inside the try: small outputs are only written here
        return code
    except BrokenPipeError:  # the reader went away (``matrix-app info f | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except MatrixError as exc:  # a refusal a command did not word itself: still one sentence
        from .commands.common import fail

        return fail(exc)
    except Exception:  # a bug of ours, never the user's input: say so, keep the details
        return _internal_error(argv)


INTERNAL_ERROR = 3


def _internal_error(argv: list[str]) -> int:
    """Write the traceback to a log file and tell the user where, in one sentence."""
    import datetime as dt
    import traceback

    from .paths import log_dir

    detail = traceback.format_exc()
    where = "stderr"
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat()} matrix-app {__version__} {argv!r}\n")
            fh.write(detail)
        where = str(log)
    except OSError:
        print(detail, file=sys.stderr)
    es = current_language() == "es"
    text = (
        f"error interno de Monitoring Matrix (no es culpa de sus archivos); los detalles están "
        f"en {where}. Envíelos a quien le dio la aplicación."
        if es
        else f"internal error in Monitoring Matrix (not a problem with your files); details "
        f"are in {where}. Please send them to whoever gave you the application."
    )
    print(f"matrix-app: {text}", file=sys.stderr)
    return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
