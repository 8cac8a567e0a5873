import datetime as dt

from matrix_app.services.report.formatting import (
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_period,
    fmt_size,
    fmt_value,
    markup,
    paragraphs,
    safe_link,
    truncate,
)


def test_dates_per_language():
    d = dt.date(2016, 7, 31)
    assert fmt_date(d, "es") == "31 de julio de 2016"
    assert fmt_date(d, "en") == "31 July 2016"
    assert fmt_date(None, "es") == ""
    assert fmt_period(dt.date(2014, 7, 1), None, "en") == "1 July 2014 – …"


def test_numbers_and_percentages_per_language():
    assert fmt_number(46636, "es") == "46.636"
    assert fmt_number(46636, "en") == "46,636"
    assert fmt_number(86.7, "es") == "86,7"
    assert fmt_number(1233.5, "es") == "1.233,5"
    assert fmt_number(90.0, "en") == "90"
    assert fmt_number(-0.001, "en") == "0"
    assert fmt_number(None, "en") == ""
    assert fmt_number(float("nan"), "en") == ""
    assert fmt_percent(0.867, "es") == "86,7\u00a0%"
    assert fmt_percent(0.867, "en") == "86.7%"
    assert fmt_percent(None, "en") == ""
    assert fmt_value(86.7, "%", "es") == "86,7\u00a0%"
    assert fmt_value(225, "organismos", "es") == "225"
    assert fmt_size(812, "en") == "812 B"
    assert fmt_size(14540, "es") == "14,2 KB"


def test_markup_escapes_everything_and_keeps_line_breaks():
    text = '<b>R&D</b> <img src="x">\n<font color=red>'
    out = markup(text)
    assert "<b>" not in out and "<img" not in out and "<font" not in out
    assert out == (
        "&lt;b&gt;R&amp;D&lt;/b&gt; &lt;img src=&quot;x&quot;&gt;<br/>&lt;font color=red&gt;"
    )
    assert markup(None) == ""


def test_paragraphs_split_at_blank_lines():
    assert paragraphs("a\nb\n\n\nc <x>") == ["a<br/>b", "c &lt;x&gt;"]
    assert paragraphs("  \n ") == []


def test_only_web_and_mail_links_become_links():
    assert safe_link("https://example.org/?a=1&b=2") == "https://example.org/?a=1&amp;b=2"
    assert safe_link("mailto:a@b.cl") == "mailto:a@b.cl"
    assert safe_link("file:///etc/passwd") is None
    assert safe_link("javascript:alert(1)") is None
    assert safe_link('https://x.org/" onclick="x') is None


def test_truncate():
    assert truncate("abc", 5) == "abc"
    assert truncate("abcdefgh", 5) == "abcd…"
