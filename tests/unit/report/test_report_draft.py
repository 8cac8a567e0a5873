"""The draft for the public consultation, and the choice of parts (PDF, Word, command line)."""

from __future__ import annotations

import docx
from pypdf import PdfReader

from matrix_app.cli import main
from matrix_app.commands.report import PART_KEYS
from matrix_app.services.report.outline import all_keys


def _pages(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def test_the_command_line_knows_every_part():
    assert set(PART_KEYS) == set(all_keys())


def test_a_draft_says_so_on_every_page_and_on_the_cover(rich, tmp_path, capsys):
    rich.close()
    draft, final = tmp_path / "draft.pdf", tmp_path / "final.pdf"
    args = ["--lang", "es", "--date", "2015-09-30"]
    assert main(["report", str(rich.path), str(draft), *args, "--draft"]) == 0
    assert main(["report", str(rich.path), str(final), *args]) == 0
    pages = _pages(draft)
    assert all("BORRADOR PARA CONSULTA" in p for p in pages)
    assert "Borrador para consulta pública" in pages[0]
    assert not any("BORRADOR" in p or "Borrador" in p for p in _pages(final))
    word = tmp_path / "draft.docx"
    assert main(["report", str(rich.path), str(word), "--lang", "en", "--draft"]) == 0
    d = docx.Document(str(word))
    section = d.sections[0]
    assert "DRAFT FOR CONSULTATION" in " ".join(p.text for p in section.header.paragraphs)
    assert "DRAFT FOR CONSULTATION" in " ".join(
        p.text for p in section.first_page_header.paragraphs
    )
    assert any("Draft for public consultation" in p.text for p in d.paragraphs[:8])


def test_parts_can_be_chosen_and_the_annex_is_off_by_default(rich, tmp_path, capsys):
    rich.close()
    plain, annexed = tmp_path / "a.pdf", tmp_path / "b.pdf"
    base = ["report", str(rich.path), "--lang", "en", "--date", "2015-09-30"]
    assert main([*base[:2], str(plain), *base[2:]]) == 0
    assert main([*base[:2], str(annexed), *base[2:], "--sections", "progress,annex"]) == 0
    text, chosen = " ".join(_pages(plain)), " ".join(_pages(annexed))
    assert "Annex: matrix quality findings" not in text and "Progress to date" in text
    assert "Annex: matrix quality findings" in chosen and "Progress to date" in chosen
    assert "Development of the action plan" in text
    assert "Development of the action plan" not in chosen
    out = tmp_path / "c.pdf"
    assert main([*base[:2], str(out), *base[2:], "--sections", "progress,appendix"]) == 2
    err = capsys.readouterr().err
    assert "appendix" in err and "annex" in err and not out.exists()
