"""Words of names and titles: what a person's name may carry, which titles
announce a name, and how names are written.

The rules compare against ``token.lower_``: everything here is lower case.
Used by the pipeline's entity fixes (``summitgraph.pipeline``), by mention
finding and by the resolver. The words of organisation names are in
``summitgraph.lexicon.organisations``.
"""

from __future__ import annotations

__all__ = [
    "CHINESE_SURNAMES",
    "EAST_ASIAN_SURNAMES",
    "EMPLOYEE_TITLES",
    "HONORIFICS",
    "KINSHIP_NOUNS",
    "OCCUPATIONS",
    "PARTY_MARKERS",
    "PERSON_OWNED",
    "PERSON_PREPOSITIONS",
    "VESSEL_PREFIXES",
    "KOREAN_SURNAMES",
    "NAME_CONNECTORS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "PERSON_DESCRIPTIONS",
    "PERSON_PRONOUNS",
    "PERSON_TITLES",
    "POST_TITLES",
    "TITLES",
    "TITLE_OF_WORDS",
    "TITLE_QUALIFIERS",
    "VIETNAMESE_SURNAMES",
]

# Titles and descriptions that spaCy's NER sometimes pulls into a PERSON span
# ("spokesperson Lu Kang", "President Trump"). They are stripped from the
# front of a name and kept as the person's role.
TITLES: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady
    president vice-president vice premier prime minister chancellor chairman chairwoman
    chair king queen prince princess emperor empress sheikh emir sultan pope cardinal
    archbishop bishop rev rev. reverend father imam rabbi ayatollah mullah patriarch
    secretary undersecretary under-secretary deputy assistant general gen gen. lt lt. col col.
    colonel major maj maj. captain capt capt. admiral adm adm. commander sergeant sgt sgt.
    marshal field senator sen sen. representative rep rep. congressman congresswoman
    governor gov gov. mayor ambassador envoy spokesman spokeswoman spokesperson
    director leader head chief ceo cfo founder judge justice attorney prosecutor
    lawyer analyst professor officer official diplomat negotiator counsellor counselor
    councillor adviser advisor aide delegate commissioner inspector superintendent
    foreign defence defense finance interior trade state
    """.split()
)

# Words of TITLES that open or qualify a longer title. The capitalised word
# after one is the title's next word or an office, not a person's name:
# "Foreign Ministry", "State Department", "Deputy Prime Minister", "Field Marshal".
TITLE_QUALIFIERS: frozenset[str] = frozenset(
    """
    foreign defence defense finance interior trade state
    deputy assistant vice field under-secretary
    """.split()
)

# Articles that open no name: "A European Commission review" names the
# European Commission ("The" opens some: "The Associated Press").
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"a", "an"})

# Adjectives that open a title, written with its capital: "Supreme Leader",
# "High Commissioner", "Grand Mufti". Before a title they name no organisation.
TITLE_ADJECTIVES: frozenset[str] = frozenset("supreme high grand senior".split())

# Words of TITLES that name a post rather than announce a person: the
# capitalised words after one are as often the title's remainder or the thing
# headed ("Chief Executive", "an official Web site"), so NER's label is kept.
POST_TITLES: frozenset[str] = frozenset("head chief leader director founder official officer".split())

# Descriptions of a person that are no title to strip from a name, but announce
# one all the same: "politician Sébastien Marchal", "his Chilean counterpart
# Camila Sotomayor Reyes".
PERSON_DESCRIPTIONS: frozenset[str] = frozenset("politician lawmaker legislator activist candidate counterpart".split())

# Titles that name a person's office: a name right after one is a person's
# name, whatever NER tagged it ("Serbian President Nikola Stanković" tagged ORG).
PERSON_TITLES: frozenset[str] = (TITLES - TITLE_QUALIFIERS - POST_TITLES) | PERSON_DESCRIPTIONS

# Titles that follow a one-word name standing for the person's employer:
# "Tesla CEO Elon Musk", "Alibaba chief executive Jack Ma". The name in front is
# the organisation, not a person.
EMPLOYEE_TITLES: frozenset[str] = PERSON_TITLES | frozenset({"ceo", "chief"})

# Words that can follow "<Title> of" in a title phrase ("Secretary of State",
# "Minister of Defence"). spaCy tags "State" in "Secretary of State" as an ORG;
# inside a title it names the office, not an organisation.
TITLE_OF_WORDS: frozenset[str] = frozenset(
    """
    state defense defence treasury commerce energy health education interior justice
    labor labour agriculture transportation transport finance foreign affairs home
    homeland security trade industry culture tourism information communications
    """.split()
)

# Lower-case words that may sit inside a proper name ("Centre for the National
# Interest", "Bank of America", "Ministry of Foreign Affairs").
NAME_CONNECTORS: frozenset[str] = frozenset(
    {"of", "for", "on", "the", "and", "de", "du", "al", "el", "von", "van", "der", "bin", "da", "la", "le"}
)

# Particles inside surnames ("Ursula von der Leyen", "Jean-Yves Le Drian",
# "Mohammed bin Salman") that spaCy's NER often leaves outside the name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "le",
        "la",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "dos",
        "ó",
        "ní",
        "nic",
        "mac",
        "uí",
    }
)

# Third person pronouns that may stand for a person participant.
PERSON_PRONOUNS: dict[str, str] = {
    "he": "sg",
    "him": "sg",
    "his": "sg",
    "himself": "sg",
    "she": "sg",
    "her": "sg",
    "hers": "sg",
    "herself": "sg",
    "they": "pl",
    "them": "pl",
    "their": "pl",
    "themselves": "pl",
}

# Korean surnames, as romanised in English news ("Kim Jong-un", "Moon Jae-in",
# "Ri Yong-ho"): the surname comes first.
KOREAN_SURNAMES: frozenset[str] = frozenset(
    """
    kim lee yi ri rhee park pak choi choe jung chung jeong kang cho jo yoon yun jang chang
    lim im han oh seo suh shin kwon hwang ahn an song ryu yoo yu jeon chun hong ko go moon
    mun yang son bae baek paek heo nam noh roh sim shim ha kwak sung cha joo ju woo koo
    min na jin ji eom um chae won cheon bang gong hyun ham pyo tak
    """.split()
)

# Chinese surnames in pinyin ("Xi Jinping", "Wang Yi", "Hua Chunying"): the
# surname comes first. Some are Korean too ("Han", "Jin").
CHINESE_SURNAMES: frozenset[str] = frozenset(
    """
    xi li wang zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai
    zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian
    dai mo kong xiang wen bo hua geng
    """.split()
)

# Surnames that come first in East Asian names written in English
# ("Kim Jong-un", "Xi Jinping", "Moon Jae-in"): a bare "Kim" or "Xi" is the
# first word of the full name, not the last.
EAST_ASIAN_SURNAMES: frozenset[str] = KOREAN_SURNAMES | CHINESE_SURNAMES

# Vietnamese surnames also come first, but a second mention uses the given
# name, the last word: "Nguyen Van Thanh" is then "Thanh".
VIETNAMESE_SURNAMES: frozenset[str] = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly".split()
)

# Generational suffixes after a surname ("Arcade Joseph Comeaux Jr.", "Martin
# Luther King Jr."): no part of the name a later mention repeats.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Titles of courtesy that give a person no role: "Mr. Kim", "Dr. Gupta".
HONORIFICS: frozenset[str] = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend".split()
)

# What a person is or does, written in front of the name like a title and
# capitalised in headlines and captions: "Colts QB Andrew Luck", "Brooklyn
# Councilman Jumaane Williams", "Referee Tony Weeks", "Comedian Ellen
# DeGeneres". A name never holds one; one that ends a "name" ("Bloomington
# Police Sgt", "Genesee County Sheriff") makes it no person at all.
OCCUPATIONS: frozenset[str] = frozenset(
    """
    coach qb quarterback rb wr te linebacker cornerback receiver tackle kicker pitcher catcher shortstop
    outfielder infielder striker midfielder goalkeeper goalie referee umpire boxer fighter champion challenger
    rookie veteran veterans manager gm player captain
    comedian actor actress singer songwriter rapper musician star host anchor reporter correspondent columnist
    editor publisher author writer novelist poet producer filmmaker designer model photographer artist
    sheriff deputy coroner detective trooper sgt sergeant lieutenant lt officer constable inspector marshal
    councilman councilwoman alderman assemblyman assemblywoman legislator lawmaker congressman congresswoman
    commissioner chairman chairwoman spokesman spokeswoman ceo owner founder president premier minister
    governor mayor senator sen rep judge justice prosecutor attorney lawyer solicitor barrister
    doctor dr nurse surgeon physician scientist researcher professor teacher student
    suspect victim defendant witness survivor resident nominee candidate activist blogger economist analyst
    protester protestor demonstrator
    expert aide adviser advisor official diplomat envoy ambassador
    """.split()
)

# Prefixes of ships' names: "INS Mysore", "MV Gibe", "USS Cole" are vessels, not people.
VESSEL_PREFIXES: frozenset[str] = frozenset("ins mv ms ss uss hms hmas hmcs rfa mt fv rv warship ship vessel".split())

# Party and state markers written after an American politician's name:
# "Leo J. Ryan D- California", "Nick Rahall (D) of West Virginia".
PARTY_MARKERS: frozenset[str] = frozenset({"d", "d-", "r", "r-", "i", "i-"})

# Relatives named before a name: "daughter Ava, 3", "his wife Deborra-Lee Furness".
KINSHIP_NOUNS: frozenset[str] = frozenset(
    "son daughter wife husband brother sister mother father grandson granddaughter uncle aunt cousin".split()
)

# What a person's name owns or modifies, and no place's or thing's: "Reid's
# rep", "LaRue's body", "the Obama administration".
PERSON_OWNED: frozenset[str] = frozenset(
    """
    rep body death family lawyer attorney agent career life administration campaign presidency era camp aides
    team government
    """.split()
)

# Prepositions whose object is as often a person as anything else: "by Obama",
# "under Obama", "with Erdogan" (not "in", "at", "from", "on": "on Twitter").
PERSON_PREPOSITIONS: frozenset[str] = frozenset("by with under against between like than about toward".split())
