"""The one rule for every file name the app makes up: portable to Windows, macOS and Linux.

Names come from data (an evidence file's stored name, a project's title or file stem, an
institution's acronym), so a name fit for Linux may be refused or misread elsewhere:

- Windows reserves device names, with any extension: ``CON``, ``aux.nap``, ``NUL.txt``,
  ``COM1`` open the device, not a file;
- Windows drops trailing dots and spaces (``acta.`` and ``acta`` are one file) and refuses
  ``<>:"|?*``, controls and the separators;
- Windows and macOS compare names without case (``Acta.pdf`` and ``ACTA.PDF`` clash);
- Windows paths longer than 259 characters fail unless long paths are enabled, and any file
  system refuses names over 255 bytes;
- user folders may be non-ASCII (``C:\\Users\\José Núñez``): only the name we add is cleaned,
  never the folder the user chose.

``portable_name`` cleans one name; ``derived_name`` appends to a stem (``-copy.nap``,
``.xlsx``) keeping the tail whole; ``fit_path`` shortens the stem to keep a whole path under
Windows' limit; ``name_key`` and ``unique_name`` avoid case-insensitive clashes.
No Qt and no file access: the GUI, the command line and the tests use the same rules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import PurePath

#: Right-to-left/left-to-right embeddings, overrides, isolates and marks (they reorder text).
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
#: Characters Windows refuses in a file name (besides the separators and controls).
WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
#: Device names Windows reserves, with any extension ("CON.txt" is the console too).
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{p}{n}" for p in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³", "0"]]
)
#: Longest name written: short enough for any file system (255 bytes) and a temp folder path.
MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 240
MAX_EXTENSION_CHARS = 16
#: Longest whole path Windows opens without long-path support (MAX_PATH 260 less the NUL).
MAX_WINDOWS_PATH = 259


def is_hidden_char(ch: str) -> bool:
    """Controls, format characters (bidi, zero-width), separators, surrogates, unassigned."""
    if ch in BIDI_CONTROLS:
        return True
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def _clean(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isspace() and ch not in BIDI_CONTROLS:  # tabs and line breaks too
            out.append(" ")
        elif is_hidden_char(ch):
            continue
        elif ch in WINDOWS_FORBIDDEN:
            out.append("_")
        else:
            out.append(ch)
    return " ".join("".join(out).split())  # no runs of spaces, none at either end


def split_extension(name: str) -> tuple[str, str]:
    """("acta", ".pdf") for "acta.pdf"; an extension is a short run of letters and digits."""
    dot = name.rfind(".")
    if dot < 0:
        return name, ""
    ext = name[dot:]
    if 2 <= len(ext) <= MAX_EXTENSION_CHARS and ext[1:].replace("-", "").isalnum():
        return name[:dot], ext
    return name, ""


def _fits(stem: str, ext: str, max_chars: int = MAX_NAME_CHARS) -> bool:
    name = stem + ext
    return len(name) <= max_chars and len(name.encode("utf-8")) <= MAX_NAME_BYTES


def _safe_stem(stem: str) -> str:
    """No trailing dots or spaces (Windows drops them), never a device name."""
    stem = stem.strip(" .")
    device = stem.split(".")[0].strip(" ").upper()
    return "_" + stem if device in WINDOWS_RESERVED else stem


def _shorten(stem: str, tail: str, max_chars: int, fallback: str) -> str:
    while stem and not _fits(stem, tail, max_chars):
        stem = stem[:-1].rstrip(" .")
    return (stem or fallback) + tail


def portable_name(name: str | None, fallback: str = "file") -> str:
    """A base name safe to write in any folder of any system, keeping the extension."""
    text = (name or "").replace("\\", "/")
    parts = [_clean(p) for p in text.split("/")]
    base = next((p for p in reversed(parts) if p.strip(" .")), "")
    stem, ext = split_extension(base)
    stem = _safe_stem(stem) or fallback
    return _shorten(stem, ext, MAX_NAME_CHARS, fallback)


def derived_name(stem: str | None, tail: str, fallback: str = "matrix") -> str:
    """``stem + tail`` made portable: "aux" + ".xlsx" -> "_aux.xlsx". The tail ("-copy.nap",
    "-site", ".pdf") is the app's own and kept whole; only the stem is cleaned and cut."""
    clean_stem = _clean((stem or "").replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    clean_stem = clean_stem or fallback
    if (clean_stem + tail).split(".")[0].strip(" ").upper() in WINDOWS_RESERVED:
        clean_stem = "_" + clean_stem  # "aux" + ".xlsx"; "CON" + "-copy.nap" is no device
    return _shorten(clean_stem, tail, MAX_NAME_CHARS, fallback)


def fit_path(folder: PurePath, name: str, limit: int = MAX_WINDOWS_PATH) -> PurePath:
    """``folder / name`` with the name's stem cut so the whole path stays within ``limit``
    characters (Windows without long paths); the folder is the user's and never changed."""
    room = limit - len(str(folder)) - 1
    stem, ext = split_extension(name)
    if len(name) <= room or room <= len(ext):
        return folder / name
    return folder / _shorten(stem, ext, room, stem[:1] or "_")


def name_key(name: str) -> str:
    """What Windows and macOS compare: case folded, NFC, trailing dots and spaces dropped."""
    return unicodedata.normalize("NFC", name).rstrip(" .").casefold()


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or "stem (2).ext", "stem (3).ext"... if a name in ``taken`` clashes with it on
    a case-insensitive file system."""
    keys = {name_key(t) for t in taken}
    if name_key(name) not in keys:
        return name
    stem, ext = split_extension(name)
    n = 2
    while name_key(f"{stem} ({n}){ext}") in keys:
        n += 1
    return f"{stem} ({n}){ext}"
