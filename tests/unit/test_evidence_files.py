"""Evidence files leaving the project: safe names, executable types, checked bytes (issue 18)."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matrix_app.services.evidence_files import (
    BIDI_CONTROLS,
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    WINDOWS_RESERVED,
    EvidenceFileError,
    check_bytes,
    has_hidden_chars,
    is_executable,
    safe_file_name,
    visible_name,
)

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x61C)]


@pytest.mark.parametrize(
    ("stored", "safe"),
    [
        ("acta.pdf", "acta.pdf"),
        (".config/autostart/acta.desktop", "acta.desktop"),
        ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
        ("/etc/passwd", "passwd"),
        ("acta/", "acta"),
        (".bashrc", "evidence.bashrc"),  # a hidden file stays visible
        (".pdf", "evidence.pdf"),
        ("...", "evidence"),
        ("", "evidence"),
        ("acta\x00.exe.pdf", "acta.exe.pdf"),
        ("acta\u202efdp.exe", "actafdp.exe"),
        ("informe\u2066 final\u2069.docx", "informe final.docx"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("COM1.tar.gz", "_COM1.tar.gz"),
        ("nul ", "_nul"),
        ("LPT9.csv", "_LPT9.csv"),
        ("CONSEJO.pdf", "CONSEJO.pdf"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        ("acta .pdf", "acta.pdf"),
        ("acta.pdf.", "acta.pdf"),
        ("  tabs\tand\nnew lines .xlsx", "tabs and new lines .xlsx".replace(" .", ".")),
        ("Reunión CPLT – 2015.pdf", "Reunión CPLT – 2015.pdf"),
    ],
)
def test_safe_file_name_examples(stored, safe):
    assert safe_file_name(stored) == safe


def test_long_names_are_cut_but_keep_their_extension():
    name = safe_file_name("a" * 1000 + ".pdf")
    assert name.endswith(".pdf") and len(name) == MAX_NAME_CHARS
    wide = safe_file_name("ñ" * 500 + ".xlsx")
    assert wide.endswith(".xlsx") and len(wide.encode("utf-8")) <= MAX_NAME_BYTES


def _reserved(name: str) -> bool:
    return name.split(".")[0].strip(" ").upper() in WINDOWS_RESERVED


def _assert_safe(name: str) -> None:
    assert name
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and not name.startswith(" ")
    assert not name.endswith(".") and not name.endswith(" ")
    assert not any(ch in BIDI_CONTROLS for ch in name)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in name)
    assert not any(ch in '<>:"|?*' for ch in name)
    assert not _reserved(name)
    assert len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name not in (".", "..")


@settings(max_examples=400)
@given(st.text(max_size=400))
def test_any_unicode_name_becomes_safe(text):
    name = safe_file_name(text)
    _assert_safe(name)
    assert safe_file_name(name) == name  # stable: sanitizing twice changes nothing


@settings(max_examples=300)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from([*BIDI, "/", "\\", "\x00", ".", " ", "\n", "\x1b", "a", "ñ"]),
            max_size=12,
        ),
        max_size=8,
    ).map("".join)
)
def test_hostile_characters_never_survive(text):
    _assert_safe(safe_file_name(text))


@settings(max_examples=300)
@given(
    st.text(max_size=300),
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        min_size=1,
        max_size=8,
    ),
)
def test_the_extension_is_kept(stem, ext):
    name = safe_file_name(f"{stem}.{ext}")
    _assert_safe(name)
    assert name.endswith(f".{ext}")


@settings(max_examples=200)
@given(st.sampled_from(sorted(WINDOWS_RESERVED)), st.sampled_from(["", ".txt", ".tar.gz", " "]))
def test_windows_device_names_are_never_written(device, tail):
    for variant in (device, device.lower(), device.title()):
        _assert_safe(safe_file_name(variant + tail))


@pytest.mark.parametrize(
    "name",
    [
        "run.exe",
        "RUN.EXE",
        "x.bat",
        "x.cmd",
        "x.com",
        "x.scr",
        "x.js",
        "x.vbs",
        "x.hta",
        "x.msi",
        "x.lnk",
        "acta.desktop",
        "x.sh",
        "x.app",
        "x.jar",
        "x.ps1",
        "x.py",
        "acta\u202efdp.exe",
        ".config/autostart/acta.desktop",
        "x.exe.",
    ],
)
def test_executable_types(name):
    assert is_executable(name)


@pytest.mark.parametrize("name", ["acta.pdf", "datos.xlsx", "foto.JPG", "nota.txt", "x.csv", ""])
def test_document_types_are_not_executable(name):
    assert not is_executable(name)


@pytest.mark.parametrize(
    "data", [b"MZ\x90\x00", b"\x7fELF\x02", b"#!/bin/sh\nrm -rf ~\n", b"[Desktop Entry]\nExec=x"]
)
def test_executable_content_under_a_harmless_name(data):
    assert is_executable("acta.pdf", data)
    assert not is_executable("acta.pdf", b"%PDF-1.4")


def test_check_bytes():
    data = b"acta del consejo"
    sha = hashlib.sha256(data).hexdigest()
    assert check_bytes(data, sha, len(data)) == data
    assert check_bytes(data, sha.upper(), None) == data
    for bad in (
        (data + b"!", sha, None),
        (data, sha, len(data) + 1),
        (data, "", None),
        (data, None, None),
    ):
        with pytest.raises(EvidenceFileError) as info:
            check_bytes(*bad, name="acta\u202efdp.exe")
        assert "[U+202E]" in info.value.message("en")
        assert "SHA-256" in info.value.message("es")


def test_visible_name_shows_what_hides():
    assert visible_name("acta\u202efdp.exe") == "acta[U+202E]fdp.exe"
    assert visible_name("a\x00b\u200fc") == "a[U+0000]b[U+200F]c"
    assert visible_name("Reunión – 2015.pdf") == "Reunión – 2015.pdf"
    assert has_hidden_chars("x\u2066") and not has_hidden_chars("plain.pdf")


@given(st.text(max_size=100))
def test_visible_name_leaves_no_bidi_control(text):
    shown = visible_name(text)
    assert not has_hidden_chars(shown)
