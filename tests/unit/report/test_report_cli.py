from pypdf import PdfReader

from matrix_app.cli import main


def test_report_command_writes_the_pdf(rich, tmp_path, capsys):
    rich.close()
    out = tmp_path / "informe.pdf"
    code = main(
        [
            "report",
            str(rich.path),
            str(out),
            "--lang",
            "es",
            "--kind",
            "end-of-term",
            "--date",
            "2016-08-31",
        ]
    )
    assert code == 0
    assert "informe.pdf" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Informe de autoevaluación de término" in text
    assert "31 de agosto de 2016" in text


def test_report_command_with_plan_id_and_determinism(rich, tmp_path):
    rich.close()
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    args = ["--plan", rich.ids["plan"], "--date", "2015-09-30", "--deterministic"]
    assert main(["report", str(rich.path), str(a), *args]) == 0
    assert main(["report", str(rich.path), str(b), *args]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_bad_input_exits_2_and_writes_nothing(rich, tmp_path, capsys):
    rich.close()
    out = tmp_path / "x.pdf"
    assert main(["report", str(rich.path), str(out), "--plan", "0123abc"]) == 2
    err = capsys.readouterr().err
    assert "0123abc" in err and err.count("\n") == 1
    assert main(["report", str(rich.path), str(out), "--date", "31/07/2016"]) == 2
    assert "--date" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.nap"), str(out)]) == 2
    assert main(["report", str(rich.path), str(tmp_path / "no" / "x.pdf")]) == 2
    assert main(["report", str(rich.path), str(out), "--lang", "fr"]) == 2
    assert not out.exists()
