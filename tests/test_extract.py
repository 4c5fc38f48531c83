"""claimcheck extract and init: articles of other topics to claims, per phenomenon, through the
importable API and end to end through the CLI."""

import json
from pathlib import Path

import pytest
import yaml

from claimcheck import article, extract

from .conftest import ARTICLES, SMALL_BASE, invoke, needs_articles

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def claims_of(text, path="article.txt", entities=(), **kw):
    return extract.extract(article.read(text, path), entities, **kw)


def by_quote(result, start):
    found = [c for c in result.candidates if c.quote.startswith(start)]
    assert found, f"no candidate quoting {start!r}: {[c.quote for c in result.candidates]}"
    return found[0]


# ---------------------------------------------------------------- phenomena


def test_coordinated_clauses_are_separate_claims_sharing_the_subject():
    result = claims_of("Acme Corp employs 350 people in Leeds and operates two plants in Wales.\n")
    texts = [c.text for c in result.claims]
    assert "Acme Corp employs 350 people in Leeds." in texts
    assert "Acme Corp operates two plants in Wales." in texts
    assert by_quote(result, "operates").quote == "operates two plants in Wales."


def test_an_and_between_two_things_keeps_the_sentence_whole():
    result = claims_of("Acme sells bolts and screws produced in its Leeds plant since 2019.\n")
    assert [c.quote for c in result.claims] == ["Acme sells bolts and screws produced in its Leeds plant since 2019."]


def test_relative_clause_about_a_name_is_its_own_claim():
    result = claims_of("Mayor Ellen Park, who proposed the levy in March, called the vote historic.\n")
    part = by_quote(result, "Mayor Ellen Park, who proposed")
    texts = [c.text for c in result.claims]
    assert "Mayor Ellen Park proposed the levy in March." in texts
    assert part.quote.startswith("Mayor Ellen Park, who proposed the levy in March")


def test_pronouns_and_descriptions_are_resolved_in_text_not_in_quote():
    result = claims_of("Acme Corp opened a plant in Leeds in 2023.\n\nIt employs 350 people. The company plans to hire 100 more in 2025.\n")
    employs = by_quote(result, "It employs")
    assert employs.quote == "It employs 350 people."
    assert employs.text == "Acme employs 350 people."
    assert by_quote(result, "The company plans").text.startswith("Acme plans to hire 100 more")


def test_attribution_is_set_apart():
    result = claims_of("Acme Corp posted record sales.\n\nThe company said that its exports rose 12% in 2024.\n"
                       "According to the Leeds Chamber of Commerce, the plant created 350 jobs.\n")
    exports = by_quote(result, "The company said")
    assert exports.text == "Acme's exports rose 12% in 2024."
    assert exports.attribution == "Acme"
    jobs = by_quote(result, "According to")
    assert jobs.text == "The plant created 350 jobs." and jobs.attribution == "the Leeds Chamber of Commerce"


def test_verbs_that_take_objects_are_not_speech():
    result = claims_of("The ministry added 40 firms to its export list in May 2022.\n")
    [claim] = result.claims
    assert claim.attribution is None and claim.text.startswith("The ministry added 40 firms")


def test_a_quotation_speaks_for_its_speaker_in_the_third_person():
    result = claims_of("Acme Corp opened a plant.\n\n“We hired 350 people this year. Our exports doubled.” – said Acme’s chief executive.\n")
    hired = by_quote(result, "“We hired")
    assert hired.text == "Acme hired 350 people this year."
    assert hired.attribution == "Acme’s chief executive" and hired.kind == "quote"
    assert by_quote(result, "Our exports").text.startswith("Acme's exports doubled")


def test_amounts_dates_names_and_negation_are_derived():
    result = claims_of("Acme Corp did not hire 350 workers in Leeds on 3 May.\n", source={"published": "2024-06-01"})
    [claim] = result.claims
    fields = claim.fields(result.source["id"])
    assert fields["quantities"][0]["value"] == 350 and fields["quantities"][0]["noun"] == "workers"
    assert fields["dates"][0]["date"] == "2024-05-03"  # a yearless date pinned to the article's date
    assert "Leeds" in fields["entities"]
    assert fields["negated"] is True


def test_labels_questions_boilerplate_and_opinion_are_skipped_with_reasons():
    result = claims_of((FIXTURES / "transit-levy.txt").read_text(encoding="utf-8"), "transit-levy.txt")
    skipped = {c.quote: c.spot.reason for c in result.candidates if not c.checkworthy}
    assert skipped["Background"] == "label"
    assert skipped["Is the levy fair to drivers?"] == "question"
    assert skipped["I think the council should have waited for the audit."] == "opinion"
    assert skipped["Leave a comment"] == "boilerplate"
    assert "Date: 2024-06-12" not in skipped  # metadata: not a sentence at all
    assert result.source["published"] == "2024-06-12"
    assert result.source["title"] == "Metro council approves transit levy"


def test_a_quotation_is_checkable_by_what_it_says_not_by_the_names_in_it():
    result = claims_of(
        "Harbour dredging finished\n\n"
        "Dune Dredging finished deepening the Port of Kessel channel to 16 metres on 4 March.\n\n"
        '"We cannot run a modern port on a 1970s channel," Mayor Anna Berg said.\n\n'
        '"The work cost 41 million euros and took 14 months," said Pieter Vos, the port director.\n')
    rhetoric = by_quote(result, "\"We cannot run")
    assert not rhetoric.checkworthy and rhetoric.spot.reason == "low score"
    assert by_quote(result, "\"The work cost 41 million euros").checkworthy  # a quotation with figures is a claim
    assert by_quote(result, "Dune Dredging finished").checkworthy


def test_a_headline_that_asserts_is_a_claim():
    result = claims_of("Acme to Cut 400 Jobs as Steel Prices Fall\n\nAcme Corp said on Monday it would cut 400 jobs.\n")
    assert by_quote(result, "Acme to Cut 400 Jobs").checkworthy


def test_markdown_table_rows_and_list_items():
    text = ("---\ntitle: Bus network in numbers\ndate: 2024-02-01\noutlet: Riverton Post\n---\n\n"
            "# Bus network in numbers\n\n"
            "| Operator | Routes | Staff |\n|---|---|---|\n| Riverton Transit | 64 | 1,900 |\n| Valley Buses | 12 | 240 |\n\n"
            "- The **Riverton Transit Authority** runs [64 routes](https://example.org/routes).\n- Fares rose 5% in 2023.\n")
    result = claims_of(text, "numbers.md")
    assert result.source["title"] == "Bus network in numbers" and result.source["outlet"] == "Riverton Post"
    assert result.source["published"] == "2024-02-01"
    row = by_quote(result, "| Riverton Transit |")
    assert row.text == "Riverton Transit: 64 routes; 1,900 staff."
    assert [q["value"] for q in row.quantities] == [64, 1900]
    item = by_quote(result, "The Riverton Transit Authority runs 64 routes")
    assert item.block == "list" and item.checkworthy
    assert by_quote(result, "Fares rose 5% in 2023.").checkworthy


def test_html_article_without_navigation_comments_or_footer():
    result = claims_of((FIXTURES / "vaccine-trial.html").read_text(encoding="utf-8"), "vaccine-trial.html")
    quotes = " ".join(c.quote for c in result.candidates)
    for furniture in ("Home", "cookies", "Related stories", "Rival vaccine", "Great news", "All rights reserved"):
        assert furniture not in quotes
    assert result.source == {
        "id": result.source["id"], "title": "Nordhaven Pharma says its flu vaccine cut hospital stays by 40%",
        "outlet": "The Daily Ledger", "published": "2023-11-02", "url": "https://ledger.example/health/nordhaven-trial",
        "author": "Sam Okafor", "file": "vaccine-trial.html",
    }
    assert by_quote(result, "Participants who received the vaccine").checkworthy
    assert not by_quote(result, "Is this the end of flu season").checkworthy
    spent = by_quote(result, "It has already spent")
    assert spent.text == "Nordhaven Pharma has already spent $310 million on the programme."


def test_entities_defined_in_the_article_are_suggested_once_and_known_ones_merged():
    from claimcheck.model import Entity

    text = ("The Riverton Transit Authority (RTA) runs 64 routes. The RTA employs 1,900 people.\n\n"
            "The European Medicines Agency (EMA) approved it.\n")
    result = claims_of(text, entities=[Entity("EMA", ("European Medicines Agency",), "org")])
    names = [e["name"] for e in result.entities]
    assert names.count("Riverton Transit Authority") == 1
    assert {"name": "Riverton Transit Authority", "type": "org", "aliases": ["RTA"]} in result.entities
    assert "European Medicines Agency" not in names  # the base knows it as EMA: merged, not duplicated
    assert by_quote(result, "The RTA employs").entities[0] == "Riverton Transit Authority"


def test_ids_are_short_readable_stable_and_unique():
    text = "Acme Corp employs 350 people in Leeds.\n\nAcme Corp employs 350 people in Leeds, a spokesperson said.\n"
    first = claims_of(text)
    again = claims_of(text)
    ids = [c.id for c in first.candidates]
    assert ids == [c.id for c in again.candidates]
    assert ids[0] == "acme-corp-employs-people-leeds-350" or len(ids[0].split("-")) <= 7
    assert len(set(ids)) == len(ids)


# ---------------------------------------------------------------- CLI


def test_extract_writes_a_base_that_validates_and_checks(runner, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for f in FIXTURES.iterdir():
        (articles / f.name).write_bytes(f.read_bytes())
    result = invoke(runner, ["extract", str(articles), "-o", "auto.yaml"])
    assert result.exit_code == 0, result.output
    text = Path("auto.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    data = yaml.safe_load(text)
    assert {s["file"] for s in data["sources"]} == {"transit-levy.txt", "vaccine-trial.html"}
    assert all(c["quote"] and c["text"] and c["source"] for c in data["claims"])
    checked = invoke(runner, ["validate", "auto.yaml", "--articles", str(articles)])
    assert checked.exit_code == 0, checked.output
    verdict = invoke(runner, ["check", "--claims", "auto.yaml", "--format", "json", "The Riverton Transit Authority operates 64 bus routes."])
    assert json.loads(verdict.output)[0]["verdict"] == "supported"
    wrong = invoke(runner, ["check", "--claims", "auto.yaml", "--format", "json", "The Riverton Transit Authority operates 80 bus routes."])
    assert json.loads(wrong.output)[0]["verdict"] == "conflicting"


def test_extract_options_override_the_article_metadata(runner, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Acme Corp will hire 350 workers at its new plant in Leeds.\n", encoding="utf-8")
    result = invoke(runner, ["extract", str(path), "--outlet", "The Gazette", "--title", "Acme hires", "--date", "2024-03-05",
                             "--url", "https://gazette.example/acme", "--format", "json"])
    [record] = json.loads(result.output)
    assert record["source"]["outlet"] == "The Gazette" and record["source"]["published"] == "2024-03-05"
    assert record["source"]["url"] == "https://gazette.example/acme" and record["source"]["title"] == "Acme hires"
    bad = invoke(runner, ["extract", str(path), "--date", "March"])
    assert bad.exit_code == 2


def test_all_keeps_the_skipped_sentences_marked_for_review(runner):
    text = "Background\n\nAcme Corp will hire 350 workers in Leeds.\n\nWhat next?\n"
    plain = invoke(runner, ["extract", "-", "--format", "json"], input=text)
    everything = invoke(runner, ["extract", "-", "--all", "--format", "json"], input=text)
    assert len(json.loads(plain.output)[0]["claims"]) == 1
    claims = json.loads(everything.output)[0]["claims"]
    assert [c["checkworthy"] for c in claims] == [False, True, False]
    yaml_out = invoke(runner, ["extract", "-", "--all"], input=text).output
    assert "NOT check-worthy (question" in yaml_out


def test_extract_into_appends_keeps_comments_skips_duplicates_and_links_facts(runner, tmp_path):
    base = tmp_path / "claims.yaml"
    base.write_text(SMALL_BASE, encoding="utf-8")
    other = tmp_path / "leeds-post.txt"
    other.write_text("Acme to expand in Leeds\n\nAcme Corp will hire 350 workers at its new plant in Leeds, the company said on Monday.\n",
                     encoding="utf-8")
    result = invoke(runner, ["extract", str(other), "--into", str(base)])
    assert result.exit_code == 0, result.output
    assert "agrees with acme-plant-workers" in result.output
    text = base.read_text(encoding="utf-8")
    assert text.startswith("# a small claim base for tests") and "# the first claim" in text
    data = yaml.safe_load(text)
    assert {s["id"] for s in data["sources"]} >= {"gazette"} and len(data["sources"]) == 2
    new = [c for c in data["claims"] if c["source"] != "gazette"]
    old = [c for c in data["claims"] if c["id"] == "acme-plant-workers"][0]
    assert new and any(c.get("fact") == old["fact"] for c in new)
    again = invoke(runner, ["extract", str(other), "--into", str(base)])
    assert "already in the base as" in again.output and "added 0 claims" in again.output
    assert invoke(runner, ["validate", str(base)]).exit_code == 0


def test_extract_into_a_missing_base_is_a_clear_error(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Acme Corp will hire 350 workers.\n", encoding="utf-8")
    result = invoke(runner, ["extract", str(path), "--into", str(tmp_path / "none.yaml")])
    assert result.exit_code == 2 and "no such claim base file" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_init_starts_a_base_that_validates_and_extract_fills_it(runner, tmp_path):
    result = invoke(runner, ["init", str(tmp_path / "newsroom")])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "newsroom"
    assert (folder / "claims.yaml").read_text().startswith("# yaml-language-server: $schema=claimbase.schema.json")
    assert yaml.safe_load((folder / ".claimcheck.yaml").read_text())["claims"] == ["claims.yaml"]
    assert (folder / "claimbase.schema.json").is_file()
    assert invoke(runner, ["validate", str(folder / "claims.yaml"), "--articles", str(folder / "articles")]).exit_code == 0
    again = invoke(runner, ["init", str(folder)])
    assert again.exit_code == 2 and "--force" in again.output
    (folder / "articles" / "levy.txt").write_bytes((FIXTURES / "transit-levy.txt").read_bytes())
    filled = invoke(runner, ["extract", str(folder / "articles" / "levy.txt"), "--into", str(folder / "claims.yaml")])
    assert filled.exit_code == 0, filled.output
    assert invoke(runner, ["validate", str(folder / "claims.yaml"), "--articles", str(folder / "articles")]).exit_code == 0


@needs_articles
def test_the_five_articles_give_a_base_whose_quotes_are_verbatim(runner):
    result = invoke(runner, ["extract", *sorted(str(p) for p in ARTICLES.glob("*.txt")), "-o", "auto.yaml"])
    assert result.exit_code == 0, result.output
    checked = invoke(runner, ["validate", "auto.yaml", "--articles", str(ARTICLES)])
    assert checked.exit_code == 0, checked.output
    assert len(yaml.safe_load(Path("auto.yaml").read_text())["claims"]) >= 40


def test_the_importable_api_reads_and_extracts_without_printing(capsys):
    art = article.read((FIXTURES / "transit-levy.txt").read_text(encoding="utf-8"), "transit-levy.txt")
    result = extract.extract(art)
    assert result.claims and all(c.checkworthy for c in result.claims)
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("html", ["", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "<p>unclosed <b>tags",
                                  "<div>" * 1000 + "deep" + "</div>" * 1000])
def test_odd_html_never_raises(html):
    art = article.read(html, "page.html")
    extract.extract(art)


# ---------------------------------------------------------------- add


def test_add_creates_a_source_and_an_entity(runner, small_base):
    result = invoke(runner, ["add", "--claims", str(small_base), "--source", "leeds-post", "--new-source",
                             "--title", "Acme to expand", "--outlet", "Leeds Post", "--published", "2024-04-01",
                             "--text", "Acme will open a second plant in Leeds in 2026.",
                             "--quote", "Acme will open a second plant in Leeds in 2026."])
    assert result.exit_code == 0, result.output
    entity = invoke(runner, ["add", "--claims", str(small_base), "--entity", "Leeds Post", "--alias", "The Leeds Post", "--type", "org"])
    assert entity.exit_code == 0, entity.output
    data = yaml.safe_load(small_base.read_text())
    assert {"id": "leeds-post", "title": "Acme to expand", "outlet": "Leeds Post", "published": "2024-04-01"} in data["sources"]
    assert {"name": "Leeds Post", "type": "org", "aliases": ["The Leeds Post"]} in data["entities"]
    known = invoke(runner, ["add", "--claims", str(small_base), "--entity", "Acme Corporation"])
    assert known.exit_code == 0 and yaml.safe_load(small_base.read_text())["entities"] == data["entities"]  # merged
    again = invoke(runner, ["add", "--claims", str(small_base), "--source", "leeds-post", "--new-source", "--title", "x",
                            "--text", "t", "--quote", "q"])
    assert again.exit_code == 2 and "exists already" in again.output


def test_add_refuses_a_duplicate_quote_naming_the_existing_claim(runner, small_base):
    before = small_base.read_bytes()
    result = invoke(runner, ["add", "--claims", str(small_base), "--source", "gazette", "--text", "Acme hires 350 people.",
                             "--quote", "Acme Corp will hire  350 workers at its new plant in Leeds."])
    assert result.exit_code == 2
    assert "acme-plant-workers" in result.output and "already quotes" in result.output
    assert small_base.read_bytes() == before


def test_quotes_from_markup_are_verbatim_in_the_article_as_read(runner, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><head><title>Acme grows</title></head><body><article>"
        "<p>Acme&nbsp;Corp will hire <b>350 workers</b> at its <a href='/leeds'>new plant</a> in Leeds &amp; Hull.</p>"
        "<p>The plant opened in <em>March 2024</em>, the company said.</p></article></body></html>", encoding="utf-8")
    (folder / "note.md").write_text("# Acme grows\n\nAcme Corp will hire **350 workers** at its [new plant](/leeds) in York.\n",
                                    encoding="utf-8")
    result = invoke(runner, ["extract", str(folder), "-o", "auto.yaml"])
    assert result.exit_code == 0, result.output
    quotes = [c["quote"] for c in yaml.safe_load(Path("auto.yaml").read_text())["claims"]]
    assert "Acme Corp will hire 350 workers at its new plant in Leeds & Hull." in quotes
    checked = invoke(runner, ["validate", "auto.yaml", "--articles", str(folder)])
    assert checked.exit_code == 0, checked.output


def test_appositive_and_participle_phrase_after_a_name_are_claims_of_their_own():
    result = claims_of("Acme Corp, the Leeds-based maker of bolts, said on Monday that its sales rose 8% in 2023.\n\n"
                       "Globex, founded in Bristol in 1998 as a maker of valves, has grown quickly since it began exporting.\n")
    texts = [c.text for c in result.claims]
    assert "Acme Corp is the Leeds-based maker of bolts." in texts
    assert "Acme Corp's sales rose 8% in 2023." in texts  # the clause without the appositive
    assert "Acme Corp, the Leeds-based maker of bolts" in [c.quote for c in result.claims]
    assert "Globex was founded in Bristol in 1998 as a maker of valves." in texts  # "was": the phrase gives a year
    assert "Globex has grown quickly since it began exporting." in texts


def test_a_relative_clause_about_no_name_stays_in_its_sentence():
    result = claims_of("The Leeds site, which employs 900 people, will not close, Acme Corp said.\n")
    assert [c.text for c in result.claims] == ["The Leeds site, which employs 900 people, will not close."]


def test_a_date_before_a_comma_is_no_name_an_appositive_tells_of():
    result = claims_of("On March 3, the Northern Builders Federation, composed of 412 firms, said it had set up a fund.\n")
    texts = [c.text for c in result.claims]
    assert "The Northern Builders Federation is composed of 412 firms." in texts
    assert not any(t.startswith("March is") for t in texts)


def test_a_quotation_whose_speaker_follows_keeps_its_it():
    from claimcheck.model import Entity

    result = claims_of("Jane Roe runs Acme Corp.\n\n\"It is a small unit with 40 staff,\" she said.\n",
                       entities=[Entity("Jane Roe", (), "person")])
    quoted = by_quote(result, "\"It is a small unit")
    assert quoted.attribution == "Jane Roe"
    assert quoted.text == "It is a small unit with 40 staff."
