"""Evidence files leaving the project: safe names, types the system would run, checked bytes.

A stored file name comes from whoever made the file (a package from another agency may carry
``.config/autostart/acta.desktop`` or ``acta\u202efdp.exe``), so nothing here trusts it:

- ``safe_file_name`` gives a base name fit to write anywhere: no folder parts, no control or
  bidirectional-override characters, no leading dot, never a Windows device name (CON, NUL,
  COM1...), bounded in length, extension kept.
- ``is_executable`` says whether the desktop would run the file rather than show it, by its
  extension or its first bytes, so the GUI asks before opening it.
- ``check_bytes`` refuses bytes that do not match the SHA-256 (and size) recorded for them.
- ``visible_name`` shows hidden direction and control characters as ``[U+202E]`` so a name
  cannot disguise itself on screen.

No Qt here: the GUI and the command line use the same rules.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from ..domain.file_names import (  # noqa: F401  (re-exported: the rule lives there)
    BIDI_CONTROLS,
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    WINDOWS_FORBIDDEN,
    WINDOWS_RESERVED,
    is_hidden_char,
    portable_name,
)
from ..messages import MatrixError

FALLBACK_STEM = "evidence"
#: Extensions the desktop (Windows, macOS, Linux) would execute, install or run as a script.
EXECUTABLE_EXTENSIONS = frozenset(
    """
    exe com bat cmd scr pif cpl msi msp mst msc dll ocx sys drv
    js jse vbs vbe wsf wsh wsc hta sct ps1 ps1xml ps2 ps2xml psc1 psc2 psm1 psd1
    lnk url scf inf reg chm application appref-ms gadget settingcontent-ms library-ms
    jar jnlp class
    desktop sh bash zsh csh ksh fish run bin elf out appimage deb rpm snap flatpakref
    app command tool pkg mpkg dmg workflow action scpt scptd osax
    py pyw pyc pyz pl rb php lua tcl
    iso img vhd vhdx xll
    """.split()
)
#: First bytes of files that run rather than display, whatever their name says.
EXECUTABLE_MAGIC = (
    b"MZ",  # Windows PE
    b"\x7fELF",  # Linux/Unix
    b"#!",  # any script with an interpreter line
    b"\xcf\xfa\xed\xfe",  # Mach-O 64-bit
    b"\xce\xfa\xed\xfe",  # Mach-O 32-bit
    b"\xca\xfe\xba\xbe",  # Mach-O universal / Java class
    b"[Desktop Entry]",  # a freedesktop launcher
)


class EvidenceFileError(MatrixError):
    TEMPLATES = {
        "checksum": (
            "The stored copy of “{name}” does not match its SHA-256 checksum: it was changed "
            "or damaged inside the project file, so it was not written out. Ask whoever sent "
            "it for the file again.",
            "La copia guardada de “{name}” no coincide con su suma SHA-256: fue alterada o se "
            "dañó dentro del archivo de proyecto, por eso no se escribió. Pida el archivo de "
            "nuevo a quien lo envió.",
        ),
    }


def visible_name(text: str | None, keep_lines: bool = False) -> str:
    """``text`` with every hidden control shown as ``[U+XXXX]`` (for lists and labels).

    ``keep_lines`` leaves tabs and line breaks alone (titles and notes may have them; a file
    name may not, since a line break can push ".exe" out of sight).
    """
    keep = "\t\n\r" if keep_lines else ""
    return "".join(
        f"[U+{ord(ch):04X}]" if is_hidden_char(ch) and ch not in keep else ch for ch in text or ""
    )


def has_hidden_chars(text: str) -> bool:
    return any(is_hidden_char(ch) for ch in text or "")


def safe_file_name(name: str | None, fallback: str = FALLBACK_STEM) -> str:
    """A base name safe to write in any folder of any system, keeping the extension
    (the one rule for every name the app derives: ``domain.file_names.portable_name``)."""
    return portable_name(name, fallback)


def extension(name: str | None) -> str:
    """The lower-case extension without its dot ("" if none)."""
    return PurePosixPath(safe_file_name(name)).suffix[1:].lower()


def is_executable(name: str | None, data: bytes | None = None) -> bool:
    """True when the desktop would run the file instead of showing it."""
    if extension(name) in EXECUTABLE_EXTENSIONS:
        return True
    if data is not None:
        head = data[:64].lstrip(b"\xef\xbb\xbf")
        return any(head.startswith(magic) for magic in EXECUTABLE_MAGIC)
    return False


def check_bytes(data: bytes, sha256: str | None, size: int | None, name: str = "") -> bytes:
    """``data`` if it is what was recorded (SHA-256, and size when known); else raise."""
    if (
        not sha256
        or hashlib.sha256(data).hexdigest() != sha256.lower()
        or (size is not None and len(data) != size)
    ):
        raise EvidenceFileError("checksum", name=visible_name(name) or FALLBACK_STEM)
    return data
