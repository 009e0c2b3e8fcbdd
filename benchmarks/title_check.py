"""An automatic check of extracted event titles: is this a headline a reader can use?

``problems(title)`` returns the names of the rules a title breaks (empty: it passes). It is
deliberately independent of the extractor (its own small word lists, no import from
``chronology``), so the product cannot grade itself. The rules:

- ``pronoun-start``: starts with a pronoun ("He makes remarks ...", "This reported by ...",
  "They ...", "Its ...").
- ``bad-start``: starts with a quote mark, a bracket or punctuation ("“, Soyuz rocket ...",
  "- Russia ...").
- ``cut-end`` (a straight quote closing a balanced quotation is no opener): ends with a
  preposition, an article, a conjunction, a relative word or a
  possessive ("... signed by the", "... deal that"), a phrase that needs more words
  ("... comes just weeks": from what; "... to try": what; "... surface-to-air": which weapon),
  ("... to Iran in accordance", "... as part"), a bare attribution verb ("... Cooperation
  says", "... and said"), an opening quote or bracket, stray punctuation ("... |"), or a
  single word after a final comma ("... aircraft J-10C, know"); a last token with a digit
  is an amount or a code, not a cut ("... shares fall to $52.10", "... model 70-A21"); a
  plural possessive ("... countries’"), an adjective without its noun ("... sign Joint",
  "... sign landmark 10-year"), a
  verb that needs its object after its subject ("... armies conduct"), a participle after
  "under"/"after"/"following" and a noun ("... under agreement signed"); a pronoun left of
  a cut clause or pointing out of the headline ("... until it", "... agrees to this",
  "... because they"); a noun or gerund that lost what it takes ("... ahead of entry": into
  force or service; "... ahead of signing": what is signed); a passive that lost what the
  thing is taken as ("... approval is likely to be seen": as what); a verb that needs its
  object followed only by where or when ("... signs in Belgrade", "... confirms in
  interview with ...": what is signed or confirmed was cut); a clause's conjunction and its
  subject with no verb ("... delivered by the time Marchetti", "... when Okafor"); an amount
  owned or qualified with no noun after it ("... will deliver Chile's new $9 billion": of
  what); "between" and one name at the end ("... signed between Ministry": and whom); an
  aim, ways or a shared object without what they take ("... with aim", "... to explore
  ways", "... to prepare for and participate"); a verb of saying, "to" and a name at the end
  ("Official confirms to Yonhap": what was said was cut).
- ``unbalanced``: unbalanced double quotes (straight or curly), single curly quotes,
  parentheses or square brackets ("... Khayyam satellite will be”").
- ``dateline``: a dateline or agency remnant: an all-caps place followed by a colon or a dash
  ("TEHRAN: ...", "NEW DELHI - ...") or a place and a colon opening the title ("New Delhi :
  ...", "Kamra: ..."), an agency tag ("(Reuters)", "/TASS/", "(APP)"), a
  "Source"/"Sources:" credit word outside a sentence ("... drills in Source"), an agency after
  a dash ("– Xinhua", "Iran Project – ..."), a "date YYYY-MM-DD" store stamp, an all-caps
  place of two words before the sentence ("NEW DELHI India signs"), an all-caps place glued
  to a word ("BAKUAzerbaijani"), or a place, its country and a dash ("Saint-Cloud, France –").
- ``too-long``: more than 14 words.
- ``no-verb``: no finite verb, read as headlines use them ("Russia signs", "Deal signed",
  "Iran to buy jets" pass): a word of the verb list below; a form that is also a noun
  ("drills", "ban") counts only after a possible subject, an -ing form only after an
  auxiliary, "to" + verb not after "There"; a regular past form the list lacks ("divided",
  "linked") counts after a possible subject, an -ed adjective ("advanced", "armed") does not.
  A bare form after "people", "police" agrees ("People pay tribute"); an adverb or a
  model's code between a plural subject and its verb is skipped ("Officials later inspect",
  "Planes Y-20 land"); a form in -s right before a comma is a plural noun before its
  appositive, not a verb ("Flotilla ships, missile ship X and corvette Y"), unless a verb of
  saying; a compound verb counts by its head ("test-fires", "co-develop"); a
  form in -s the list lacks counts between a possible subject and a lower-case object word
  ("Norway shortlists four", "Test pilot airs plane"; not "US weapons deliveries"). An
  irregular participle the list leaves out counts after a possible subject ("Deal frozen",
  "Talks broken off"; not "Frozen deal"), and "put", "set", "cut" after a singular subject
  and before a particle are a passive's participle ("Complex put on combat duty").
  Flags "Naval drills in the Gulf", "There to be no ban". A capitalised word inside a name
  is no verb ("U.S. State Department's approval"); what "says" reports needs a verb too,
  unless it is a quotation ("Office says new sites" fails).
- ``agreement``: a subject-verb agreement error: a plural subject followed by a verb in the
  third person singular ("Officials says", "Russia and China signs", "Patriots arrives"); the
  subject's head is the word before its first preposition ("First batch of missiles arrives"
  agrees, "Ministers of Russia and Iran meets" does not); a word in -ss, -us, -is or -os is
  no plural ("Marcos grants", "status remains"); and a singular head before the first
  preposition with a bare verb after a name ("Statement by the Armed Forces say").
- ``past-tense``: the headline's own verb is in the past ("The boats were built", "Parliament
  approved the law"); a quotation, what is said and a clause after "that"/"when" keep theirs.
- ``relative-date``: a time told relative to the report, which a timeline's reader cannot
  place: "yesterday", "today", "tomorrow", "tonight", "this/last/next week" (month, year,
  weekend, morning …; "last June", "this spring", "next Tuesday"), "earlier this …", an
  "earlier" before a verb ("Minister earlier
  attends …") and a closing "earlier" or "previously" ("… goes to Hanoi previously"); the
  card's date says when. Words inside a quotation are the speaker's, and a capitalised
  "Today" after a name is a title ("India Today").
- ``repeated``: the same run of four words twice, a sentence glued to a copy of itself
  ("Exercise opens at Camp X Exercise opens at Camp X"), or the headline's first three words
  again after a page's label ("Navy gets frigate News Navy gets frigate").
- ``link``: a web link or an embedded post's address ("… considerably.
  pic.twitter.com/kbp…", "https://…"): a page's markup, no headline's word.
- ``script``: a letter of another script (Chinese, Japanese, Korean, Cyrillic, Arabic,
  Hebrew, Thai) in an English title: a caption's credit or a source's name left in it
  ("Korea reproduces from 自由").
- ``label``: a page's separator inside the headline, with a section's label or a second
  headline beside it ("Navy gets frigate | World News | Navy", "Talks end | Ships sail").
- ``caption``: a photo's credit or caption line ("Photo: ...", "(Photo by ...)", "File
  photo", "Courtesy of ...", "Getty Images", "Ivan Petrov / AFP"), not a sentence.
- ``first-person``: "we", "our", "us", "my", "me" outside quotation marks: a speaker's words
  told as the headline's own ("Cooperation between our countries grows": the tail of a
  quotation without its marks or its speaker); "US" is a country.
- ``garbled``: a single letter that is no word ("launch e fourth corvette": what is left of a
  word a page split), or a headline opening with a lower-case letter (the middle of a
  sentence or quotation: "and will strengthen the ties").
- ``fragment``: leftover fragments: attribution ("This reported by ...", "It was reported",
  "Reported by ...", "According to ..." at the start, "... , he said" at the end) or a
  sentence adverb or participle cut from its clause ("Notably, ...", "Started, ..."), a
  writer's aside to the reader ("Recall that says ...", "Note that ..."), or a
  preposition opening a title with no comma ("On Security that presence of forces is ..."),
  or "By" and no number (a passive's agent or a byline cut from its verb: "By Ministry of
  Defense is main stage"; "By 2030 …" is a deadline).
"""

from __future__ import annotations

import re

from chronology.extraction.gazetteer import DEMONYMS

MAX_WORDS = 14


def _set(words: str) -> frozenset[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return frozenset(words.split())


PRONOUNS = _set("he she it they we i you him her them his its their our this that these those")
DANGLING = _set("""
    a an the and or but nor so yet of to in on at by for with from into onto about as than
    over under after before during since until upon via per against between among amid
    across through toward towards within without which who whom whose that where when while
    whether if because although though its their his her our your my
    """)
OPENERS = "\"“‘«([{"
# Endings that need more words: "... to Iran in accordance", "... as part", "... ahead".
CUT_PHRASE = re.compile(r"\b(in accordance|according|in line|as part|in response|ahead|prior|"
                        r"due|in addition|in order|on behalf|in front|regardless|"
                        r"in spite|as well|such|including|said that|says that|"
                        r"says|said|told|adds|added|notes|noted|reports|stated)\W*$"
                        r"|[|/\\,;:–—-]\s*$"
                        r"|,\s*[A-Za-z]+$"  # "..., know": one word left of a cut clause
                        # "... corvettes for the navy including two": a count without its noun
                        r"|\bincluding\s+(?:one|two|three|four|five|six|several|some|many|both)$"
                        r"|\w['’]s\W*$"  # "... flagship of Russian Navy's"
                        # "Operation comes just weeks": a span of time without what it is
                        # counted from ("… after the drills")
                        r"|\b(?:just|only|mere|barely)\s+(?:a\s+few\s+)?"
                        r"(?:hours|days|weeks|months|years)\W*$"
                        # "… visits Jakarta to try": what is tried was cut
                        r"|\bto\s+(?:try|attempt|strive|seek)\W*$"
                        # "… five S-400 surface-to-air": a weapon's kind without the weapon
                        r"|\b(?:surface|air|ship|ground|sea|land|submarine)-to-"
                        r"(?:air|surface|ship|ground|sea|shore)\W*$"
                        # "… ahead of entry": what is entered (into force, into service) was cut
                        r"|\b(?:of|to|before|after|upon|on|following|pending|until|since|for)"
                        r"\s+(?:the\s+|its\s+|their\s+)?entry\W*$"
                        # "… begins in Karachi with aim": what is aimed at was cut
                        r"|\bwith\s+(?:the\s+|an\s+)?aim\W*$"
                        # "… to prepare for and participate": the object both share was cut
                        r"|\b(?:for|to|with|in|on|from|of|into|about)\s+(?:and|or)\s+[a-z]+\W*$"
                        # "… to explore ways": ways to do what
                        r"|\b(?:explore|explores|discuss|discusses|find|finds|seek|seeks)\s+"
                        r"ways\W*$"
                        # "Official confirms to Yonhap": what was said to the agency was cut
                        r"|\b(?:confirms|says|explains|announces|reveals)\s+to\s+[A-Z][\w.-]*\W*$",
                        re.I)
AGENCIES = ("Reuters", "AP", "AFP", "TASS", "Xinhua", "IRNA", "ISNA", "Tasnim", "Sputnik",
            "Anadolu", "AA", "PTI", "IANS", "ANI", "APP", "BSS", "EFE", "RIA", "Interfax",
            "KCNA", "Yonhap", "UNI", "dpa", "DPA", "Mehr", "Fars", "RFE/RL")
_AGENCY = "|".join(re.escape(a) for a in AGENCIES)
DATELINE_PATTERNS = (
    re.compile(r"(^|\s)[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*\s*(?:,[^:–—-]{0,30})?\s*[:–—-]\s"),
    re.compile(rf"\((?:{_AGENCY})\)"),
    re.compile(rf"/\s*(?:{_AGENCY})\s*/"),
    re.compile(rf"[–—-]\s*(?:{_AGENCY})\s*$"),
    # "Iran Project – Iranian Minister ..." ("Exercise Cyclone – I starts": a name's numeral)
    re.compile(r"^[\w .'-]{2,40}\s[–—]\s(?!(?:I{1,3}|IV|VI{0,3}|IX|X)\s)"),
    re.compile(r"(^|\s)Sources?(:|\s*$)"),
    re.compile(r"\bdate \d{4}-\d{2}(-\d{2})?\b"),
    re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*:\s"),  # "New Delhi : ...", "Kamra: ..."
    # "NEW DELHI India signs …": an all-caps place of two words or more before the sentence
    re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+\s+[A-Z][a-z]"),
    # "… says BAKUAzerbaijani forces …": an all-caps place glued to the sentence's first word
    re.compile(r"\b[A-Z]{3,}[A-Z][a-z]{3,}"),
    # "15:38Special tactical drills …", "| 11:05 Navy …": a page's clock before the sentence,
    # or glued to a word ("2:30pm" and "at 15:38 local time" are no remnant)
    re.compile(r"^\W*[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?:\s*[A-Z]{1,3}T\b"
               r"|\s*(?:GMT|UTC|MSK)\b)?\s*[|•·–—-]?\s*(?=[A-Z])"
               r"|(?<![\w:])[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?=[A-Z])"),
    # "Saint-Cloud, France – signs …", "Paris, France, May 2 – …": a place, its country, a dash
    re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
               r"(?:,[^–—]{0,30})?\s+[–—-]\s"),
)
FRAGMENT_PATTERNS = (
    re.compile(r"^(this|it|that)\s+(is\s+|was\s+)?reported\b", re.I),
    re.compile(r"^(reported by|according to|as reported|citing)\b", re.I),
    # "By Ministry of Defense is main stage": a passive's agent or a byline cut from its verb
    # ("By 2030 …" is a deadline)
    re.compile(r"^by\s+(?!\d)", re.I),
    re.compile(r"^(notably|meanwhile|however|earlier|also|moreover|furthermore|additionally|"
               r"separately|previously|later|then|thus|still|besides|started|addressing|"
               r"speaking|talking)\b\s*,", re.I),
    re.compile(r",\s*(he|she|they|it|officials?|sources?)\s+(said|says|added|noted)\s*\.?$", re.I),
    # "Which took place at the range, Vučić refuses …": a relative clause cut from its noun
    re.compile(r"^(which|whom|whose)\b[^?]*,", re.I),
    # "Recall that says transfer took place …": a writer's aside to the reader, no actor
    re.compile(r"^(recall|note|remember|notice)\s+(that\b|says\b|,)", re.I),
)

# Verbs of news events, by base form; inflections are generated (see _forms), irregular past
# forms listed.  Auxiliaries and modals count as finite verbs too.
BASE_VERBS_TEXT = """
    accept accuse acquire add address agree aim allow announce appoint approve arrest arrive
    ask assure attack attend back ban become begin block boost brief bring build buy call
    cancel capture carry celebrate challenge change cite claim clear close commission
    complete conclude condemn confirm consider continue cooperate criticize criticise cut
    debate decide declare defend delay deliver deny deploy describe destroy develop discuss
    dismiss display dispatch donate doubt drop earn emphasize emphasise end enhance enter
    equip escort establish expand expect expel explain export express extend face fail
    fire finalize finalise fly focus follow form gather get give go greet grow hail halt
    hand handle hang hold host hope impose improve inaugurate include increase induct inform
    inspect install intend intercept introduce invite issue join keep kick kill land launch
    lay lead leave lift limit lose make manufacture mark meet mention modernize modernise move
    name need negotiate note obtain offer open order organize organise participate pass pay
    plan pledge praise prepare present press produce promise propose protest prove provide
    purchase push put raise ratify reach reaffirm receive recall refuse reiterate reject
    release remain repel reply report request require respond resume return reveal review
    rule run sail say score see seek seize sell send set share shoot show sign slam speak
    spend stage start state station stay step stop strengthen strike stress study supply
    support suspend take talk target tell test thank threaten tour trade train transfer
    travel try turn unveil upgrade urge use visit voice vow wait warn welcome win withdraw
    work write conduct patrol drill exercise operate ink seal procure showcase highlight
    underline laud congratulate witness oversee observe confer award want look seem appear
    stand finish wrap cross dock sail transport ship airlift base field join commemorate
    honour honor bolster deepen counter protect secure guard monitor track scramble
    accompany head chair outline import fund finance allocate earmark come depart postpone
    intensify publish
    envisage figure unfurl slash vote
    house perform shift initiate quote concern list lie
    scrap freeze admit acknowledge blame oppose demand permit enable help assist practise
    practice rehearse simulate hone involve feature rise fall double succeed sanction
    construct pose specify select choose pick retire replace lease loan gift clinch mull weigh
    explore collaborate partner probe investigate assemble design integrate refit repair
    overhaul revamp decommission christen float debut bid authorize authorise notify commence emerge
    recall reveal unveil arrive
    grant caution represent recognize recognise culminate undergo play subpoena flee perish
    reemerge embrace embark cling explode assail suffer create discover cram recommend reflect
    soar hurt find wear lash throw
    suggest undertake huddle exchange place
    file rally march flood wave wage dwindle decline roll bomb post jump tumble plunge climb
    surge narrow echo predict attribute compare experience total schedule comment spike
    escalate dwell result execute film choose
    shortlist underscore commend ramp denounce retaliate disregard interview reorient forge
    normalize normalise regularize regularise
    marry remove care peak consider reduce dilute mean achieve walk demonstrate serve
    precede expire
    cover consist touch eye tap opt commit
    plant flutter cement account
    maintain renew isolate last preside point stipulate restore revive reinforce restrict
    reopen retain revise affirm anticipate assess await convene coordinate deter disclose
    ensure facilitate implement invest liberate mobilize mobilise persist proceed promote
    recruit resist submit summon surpass sustain transform trigger verify violate widen
    worsen envision dispute gain
    enforce express contribute generate employ occur comprise encompass coincide enjoy outbid
    prompt apply compete ebb nurture entail engage refer accelerate adopt advise affect allege
    amend analyse analyze arrange assume attract avoid bypass collapse collect combine
    compensate comply concede consolidate constitute consult contain contradict convert
    convince deem define demolish depend designate determine devote disagree disappear disrupt
    dissolve distribute divert elect eliminate empower encounter encourage endorse endure erupt
    evacuate evolve exceed exclude exist exploit expose formalize formalise fulfil fulfill
    govern hamper hinder identify ignore implement imply incorporate indicate insist inspire
    instruct intervene invade justify lobby maximize mediate merge minimize modify nominate
    occupy outnumber persuade possess prefer preserve prevail prevent prohibit prolong
    prosecute provoke pursue reassure reconsider recover regain regulate relocate rely remind
    renounce resign resolve retreat reunite revoke safeguard settle solve stabilize stabilise
    strive surrender survive tackle terminate thwart tighten tolerate transmit undermine unify
    unite uphold utilize utilise weaken withstand
    """
BASE_VERBS = sorted(_set(BASE_VERBS_TEXT))
BASES = frozenset(BASE_VERBS)
IRREGULAR = {
    "become": ["became"], "begin": ["began", "begun"], "bring": ["brought"],
    "build": ["built"], "buy": ["bought"], "cut": ["cut"], "fly": ["flew", "flown"],
    "get": ["got"], "give": ["gave", "given"], "go": ["went", "gone"], "grow": ["grew", "grown"],
    "hang": ["hung"], "hold": ["held"], "keep": ["kept"], "lay": ["laid"], "lead": ["led"],
    "leave": ["left"], "lose": ["lost"], "make": ["made"], "meet": ["met"], "pay": ["paid"],
    "put": ["put"], "run": ["ran"], "say": ["said"], "see": ["saw", "seen"],
    "sell": ["sold"], "send": ["sent"], "set": ["set"], "shoot": ["shot"],
    "speak": ["spoke", "spoken"], "spend": ["spent"], "strike": ["struck"],
    "take": ["took", "taken"], "tell": ["told"], "win": ["won"], "withdraw": ["withdrew"],
    "write": ["wrote", "written"], "seek": ["sought"], "lift": ["lifted"],
    "show": ["shown"], "find": ["found"], "undergo": ["underwent", "undergone"],
    "flee": ["fled"], "hurt": ["hurt"], "wear": ["wore", "worn"], "cling": ["clung"],
    "throw": ["threw", "thrown"], "fall": ["fell", "fallen"], "rise": ["risen"],
    "undertake": ["undertook", "undertaken"], "choose": ["chose", "chosen"],
    "freeze": ["froze", "frozen"], "stand": ["stood"], "come": ["came"], "mean": ["meant"],
    "oversee": ["oversaw", "overseen"], "withstand": ["withstood"],
}
PAST_FORMS = frozenset(f for forms in IRREGULAR.values() for f in forms) - BASES
# Irregular participles of verbs the list leaves out because their base is as often a noun
# ("drive", "break", "draw"): like a regular past form the list lacks, they count after a
# possible subject ("Deal broken off", "Minister sworn in"), never opening a noun phrase
# ("Broken promises").
OTHER_PARTICIPLES = _set("""
    broken sunk fought stolen shaken drawn beaten forbidden hidden sworn overtaken driven
    taught dealt rebuilt withdrawn done
    """)
# Verbs whose participle is their base: after a singular subject and before a particle or a
# preposition the form is the participle of a headline's passive ("Complex put on duty",
# "Target set for 2030"), since the present would take an -s.
SAME_PARTICIPLE = _set("put set cut")
PARTICLE_AFTER = _set("""
    on in at for to by into onto aside up down off out back under over from
    """)
# Forms that are only a simple past, never a participle: "Tchiani spoke by telephone" is a
# past-tense headline even with no object after the verb.
SIMPLE_PAST_ONLY = frozenset(forms[0] for forms in IRREGULAR.values()
                             if len(forms) == 2 and forms[0] != forms[1]) | {"withdrew", "ran"}
AUXILIARIES = _set("""
    is are was were be been being am has have had do does did will would shall should can
    could may might must
    """)
# Their negative contractions are finite verbs too ("Portion isn't known", "Talks won't resume").
AUXILIARIES |= frozenset(f"{a}{q}" for a in ("isn", "aren", "wasn", "weren", "hasn", "haven",
                                            "hadn", "doesn", "don", "didn", "won", "wouldn",
                                            "shouldn", "can", "couldn", "mustn")
                         for q in ("'t", "’t"))
# Forms that are as often plural nouns as verbs ("naval drills", "joint patrols"): verbs only
# after a possible subject.
NOUN_OR_VERB = _set("""
    drills exercises patrols talks plans tests visits deals strikes calls claims reports
    launches supplies ties arms forces hopes moves offers orders protests shows starts
    attacks bans changes cuts drops ends faces fires forms hands issues lands leads marks
    names needs notes passes pledges presses promises raises releases requests returns
    reviews rules runs signs states steps stops studies supports targets tours trades trains
    transfers travels turns uses vows waits works exports imports funds sanctions
    grants plays finds wears lashes cautions hurts exchanges places
    files rallies marches floods waves wages declines rolls bombs posts jumps climbs surges
    echoes totals schedules comments results spikes experiences films plunges tumbles
    attributes narrows houses shifts quotes concerns lists lies figures
    eyes taps touches
    plants flutters cements accounts
    points disputes gains
    """)
# Words before a noun, never its subject: "no ban", "naval drills", "joint patrols".
NOT_SUBJECT = _set("""
    no any some every each all more most new joint naval military air defence defense missile
    arms nuclear bilateral trilateral annual war border peace sea land strategic live-fire
    first second third fourth final further fresh major large-scale massive two three four
    five six several many other early late high-level official top senior key
    """) | DANGLING
COUNTS = _set("two three four five six seven eight nine ten dozens several both many") | \
    frozenset(str(n) for n in range(2, 1000))
ADJECTIVE_SUFFIXES = ("ian", "ese", "ish", "ean", "can", "ani", "eli", "ch", "al", "ic")
# Words ending in -s that are not plural subjects (names of one thing, collective nouns).
PLURAL_NOT = _set("""
    us news series species united states nations affairs forces arms relations talks
    headquarters this his its is was has does gas chess bus status philippines netherlands
    maldives seychelles bahamas emirates reuters politics economics thanks means times
    """)


def _forms(base: str) -> set[str]:
    """The base form, third person singular, past and -ing forms of a regular verb."""
    forms = {base, *IRREGULAR.get(base, [])}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    stem = base[:-1] if base.endswith("e") else base
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ied")
    else:
        forms.add(stem + "ed")
    forms.add(stem + "ing")
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):  # stop -> stopped, plan -> planned
        forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    return forms


VERB_FORMS = frozenset().union(*(_forms(b) for b in BASE_VERBS)) | AUXILIARIES
THIRD_SINGULAR = frozenset(
    f for b in BASE_VERBS for f in _forms(b)
    if f.endswith("s") and f != b and not f.endswith("ss")) | {"is", "was", "has", "does"}

WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|,(?!\d)")  # ("16,000": no comma of a clause)


def _words(title: str) -> list[str]:
    return WORD.findall(title)


def _clean(word: str) -> str:
    return word.lower().strip(".'’-")


def problems(title: str) -> list[str]:
    """The rules the title breaks, in the order of the module docstring."""
    text = title.strip()
    words = _words(text)
    lowered = [_clean(w) for w in words]
    found = []
    if lowered and lowered[0] in PRONOUNS:
        found.append("pronoun-start")
    if not text or not (text[0].isalnum()) or re.match(r"0\d\d\b", text):
        found.append("bad-start")  # "000 service members …": what a cut left of "16,000"
    # a straight quote closes a quotation when it balances one before it
    opens = text[-1:] in OPENERS and not (text.endswith('"') and text.count('"') % 2 == 0)
    # the last word is the last token only when that token has no digit ("… falls to
    # $52.125", "… model 70-A21" end in an amount or a code, not in "to" or "A")
    number_end = any(c.isdigit() for c in text.split()[-1]) if text else False
    # "Frigate handed over": a particle after a past form ends a phrasal verb, no phrase
    particle = len(lowered) > 1 and lowered[-1] in ("over", "through") and \
        (lowered[-2].endswith("ed") or lowered[-2] in PAST_FORMS)
    closed = text[-1:] in ".!?\"”’)"
    if text and (opens or (lowered and lowered[-1] in DANGLING and not number_end
                                         and not particle and not closed)
                 or CUT_PHRASE.search(text)) or text and _cut_phrase(text, lowered) or \
            lowered and not closed and (lowered[-1] in PRONOUN_END or lowered[-1] == "it" and
                                        len(lowered) > 1 and lowered[-2] in DANGLING):
        found.append("cut-end")
    if _unbalanced(text):
        found.append("unbalanced")
    if any(p.search(text) for p in DATELINE_PATTERNS):
        found.append("dateline")
    if len(text.split()) > MAX_WORDS:
        found.append("too-long")
    if not _has_finite_verb(lowered, words) or _verbless_report(text):
        found.append("no-verb")
    if _agreement_error(words) or _singular_head_error(words):
        found.append("agreement")
    if _past_tense(_words(QUOTED.sub(" ", text))):
        found.append("past-tense")
    if _relative_date(QUOTED.sub(" ", text)):
        found.append("relative-date")
    if _repeated(lowered):
        found.append("repeated")
    if OTHER_SCRIPT.search(text):
        found.append("script")
    if re.search(r"\S\s+[|¦•]\s+\S", text):
        found.append("label")
    if any(p.search(text) for p in CAPTION_PATTERNS):
        found.append("caption")
    if FIRST_PERSON.search(QUOTED.sub(" ", text)):
        found.append("first-person")
    if STRAY_LETTER.search(QUOTED.sub(" ", text)) or text[:1].islower():
        found.append("garbled")
    if any(p.search(text) for p in FRAGMENT_PATTERNS) or (
            lowered and lowered[0] in OPENING_PREPOSITIONS and "," not in text):
        found.append("fragment")
    if LINK.search(text):
        found.append("link")
    return found


# A web link or an embedded post's address: "… considerably. pic.twitter.com/kbp…"
LINK = re.compile(r"\bpic\.twitter\.com/|\bhttps?://|\bwww\.[a-z]|\bt\.co/", re.I)


# A pronoun that ends a headline is the subject of a cut clause or points out of it: "...
# until it", "... agrees to this", "... because they" ("... spoke with him", "... ready to
# deploy it" may point to a name before it).
PRONOUN_END = _set("he she they we this these those")
# A caption's or a photo's credit: "Photo: AFP", "(Photo by Ivan Petrov)", "File photo",
# "Courtesy of the Navy", "Getty Images", "Ivan Petrov / AFP", "©".
CAPTION_PATTERNS = (
    re.compile(r"\b(?:photos?|photograph|pictures?|images?|video|pic)\s*(?::|by\b|credit\b|"
               r"courtesy\b|/)", re.I),
    re.compile(r"\b(?:file|representational|representative|illustrative|handout)\s+"
               r"(?:photo|image|picture)\b", re.I),
    re.compile(r"\b(?:courtesy\s+of|Getty\s+Images|Shutterstock|AFP\s+via)\b|©", re.I),
    re.compile(rf"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s*/\s*(?:{_AGENCY}|EPA|Getty|Anadolu Agency)\b"),
)
# First-person words outside a quotation: the speaker's words, not the headline's.
FIRST_PERSON = re.compile(r"\b(?:we|our|ours|ourselves|us|my|me)\b|\b(?:We|Our|My)\b")
# A single lower-case letter that is no word ("a" is one; "e-" and "x-ray" are word parts).
STRAY_LETTER = re.compile(r"(?<![\w'’.&/-])[b-z](?![\w'’.&/-])")


# A letter of a script an English reader cannot read (Chinese, Japanese, Korean, Cyrillic,
# Arabic, Hebrew, Thai): a caption's credit or a source's name left in the title ("Korea
# reproduces from 自由")
OTHER_SCRIPT = re.compile("[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff"
                          "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")


RELATIVE_DATE = re.compile(
    r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b"
    r"|\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:week|month|year|weekend|"
    r"morning|afternoon|evening|night|spring|summer|autumn|fall|winter|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b")
BEFORE_REPORT = _set("earlier previously")


def _relative_date(text: str) -> bool:
    """A time relative to the report's day left in the headline (quotations removed)."""
    for match in RELATIVE_DATE.finditer(text):
        before = text[:match.start()].split()
        if not (match.group(0) == "Today" and before and before[-1][:1].isupper()):
            return True  # ("India Today": a title's name)
    lowered = [_clean(w) for w in _words(text)]
    if lowered and lowered[-1] in BEFORE_REPORT:
        return True  # "… went to Hanoi previously"
    return any(w == "earlier" and i and lowered[i + 1] in VERB_FORMS - NOUN_OR_VERB
               for i, w in enumerate(lowered[:-1]))  # "Minister earlier attends …"


def _repeated(lowered: list[str]) -> bool:
    """The same run of four words occurs twice: a sentence glued to its own copy; or the
    first three words again after a label ("Navy gets frigate News Navy gets frigate")."""
    runs = [tuple(lowered[i:i + 4]) for i in range(len(lowered) - 3)]
    head = tuple(lowered[:3])
    again = len(head) == 3 and sum(w in DANGLING for w in head) < 2 and any(
        tuple(lowered[i:i + 3]) == head and lowered[i - 1] not in DANGLING | AUXILIARIES
        for i in range(4, len(lowered) - 2))  # ("… sign deal as Croatia and Slovenia agree")
    return len(runs) != len(set(runs)) or again


def is_broken(title: str) -> bool:
    return bool(problems(title))


def _unbalanced(text: str) -> bool:
    if text.count('"') % 2:
        return True
    if text.count("“") != text.count("”"):
        return True
    if text.count("‘") > text.count("’"):
        return True
    return text.count("(") != text.count(")") or text.count("[") != text.count("]")


def _has_finite_verb(lowered: list[str], words: list[str] | None = None) -> bool:
    """A finite verb, read as headlines use verbs ("Russia signs", "Deal signed", "Iran to
    buy"); a form that is also a noun ("drills", "ban") counts only after a possible subject;
    a capitalised word inside a name ("U.S. State Department") is no verb."""
    for i, word in enumerate(lowered):
        before = lowered[i - 1] if i else ""
        if words and _inside_name(words, i):
            continue
        head = word.rsplit("-", 1)[-1]
        if i and word.startswith(COMPOUND_VERB_PREFIXES) and head in VERB_FORMS:
            word = head  # "India test-fires missile", "Firms co-develop drone": the verb's head
        if word not in VERB_FORMS:
            if i and (_regular_participle(word) or word in OTHER_PARTICIPLES) and \
                    before not in NOT_SUBJECT and not before.endswith(("'s", "’s")):
                return True  # "Exercise divided into two phases": a verb the list lacks
            if i and words and _unlisted_present(lowered, words, i):
                return True  # "Norway shortlists four", "Pilot airs plane"
            continue
        if (before.endswith("ly") or before in SPLIT_ADVERBS) and i >= 2 and lowered[i - 2] == "to":
            before = "to"  # "Sharif and Yilmaz to jointly launch": an adverb inside the "to"
            i -= 1
        if before == "to":  # "Iran to buy jets" is a headline's future; "There to be" is not,
            # nor "Plans for Chile to sell tugs" (a "for" clause: the noun's complement)
            if i >= 2 and lowered[i - 2] not in ("there", "here") and not _for_clause(lowered, i - 1):
                return True
            continue
        if word in AUXILIARIES or i and word in PAST_FORMS:
            return True  # ("Frozen deal": a participle opening a noun phrase is no verb)
        if word.endswith("ed") and i >= 2 and lowered[i - 2] == "to" and before in VERB_FORMS:
            continue  # "… to export used boats": a past form after an infinitive's verb is its
            # object's adjective
        if word.endswith("ed") and word not in BASES and before not in NOT_SUBJECT:
            return True  # "Deal signed", "Russia delivered"
        if word.endswith("ing"):
            if before in AUXILIARIES:
                return True
            continue
        if i and word in SAME_PARTICIPLE and i + 1 < len(lowered) and \
                lowered[i + 1] in PARTICLE_AFTER and before not in NOT_SUBJECT and \
                not before.endswith(("'s", "’s")):
            return True  # "S-400 complex put on combat duty": a headline's passive
        if word.endswith("s") and i + 1 < len(lowered) and lowered[i + 1] == "," and \
                word not in SPEECH_VERBS and word not in AUXILIARIES:
            continue  # "Flotilla ships, missile ship Dagestan …": a plural noun before its
            # appositive, no verb ("Minister says, …" speaks)
        if word.endswith("s") and word not in BASES and word not in NOUN_OR_VERB:
            return True  # "Goyal urges", "Military confirms": no noun reading
        if words and i >= 2 and words[i - 1].endswith("-") and \
                _subject_before(lowered[:i - 1] + lowered[i:], i - 1):
            return True  # "planes Y-20 land": a model's code after its noun
        if i and _subject_before(lowered, i, words):
            return True
    return False


def _for_clause(lowered: list[str], to: int) -> bool:
    """The "to" at ``to`` follows "for" and at most four words with no verb: the infinitive
    of a "for" clause ("plans for Chile to sell tugs"), not a headline's future."""
    start = next((k for k in range(to - 1, max(-1, to - 6), -1) if lowered[k] == "for"), None)
    return start is not None and start + 1 < to and not any(
        w in VERB_FORMS for w in lowered[start + 1:to])


# Adverbs inside a "to" + verb besides those in -ly: "Induction to further strengthen …"
SPLIT_ADVERBS = _set("further also again not never still soon")


ED_ADJECTIVES = _set("""
    advanced armed based united limited related unmanned unarmed guided detailed skilled
    sophisticated integrated combined dedicated experienced renewed improved upgraded modified
    expanded extended enhanced increased reduced talked-about so-called alleged supposed
    interested concerned worried disputed occupied annexed contested indebted red
    """)


def _unlisted_present(lowered: list[str], words: list[str], i: int) -> bool:
    """A present form in -s the list lacks, between a possible subject and its object:
    "Norway shortlists four", "Test pilot airs plane" (not "naval drills in the Gulf", where
    a phrase follows, nor "Chinese ships", whose word before is an adjective)."""
    word, before = lowered[i], lowered[i - 1]
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    if not (words[i].islower() and len(word) > 3 and word.endswith("s") and
            not word.endswith(("ss", "us", "is", "ics", "ous", "'s", "’s"))):
        return False
    if not after or after in DANGLING or after in AUXILIARIES or after in VERB_FORMS or \
            after in BETWEEN_ADVERBS or not words[i + 1].islower() or after.endswith("s"):
        return False  # nothing or a phrase after it; a verb after it is the verb; a plural
        # after it makes a compound noun ("weapons deliveries")
    return before not in NOT_SUBJECT and not before.endswith(("'s", "’s")) and \
        not before.endswith(ADJECTIVE_SUFFIXES)


def _regular_participle(word: str) -> bool:
    """A regular past form the verb list lacks ("divided", "linked"), not an adjective."""
    return word.endswith("ed") and len(word) > 5 and "-" not in word and \
        word not in ED_ADJECTIVES and not word.endswith(("eed", "dred"))


def _subject_before(lowered: list[str], i: int, words: list[str] | None = None) -> bool:
    """Can the words before ``lowered[i]`` be its subject (not "naval drills", "no ban")?
    ``words`` (as written): a capitalised word is a name's ("Polish State Armament Agency"),
    no verb between an "and" and the verb."""
    named = {k for k, w in enumerate(words or []) if k and w[:1].isupper()}
    if i >= 2 and (lowered[i - 1].endswith("ly") or lowered[i - 1] in BETWEEN_ADVERBS) and \
            lowered[i - 1] not in NOT_SUBJECT or i >= 2 and lowered[i - 1] == "first" and \
            lowered[i - 2].endswith("s") and lowered[i - 2] not in NOT_SUBJECT | ONE_THING:
        # ("Two sides first sign": "first" after a plural is an adverb, not "first sign")
        i -= 1  # "Sharif and Yilmaz jointly inaugurate", "Officials later inspect": the
        lowered = lowered[:i] + lowered[i + 1:]  # adverb is not the subject
    before = lowered[i - 1]
    if before in NOT_SUBJECT:
        return False
    if any(w in COUNTS for w in lowered[max(0, i - 3):i]) or lowered[0] in COUNTS and \
            i <= 6 and not any(w in AUXILIARIES or w in PAST_FORMS or w.endswith("ed") or
                               w in DANGLING or w in HEAD_ENDS for w in lowered[1:i]):
        return True  # "Four Rafale aircraft participate": a counted subject is plural, also
        # when the count opens a longer noun phrase ("Six Y-20 air transport aircraft land")
    start = lowered.index("and", max(0, i - 5)) if "and" in lowered[max(0, i - 5):i] else -1
    if start < 0 and i + 1 < len(lowered) and "and" in lowered[max(0, i - 8):i]:  # "RTN and China Shipbuilding &
        far = max(k for k in range(max(0, i - 8), i) if lowered[k] == "and")  # Offshore
        if all(k in named for k in range(far + 1, i)):  # International Co. sign": a long name
            start = far
    if start >= 0 and not any(
            w in VERB_FORMS and not w.endswith("ing")  # "training ship": a modifier
            and (start + k) not in named  # "… and Polish State Armament Agency agree"
            for k, w in enumerate(lowered[start:i])):
        return True  # "Erdogan and Azerbaijani counterpart Aliyev sign"
    if before.endswith(("'s", "’s")) or before.endswith(ADJECTIVE_SUFFIXES):
        return False
    word = lowered[i]
    if word.endswith("s") and word not in BASES:  # third person singular: any word before
        return True
    # a bare form needs a plural subject: "officials", "Russia and Iran", "India, Russia"
    return before in ("they", "we", "i", "you") or before in AUXILIARIES or (
        before in IRREGULAR_PLURALS) or (
        before.endswith("s") and before not in ONE_THING) or (
        i >= 2 and lowered[i - 2] in ("and", ",")) or _plural_head(lowered, i)


# Compound verbs whose head is a verb of the list ("test-fires", "co-develop")
COMPOUND_VERB_PREFIXES = ("test-", "co-", "flight-", "re-", "fast-")


# Adverbs between a subject and its verb ("Officials later inspect …")
BETWEEN_ADVERBS = _set("later then now also again still soon once already")


# Words in -s that name one thing: a bare verb after them has no plural subject ("news",
# "United States"); "forces", "talks", "arms" are plurals ("US forces conduct drills").
ONE_THING = PLURAL_NOT - _set("forces arms relations talks")


# Plurals in -os of nouns in -o ("Photos of the drill emerge"); a name in -os ("Marcos") is
# no plural, so the words are listed.
O_PLURALS = _set("photos videos memos radios studios scenarios silos logos ratios")


def _plural_head(lowered: list[str], i: int) -> bool:
    """A plural head before the subject's first preposition ("Details of the attack
    emerge", "Talks with Kim follow"), with no verb between it and ``lowered[i]``."""
    j = next((j for j in range(1, i) if lowered[j] in HEAD_ENDS), None)
    if j is None or any(w in AUXILIARIES or w in PAST_FORMS or w.endswith("ed") or
                        w in THIRD_SINGULAR and w not in NOUN_OR_VERB for w in lowered[:i]):
        return False  # a verb before: "Navy signs deal with partners begin" is no subject
    head = lowered[j - 1]
    return head in IRREGULAR_PLURALS or head in O_PLURALS or len(head) > 3 and head.endswith("s") and \
        not head.endswith(("ss", "us", "is", "os", "'s", "’s")) and head not in ONE_THING


def _is_plural_subject(words: list[str], i: int) -> bool:
    """Is words[i] the end of a plural subject ("Officials", "Russia and China")?"""
    word = words[i]
    low = _clean(word)
    if i >= 2 and _clean(words[i - 1]) == "and" and words[i][:1].isupper() \
            and words[i - 2][:1].isupper():
        return True
    if i and _clean(words[i - 1]) in NAME_TITLES and word[:1].isupper():
        return False  # "Mr Marles says": a surname, not a plural
    if word.isupper() or low in PLURAL_NOT or low in VERB_FORMS:
        return False
    if i and word[:1].isupper() and low in COMPANY_HEADS and words[i - 1][:1].isupper():
        return False  # "BAE Systems hands", "Mitsubishi Heavy Industries delivers": one firm
    opens = i == 0 or _clean(words[i - 1]) in ("says", "say", "that")  # a clause's first word
    if opens and word[:1].isupper() and len(words) > i + 1 and _clean(words[i + 1]) in VERB_FORMS \
            and (i > 0 or _clean(words[1]) in SPEECH_VERBS) \
            and re.search(r"(?:as|(?<![iscgvxzth])es)$", low):
        return False  # "Marles says", "Qantas says": a name in -s speaks ("Sources says",
        # "Parties says", "Officials says" stay plural)
    if i == 0 and word[:1].isupper() and len(words) > 1 and _clean(words[1]) in THIRD_SINGULAR \
            and _surname_in_s(low):
        return False  # "Shapps says", "Marles tours": a word no dictionary knows, neither a
        # plural of one ("Warships") nor a people's name ("Kurds", "Russians"), is a surname
    if i == 0 and word[:1].isupper() and low.endswith("as") and low not in AS_PLURALS and \
            len(words) > 1 and _clean(words[1]) in VERB_FORMS:
        return False  # "Dendias visits", "Lucas signs": a name in -as opening the headline
    # "-os" like "-us" and "-is": as often one thing or name as a plural ("Marcos grants",
    # "BrahMos plays", "chaos reigns")
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "os",
                                                                     "'s", "’s"))


# Peoples' names in the plural that no dictionary lists ("Kurds arrive"); "-is" ("Saudis") is
# known by its ending, "-ans" by the gazetteer's demonyms ("Russians"; "Brekelmans" is a name).
NATIONALITY_PLURALS = _set("""
    turks kurds poles greeks serbs croats czechs slovaks arabs swedes danes finns uzbeks kazakhs
    tajiks scots brits swiss thais lao britons filipinos europeans africans asians romans
    """)


def _surname_in_s(low: str) -> bool:
    """A capitalised word in -s opening a headline is a surname ("Shapps", "Marles"), unless
    the dictionary knows it or its last part ("Officials", "Warships") or it names a people."""
    if not low.isalpha() or low in NATIONALITY_PLURALS or low.endswith("is"):
        return False
    from lemminflect import getAllLemmas
    if low.endswith("ans"):  # "Russians", "Veterans" are plurals; "Brekelmans" is a surname
        return not (low[:-1].capitalize() in DEMONYMS or getAllLemmas(low))
    return not any(getAllLemmas(low[k:]) and len(low) - k >= 5 or k == 0 and getAllLemmas(low)
                   for k in range(len(low) - 4))


# Plurals in -as ("Areas of the base reopen"); another word in -as opening a headline before
# its verb is a name ("Dendias visits").
AS_PLURALS = _set("areas ideas visas quotas arenas agendas eras dramas cameras")


# The last word of a company's name, plural in form, one firm: "BAE Systems".
COMPANY_HEADS = _set("""
    systems industries dynamics aeronautics technologies holdings airways airlines electronics
    motors communications networks solutions
    """)
# Verbs of saying after a speaker: "Marles says".
SPEECH_VERBS = _set("says tells adds announces warns urges notes insists confirms denies")


# Plural nouns without -s: "people pay tribute", "police seize a car".
IRREGULAR_PLURALS = _set("people police men women children personnel")


# After one of these the subject's head is behind: "First batch of missiles arrives" agrees.
HEAD_ENDS = _set("of for from with to in on at by between among about over under into")


# Titles before a surname: "Mr Marles says" (a name in -s is no plural).
NAME_TITLES = _set("mr mrs ms dr prof sir gen col capt adm lt sgt sen rep")


def _agreement_error(words: list[str]) -> bool:
    return any(_clean(words[i + 1]) in THIRD_SINGULAR and not words[i + 1][:1].isupper()
               and not _in_object(words, i) and not _noun_before_verb(words, i + 1)
               and _is_plural_subject(words, _head(words, i)) for i in range(len(words) - 1))


def _noun_before_verb(words: list[str], k: int) -> bool:
    """"Friendship exercises held in Egypt": a form that is also a plural noun, right before
    another verb, is the subject's noun, not its verb."""
    after = _clean(words[k + 1]) if k + 1 < len(words) else ""
    return _clean(words[k]) in NOUN_OR_VERB and (
        after in AUXILIARIES or after in PAST_FORMS or after.endswith("ed") and after in VERB_FORMS)


def _in_object(words: list[str], i: int) -> bool:
    """Is ``words[i]`` inside the object of a verb before it, with no verb of saying or
    "that" to open a clause ("Launch is third round of weapons tests": a compound noun)?"""
    lowered = [_clean(w) for w in words[:i]]
    verb = next((k for k, w in enumerate(lowered) if k and w in THIRD_SINGULAR), None)
    return verb is not None and not any(
        w in ("says", "say", "said", "that", "and", ",") for w in lowered[verb:])


def _head(words: list[str], i: int) -> int:
    """Where the subject ending at ``words[i]`` has its head: before its first preposition
    ("batch" in "First batch of S-400 systems"), else ``i``."""
    if any((_clean(w) in VERB_FORMS or _clean(w) in THIRD_SINGULAR) and not _agent_participle(
            words, k) and not _clean(w).endswith("ing")
           for k, w in enumerate(words[1:i + 1], start=1)):
        return i  # past the first verb: an object, not the subject ("Course led by
        # instructors opens": a participle with its agent's "by" is the subject's, and a
        # form in -ing before a noun, "training course", is no finite verb)
    for j in range(1, i + 1):
        if _clean(words[j]) in HEAD_ENDS:
            later = [_clean(w) for w in words[j:i]]
            if later and later[0] != "between" and any(later[k] == "and" and later[k + 1] in SECOND_MEMBER
                   for k in range(len(later) - 1)):
                return i  # "Chief of the air force and other officials": a second member
            return j - 2 if j >= 2 and _agent_participle(words, j - 1) else j - 1
    return i


def _agent_participle(words: list[str], k: int) -> bool:
    """``words[k]`` is a past participle followed by its agent ("led by", "built by"): a
    shortened relative clause of the noun before it, not the headline's verb."""
    low = _clean(words[k])
    return k + 1 < len(words) and _clean(words[k + 1]) == "by" and words[k].islower() and (
        low in PAST_FORMS or low.endswith("ed") and low in VERB_FORMS)


# Words that open a second member of a subject after "and": "the chief of X and other
# officials", "the minister of X and two deputies".
SECOND_MEMBER = _set("other several various senior top two three four five six")


def _inside_name(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a capitalised word between two capitalised words of a name ("State"
    in "U.S. State Department", "Air" in "Royal Air Force"), not the headline's verb?"""
    return 0 < i < len(words) - 1 and words[i][:1].isupper() and \
        words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


# A title opening with one of these and no comma lost its subject: "On International
# Security that presence of foreign forces is …" ("In Moscow, Raisi meets Putin" has one).
OPENING_PREPOSITIONS = _set("on of for with from at to in into")


# Adjectives and determiners that need their noun: "... sign Joint", "... and other".
NEEDS_NOUN = _set("""
    joint new additional other annual bilateral naval several various latest respective
    """)
# Compounds of a number and a unit, used before a noun: "10-year", "two-day", "three-nation".
MEASURED_COMPOUND = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                               r"twelve|twenty|fifty|hundred)-(?:year|month|week|day|hour|"
                               r"nation|member|stage|phase|point|party|way|long|strong)")
# Verbs that need their object: "... Indian and Egyptian armies conduct", "... Russia sign".
NEEDS_OBJECT = _set("""
    conduct sign provide supply deliver acquire purchase buy receive hand send sell order
    seal ink give bring procure inaugurate
    """)
# Prepositions after the main verb that take a noun with a side fact: "... houses soldiers
# under agreement signed" lost "in 2014" and reads as a cut.
SIDE_PREPOSITIONS = _set("under after following per via through amid despite")


def _cut_phrase(text: str, lowered: list[str]) -> bool:
    """Endings the cut-end patterns miss: a plural possessive ("... countries’"), an
    adjective without its noun ("... sign Joint"), a verb without its object ("... armies
    conduct"), a participle left of a side fact ("... under agreement signed")."""
    if text[-1] in ".!?\"”)" or not lowered:
        return False
    if text.endswith("s’") and text.count("‘") < text.count("’") or \
            text.endswith("s'") and text.count("'") % 2:
        return True  # the last mark closes no quotation: a possessive
    last = lowered[-1]
    if last in NEEDS_NOUN or last in ("advanced", "unmanned", "guided", "sophisticated"):
        return True  # "... first part of advanced": an adjective without its noun
    if MEASURED_COMPOUND.fullmatch(text.split()[-1].lower()):
        return True  # "... sign landmark 10-year": a measured compound without its noun
    if last in {f for b in NEEDS_OBJECT for f in _forms(b)} and not last.endswith(("ed", "ing")) \
            and last not in PAST_FORMS and last not in NOUN_OR_VERB and len(lowered) > 1 and \
            lowered[-2] not in AUXILIARIES and lowered[-2] not in NOT_SUBJECT and \
            lowered[-2] not in VERB_FORMS:
        return True  # (right after a verb the word is its object: "Parliament approves purchase")
    if len(lowered) > 3 and lowered[-2] in GERUND_LEADS and last.endswith("ing") and \
            last[:-3] in NEEDS_OBJECT | {b[:-1] for b in NEEDS_OBJECT if b.endswith("e")}:
        return True  # "... ahead of signing", "... for supplying": what is signed was cut
    if COMPLEMENT_CUT.search(text) or _object_cut(lowered) or CLAUSE_SUBJECT_END.search(text) \
            or OWNED_AMOUNT_END.search(text) or BETWEEN_ONE_END.search(text):
        return True
    return len(lowered) >= 4 and lowered[-3] in SIDE_PREPOSITIONS and \
        (_regular_participle(last) or last in PAST_FORMS or last in ("signed", "agreed"))


# A passive that needs what it names the thing as: "… approval is likely to be seen" (as
# what), "… is regarded" ("Outcome remains to be seen" is an idiom, whole).
COMPLEMENT_CUT = re.compile(r"(?<!remains to )(?<!remain to )\b(?:be|been|being|is|are|was|were)\s+"
                            r"(?:[a-z]+ly\s+)?(?:seen|regarded|viewed|perceived|considered|described|deemed|"
                            r"billed|touted|branded|labelled|labeled|dubbed|termed|"
                            r"characterised|characterized)\W*$", re.I)
# A clause's conjunction and its subject, a name, with no verb after: "… delivered by the time
# Marchetti", "… when Okafor" (what the named one did was cut); "before", "after", "until",
# "since" take a name alone ("until March", "after Okafor's visit") and are no sign.
CLAUSE_SUBJECT_END = re.compile(r"\b(?:when|while|once|because|if|although|though|whereas|"
                                r"by\s+(?:the\s+)?time)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*$")
# An amount owned or qualified, with no noun after it: "… will deliver Chile's new $9 billion"
# (the amount of what: a programme, a fleet); "… sign deal worth $9 billion" is whole.
OWNED_AMOUNT_END = re.compile(r"(?:[A-Za-z]['’]s|\bnew|\bfirst|\blatest)\s+(?:[A-Z]{0,3}\$|€|£|"
                              r"(?:USD|EUR|GBP)\s+)?[\d][\d.,]*\s*(?:million|billion|trillion|"
                              r"bn|mn)?$")
# "between" and one name at the end, no "and" after it: "… signed between Ministry" (and whom);
# "between navies", "between the two countries", "between Special Forces" (a plural) name
# both sides.
BETWEEN_ONE_END = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?<!s)$")
# Verbs that need their object, here or as the speaker's news: "… signs in Belgrade",
# "… confirms in interview with …": only where or when is left after the verb.
OBJECT_VERBS = NEEDS_OBJECT | _set("confirm announce unveil reveal approve")
WHERE_OR_WHEN = _set("in at during")


def _object_cut(lowered: list[str]) -> bool:
    """The headline's verb needs its object and only a place or an occasion follows it
    ("Vossel signs in Merrow": what he signs was cut), with no other verb after."""
    for i, word in enumerate(lowered[1:-1], start=1):
        if word in AUXILIARIES or word in ("says", "say", "that", ","):
            return False
        base = next((b for b in OBJECT_VERBS if word in (b, *_forms(b)) and
                     not word.endswith(("ed", "ing")) and word not in PAST_FORMS), None)
        if base is None or word in NOUN_OR_VERB and not _subject_before(lowered, i):
            continue
        rest = lowered[i + 1:]
        return rest[0] in WHERE_OR_WHEN and not any(  # ("… in interview": a noun)
            w in AUXILIARIES or w in PAST_FORMS or w in THIRD_SINGULAR and w not in NOUN_OR_VERB
            or w in ("and", "to", "that") for w in rest[1:])
    return False


# Prepositions before a gerund: "... ahead of signing", "... after receiving"
GERUND_LEADS = _set("of for before after by without upon on to")


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
REPORTED = re.compile(r"\b(?:says|say)\s+(?P<rest>.+)$", re.I)


def _verbless_report(text: str) -> bool:
    """What the headline reports has no verb: "Office says new sites" (a quotation, whose
    words are the speaker's own, is not judged)."""
    match = REPORTED.search(text)
    if not match or any(q in match.group("rest") for q in "\"“”‘"):
        return False
    rest = [_clean(w) for w in _words(match.group("rest"))]
    if len(rest) < 2:
        return False  # "... says", a cut end, is told by cut-end
    return not _has_finite_verb(["x", *rest], ["x", *_words(match.group("rest"))])


# Heads of a subject that take either number ("Number of troops remain", "Group of ... ").
EITHER_NUMBER = _set("""
    number majority total lot couple handful range host plenty variety group pair
    series minority percent proportion half rest
    """)


def _singular_head_error(words: list[str]) -> bool:
    """A singular head before the subject's first preposition with a bare verb ("Statement by
    the Armed Forces say", "Delegation of officials visit"): the verb agrees with the words
    after the preposition, not with the subject."""
    lowered = [_clean(w) for w in words]
    j = next((j for j in range(1, len(lowered)) if lowered[j] in HEAD_ENDS), None)
    if j is None or "and" in lowered[:j] or "," in lowered[:j] or \
            any(w in VERB_FORMS for w in lowered[:j]):
        return False  # "Wallace says he is aware of …": the preposition is past the verb
    head = lowered[j - 1]
    if not head.isalpha() or not words[j - 1][1:].islower() or head.endswith("s") or \
            head in IRREGULAR_PLURALS or head in EITHER_NUMBER or head in COUNTS or \
            head in VERB_FORMS or head in NOT_SUBJECT or head.endswith(ADJECTIVE_SUFFIXES[:4]):
        return False
    for k in range(j + 1, len(lowered)):
        word = lowered[k]
        if word in ("and", ","):
            return False  # "Secretary of State A, B and C announce": a list, plural
        if not words[k].islower():
            continue  # "Armed" in "Egyptian Armed Forces": a name's word
        if word in BASES and lowered[k - 1] == "to":
            return False  # "Deal to see Russia supply jets": an infinitive, whose object
            # takes a bare verb of its own (after "see", "let", "make", "help")
        if word in AUXILIARIES or word in THIRD_SINGULAR or word in PAST_FORMS or \
                word.endswith(("ed", "ing")):
            return False  # a verb that agrees, or one whose number does not show
        if word in BASES and word not in NOUN_OR_VERB and words[k].islower() and \
                words[k - 1][:1].isupper() and not words[k - 1].endswith(("'s", "’s")):
            return True  # "Statement by Egyptian Armed Forces say"
    return False


CLAUSE_OPENERS = _set("that which who when while after before as because if since until")


# Words after a past participle that open no object ("Deal signed later", "Troops deployed
# abroad", "Frigate launched twice"): adverbs, particles and a date's words.
NOT_OBJECT = _set("""
    abroad home overseas together earlier later again once twice ahead back away up down out
    off over there here today yesterday tonight last this next so too also already jointly
    both first alone instead online onboard aboard amid despite via per
    """)


def _bare_object(word: str, low: str) -> bool:
    """A lower-case noun right after a past form, no article before it ("signed contract")."""
    return word.isalpha() and word.islower() and low not in VERB_FORMS and low not in NOT_OBJECT \
        and low not in HEAD_ENDS and low not in OPENING_PREPOSITIONS and low not in CLAUSE_OPENERS \
        and not low.endswith("ly") and low not in ("and", "or", "but", "as", "than", "after",
                                                   "before", "since", "until", "during", "near",
                                                   "across", "against", "along", "around",
                                                   "through", "toward", "towards", "within",
                                                   "without", "off", "like", "amid", "aboard")


def _past_tense(words: list[str]) -> bool:
    """The headline's own verb is in the past ("The patrol boats were built", "Parliament
    approved the law"): headlines tell events in the present; what someone says is theirs."""
    lowered = [_clean(w) for w in words]
    for i, word in enumerate(lowered):
        if word in ("says", "say", "said") or word in CLAUSE_OPENERS:
            return False  # "… hints that talks had entered …": a clause's own tense
        if i and word in ("was", "were", "had", "did") or i and word in SIMPLE_PAST_ONLY:
            return True  # "Tchiani spoke by telephone": a simple past needs no object
        if i and (word in PAST_FORMS or _regular_participle(word) or word.endswith("ed") and
                  word in VERB_FORMS and word not in BASES) and \
                i + 1 < len(lowered) and lowered[i + 1] in ("a", "an", "the", "its", "their",
                                                          "his", "her", "our", "this", "these"):
            return True  # "Parliament approved the law": a past form before its object
        if i and i + 1 < len(lowered) and (word in PAST_FORMS or word.endswith("ed") and
                                           word in VERB_FORMS and word not in BASES) and \
                _bare_object(words[i + 1], lowered[i + 1]) and words[i - 1][:1].isupper() and \
                "to" not in lowered[:i] and not any(w in VERB_FORMS for w in lowered[1:i]):
            return True  # "India signed contract": a name's past form before an object with no
            # article (after a lower-case word it may be an adjective: "views planned pier")
        if word in AUXILIARIES or word in THIRD_SINGULAR and word not in NOUN_OR_VERB:
            return False
    return False
