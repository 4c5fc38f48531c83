"""The verdict engine on statements we wrote, one group per phenomenon.

None of these sentences is in the shared benchmark; they restate the same facts in
other words, with other numbers, dates, actors, places and polarity.
"""

import pytest

CASES = [

 ("SMIC, Huawei and 88 other firms are taking part in the chip cooperation.", "supported"),
 ("SMIC, Huawei and 85 other firms are taking part in the chip cooperation.", "conflicting"),
 ("Ninety companies have joined China's chip standards committee.", "supported"),
 ("Eighty companies have joined China's chip standards committee.", "conflicting"),
 ("The chip standards committee counts 90 members.", "supported"),
 ("The chip standards committee has more than 100 members.", "conflicting"),
 ("China has pledged 1.4 trillion dollars to build up its domestic technologies.", "supported"),
 ("China has pledged $2 trillion to build up its domestic technologies.", "conflicting"),
 ("China pledged $1,400bn for its mainland technologies.", "supported"),
 ("Chips worth $143 billion were sold in China last year.", "supported"),
 ("Chips worth $150 billion were sold in China last year.", "conflicting"),
 ("Chinese-headquartered companies produced $8.3 billion of the chips sold in China.", "supported"),
 ("Huawei has more than 200,000 R&D workers.", "supported"),
 ("Huawei employs about 100,000 workers in its R&D centers.", "conflicting"),
 ("Huawei is present in over 170 countries and regions.", "supported"),
 ("Huawei operates in fewer than 100 countries and regions.", "conflicting"),
 ("Huawei purchased roughly $10bn of chips per year from Samsung and SK Hynix before the sanctions.", "supported"),
 ("Huawei purchased roughly $30bn of chips per year from Samsung and SK Hynix before the sanctions.", "conflicting"),
 ("The working group will hold at least two meetings a year.", "supported"),
 ("The working group will meet four times a year.", "conflicting"),
 ("The working group will meet every month.", "conflicting"),
 ("The two sides will each name ten semiconductor companies to the working group.", "supported"),
 ("The two sides will each appoint five semiconductor companies to the working group.", "conflicting"),
 ("The CSIA is composed of 774 chip industry organizations.", "supported"),
 ("The CSIA is composed of more than 1,000 chip industry organizations.", "conflicting"),
 ("Donald Trump's administration added more than seventy Chinese tech firms to the Entity List in 2019.", "supported"),
 ("The Trump administration added over 70 Chinese technology companies to the Entity List in June 2019.", "conflicting"),
 ("Biden postponed the executive order until May 27.", "supported"),
 ("Biden postponed the executive order until 27 April.", "conflicting"),
 ("Public consultations on the proposal were due to end at the end of February.", "supported"),
 ("Public consultations on the proposal were due to end in early March.", "conflicting"),
 ("Huawei's spokesperson visited the Huawei R&D center in Shanghai on November 29.", "supported"),
 ("Huawei's spokesperson visited the Huawei R&D center in Shenzhen on November 29.", "conflicting"),
 ("Huawei's spokesperson visited the Huawei R&D center in Pudong on December 3.", "conflicting"),
 ("The CSIA said on March 11 that it had established a working group with American technology companies.", "supported"),
 ("The CSIA said on March 15 that it had established a working group with American technology companies.", "conflicting"),
 ("Huawei has been struggling in the chip sector since 2019 because of US sanctions.", "supported"),
 ("Huawei has been struggling in the chip sector since 2021 because of US sanctions.", "conflicting"),
 ("The plans for the chip standards committee were proposed by CESI.", "supported"),
 ("The plans for the chip standards committee were proposed by the State Council.", "conflicting"),
 ("MIIT proposed the plans for the chip standards committee.", "conflicting"),
 ("The Semiconductor Industry Association has not announced a joint working group.", "supported"),
 ("The SIA announced the establishment of a joint working group with the CSIA.", "conflicting"),
 ("Huawei can no longer buy semiconductors from Samsung and SK Hynix.", "supported"),
 ("Huawei still buys semiconductors from Samsung and SK Hynix.", "conflicting"),
 ("There is a unified performance evaluation standard for AI chips in China.", "conflicting"),
 ("SMIC is China's largest processor manufacturer.", "supported"),
 ("Tencent is a member of the chip standards committee.", "supported"),
 ("Baidu is a member of the chip standards committee.", "unverified"),
 ("Huawei will build a chip factory in Germany.", "unverified"),
 ("Xiaomi's smartphone sales fell 10 percent in 2020.", "unverified"),
 ("Intel plans to invest $20 billion in Ohio.", "unverified"),
 ("SK Hynix opened a new plant in South Korea in 2022.", "unverified"),
 ("The weather in Beijing was cold on Monday.", "unverified"),
 ("Huawei has steady network operations in Germany and Italy.", "supported"),
 ("Xiaomi sued to be removed from the US blacklist.", "supported"),
 ("SEMI wrote an open letter urging Joe Biden to reassess export restrictions on Chinese firms.", "supported"),
 ("The working group will discuss encryption and intellectual property.", "supported"),
 ("HiSilicon is Huawei's semiconductor wing.", "supported"),
 ("SMIC is a Shanghai-based chipmaker.", "supported"),
 ("SMIC is a Beijing-based chipmaker.", "conflicting"),
    # modality, time frames and more paraphrase
 ("Xiaomi was added to the US sanctions list.", "supported"),
 ("American investors have to sell their shares in Xiaomi in November.", "supported"),
 ("American investors have to sell their shares in Xiaomi in December.", "conflicting"),
 ("The MIIT announced a cooperation between 90 Chinese companies.", "supported"),
 ("The MIIT announced a cooperation between 60 Chinese companies.", "conflicting"),
 ("ZTE is expected to take part in the cooperation of the 90 Chinese companies.", "supported"),
 ("The collaboration will include improving component evaluation standards.", "supported"),
 ("Huawei suffers the most from US sanctions.", "supported"),
 ("Huawei can buy goods produced with American technologies without licenses.", "conflicting"),
 ("China vowed to adopt a whole-country approach to decoupling from foreign technologies.", "supported"),
 ("Biden postponed an executive order launched in November.", "supported"),
 ("Biden postponed an executive order launched in October.", "conflicting"),
 ("SEMI's members include Samsung, Intel and Micron.", "supported"),
 ("SEMI's members include TSMC and Intel.", "unverified"),
 ("The letter called on Biden's team to prioritise backlogged trade licences.", "supported"),
 ("The CSIA working group aims to promote mutual understanding and trust between the semiconductor industries of China and the United States.", "supported"),
 ("According to the Nihon Keizai Shimbun, the CSIA will set up a dialogue window with industry groups in the United States.", "supported"),
 ("The Nihon Keizai Shimbun reported on March 20 that the CSIA will set up a dialogue window with US industry groups.", "conflicting"),
 ("Huawei is willing to revive its business with South Korean firms.", "supported"),
 ("The CSIA statement did not give the date of the first meeting.", "supported"),
 ("The SIA responded to requests for comment.", "conflicting"),
 ("According to IC Insights, $143 billion worth of chips were sold in China last year.", "supported"),
 ("Huawei's smartphone business took a critical hit.", "supported"),
 ("Huawei has stable network operations in Spain.", "supported"),
 ("Huawei has no network operations in Germany.", "conflicting"),
 ("The China Semiconductor Industry Association has 774 members.", "supported"),
 ("HiSilicon designs Kirin chipsets.", "unverified"),
 ("The SCMP reported on Friday that experts are joining forces to standardise China's semiconductor market.", "supported"),
 ("The CESI said China's progress in IC technologies has surpassed standardisation frameworks.", "supported"),
 ("Huawei purchased advanced Korean products for its chipmaking process.", "unverified"),
 ("Huawei cannot procure chips from outside China.", "supported"),
 ("SMIC is a chipmaker based in Shenzhen.", "conflicting"),
 ("Tencent, Xiaomi and Alibaba are among the 90 members of the standards committee.", "supported"),
 ("Tencent, Xiaomi and Alibaba are among the 95 members of the standards committee.", "conflicting"),
 ("The working group meets two times per year.", "supported"),
 ("The group will hold three meetings a year.", "conflicting"),
 ("Consultations on the chip standards proposal end in late January.", "conflicting"),
 ("In May 2019, the Trump administration added more than 70 Chinese tech firms to the Entity List.", "supported"),
 ("Trump's administration added more than 170 Chinese tech firms to the Entity List in May 2019.", "conflicting"),
 ("Of the chips sold in China last year, $22.7bn worth were made in China.", "supported"),
 ("Of the chips sold in China last year, $27.7bn worth were made in China.", "conflicting"),
 ("Huawei's spokesperson met the media during his visit.", "supported"),
 ("The CSIA said on March 11 it had set up a working group with European technology companies.", "unverified"),
 ("Huawei has been facing difficulties in the smartphone sector since 2019.", "unverified"),
 ("China pledged $1.4tn to build its technologies, including 5G and green energy.", "supported"),
 ("Huawei employs 207,000 workers in Germany.", "unverified"),
    # attribution, part-of, number words, verb qualifiers, rates
 ("In 2019, the US added more than 70 Chinese firms to its Entity List.", "supported"),
 ("Huawei's R&D workforce exceeds 207,000 people.", "supported"),
 ("Huawei's R&D workforce is under 100,000 people.", "conflicting"),
 ("More than two hundred thousand people work in Huawei's R&D centers.", "supported"),
 ("The CSIA counts seven hundred and seventy-four member organisations.", "supported"),
 ("The working group will meet twice yearly.", "supported"),
 ("The working group will meet three times yearly.", "conflicting"),
 ("According to IC Insights, chips worth $143bn were sold in China.", "supported"),
 ("China-headquartered firms produced $8.3 billion worth of chips sold in China.", "supported"),
 ("China pledged $1.4 trillion for technologies such as 5G and artificial intelligence.", "supported"),
 ("China pledged over $2tn for technologies such as 5G and artificial intelligence.", "conflicting"),
 ("Xiaomi was added to the US sanctions list.", "supported"),
 ("ZTE was removed from the US blacklist.", "unverified"),
 ("Huawei has not faced any difficulties in the chip sector since 2019.", "conflicting"),
 ("SEMI's members include Samsung Electronics, Intel and Micron Technologies.", "supported"),
 ("The MIIT statement said public consultations would conclude at the end of February.", "supported"),
 ("The SCMP reported that 90 members joined the standards committee.", "supported"),
 ("The chip standards committee was set up with 90 members, among them Tencent and Alibaba.", "supported"),
 ("Joe Biden postponed the executive order to 27 May to review Trump's trade war.", "supported"),
 ("Joe Biden cancelled the executive order.", "unverified"),
 ("Huawei's spokesperson visited the R&D center in Pudong on November 30.", "conflicting"),
 ("The CSIA and the SIA will each name 10 companies to the working group.", "supported"),
 ("Each side will name 20 companies to the CSIA-SIA working group.", "conflicting"),
 ("Huawei bought roughly $10bn in chips from Samsung and SK Hynix every year before the sanctions.", "supported"),
 ("Huawei bought roughly $10bn in chips from Micron every year before the sanctions.", "unverified"),
 ("Huawei employs 207,000 people in 170 countries.", "unverified"),
 ("HiSilicon makes Kirin chipsets.", "unverified"),
 ("Alibaba and Tencent are not members of the standards committee.", "conflicting"),
    # date kinds, passive actors further on, loose figures, negated acts
 ("Huawei, ZTE and 88 other Chinese companies will cooperate in the semiconductor industry.", "supported"),
 ("Huawei, ZTE and 85 other Chinese companies will cooperate in the semiconductor industry.", "conflicting"),
 ("The working group will hold two meetings every year.", "supported"),
 ("The SIA has announced the working group.", "conflicting"),
 ("The CSIA has not established a working group with American technology companies.", "conflicting"),
 ("Xiaomi did not file a lawsuit to be removed from the blacklist.", "conflicting"),
 ("The plans were proposed by the China Electronics Standardization Institute.", "supported"),
 ("Biden postponed the executive order launched in December.", "conflicting"),
 ("China pledged 1,400 billion dollars to build its mainland technologies.", "supported"),
 ("Chinese companies produced $8.3bn of the chips sold in China.", "supported"),
 ("Huawei has around 207,000 employees in its R&D centers.", "supported"),
 ("Huawei operates in 170 countries and regions.", "supported"),
 ("The CSIA said on 12 March that it had set up a working group with American technology companies.", "conflicting"),
 ("The CSIA said on 11 March 2021 that it had set up a working group with American technology companies.", "supported"),
 ("The CSIA said on 11 March 2020 that it had set up a working group with American technology companies.", "conflicting"),
 ("The consultation on the chip standards proposal ends in February.", "supported"),
 ("The Semiconductor Industry Association did not respond to requests for comment.", "supported"),
 ("The SIA responded quickly to requests for comment.", "conflicting"),
 ("Ninety members joined the standards committee, including Huawei, Tencent and Alibaba.", "supported"),
 ("Ninety members joined the standards committee, including Huawei, Tencent and Baidu.", "unverified"),
 ("Over 70 Chinese tech firms were added to the Entity List by the Obama administration.", "conflicting"),
 ("The IC industry holds a pivotal position in China's economy, according to CESI.", "supported"),
 ("Samsung, Intel and Micron are members of SEMI.", "supported"),
 ("Huawei's spokesperson said Huawei cannot procure chips from outside China.", "supported"),
 ("Huawei's sales rose 5% last year.", "unverified"),
    # names written with digits, light verbs
    ("Huawei is focusing on AI-powered devices and 6G services.", "unverified"),
    ("Huawei is now focusing on AI-powered devices and 5.5G services.", "supported"),
    ("Huawei keeps steady network operations in Germany, Spain, France and Italy.", "supported"),
    # reported speech and labels
    ("The footnote says Huawei operates in 50 countries.", "conflicting"),
    ("Update: the CSIA has 774 member organizations.", "supported"),
    # two assertions joined by "and" before a verb
    ("The CSIA has 774 members and plans two meetings a year with the SIA.", "supported"),
    ("The CSIA has 700 members and plans two meetings a year with the SIA.", "conflicting"),
    # one word changed: opposites, a place for another, a word the claim only uses elsewhere
 ("Huawei employs over 207,000 workers in its R&D centers in Germany.", "unverified"),
 ("SMIC is the largest American manufacturer of processors.", "conflicting"),
 ("Over 70 Korean tech firms were added to the Entity List in May 2019.", "conflicting"),
 ("Biden postponed the executive order to 27 May 2022.", "conflicting"),
 ("China pledged $1.4tn to build its foreign technologies.", "conflicting"),
 ("Huawei has unstable network operations in Germany, Spain, France and Italy.", "conflicting"),
 ("Many foreign companies have launched their own AI chips, but there is no unified performance evaluation standard.", "conflicting"),
 ("The working group will discuss intellectual property, encryption and tax policy.", "unverified"),
 ("Huawei bought about $10 billion of memory chips a year from SK Hynix and Samsung before the sanctions.", "supported"),
 ("The smallest Chinese manufacturer of processors is SMIC.", "conflicting"),
 ("SMIC is the largest Chinese manufacturer of smartphones.", "unverified"),
 ("Xiaomi filed a lawsuit to be added to the US blacklist.", "conflicting"),
 ("The CSIA is composed of 774 Japanese chip industry organizations.", "conflicting"),
    # paraphrases that must still be supported, and names joined by "of"
 ("SMIC is China's biggest processor maker.", "supported"),
 ("The working group is set to meet at least two times a year.", "supported"),
 ("Huawei says it has faced difficulties in the chip sector since 2019 due to US sanctions.", "supported"),
 ("According to the CSIA, the two sides will each appoint ten semiconductor member companies.", "supported"),
 ("SMIC is the largest Chinese manufacturer of memory chips.", "unverified"),
 ("Huawei bought about $10 billion of chips a year from SK Hynix and Samsung after the sanctions.", "conflicting"),
 ("The SIA has publicly announced the joint working group.", "conflicting"),
 ("The Chinese Ministry of Industry and Information Technology announced a cooperation between 90 Chinese companies.", "supported"),
 ("The Chinese Ministry of Commerce announced a cooperation between 90 Chinese companies.", "conflicting"),
 ("About 90 Chinese firms will cooperate in the semiconductor industry.", "supported"),
 ("Roughly 40 Chinese firms will cooperate in the semiconductor industry.", "conflicting"),
 ("Huawei's spokesperson visited Pudong on November 29.", "supported"),
    # long sentences: "whose" clauses, anaphora, several facts
 ("In an open letter, SEMI urged Joe Biden to reassess export restrictions imposed on Chinese firms by Trump's administration.", "supported"),
 ("SEMI, whose members include Samsung and Intel, urged Biden in an open letter to reassess export restrictions on Chinese firms.", "supported"),
 ("SEMI, whose members include TSMC, urged Biden in an open letter to reassess export restrictions on Chinese firms.", "unverified"),
 ("The Trump administration added more than 70 Chinese tech companies to the Entity List in May 2019, citing national security risks.", "supported"),
 ("The Trump administration added more than 70 Chinese tech companies to the Entity List in May 2019, citing human rights concerns.", "unverified"),
 ("Of the $143 billion worth of chips sold in China, $22.7 billion were produced in the country.", "supported"),
 ("Of the $143 billion worth of chips sold in China, $32.7 billion were produced in the country.", "conflicting"),
 ("Huawei's spokesperson said Huawei can no longer buy semiconductors from SK Hynix and Samsung since the US sanctions.", "supported"),
 ("The CSIA, which is composed of 774 organizations, said it would form a joint working group with the SIA.", "supported"),
 ("The CSIA, which is composed of 744 organizations, said it would form a joint working group with the SIA.", "conflicting"),
 ("Public consultations on the committee proposal would end in January.", "conflicting"),
 ("Xiaomi was included in the sanctions list a few days ago, and American investors have to sell their Xiaomi shares in November.", "supported"),
 ("Xiaomi was included in the sanctions list a few days ago, and American investors have to sell their Xiaomi shares in October.", "conflicting"),
 ("Huawei plans to revive its business with Japanese firms.", "conflicting"),
 ("Huawei is willing to revive its business with Japanese firms for chip growth.", "conflicting"),
]


@pytest.mark.parametrize("statement, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_verdict(checker, statement, expected):
    result = checker.check(statement)
    assert result.verdict.value == expected, result.reason


def test_conflict_reason_names_both_figures(checker):
    result = checker.check("Lenovo, Huawei, SMIC and 80 other companies announced the cooperation.")
    assert result.verdict.value == "conflicting"
    assert "83 companies (3 named + 80 others)" in result.reason and "90" in result.reason


def test_evidence_carries_provenance(checker):
    result = checker.check("Huawei employs more than 207,000 workers in its R&D centers.")
    top = result.evidence[0]
    assert top.relation.value == "supports"
    assert top.source.file == "003_9e9f99e7708aa074.txt"
    assert "207000" in top.claim.quote


def test_decisive_span_points_at_the_wrong_figure(checker):
    statement = "The CSIA is composed of 1,500 Chinese chip industry organizations."
    result = checker.check(statement)
    assert result.verdict.value == "conflicting"
    start, end = result.span
    assert "1,500" in statement[start:end]


def test_sentence_takes_the_worst_part(checker):
    result = checker.check("Huawei operates in more than 170 countries and regions, and it employs over 300,000 workers in its R&D centers.")
    assert result.verdict.value == "conflicting"
    relations = {e.claim.id: e.relation.value for e in result.evidence}
    assert relations.get("huawei-207000-rd-workers") == "conflicts"


def test_scan_positions_and_verdicts(checker):
    draft = "# Notes\n\nHuawei operates in 170+ countries and regions. The CSIA has\nabout 500 member organizations.\n\n```\nSMIC has 1 member.\n```\n"
    findings = list(checker.scan(draft, "notes.md"))
    got = [(f.line, f.column, f.verdict.value) for f in findings]
    assert got == [(3, 1, "supported"), (3, draft.split("\n")[2].index("The CSIA") + 1, "conflicting")]
    assert findings[1].sentence == "The CSIA has about 500 member organizations."
