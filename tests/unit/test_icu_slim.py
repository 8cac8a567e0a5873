"""Which items of ICU's data package the installer keeps (packaging/icu_slim.py); the frozen
build's smoke test proves the result sorts and breaks Spanish (packaging/build_and_check.sh)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "icu_slim", Path(__file__).resolve().parents[2] / "packaging" / "icu_slim.py"
)
icu_slim = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(icu_slim)


@pytest.mark.parametrize(
    "item",
    [
        "coll/es.res", "coll/es_419.res", "coll/root.res", "coll/ucadata.icu",
        "coll/res_index.res", "es_CL.res", "en_US_POSIX.res", "root.res", "pool.res",
        "curr/pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res",
        "zoneinfo64.res", "plurals.res", "uprops.icu", "nfc.nrm", "cnvalias.icu",
        "brkitr/line.brk", "brkitr/root.res", "brkitr/es.res", "unit/es.res",
    ],
)  # fmt: skip
def test_kept(item):
    assert icu_slim.keep(item)


@pytest.mark.parametrize(
    "item",
    [
        "coll/fr.res", "coll/zh.res", "coll/de_.res", "fr.res", "zh_Hant_TW.res",
        "ibm-1390_P110-2003.cnv", "gb18030.cnv", "brkitr/cjdict.dict",
        "brkitr/thaidict.dict", "translit/root.res", "curr/ja.res", "unit/sr_Latn.res",
    ],
)  # fmt: skip
def test_dropped(item):
    assert not icu_slim.keep(item)
