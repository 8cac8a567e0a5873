"""Pairing sheet rows with project rows: text, then trusted codes, then position in gaps."""

from matrix_app.services.excel.logframe import indicator_name, split_dates
from matrix_app.services.excel.logframe_match import (
    Item,
    code_in,
    leading_code,
    match_items,
    without_code,
)

P = "purpose"  # the one parent every output below hangs from


def project(*texts, codes=None, group=P):
    codes = codes or [""] * len(texts)
    return [Item(f"p{i}", group, t, c) for i, (t, c) in enumerate(zip(texts, codes, strict=True))]


def sheet(*texts, codes=None, group=P):
    codes = codes or [""] * len(texts)
    return [Item(f"s{i}", group, t, c) for i, (t, c) in enumerate(zip(texts, codes, strict=True))]


def pairs(s, p, **kw):
    return {k: (v.project_key, v.how) for k, v in match_items(s, p, **kw).items()}


OLD = ("Conectar 225 servicios", "Capacitar funcionarios", "Difundir el Portal")


def test_same_rows_pair_by_text_whatever_the_case_accents_or_spaces():
    got = pairs(sheet("conectar  225 SERVICIOS", "Capacitar funcionarios", "Difundír el Portal"),
                project(*OLD))  # fmt: skip
    assert got == {"s0": ("p0", "text"), "s1": ("p1", "text"), "s2": ("p2", "text")}


def test_an_edited_row_pairs_by_position():
    got = pairs(sheet(OLD[0], "Capacitar a los funcionarios municipales", OLD[2]), project(*OLD))
    assert got["s1"] == ("p1", "position")


def test_an_insertion_does_not_shift_the_rows_after_it():
    got = pairs(sheet(OLD[0], "Nueva actividad", OLD[1], OLD[2]), project(*OLD))
    assert got == {"s0": ("p0", "text"), "s2": ("p1", "text"), "s3": ("p2", "text")}


def test_an_insertion_next_to_an_edited_row_pairs_the_edited_one():
    s = sheet(OLD[0], "Evaluar el piloto con la SUBDERE", "Capacitar a funcionarios", OLD[2])
    got = pairs(s, project(*OLD))
    assert got["s2"] == ("p1", "position") and "s1" not in got


def test_an_insertion_and_a_removal_in_different_places_stay_apart():
    got = pairs(sheet(OLD[0], OLD[2], "Evaluar el piloto con la SUBDERE"), project(*OLD))
    assert got == {"s0": ("p0", "text"), "s1": ("p2", "text")}  # p1 is not in the sheet


def test_a_row_replaced_in_place_is_an_update():
    got = pairs(sheet(OLD[0], "Algo completamente distinto", OLD[2]), project(*OLD))
    assert got["s1"] == ("p1", "position")


def test_reordered_rows_pair_by_text_and_an_edited_one_follows_its_anchor():
    got = pairs(sheet(OLD[2], OLD[0], "Capacitar a los funcionarios"), project(*OLD))
    assert got == {"s0": ("p2", "text"), "s1": ("p0", "text"), "s2": ("p1", "position")}


def test_renumbered_narratives_pair_without_their_numbers():
    p = project("1.1 Conectar servicios", "1.2 Capacitar funcionarios")
    s = sheet("1.1 Conectar servicios", "1.2 Piloto", "1.3 Capacitar funcionarios")
    assert pairs(s, p) == {"s0": ("p0", "text"), "s2": ("p1", "text")}


def test_codes_pair_a_moved_and_reworded_row():
    p = project(*OLD, codes=["1.1", "1.2", "1.3"])
    s = sheet("Campaña de difusión en radios", OLD[0], OLD[1], codes=["1.3", "1.1", "1.2"])
    assert pairs(s, p)["s0"] == ("p2", "code")


def test_codes_of_a_renumbered_sheet_are_not_trusted():
    # a new 1.2 inserted, the old 1.2 edited and renumbered 1.3: the codes lie
    p = project(*OLD, codes=["1.1", "1.2", "1.3"])
    s = sheet(OLD[0], "Piloto en 5 municipios", "Capacitar a los funcionarios", OLD[2],
              codes=["1.1", "1.2", "1.3", "1.4"])  # fmt: skip
    got = pairs(s, p)
    assert got["s2"] == ("p1", "position") and "s1" not in got


def test_a_code_shared_by_two_sheet_rows_names_neither():
    p = project("Uno", "Dos", codes=["1", "2"])
    s = sheet("Uno", "Nuevo componente", "Dos editado del todo", codes=["1", "2", "2"])
    got = pairs(s, p)
    assert got["s2"] == ("p1", "position") and "s1" not in got


def test_rows_under_another_parent_pair_by_text_but_indicators_stay_with_their_result():
    p = [Item("p0", "out1", "Servicios conectados"), Item("p1", "out2", "Municipios")]
    s = [Item("s0", "out2", "Servicios conectados")]
    assert pairs(s, p) == {"s0": ("p0", "text")}
    assert pairs(s, p, across_groups=False) == {"s0": ("p1", "position")}
    assert pairs(s, p[:1], across_groups=False) == {}


def test_rows_already_taken_are_left_alone():
    taken = {"p1"}
    got = pairs(sheet(OLD[1]), project(*OLD[:2]), taken=taken)
    assert got == {"s0": ("p0", "position")} and taken == {"p0", "p1"}
    assert pairs(sheet(OLD[0]), project(*OLD[:2]), taken=taken) == {}


def test_codes_from_cells_and_narratives():
    assert code_in("Actividad 1.2") == "1.2" and code_in("Componente") == ""
    assert leading_code("1.2 Capacitar") == "1.2"
    assert leading_code("R1 Data catalogue") == "1"
    assert leading_code("A 1.2.3 Train") == "1.2.3"
    assert leading_code("1. Portal instalado") == "1"
    assert leading_code("Al 2016 se capacita") == ""  # a word, not a code
    assert leading_code("225 servicios") == "225"
    assert without_code("1.3 Capacitar  funcionarios") == "capacitar funcionarios"


def test_what_our_export_adds_to_cells_is_set_aside():
    assert indicator_name("Visitas — línea base 0 visitas (2012-04-01); meta 50.000") == "Visitas"
    assert indicator_name("% municipalities — baseline 30.3 %; target 90 %") == "% municipalities"
    assert (
        indicator_name("Cumplimiento — meta institucional") == "Cumplimiento — meta institucional"
    )
    text, dates = split_dates("Diseño del portal\n(2012-04-01 – 2012-09-30)")
    assert text == "Diseño del portal" and str(dates["end_date"]) == "2012-09-30"
    assert split_dates("Piloto\n( – 2015-05-31)")[1].keys() == {"end_date"}
    assert split_dates("Piloto (2015)") == ("Piloto (2015)", {})
