"""The HTML report, and claims in and out as ClaimReview, JSON Lines and CSV."""

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.claimbase import load_claim_base

from .conftest import invoke

DRAFT = (
    "# Plant <script>alert(1)</script>\n\n"
    "Acme will hire 350 workers at its new plant in Leeds. Acme will hire 900 workers at its new plant in Leeds.\n\n"
    "<!-- claimcheck: ignore -->\nAcme will hire 1 worker at its new plant in Leeds.\n"
)


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.marks, self.cards, self.links, self.scripts = [], [], [], [], 0
        self._in_mark = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            self.marks.append([attrs.get("data-verdict"), ""])
            self._in_mark = self.marks[-1]
        if tag == "div" and "finding" in (attrs.get("class") or "").split():
            self.cards.append(attrs.get("data-verdict"))
        for key in ("src", "href"):
            if attrs.get(key):
                self.links.append(attrs[key])

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = None

    def handle_data(self, data):
        if self._in_mark is not None:
            self._in_mark[1] += data


@pytest.fixture
def project(project_with):
    return project_with(DRAFT)


def test_report_structure_and_escaping(runner, project):
    result = invoke(runner, ["report", "draft.md", "-o", "report.html"])
    assert result.exit_code == 0, result.output
    html = (project / "report.html").read_text()
    page = Page()
    page.feed(html)
    assert page.scripts == 0 and "<script>" not in html and "&lt;script&gt;alert(1)" in html and "&lt;/script&gt;" in html
    # the heading labels a topic: not checked (claim spotting), but shown, escaped
    assert [m[0] for m in page.marks] == ["supported", "conflicting"]
    assert page.marks[1][1] == "Acme will hire 900 workers at its new plant in Leeds."
    assert page.cards == ["supported", "conflicting"]
    assert all(link.startswith("#") for link in page.links)  # nothing fetched from the network
    assert "1 suppressed" in html and "default-src 'none'" in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium package is not installed")
def test_report_renders_in_a_real_browser(runner, project):
    invoke(runner, ["report", "draft.md", "-o", "report.html"])
    shot = project / "shot.png"
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={project / 'chrome'}", "--window-size=1280,900", "--dump-dom", (project / "report.html").as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    assert dom.count('<mark class="conflicting"') == 1 and "finding supported" in dom
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={project / 'chrome'}", "--window-size=1280,900", f"--screenshot={shot}", (project / "report.html").as_uri()],
        capture_output=True, timeout=120,
    )
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_export_claimreview_validates(runner):
    jsonschema = pytest.importorskip("jsonschema")
    result = invoke(runner, ["export", "--format", "claimreview"])
    records = json.loads(result.output)
    schema = json.loads((Path(__file__).parent / "schemas" / "claimreview.schema.json").read_text())
    jsonschema.validate(records, schema)
    by_id = {r["identifier"]: r for r in records}
    record = by_id["standards-entity-list-may-2019"]
    assert record["claimReviewed"].startswith("The Trump administration added over 70")
    assert record["itemReviewed"]["datePublished"] == "2021-01-29"
    assert "Entity List in May 2019" in record["itemReviewed"]["text"]


def test_claimreview_round_trip(runner, tmp_path):
    exported = tmp_path / "cr.json"
    invoke(runner, ["export", "--format", "claimreview", "-o", str(exported)])
    target = tmp_path / "archive.yaml"
    target.write_text("# our archive\nsources: []\nclaims: []\n")
    result = invoke(runner, ["import", str(exported), "--format", "claimreview", "--claims", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("# our archive\nsources:\n")
    base = load_claim_base([str(target)])
    assert len(base.claims) > 60 and len(base.sources) == 5
    claim = base.claim("huawei-207000-rd-workers")
    assert claim.quote == "The company employs over 207000 workers in its R&D centers"
    assert base.sources[claim.source].title.startswith("Huawei intends to resume business")
    again = invoke(runner, ["import", str(exported), "--format", "claimreview", "--claims", str(target)])
    assert again.exit_code == 2 and "already quotes" in again.output  # the same quote from the same source


def test_import_csv_and_jsonl_append_to_existing_base(runner, small_base, tmp_path):
    csv_file = tmp_path / "sheet.csv"
    csv_file.write_text(
        "id,text,quote,title,outlet,published,url\n"
        "leeds-mayor,The mayor of Leeds welcomed the plant.,\"welcomed the plant\",Leeds Post story,Leeds Post,2024-03-06,https://example.org/a\n"
    )
    jsonl_file = tmp_path / "more.jsonl"
    jsonl_file.write_text(json.dumps({"text": "Acme will open the plant in 2025.", "source": "gazette"}) + "\n")
    before = small_base.read_text()
    assert invoke(runner, ["import", str(csv_file), "--format", "csv", "--claims", str(small_base)]).exit_code == 0
    assert invoke(runner, ["import", str(jsonl_file), "--format", "jsonl", "--claims", str(small_base)]).exit_code == 0
    after = small_base.read_text()
    assert "# the first claim" in after
    base = load_claim_base([str(small_base)])
    assert base.claim("leeds-mayor").source in base.sources
    assert base.sources[base.claim("leeds-mayor").source].outlet == "Leeds Post"
    assert base.claims[-1].source == "gazette"
    assert after.split("claims:")[0].count("- id:") == 2 or "Leeds Post" in after.split("claims:")[0]
    assert before.split("claims:")[1].strip() in after


@pytest.mark.parametrize(
    "fmt, text, words",
    [("jsonl", '{"text": "x", "source": "gazette"}\n{oops\n', "2:2"), ("csv", "quote\nq\n", "a 'text' column"),
     ("claimreview", '[{"claimReviewed": ""}]', "no claimReviewed"), ("jsonl", '{"text": "x"}\n', "no source")],
)
def test_bad_import_files(runner, small_base, tmp_path, fmt, text, words):
    bad = tmp_path / "bad.txt"
    bad.write_text(text)
    before = small_base.read_bytes()
    result = invoke(runner, ["import", str(bad), "--format", fmt, "--claims", str(small_base)])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
    assert small_base.read_bytes() == before
