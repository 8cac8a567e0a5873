"""Rebuild Qt's ICU data library (Linux) with only the data the app uses: 31 MB -> about 4 MB.

PySide6's Linux wheels carry ``libicudata.so.NN``: ICU's whole common data package (one
symbol, ``icudtNN_dat``). Qt reads it for collation (QCollator), locale-aware case mapping
and a few codecs. The app speaks English and Spanish and never converts legacy charsets, so
this keeps, following ICU's data-filtering guide (docs/userguide/icu_data/buildtool.md):

* everything that is not locale data (normalization, properties, break rules, time zones,
  likely subtags, the root collation table ``coll/ucadata.icu``, plural rules, ...);
* locale data of ``root``, ``en*`` and ``es*`` in every tree (collation, names, units, ...);

and drops the charset converters (``*.cnv``), the dictionaries for CJK, Thai, Lao, Khmer and
Burmese word breaking (``*.dict``), transliteration (``translit/``) and every other locale.
It extracts the package from the library, removes those items with ICU's ``icupkg``, turns the
rest back into a symbol with ``genccode`` and links a library of the same soname with ``gcc``.

    python packaging/icu_slim.py IN.so OUT.so      # prints the sizes and the item counts

Needs icupkg and genccode (Debian: icu-devtools), gcc and nm (binutils).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Locales kept in every tree: the app's two languages and their regional variants.
KEEP_LOCALES = re.compile(r"^(root|en|es)(_[A-Za-z0-9]*)*$")
#: A locale's resource bundle: "fr", "zh_Hant_TW", "sr_Latn"... (not "pool", "res_index").
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
STRUCTURAL = {"pool", "res_index", "root"}
DROPPED_TREES = ("translit/",)
DROPPED_SUFFIXES = (".cnv", ".dict")


def keep(item: str) -> bool:
    """True for an item of the ICU data package the app needs (see the module's docstring)."""
    if item.startswith(DROPPED_TREES) or item.endswith(DROPPED_SUFFIXES):
        return False
    name = item.rsplit("/", 1)[-1]
    stem, _, ext = name.rpartition(".")
    if ext != "res" or stem in STRUCTURAL or not LOCALE_NAME.match(stem):
        return True
    return bool(KEEP_LOCALES.match(stem))


def _symbol(lib: Path) -> tuple[str, int, int]:
    """The data symbol's name, address and size (nm)."""
    out = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(lib)], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], int(parts[0], 16), int(parts[1], 16)
    raise SystemExit(f"{lib}: no icudtNN_dat symbol")


def _file_offset(blob: bytes, address: int) -> int:
    """Map a virtual address to a file offset through the ELF64 program headers."""
    if blob[:5] != b"\x7fELF\x02":
        raise SystemExit("not a 64-bit ELF library")
    (phoff,) = struct.unpack_from("<Q", blob, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", blob, 0x36)
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", blob, phoff + i * phentsize
        )
        if p_type == 1 and vaddr <= address < vaddr + filesz:  # PT_LOAD
            return offset + address - vaddr
    raise SystemExit(f"address {address:#x} is in no loaded segment")


def extract(lib: Path, dat: Path) -> str:
    """Write the library's common data package to ``dat``; returns the symbol's name."""
    name, address, size = _symbol(lib)
    blob = lib.read_bytes()
    start = _file_offset(blob, address)
    dat.write_bytes(blob[start : start + size])
    return name


def slim(lib: Path, out: Path) -> dict[str, int]:
    """Build ``out``: ``lib`` with only the kept items. Returns sizes and counts."""
    for tool in ("icupkg", "genccode", "gcc", "nm", "readelf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"icu_slim: {tool} not found (apt-get install icu-devtools gcc)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "full").mkdir()
        (work / "slim").mkdir()
        entry = _symbol(lib)[0].removesuffix("_dat")
        # icupkg names the package after the file: it must stay icudtNN + l (little endian).
        full = work / "full" / f"{entry}l.dat"
        slimmed = work / "slim" / full.name
        extract(lib, full)
        listing = subprocess.run(
            ["icupkg", "-l", str(full)], check=True, capture_output=True, text=True
        ).stdout.split()
        dropped = [item for item in listing if not keep(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        subprocess.run(
            # brkitr/root.res names the dictionaries: without one, ICU breaks those scripts
            # by its rules alone, as its own data filter (buildtool.md) builds it.
            ["icupkg", "--ignore-deps", "-r", str(work / "drop.txt"), str(full), str(slimmed)],
            check=True,
        )
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(slimmed)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (source,) = work.glob("*.S")
        dynamic = subprocess.run(
            ["readelf", "-d", str(lib)], check=True, capture_output=True, text=True
        ).stdout
        found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
        soname = found.group(1) if found else lib.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-Wl,-soname," + soname, "-Wl,-z,noexecstack",
             "-o", str(out), str(source)],
            check=True,
        )  # fmt: skip
        return {
            "items": len(listing),
            "kept": len(listing) - len(dropped),
            "data_before": full.stat().st_size,
            "data_after": slimmed.stat().st_size,
            "lib_before": lib.stat().st_size,
            "lib_after": out.stat().st_size,
        }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[-2].strip(), file=sys.stderr)
        return 2
    figures = slim(Path(argv[0]), Path(argv[1]))
    mb = 1024 * 1024
    print(
        f"icu data: {figures['kept']} of {figures['items']} items kept, "
        f"{figures['data_before'] / mb:.1f} -> {figures['data_after'] / mb:.1f} MB; "
        f"library {figures['lib_before'] / mb:.1f} -> {figures['lib_after'] / mb:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
