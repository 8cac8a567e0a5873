"""The arrows of DESIGN section 1: nothing below ui/ imports Qt; headless commands stay light."""

import json
import subprocess
import sys
from pathlib import Path

import matrix_app

SRC = Path(matrix_app.__file__).parent
CORE = ("domain", "storage", "services", "commands")


def _env() -> dict[str, str]:
    """The child imports this checkout's package (not another one installed in the venv)."""
    import os

    paths = [str(SRC.parent), os.environ.get("PYTHONPATH", "")]
    return dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))


def _modules(package: str) -> list[str]:
    root = SRC / package
    return [
        "matrix_app." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for p in sorted(root.rglob("*.py"))
        if p.name != "__main__.py"
    ]


def test_core_imports_with_qt_blocked():
    modules = [m.removesuffix(".__init__") for pkg in CORE for m in _modules(pkg)]
    code = (
        "import sys, importlib\n"
        "for name in ('PySide6', 'shiboken6'):\n"
        "    sys.modules[name] = None  # any import of Qt now fails\n"
        f"for mod in {modules!r}:\n"
        "    importlib.import_module(mod)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env())
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_no_qt_in_core_sources():
    for pkg in CORE:
        for path in (SRC / pkg).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, f"{path} mentions PySide6"


def test_headless_commands_do_not_load_heavy_libraries(tmp_path):
    sample = Path(__file__).resolve().parents[2] / "sample_projects" / "chile-nap-2014-2016.nap"
    code = (
        "import sys, json\n"
        "from matrix_app.cli import main\n"
        f"main(['info', {str(sample)!r}]); main(['check', {str(sample)!r}])\n"
        "heavy = [m for m in ('PySide6', 'openpyxl', 'xlsxwriter', 'reportlab') if m in sys.modules]\n"
        "print(json.dumps(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env())
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
