from claimcheck.validate import problems

from .conftest import ARTICLES, CLAIMS, invoke, needs_articles


def test_clean_base_has_no_problems():
    assert problems([str(CLAIMS)]) == []


def test_every_problem_is_listed_with_its_position(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "sources:\n  - {id: s, title: T}\n  - {id: s, title: U}\nclaims:\n"
        "  - {id: c, source: nowhere, quote: q, text: t}\n  - {id: d, source: s, quote: q, text: t, text: u}\n"
    )
    found = problems([str(path)])
    lines = path.read_text().split("\n")
    assert [(p.line, p.column) for p in found] == [
        (3, lines[2].index("s,") + 1), (5, lines[4].index("nowhere") + 1), (6, lines[5].index("text: u") + 1)
    ]
    assert "duplicate source id 's'" in found[0].message
    assert "duplicate key 'text'" in found[2].message


@needs_articles
def test_articles_check_catches_an_altered_quote(tmp_path, runner):
    good = invoke(runner, ["validate", str(CLAIMS), "--articles", str(ARTICLES)])
    assert good.exit_code == 0, good.output
    text = CLAIMS.read_text(encoding="utf-8").replace("employs over 207000 workers", "employs over 208000 workers", 1)
    altered = tmp_path / "claims.yaml"
    altered.write_text(text, encoding="utf-8")
    bad = invoke(runner, ["validate", str(altered), "--articles", str(ARTICLES)])
    assert bad.exit_code == 1
    assert "quote of claim 'huawei-207000-rd-workers' is not verbatim" in bad.output
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "208000" in line)
    assert f"{altered}:{line_no}:12:" in bad.output


def test_validate_exit_codes(runner, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("claims: [\n")
    result = invoke(runner, ["validate", str(broken)])
    assert result.exit_code == 1 and f"{broken}:2:1: YAML syntax error" in result.output
    missing = invoke(runner, ["validate", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_listed_dates_that_leave_out_a_year_of_the_text_are_a_problem(tmp_path, runner):
    # a listed field replaces what is read from the text: a year the list leaves out is lost to every check
    path = tmp_path / "claims.yaml"
    path.write_text(
        "sources:\n  - {id: s, title: Dairy, published: '2025-03-01'}\nclaims:\n"
        "  - id: members\n    source: s\n    quote: q\n"
        "    text: Tarn Dairy's farms supplied 1.06 billion litres in 2024, 3 per cent less than in 2023.\n"
        "    dates: [{date: '2024', text: '2024'}]\n"
        "  - id: absence\n    source: s\n    quote: q\n"
        "    text: One in four pupils was persistently absent during the 2023-24 school year.\n"
        "    dates: [{date: '2024', text: 'the 2023-24 school year'}]\n")
    result = invoke(runner, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:8:12: dates of claim 'members' leave out 2023, which its text gives" in result.output
    assert "'absence'" not in result.output  # the listed date is written as the text writes the year
    named = tmp_path / "named.yaml"  # a year of a name ("Vision 2040") is no date a list must give
    named.write_text("sources:\n  - {id: s, title: Plan}\nclaims:\n  - {id: p, source: s, quote: q, "
                     "text: \"Kelby Council's Vision 2040 plan was adopted in March 2024.\", dates: ['2024-03']}\n")
    assert invoke(runner, ["validate", str(named)]).exit_code == 0
    path.write_text(path.read_text().replace("dates: [{date: '2024', text: '2024'}]",
                                             "dates: [{date: '2024', text: '2024'}, {date: '2023', text: '2023'}]"))
    assert invoke(runner, ["validate", str(path)]).exit_code == 0
