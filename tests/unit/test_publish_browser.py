"""The published site in a real browser: headless Chromium from file://, via Selenium.

Opens every page and fails on any console error (a blocked request, a script error, a CSP
violation), clicks the language switch and filters the commitments table, and runs axe-core
(the copy of its script in the ``axe-core-python`` package: nothing fetched) on every kind of
page in both languages, at desktop and phone widths. Skipped, saying why, only when Chromium
or its driver is not installed, and never in CI (CI=true), which installs both (the "run"
group of packaging/apt-packages.txt): there their absence fails. ``MATRIX_SCREENSHOTS=DIR``
saves the pictures of docs/screenshots (home, a commitment, its timeline, an institution,
what changed since the last publication, a phone's width).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from selenium import webdriver

from matrix_app.domain import models as m
from matrix_app.paths import sample_project
from matrix_app.services.project import Project
from matrix_app.services.publish import PublishOptions, publish_site

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
DRIVER = shutil.which("chromedriver")
# CI installs Chromium (packaging/apt-packages.txt): there a missing browser fails the run.
if os.environ.get("CI") and not (CHROMIUM and DRIVER):
    raise RuntimeError("CI: headless Chromium and chromedriver are not installed")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="headless Chromium and chromedriver are not installed "
    "(apt-get install chromium chromium-driver)",
)


def change(project) -> None:
    """Edits between two publications, so that the changes page lists some: a new
    measurement, a completion, a new evidence link, a commitment removed."""
    commitments = project.rows(m.Commitment)
    ind = project.rows(m.Indicator)[0]
    c = next(x for x in commitments if x.id == ind.commitment_id)
    project.create(m.Measurement, indicator_id=ind.id, measured_on="2015-09-15", value=42)
    project.update(
        m.Commitment, c.id, completion="complete" if c.completion != "complete" else "limited"
    )
    project.create(
        m.Evidence,
        commitment_id=c.id,
        kind="link",
        title="Acta de la mesa de trabajo",
        url="https://example.org/acta",
        date="2015-09-20",
    )
    project.delete(m.Commitment, next(x for x in commitments if x.id != c.id).id)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The sample published, changed and published again (the changes page lists)."""
    folder = tmp_path_factory.mktemp("site")
    copy = folder / "sample.nap"
    shutil.copy(sample_project(), copy)
    options = PublishOptions(when=dt.date(2015, 9, 30), reports=True)
    with Project.open(copy) as project:
        publish_site(project, folder / "site", PublishOptions(when=options.when))
        change(project)
        publish_site(project, folder / "site", options)
    return folder / "site"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver, condition, what: str):
    """Wait for what a click starts (a navigation, a script's filtering): a loaded machine
    makes it late, never wrong."""
    from selenium.webdriver.support.wait import WebDriverWait

    return WebDriverWait(driver, 20, poll_frequency=0.1).until(
        lambda d: condition(d), message=f"timed out waiting for {what}"
    )


def set_width(driver, width: int | None) -> None:
    """Lay pages out at ``width`` CSS pixels as a phone does (a desktop window has a minimum
    width of its own); None: back to the window's size."""
    if width is None:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    else:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": width < 600},
        )
    wait_for(
        driver,
        lambda d: (
            width is None or width in d.execute_script("return [screen.width, window.innerWidth]")
        ),
        f"the width {width}",
    )


def errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def test_every_page_opens_without_console_errors(site, browser):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        browser.get(page.as_uri())
        if page.parent == site:  # the language choice forwards (a loaded machine: mid-way)
            wait_for(browser, lambda d: d.current_url.endswith("/es/index.html"), "forward")
        assert browser.find_element("css selector", "h1").text.strip(), page
        assert errors(browser) == [], page
    # the stylesheet and the script were loaded (not blocked by the page's own policy)
    browser.get((site / "en" / "index.html").as_uri())
    header = browser.find_element("css selector", "header.site")
    assert header.value_of_css_property("background-color") == "rgba(29, 78, 137, 1)"
    assert browser.find_element("css selector", "form.filters").is_displayed()


def test_language_switch_and_filter(site, browser):
    from selenium.webdriver.support.select import Select

    browser.get((site / "es" / "index.html").as_uri())
    assert browser.find_element("tag name", "html").get_attribute("lang") == "es"
    browser.find_element("css selector", "a.lang-switch").click()
    wait_for(browser, lambda d: d.current_url.endswith("/en/index.html"), "the English home")
    wait_for(
        browser,
        lambda d: d.find_element("tag name", "html").get_attribute("lang") == "en",
        "the English page",
    )
    assert "Completion summary" in browser.page_source

    form = browser.find_elements("css selector", "form.filters")[-1]
    rows_box = browser.find_element("id", form.get_attribute("data-table"))
    rows = rows_box.find_elements("css selector", "tbody tr")
    total = len(rows)
    assert total > 1
    completion = Select(form.find_element("css selector", 'select[data-filter="completion"]'))
    value = completion.options[1].get_attribute("value")
    completion.select_by_index(1)
    visible = [r for r in rows if r.is_displayed()]
    # exactly the rows of that completion level show, and at least one does
    assert visible == [r for r in rows if r.get_attribute("data-completion") == value]
    assert visible
    shown = form.find_element("css selector", "output.shown").text
    assert f"{len(visible)} of {total}" in shown
    institution = Select(form.find_element("css selector", 'select[data-filter="institutions"]'))
    completion.select_by_index(0)
    institution.select_by_index(1)
    inst = institution.options[1].get_attribute("value")
    visible = [r for r in rows if r.is_displayed()]
    assert visible and all(inst in r.get_attribute("data-institutions").split() for r in visible)
    form.find_element("css selector", 'button[type="reset"]').click()
    wait_for(
        browser, lambda d: len([r for r in rows if r.is_displayed()]) == total, "the reset filter"
    )

    # a commitment page switches to the same commitment in the other language
    first = rows[0].find_element("css selector", "a")
    first.click()
    wait_for(browser, lambda d: "/en/commitments/" in d.current_url, "the commitment page")
    name = browser.current_url.rsplit("/", 1)[-1]
    browser.find_element("css selector", "a.lang-switch").click()
    wait_for(
        browser, lambda d: d.current_url.endswith(f"/es/commitments/{name}"), "its Spanish page"
    )
    assert errors(browser) == []


def test_the_changes_page_is_reached_from_every_page_and_its_links_lead_on(site, browser):
    for lang, nav in (("es", "Cambios"), ("en", "Changes")):
        browser.get((site / lang / "index.html").as_uri())
        browser.find_element("link text", nav).click()
        here = f"/{lang}/changes.html"
        wait_for(browser, lambda d, here=here: d.current_url.endswith(here), "the changes page")
        items = browser.find_elements("css selector", "ul.changes li")
        assert len(items) >= 4 and all(i.text.strip() for i in items)
        assert browser.find_elements("css selector", "main table th[scope=row]")
        links = [
            a.get_attribute("href")
            for a in browser.find_elements("css selector", "section.changes h3 a")
        ]
        assert links and all("/commitments/" in url for url in links)
        removed = browser.find_elements("css selector", "section.changes h3 .note")
        assert removed  # the removed commitment: named, not linked
        assert not removed[0].find_elements("xpath", "./ancestor::h3//a")
        for url in links:
            browser.get(url)
            assert browser.find_element("css selector", "h1").text.strip(), url
            assert errors(browser) == [], url
        # back from a commitment page through the navigation, and to the other language
        browser.find_element("link text", nav).click()
        wait_for(browser, lambda d, here=here: d.current_url.endswith(here), "back")
        browser.find_element("css selector", "a.lang-switch").click()
        there = f"/{'en' if lang == 'es' else 'es'}/changes.html"
        wait_for(browser, lambda d, there=there: d.current_url.endswith(there), "its translation")
        assert errors(browser) == []


def test_screenshots(site, browser):
    """``MATRIX_SCREENSHOTS=DIR``: the pictures of docs/screenshots (home, a commitment with
    charts and a timeline, an institution; both languages; a phone's width too)."""
    folder = os.environ.get("MATRIX_SCREENSHOTS")
    if not folder:
        pytest.skip("set MATRIX_SCREENSHOTS=DIR to save screenshots")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted((site / "en" / "commitments").glob("*.html"))
    page = max(pages, key=lambda p: p.read_text(encoding="utf-8").count('class="chart'))
    inst = max((site / "en" / "institutions").glob("*.html"), key=lambda p: p.stat().st_size).name
    period = max((site / "en" / "reports").glob("*.html"), key=lambda p: p.stat().st_size)
    period = f"reports/{period.name}"
    shots = []
    for lang in ("es", "en"):
        shots += [
            (f"site-home-{lang}", f"{lang}/index.html", 1280),
            (f"site-commitment-{lang}", f"{lang}/commitments/{page.name}", 1280),
            (f"site-timeline-{lang}", f"{lang}/commitments/{page.name}#milestones", 1280),
            (f"site-institution-{lang}", f"{lang}/institutions/{inst}", 1280),
            (f"site-changes-{lang}", f"{lang}/changes.html", 1280),
            (f"site-period-{lang}", f"{lang}/{period}", 1280),
        ]
    shots += [
        ("site-phone-home-es", "es/index.html", 390),
        ("site-phone-commitment-es", f"es/commitments/{page.name}", 390),
        ("site-phone-changes-es", "es/changes.html", 390),
    ]
    try:
        for name, rel, width in shots:
            set_width(browser, width)
            path, _, anchor = rel.partition("#")
            browser.get((site / path).as_uri() + (f"#{anchor}" if anchor else ""))
            wait_for(
                browser,
                lambda d: d.execute_script("return document.readyState") == "complete",
                "the page",
            )
            browser.save_screenshot(str(out / f"{name}.png"))
    finally:
        set_width(browser, None)


#: Elements reaching past the right edge of the viewport outside a scrolling box.
OVERFLOW = """
var W = document.documentElement.clientWidth, out = [];
document.querySelectorAll('body *').forEach(function (e) {
  if (e.getBoundingClientRect().right <= W + 1) { return; }
  for (var p = e.parentElement; p; p = p.parentElement) {
    if (getComputedStyle(p).overflowX === 'auto') { return; }
  }
  out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
});
return out.slice(0, 5);
"""


def axe_findings(driver) -> list[str]:
    """axe-core's violations of impact moderate or worse on the open page (WCAG 2.1 A/AA and
    best practices), one line each: rule, impact, where."""
    from axe_core_python.selenium import Axe

    result = Axe().run(driver)
    return [
        f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in result["violations"]
        if v["impact"] in ("moderate", "serious", "critical")
    ]


def kinds_of_page(site: Path) -> list[Path]:
    """One page of every kind in every language, and the language choice."""
    pages = [site / "index.html"]
    for lang in ("es", "en"):
        folder = site / lang
        pages += [folder / "index.html", folder / "institutions.html", folder / "data.html"]
        pages.append(folder / "changes.html")
        pages.append(next((folder / "commitments").glob("*.html")))
        pages.append(next((folder / "institutions").glob("*.html")))
        pages.append(next((folder / "reports").glob("*.html")))  # a plan's self-assessment
    return pages


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_axe_finds_no_accessibility_violation(site, browser, width):
    if not os.environ.get("CI"):  # CI installs the test extra: there a missing axe fails
        pytest.importorskip("axe_core_python", reason="axe-core-python is not installed")
    set_width(browser, width)
    found = {}
    try:
        for page in kinds_of_page(site):
            browser.get(page.as_uri())
            if page.parent == site:  # the language choice forwards to the first language
                wait_for(browser, lambda d: d.current_url.endswith("/es/index.html"), "forward")
            if page.name == "index.html":
                # the filter form is shown by the script: check it as a reader sees it
                wait_for(
                    browser,
                    lambda d: d.find_element("css selector", "form.filters").is_displayed(),
                    "the filter form",
                )
            problems = axe_findings(browser)
            if problems:
                found[str(page.relative_to(site))] = problems
            # nothing wider than the screen but what scrolls in its own box
            wide = browser.execute_script(OVERFLOW)
            if wide:
                found.setdefault(str(page.relative_to(site)), []).append(f"too wide: {wide}")
    finally:
        set_width(browser, None)
    assert found == {}
