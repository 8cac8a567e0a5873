import json

from matrix_app.cli import main


def run_json(capsys, *args):
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_new_then_info(tmp_path, capsys):
    path = tmp_path / "p.nap"
    assert main(["new", str(path), "--title", "NAP 2016-2018"]) == 0
    capsys.readouterr()
    code, info = run_json(capsys, "info", str(path))
    assert code == 0
    assert info["counts"]["action_plan"] == 1
    assert info["plans"][0]["title"] == "NAP 2016-2018"
    assert len(info["content_digest"]) == 64


def test_new_refuses_existing_file(tmp_path, capsys):
    path = tmp_path / "p.nap"
    path.write_text("precious")
    assert main(["new", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text() == "precious"


def test_new_in_missing_folder(tmp_path, capsys):
    assert main(["new", str(tmp_path / "no" / "p.nap")]) == 2
    assert "Cannot write" in capsys.readouterr().err


def test_info_structure(small_project, capsys):
    path = small_project.path
    small_project.close()
    _code, info = run_json(capsys, "info", str(path))
    plan = info["plans"][0]
    assert plan["commitments"][0] == {
        "id": small_project.ids["commitment"],
        "code": "1",
        "title": "Municipal transparency",
        "completion": "not_started",
    }
    assert plan["completion_counts"]["not_started"] == 1
    assert info["counts"]["indicator"] == 1


def test_check_exit_codes(small_project, capsys):
    path = small_project.path
    small_project.close()
    code, report = run_json(capsys, "check", str(path))
    assert report["integrity"] == "ok"
    assert code == 1 and report["problems"] > 0
    assert {"code", "severity", "entity", "id", "commitment_id", "message"} <= set(
        report["findings"][0]
    )


def test_check_clean_project_exits_0(tmp_path, capsys):
    path = tmp_path / "empty.nap"
    main(["new", str(path)])
    capsys.readouterr()
    code, report = run_json(capsys, "check", str(path))
    assert code == 0 and report["findings"] == []


def _no_gui(monkeypatch):
    import matrix_app.ui.app as app

    def refuse(argv):
        raise AssertionError(f"the GUI was started with {argv}")

    monkeypatch.setattr(app, "run_gui", refuse)


def test_mistyped_command_is_a_usage_error_not_the_gui(monkeypatch, capsys):
    _no_gui(monkeypatch)
    monkeypatch.setenv("MATRIX_LANG", "en")
    assert main(["reprot", "a.nap", "out.pdf"]) == 2
    err = capsys.readouterr().err
    assert "unknown command 'reprot'; did you mean 'report'?" in err


def test_unknown_word_without_a_close_command_lists_the_commands(monkeypatch, capsys):
    _no_gui(monkeypatch)
    monkeypatch.setenv("MATRIX_LANG", "es")
    assert main(["graficar", "a.nap", "out"]) == 2
    err = capsys.readouterr().err
    assert "comando desconocido 'graficar'" in err and "report" in err and "merge" in err
    assert "publish" in err
    # a typo of a command that exists is answered with the command
    assert main(["publsh", "a.nap", "out"]) == 2
    assert "¿quiso decir 'publish'?" in capsys.readouterr().err


def test_missing_file_as_first_word_is_refused_without_the_gui(monkeypatch, capsys, tmp_path):
    _no_gui(monkeypatch)
    monkeypatch.setenv("MATRIX_LANG", "en")
    assert main([str(tmp_path / "gone.nap")]) == 2
    assert "gone.nap: no such file" in capsys.readouterr().err


def test_mistyped_command_in_a_real_process_exits_2(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root / "src"), "MATRIX_LANG": "en"}
    env.pop("QT_QPA_PLATFORM", None)  # a GUI started by mistake would fail or hang: timeout
    run = subprocess.run(
        [sys.executable, "-m", "matrix_app", "publsh", "a.nap", "out"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("matrix-app: unknown command 'publsh'")
    assert "PySide6" not in run.stderr
