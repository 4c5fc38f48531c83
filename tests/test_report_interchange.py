"""The HTML report, and claims in and out as ClaimReview, JSON Lines and CSV."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.claimbase import load_claim_base

from .conftest import SMALL_BASE, invoke

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
            if attrs.get("id"):  # a sentence's first mark; the rest of it, across inline markup, follows
                self.marks.append([attrs.get("class"), ""])
            self._in_mark = self.marks[-1]
        if tag == "li" and "card" in (attrs.get("class") or "").split():
            self.cards.append(attrs["class"].split()[1])
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
    import base64
    import hashlib
    import re

    result = invoke(runner, ["report", "draft.md", "-o", "report.html"])
    assert result.exit_code == 0, result.output
    html = (project / "report.html").read_text()
    page = Page()
    page.feed(html)
    assert page.scripts == 0 and "<script>" not in html and "&lt;script&gt;alert(1)" in html and "&lt;/script&gt;" in html
    # the heading labels a topic: not checked (claim spotting), but shown, escaped
    assert [m[0] for m in page.marks] == ["supported", "conflicting"]
    assert page.marks[1][1] == "✘Acme will hire 900 workers at its new plant in Leeds."  # an icon, not colour alone
    assert page.cards == ["conflicting", "supported"]  # conflicts first
    assert all(link.startswith("#") for link in page.links)  # nothing fetched from the network
    assert "1 suppressed" in html
    # the policy allows no script and only the page's own stylesheet, by its hash
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', html).group(1)
    css = re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert "default-src 'none'" in policy and f"style-src 'sha256-{digest}'" in policy and "unsafe" not in policy


def test_report_renders_markdown_in_plain_html(runner, project_with):
    project = project_with("# Title\n\nAcme will hire *350 workers* at its new plant in Leeds.\n\n- a list item\n")
    invoke(runner, ["report", "draft.md", "-o", "report.html"])
    html = (project / "report.html").read_text()
    assert "<h2>" in html and "<li>a list item</li>" in html  # rendered, not shown as monospace source
    assert '<em><mark class="supported">350 workers</mark></em>' in html  # marks nest inside inline markup
    assert "# Title" not in html and "*350" not in html


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
    assert target.read_text().startswith("# our archive\nentities:\n")
    base = load_claim_base([str(target)])
    assert len(base.claims) > 60 and len(base.sources) == 5
    claim = base.claim("huawei-207000-rd-workers")
    assert claim.quote == "The company employs over 207000 workers in its R&D centers"
    assert base.sources[claim.source].title.startswith("Huawei intends to resume business")
    again = invoke(runner, ["import", str(exported), "--format", "claimreview", "--claims", str(target)])
    assert again.exit_code == 2 and "already quotes" in again.output  # the same quote from the same source


def _entities(base):
    return {e.name: (set(e.aliases), e.type) for e in base.entities}


def test_export_import_keeps_entities_and_aliases(runner, tmp_path):
    from .conftest import CLAIMS

    original = load_claim_base([str(CLAIMS)])
    for fmt, name in (("jsonl", "claims.jsonl"), ("claimreview", "claims.jsonld")):
        exported = tmp_path / name
        assert invoke(runner, ["export", "--format", fmt, "-o", str(exported)]).exit_code == 0
        target = tmp_path / f"{fmt}.yaml"
        target.write_text("claims: []\n")
        result = invoke(runner, ["import", str(exported), "--claims", str(target)])  # format from the extension
        assert result.exit_code == 0, result.output
        assert "new entities" in result.output
        again = load_claim_base([str(target)])
        assert len(again.claims) == len(original.claims)
        if fmt == "jsonl":  # every entity, with its aliases, type and what it is part of
            assert _entities(again) == _entities(original)
            assert {e.name: e.part_of for e in again.entities} == {e.name: e.part_of for e in original.entities}
        else:  # the entities some claim is about, with their aliases
            kept, before = _entities(again), _entities(original)
            assert kept and all(kept[n][0] == before[n][0] for n in kept)  # aliases
            assert all(kept[n][1] == before[n][1] for n in kept if before[n][1] in ("org", "person", "place"))
            assert "SMIC" in kept


def test_claimreview_export_carries_url_rating_and_appearance(runner, tmp_path):
    base = tmp_path / "claims.yaml"
    base.write_text(SMALL_BASE.replace("    file: gazette.txt\n", "    file: gazette.txt\n    url: https://gazette.example/acme\n"))
    result = invoke(runner, ["export", "--claims", str(base), "--url-prefix", "https://checks.example/c/"])
    [record] = json.loads(result.output)
    assert record["url"] == "https://checks.example/c/acme-plant-workers"
    rating = record["reviewRating"]
    assert rating["alternateName"] == "Sourced" and rating["ratingValue"] == 1
    assert record["itemReviewed"]["appearance"]["url"] == "https://gazette.example/acme"
    assert record["itemReviewed"]["about"] == [{"@type": "Organization", "name": "Acme", "alternateName": ["Acme Corp", "Acme Corporation"]}]
    plain = json.loads(invoke(runner, ["export", "--claims", str(base)]).output)
    assert plain[0]["url"] == "urn:claimcheck:claim:acme-plant-workers"


@pytest.mark.parametrize("name, words", [("sheet.csv", "imported 1 claim and 1 new source into"),
                                         ("notes.txt", "cannot tell the format")])
def test_import_format_from_the_extension(runner, small_base, tmp_path, name, words):
    path = tmp_path / name
    path.write_text("text,quote,title\nThe mayor of Leeds welcomed the plant.,welcomed the plant,Leeds Post story\n")
    result = invoke(runner, ["import", str(path), "--claims", str(small_base)])
    assert words in result.output
    assert result.exit_code == (0 if name.endswith(".csv") else 2)


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
    sources_part = after.split("claims:")[0]
    assert sources_part.count("- id:") == 2 and "Leeds Post" in sources_part  # the new source among the sources
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
