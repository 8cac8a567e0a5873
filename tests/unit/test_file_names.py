"""Windows' file-name rules, tested on Linux: the one helper every derived name goes through
(domain/file_names.py), and the places that use it."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from matrix_app.domain.file_names import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    MAX_WINDOWS_PATH,
    derived_name,
    fit_path,
    name_key,
    portable_name,
    unique_name,
)
from matrix_app.services.evidence_files import safe_file_name


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("CON", "_CON"),
        ("con", "_con"),
        ("aux.nap", "_aux.nap"),
        ("NUL.txt", "_NUL.txt"),
        ("COM1", "_COM1"),
        ("lpt9.tar.gz", "_lpt9.tar.gz"),
        ("CONsole.txt", "CONsole.txt"),  # only the device name itself is reserved
        ("COM10.txt", "COM10.txt"),
        ("acta.", "acta"),  # Windows drops trailing dots and spaces: acta. is acta
        ("acta .pdf", "acta.pdf"),
        ("acta. . ", "acta"),
        ("...", "file"),
        ("  ", "file"),
        ('a<b>c:d"e|f?g*h.pdf', "a_b_c_d_e_f_g_h.pdf"),
        ("C:\\Users\\José\\acta.pdf", "acta.pdf"),
        ("informe\u202efdp.exe", "informefdp.exe"),
        ("Año 2015\tañadido.xlsx", "Año 2015 añadido.xlsx"),
    ],
)
def test_portable_name_follows_windows_rules(given, written):
    assert portable_name(given) == written
    assert safe_file_name(given, "file") == written  # evidence export uses the same rule


def test_portable_name_is_bounded_and_keeps_the_extension():
    long = portable_name("x" * 300 + ".pdf")
    assert long == "x" * (MAX_NAME_CHARS - 4) + ".pdf"
    wide = portable_name("ñ" * 200 + ".docx")
    assert wide.endswith(".docx") and len(wide.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize(
    ("stem", "tail", "written"),
    [
        ("aux", ".xlsx", "_aux.xlsx"),  # export-xlsx of aux.nap: not the AUX device
        ("CON", "-copy.nap", "CON-copy.nap"),  # a longer stem is no device
        ("nul", "-site", "nul-site"),
        ("nul", ".nap", "_nul.nap"),
        ("plan. ", "-mid-term-en.pdf", "plan-mid-term-en.pdf"),
        ("", ".xlsx", "matrix.xlsx"),
        ("Plan de Acción 2014–2016", "-termino-es.pdf", "Plan de Acción 2014–2016-termino-es.pdf"),
        ("a:b", "-site", "a_b-site"),
    ],
)
def test_derived_names_keep_the_app_s_tail_whole(stem, tail, written):
    assert derived_name(stem, tail) == written


def test_a_long_stem_is_cut_not_the_tail():
    name = derived_name("informe " * 40, "-end-of-term-es.pdf")
    assert name.endswith("-end-of-term-es.pdf")
    assert len(name) <= MAX_NAME_CHARS
    assert not name.removesuffix("-end-of-term-es.pdf").endswith((" ", "."))


def test_fit_path_keeps_a_windows_path_within_max_path():
    folder = PureWindowsPath("C:\\Users\\José Núñez\\Documents\\" + "carpeta larga\\" * 15)
    path = fit_path(folder, "plan de acción nacional 2014-2016-copy.nap")
    assert len(str(path)) <= MAX_WINDOWS_PATH
    assert path.parent == folder  # the user's folder, non-ASCII and all, is never changed
    assert path.suffix == ".nap" and path.name.startswith("plan de acci")


def test_fit_path_leaves_short_paths_and_non_ascii_folders_alone():
    folder = PurePosixPath("/home/José Núñez/文档/Matriz")
    assert fit_path(folder, "informe-es.pdf") == folder / "informe-es.pdf"
    hopeless = PureWindowsPath("C:\\" + "x" * 300)
    assert fit_path(hopeless, "a.pdf") == hopeless / "a.pdf"  # nothing to cut: left to the OS


def test_names_that_clash_on_windows_and_macos():
    assert name_key("Acta.PDF") == name_key("acta.pdf") == name_key("acta.pdf. ")
    assert name_key("Año.pdf") == name_key("An\u0303o.pdf")  # composed and decomposed ñ
    assert name_key("Straße.pdf") == name_key("STRASSE.pdf")
    assert unique_name("ACTA.pdf", ["acta.pdf", "otro.pdf"]) == "ACTA (2).pdf"
    assert unique_name("acta.pdf", ["Acta.pdf", "acta (2).PDF"]) == "acta (3).pdf"
    assert unique_name("nuevo.pdf", ["acta.pdf"]) == "nuevo.pdf"
