"""Resolving references within a document, on articles about other topics than the built-in base."""

import pytest

from claimcheck.model import Entity
from claimcheck.text import coref


def rewritten(sentences, entities=(), paragraphs=None):
    resolutions = coref.resolve(sentences, entities, paragraphs)
    return [coref.rewrite(s, [r for r in resolutions if r.sentence == i]) for i, s in enumerate(sentences)]


def test_it_and_the_company_take_the_organisation_named_before():
    out = rewritten([
        "Acme Corp opened a plant in Leeds in 2023.",
        "It employs 350 people.",
        "The company's chief executive said the plant would double in size.",
    ])
    assert out[1] == "Acme employs 350 people."
    assert out[2].startswith("Acme's chief executive said")


def test_resolutions_carry_spans_and_names():
    sentences = ["Acme Corp opened a plant in Leeds.", "Its output doubled in 2024."]
    [r] = coref.resolve(sentences)
    assert (r.sentence, r.start, r.end, r.text) == (1, 0, 3, "Its")
    assert r.name == "Acme" and r.replacement == "Acme's"


def test_known_entities_give_types_and_canonical_names():
    entities = [Entity("Nordhaven Pharma", ("Nordhaven",), "org"), Entity("Lena Brandt", ("Brandt",), "person")]
    out = rewritten([
        "Lena Brandt joined Nordhaven in 2019.",
        "The firm now sells vaccines in 30 countries.",
        "She leads its research unit.",
    ], entities)
    assert out[1] == "Nordhaven Pharma now sells vaccines in 30 countries."
    assert out[2].startswith("Lena Brandt leads")


def test_a_description_prefers_the_name_with_the_same_head_word():
    out = rewritten([
        "The Royal Society of Chemistry and Acme Corp published a joint report on Tuesday.",
        "The society said that emissions fell by 4%.",
    ])
    assert out[1] == "The Royal Society of Chemistry said that emissions fell by 4%."


def test_a_thing_named_as_subject_is_what_it_refers_to():
    out = rewritten([
        "The Riverton council approved the levy on Tuesday.",
        "The levy passed by seven votes to two.",
        "It will take effect in January.",
    ])
    assert out[2] == "The levy will take effect in January."


@pytest.mark.parametrize("sentence", [
    "It is clear that more work is needed.",
    "It seems the vote was close.",
    "It was the storm that closed the port.",
])
def test_pleonastic_and_cleft_it_are_left_alone(sentence):
    assert rewritten(["Acme Corp opened a plant in Leeds.", sentence])[1] == sentence


def test_a_sentence_that_names_its_referent_stands_alone():
    out = rewritten(["Acme Corp opened a plant in Leeds.", "Globex said its profits rose 5%."])
    assert out[1] == "Globex said its profits rose 5%."


def test_nothing_is_resolved_without_a_fitting_referent():
    out = rewritten(["The weather was mild in March.", "He said the harvest was early."])
    assert out[1] == "He said the harvest was early."


def test_a_role_is_a_person_and_keeps_its_owner():
    out = rewritten([
        "Globex Corp posted record sales.",
        "The company's spokesperson visited the Lyon plant on Monday.",
        "During the visit, he met the press.",
        "The official also praised the plant's staff.",
    ])
    assert out[1].startswith("Globex's spokesperson visited")
    assert out[3].startswith("Globex's spokesperson also praised")


def test_reference_reaches_only_a_few_sentences_back():
    sentences = ["Acme Corp opened a plant in Leeds."] + ["Markets were calm that week."] * (coref.WINDOW + 1) + ["It employs 350 people."]
    assert rewritten(sentences)[-1] == "It employs 350 people."


def test_they_them_and_their_take_a_list_of_names_just_before():
    out = rewritten([
        "Acme Corp bought chips from Initech and Globex.",
        "Since the ban, it can no longer buy from them.",
        "Initech and Globex signed a deal.",
        "They will share 3 plants.",
        "Their profits rose.",
    ])
    assert out[1].endswith("buy from Initech and Globex.")
    assert out[3] == "Initech and Globex will share 3 plants."
    assert out[4] == "Initech and Globex's profits rose."


def test_the_names_of_a_fronted_phrase_are_not_the_subject():
    entities = [Entity("Acme Corp", ("Acme",), "org"), Entity("European Union", ("EU",), "group"),
                Entity("Globex", (), "org")]
    sentences = [
        "Despite new curbs in several EU states, Acme's sales in Germany and France held up.",
        "It employs 350 people in Leeds.",
    ]
    [r] = coref.resolve(sentences, entities)
    assert r.name == "Acme Corp" and r.confident


def test_a_role_with_its_name_in_apposition_is_that_person():
    # "Its chief executive, Ana Ruiz, ..." names who the chief executive is: "She" is Ruiz
    out = rewritten([
        "Kessel Town was fined £40,000 in May.",
        "Its chief executive, Ana Ruiz, apologised to the family.",
        "She said the club would appeal.",
    ], [Entity("Kessel Town", type="org"), Entity("Ana Ruiz", type="person")])
    assert out[2].startswith("Ana Ruiz said"), out[2]


def test_we_in_a_quote_is_the_body_its_speaker_speaks_for():
    # (a quote, "..." she said, and a sentence that runs the quote on, in a paragraph of their own)
    sentences = [
        "Tarn Foods opened a bakery in Kelby in 2022.",
        "Its spokeswoman met reporters at the bakery on Monday.",
        '"We employ 80 people here," she said.',
        '"Our ovens run all night."',
    ]
    out = rewritten(sentences, paragraphs=[0, 0, 1, 1])
    assert out[2] == '"Tarn Foods employ 80 people here," Tarn Foods\' spokeswoman said.'
    assert out[3] == '"Tarn Foods\' ovens run all night."'


def test_we_is_left_alone_without_a_speaker_or_outside_a_quote():
    sentences = [
        "Tarn Foods opened a bakery in Kelby in 2022.",
        "We visited it on Monday.",  # the writer's "we"
        '"We love the bread," one customer said.',  # a speaker who speaks for no body
        '"We will hire 20 more bakers."',  # a quote no one is said to say
    ]
    out = rewritten(sentences, paragraphs=[0, 1, 2, 3])
    assert out[1].startswith("We visited")
    assert out[2].startswith('"We love the bread,"')
    assert out[3] == '"We will hire 20 more bakers."'


def test_a_company_quoted_by_name_speaks_for_itself():
    out = rewritten(['"We will not close the Kelby bakery," Tarn Foods said.'])
    assert out[0] == '"Tarn Foods will not close the Kelby bakery," Tarn Foods said.'
