import datetime

import pytest

from claimcheck import yamlsafe
from claimcheck.errors import ClaimBaseError


def test_values_keep_their_positions():
    data = yamlsafe.load("a: 1\nb:\n  - x\n  - {c: 2}\n")
    assert data == {"a": 1, "b": ["x", {"c": 2}]}
    assert data.where("a") == (1, 4)
    assert data["b"].where(1) == (4, 5)
    assert data.key_pos["b"] == (2, 1)


def test_yaml_type_traps_are_what_pyyaml_makes_them():
    data = yamlsafe.load("a: no\nb: 2019-05-27\nc: 1.4e12\nd: '1.4'\n")
    assert data["a"] is False
    assert data["b"] == datetime.date(2019, 5, 27)
    assert data["c"] == "1.4e12"  # YAML 1.1 needs a dot and a signed exponent
    assert data["d"] == "1.4"


@pytest.mark.parametrize(
    "text, line, column, words",
    [
        ("a: 1\na: 2\n", 2, 1, "duplicate key 'a'"),
        ("a: &x [1]\nb: *x\n", 2, 4, "alias"),
        ("a: [1\n", 2, 1, "syntax"),
        ("a: 1\n---\nb: 2\n", 2, 1, "several YAML documents"),
        ("[" * 100, 1, 66, "nesting"),
        ("a: !!python/object:os.system x\n", 1, 4, "tag"),
    ],
)
def test_bad_yaml_is_a_positioned_error(text, line, column, words):
    with pytest.raises(ClaimBaseError) as err:
        yamlsafe.load(text, "f.yaml")
    assert (err.value.path, err.value.line, err.value.column) == ("f.yaml", line, column)
    assert words in err.value.message


def test_duplicates_can_be_collected_instead_of_raised():
    found = []
    data = yamlsafe.load("a: 1\nb: 2\na: 3\nb: 4\n", "f.yaml", found)
    assert data == {"a": 1, "b": 2}
    assert [(e.line, e.column) for e in found] == [(3, 1), (4, 1)]


def test_alias_bomb_is_refused_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)
    )
    with pytest.raises(ClaimBaseError, match="alias"):
        yamlsafe.load(bomb)


def test_deep_nesting_does_not_crash_the_process():
    with pytest.raises(ClaimBaseError, match="nesting"):
        yamlsafe.load("[" * 50000)


def test_read_text_reports_the_bad_byte_position(tmp_path):
    bad = tmp_path / "f.yaml"
    bad.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(ClaimBaseError) as err:
        yamlsafe.read_text(str(bad))
    assert (err.value.line, err.value.column) == (2, 7)
    bom = tmp_path / "g.yaml"
    bom.write_bytes(b"\xef\xbb\xbfa: 1\r\n")
    assert yamlsafe.read_text(str(bom)) == "a: 1\r\n"


STREAMED = [
    "version: 1\nentities:\n  - {name: A}\nsources:\n  - id: s\n    title: T\nclaims:\n  - id: c\n    source: s\n    text: 'x'\n",
    "claims: []\nsources: null\nextra: {a: [1, 2]}\n",
    "claims:\n  - plain\n  - [1, 2]\n  - {id: 'é€', text: \"ü\"}\n",
    "- not a mapping\n",
    "",
    "just text\n",
]


@pytest.mark.parametrize("text", STREAMED)
def test_streaming_a_file_gives_what_loading_it_gives(text):
    """Item by item: the same values and positions as the whole document at once."""
    from claimcheck.yamlsafe import LIST_FOLLOWS, stream

    whole = yamlsafe.load(text, "f.yaml")
    rebuilt, positions = None, []
    for event in stream(text, "f.yaml", ("entities", "sources", "claims")):
        if event[0] == "root":
            rebuilt = event[1]
        elif event[0] == "mapping":
            rebuilt = {}
        elif event[0] == "key":
            _, key, key_pos, value_pos, value = event
            rebuilt[key] = [] if value is LIST_FOLLOWS else value
            assert (key_pos, value_pos) == (whole.key_pos[key], whole.value_pos[key])
        else:
            _, key, index, item = event
            rebuilt[key].append(item.value())
            positions.append((whole[key].item_pos[index], (item.line, item.column + 1)))
            assert item.source.startswith(text.splitlines()[item.line - 1][item.column:][:3])
    assert rebuilt == whole
    assert all(a == b for a, b in positions)


@pytest.mark.parametrize("text, words", [
    ("claims:\n  - *a\n", "alias"),
    ("claims:\n  - {id: x}\nclaims: []\n", "duplicate key"),
    ("claims:\n  - {id: x\n", "syntax"),
    ("a: 1\n---\nb: 2\n", "several YAML documents"),
])
def test_streaming_refuses_what_loading_refuses(text, words):
    from claimcheck.yamlsafe import stream

    with pytest.raises(ClaimBaseError) as loaded:
        yamlsafe.load(text, "f.yaml")
    with pytest.raises(ClaimBaseError) as streamed:
        for event in stream(text, "f.yaml", ("claims",)):
            if event[0] == "item":
                event[3].value()
    assert words in str(streamed.value) and str(streamed.value) == str(loaded.value)
