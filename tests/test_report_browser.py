"""The HTML report in a real browser: headless Chromium through Playwright, axe-core for accessibility.

Needs Debian's chromium, the playwright Python package (its driver only: the browser is the
system's) and axe-core from npm (``npm install axe-core``; found in ./node_modules, or where
CLAIMCHECK_AXE_JS points). ``.ci/run`` installs all three; without them these tests skip.
Screenshots go to CLAIMCHECK_SCREENSHOTS when it is set (to look at), else to a temporary folder.
"""

import os
import shutil
from pathlib import Path

import pytest

from .conftest import ROOT, SMALL_BASE, invoke

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _axe_path():
    for candidate in (os.environ.get("CLAIMCHECK_AXE_JS"), ROOT / "node_modules" / "axe-core" / "axe.min.js"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


AXE = _axe_path()
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
    pytest.mark.skipif(AXE is None, reason="axe-core is not installed (npm install axe-core, or set CLAIMCHECK_AXE_JS)"),
]

DRAFT = """\
---
title: front matter is not shown
---
# Acme in *Leeds* <script>alert(1)</script>

Acme will hire 350 workers at its new plant in Leeds. Acme will hire **900 workers** at its new plant in Leeds.

| year | hires |
| --- | --- |
| 2024 | 350 |

- Acme Corp opened an office in [Paris](https://example.org/paris).
- Acme will hire 1 worker at its new plant in Leeds. <!-- claimcheck: ignore -->
"""
LAUNCH = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page_file(runner, tmp_path, monkeypatch):
    (tmp_path / "claims.yaml").write_text(SMALL_BASE)
    (tmp_path / "draft.md").write_text(DRAFT)
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["report", "draft.md", "-o", "report.html"])
    assert result.exit_code == 0, result.output
    return tmp_path / "report.html"


def _open(browser, page_file, width, bypass_csp=False):
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    page.goto(page_file.as_uri())
    return page, messages


def _shots_folder(tmp_path):
    folder = Path(os.environ.get("CLAIMCHECK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("width", [1280, 390])
def test_report_renders_markdown_and_marks_in_chromium(browser, page_file, tmp_path, width):
    page, messages = _open(browser, page_file, width)
    assert not [m for m in messages if "Content Security Policy" in m]  # the stylesheet's hash is right
    draft = page.locator(".draft")
    heading = draft.locator("h2").first  # the draft's h1, one level down
    assert heading.inner_text().startswith("Acme in Leeds") and heading.locator("mark").count() == 0  # a label: not checked
    assert draft.locator("h2 em").inner_text() == "Leeds"  # emphasis rendered
    assert "<script>" in draft.inner_text() and page.locator("script").count() == 0  # raw HTML shown, not run
    assert "front matter" not in draft.inner_text() and "claimcheck: ignore" not in draft.inner_text()
    assert draft.locator("table td").all_inner_texts() == ["2024", "350"]
    assert draft.locator("a[href='https://example.org/paris']").count() == 1
    marks = page.locator("mark[id]")
    assert [m.get_attribute("class") for m in marks.all()] == ["supported", "conflicting", "unverified"]
    conflict = page.locator("mark.conflicting")
    assert " ".join(conflict.all_inner_texts()).replace("✘", "").split() == "Acme will hire 900 workers at its new plant in Leeds.".split()
    assert page.locator("#s2 .icon").inner_text() == "✘"  # an icon, not colour alone
    # cards: conflicts first, each with its verdict in words and its evidence's source
    cards = page.locator(".card")
    assert [c.get_attribute("class").split()[1] for c in cards.all()] == ["conflicting", "unverified", "supported"]
    assert "Conflicting" in cards.first.locator("h3").inner_text()
    assert "The Gazette" in cards.first.locator(".src").inner_text() and "2024-03-05" in cards.first.inner_text()
    page.screenshot(path=str(_shots_folder(tmp_path) / f"report-{width}.png"), full_page=True)
    # the sticky bar stays on screen while the page scrolls, and a mark leads to its finding
    page.set_viewport_size({"width": width, "height": 300})  # a short window, so the page has to scroll
    page.mouse.wheel(0, 600)
    page.wait_for_timeout(100)
    assert page.locator(".bar").bounding_box()["y"] == 0
    assert "1 suppressed" in page.locator(".bar").inner_text()


def test_filters_work_without_scripts(browser, page_file):
    page, _ = _open(browser, page_file, 1280)
    assert page.locator(".card.supported").is_visible()
    page.get_by_label("hide supported").check()
    assert not page.locator(".card.supported").is_visible()
    assert page.locator(".card.conflicting").is_visible()
    page.get_by_label("in draft order").check()
    shown = sorted((c.bounding_box()["y"], c.get_attribute("id")) for c in page.locator(".card").all() if c.is_visible())
    assert [i for _, i in shown] == ["f2", "f3"]  # in the draft's order, supported ones hidden


@pytest.mark.parametrize("width", [1280, 390])
def test_report_has_no_serious_accessibility_violations(browser, page_file, width):
    page, _ = _open(browser, page_file, width, bypass_csp=True)  # to inject axe-core, which the page's CSP forbids
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert len(results["passes"]) > 20  # axe did run its rules
