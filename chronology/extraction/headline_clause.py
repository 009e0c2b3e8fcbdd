"""A clause as a headline: quotations kept whole, side clauses, appositives, asides and
titles before names dropped, dates stripped, the main verb in the present tense, no articles."""

from __future__ import annotations

import re

from chronology.extraction.clauses import (
    ARTICLES,
    LOWER_ROLE,
    WORD,
    drop_intro,
    first_verb_end,
    has_verb,
    is_verb_word,
    shorten_people,
)
from chronology.extraction.entities import ROLE_WORDS
from chronology.extraction.gazetteer import country_of
from chronology.extraction.headline_tense import (
    SIMPLE_PAST,
    backshift,
    plural_subject,
    present_tense,
)
from chronology.extraction.sentences import quoted_spans
from chronology.extraction.title_cut import ARTICLE_WORDS
from chronology.extraction.title_fit import PHRASE_START
from chronology.extraction.verbs import (
    AUXILIARIES,
    is_english_word,
    is_past,
    is_verb_form,
)
from chronology.languages import en, en_grammar

CUT_BEFORE = re.compile(r"\s*(?:;|(?<!\d):|\s[–—-]\s(?!(?:I{1,3}|IV|VI{0,3}|IX|X)\b[‘’'\"”]?\s)"
                        r"|(?<!ing),\s+[a-z]+ing\b"  # ("developing, designing and building": a series)
                        # ", and the supreme leader said …", ", and in 2021 Iran joined …"
                        r"|,\s+and\s+(?=(?:the\s+|an?\s+|in\s+|on\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?"
                        r"(?:said|says|told|added|was|were|is|are|has|have|had|will|would|\w+ed)\b)"
                        # "arrived in Taiwan and were transferred to a base": a second predicate
                        r"|\s+and\s+(?=(?:was|were|has|have|had)\s+[a-z]+(?:ed|en|wn|ing)\b)"
                        # "was approved and the delivery is scheduled …": a second clause
                        r"|\s+and\s+(?=(?:the\s+|its\s+|their\s+)?(?!(?:that|which|who|it|they|"
                        r"there)\b)[a-z][\w'’-]*\s+(?:is|are|was|were|has|have|had|will)\s)"
                        # "calls murder wrong but he urged …": a second clause
                        r"|\s+but\s+(?=(?:he|she|they|it|we|I)\s)"
                        r"|,\s+(?:a|an)\s+[\w-]+\s+(?:that|which|who)\b"
                        # ", more than a year after India received …": how far apart two acts lie
                        r"|,\s+(?:(?:" + "|".join(en.TIME_DISTANCE_QUALIFIERS) + r")\s+)?(?:"
                        + "|".join(en.COUNT_WORDS) + r"|\d+)\s+(?:" + "|".join(en.UNITS)
                        + r")s?\s+(?:" + "|".join(en.TIME_DISTANCE_LINKS) + r")\b"
                        # "lost contact with the satellite a year before it was due to …": how
                        # long before another act, a side phrase with or without its comma
                        r"|\s+(?:(?:" + "|".join(en.TIME_DISTANCE_QUALIFIERS) + r")\s+)?(?:"
                        + "|".join(en.COUNT_WORDS) + r"|\d+)\s+(?:" + "|".join(en.UNITS)
                        + r")s?\s+(?:before|after)\s+(?=(?:it|he|she|they|we|the|its|their|his|her)\s)"
                        r"|,\s+(?:that|it|this)(?:['’]s|\s+is|\s+was)\s"  # a comma splice
                        r"|,\s+(?:who|whose|which|where|when|while|as|adding|also|but|"
                        r"saying|after|during|despite|amid|with|only|most|mostly|soon|"
                        r"especially|particularly|notably)\b|\s+(?:during|amid|because|"
                        r"despite|whereas|although|so that|in order to)\b)")
# "We’re ready …", "It’s a good deal": a contracted auxiliary is the clause's verb
_CONTRACTED_VERB = re.compile(
    r"\b(?:[A-Za-z]+['’](?:" + "|".join(a for a in en.CONTRACTED_AUXILIARIES if "t" not in a)
    + r")|[A-Za-z]+n['’]t|(?:" + "|".join(en.CONTRACTED_IS_AFTER) + r")['’]s|"
    r"[A-Za-z]+['’]s\s+(?:" + "|".join(en.CONTRACTED_IS_BEFORE) + r"))\b", re.IGNORECASE)


def has_predicate(clause: str) -> bool:
    """A reported clause has a verb of its own ("Iran plans to buy", "the deal was signed");
    "net income of $133 million" is the object of the verb before it."""
    words = WORD.findall(clause)  # "(reiterated) pledges to …": a first word has no subject,
    if "to" in words[1:]:  # and "… to strengthen military ties" is the infinitive's object
        words = words[:words.index("to", 1)]
    return has_verb(clause) or _CONTRACTED_VERB.search(clause) is not None or \
        any(w.islower() and w.endswith("s") and is_verb_form(w) and not _adjective(words[i])
            for i, w in enumerate(words[1:]))


def _adjective(word: str) -> bool:
    """"geostrategic (ties)", "bilateral (talks)": a word before a plural that is no subject."""
    return word.islower() and (word.endswith(("ic", "al", "ive", "ous", "ary")) or
                               is_english_word(word) and not is_verb_form(word) and
                               not plural_subject([word]) and word not in ARTICLE_WORDS and
                               word in _ADJECTIVES)


_ADJECTIVES = en_grammar.HEADLINE_CLAUSE_ADJECTIVES
_ADVERBIAL_CUTS = en_grammar.HEADLINE_CLAUSE_ADVERBIAL_CUTS
# "$18 a share", "12 jets a year": "a" is "per" after an amount, and stays
_PER = re.compile(r"an?\s+(?:share|year|month|week|day|barrel|ton|tonne|piece|head|unit)\b")
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:cents?|pence|dollars?|euros?|francs?|yen|rubles?|roubles?|"
                            r"pounds?|rupees?|yuan|million|billion|jets|aircraft|ships|units|"
                            r"missiles|times))\s+$")


def headline(clause: str, people: dict[str, str], reported: bool = False) -> str:
    """The clause as a headline: intro and side clauses dropped, present tense, no articles.
    Words inside quotation marks are never changed."""
    text, quotes = _protect(drop_intro(_CREDIT_LABEL.sub("", _URL.sub("", clause), count=1)))
    return _restore(_headline(text, people, reported), quotes)


# "Andes Analysis Group: Chilean troops entered …": a newsroom's credit before its story
_CREDIT_LABEL = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){0,4}(?:" + "|".join(
    en_grammar.HEADLINE_CREDIT_LABEL_WORDS) + r")\s*:\s+(?=[A-Z][a-z])")
# "pic.twitter.com/kbp…", "https://t.co/…": an embedded post's link is no headline's word
_URL = re.compile(r"\s*\b(?:pic\.twitter\.com/|https?://|www\.)\S*")


def _protect(text: str) -> tuple[str, list[str]]:
    """Each quotation replaced by one private-use character, so no rule touches its words."""
    quotes = []
    for start, end in reversed(quoted_spans(text)):
        quotes.insert(0, text[start:end])
        text = text[:start] + "\ue000" + text[end:]
    return text, quotes


def _restore(text: str, quotes: list[str]) -> str:
    for quote in quotes:
        text = text.replace("\ue000", quote, 1)
    return text.replace("\ue000", "")


_TOTAL_LEAD = re.compile(r"^(?:" + "|".join(en.TOTAL_LEADS) + r")\s+(?=(?:\d|(?:"
                         + "|".join(en.COUNT_WORDS) + r")\b))", re.IGNORECASE)


def _headline(text: str, people: dict[str, str], reported: bool) -> str:
    text = _TOTAL_LEAD.sub("", text)  # "A total of six jets landed" -> "six jets land"
    # "frigates — A and B — were", typed "frigates -- A and B -- were" too
    text = re.sub(r"\s(?:[–—]|--)\s(?:(?!--)[^–—]){1,80}?\s(?:[–—]|--)\s", " ", text)
    # "X, which arrived on Monday, signed": dropped; ", which includes A, B and C" is not
    # (what follows its comma is no verb), and the headline ends before it instead
    # ("…, under which Cyprus will receive …, was approved": a relative after its preposition)
    text = re.sub(r",\s+(?:who|which|whose|including|"
                  r"(?:under|in|by|through|with|for|from|of)\s+(?:which|whom))\b[^,]*,\s+(?=([\w'’]+))",
                  lambda m: " " if (is_verb_word if reported else main_verb)(m.group(1))
                  else m.group(0), text)  # "which will run, involves": a present verb too
    text = re.sub(r",\s+[a-z]+ing\b[^,]*,\s+(?=([\w'’]+)(\s+and\b)?)",  # ", taking place in …, involves"
                  lambda m: " " if is_verb_word(m.group(1), present=True) and not m.group(2)
                  else m.group(0), text)  # "…, packed with cars, trucks and buses": a list
    text = text if reported else _long_relative_dropped(text)
    text = _name_then_participle(text)
    text = _counted_appositive(text)
    text = re.sub(r"(?<=[A-Za-z]),\s+\d{1,3}(?:\s+years?\s+old)?,\s+", " ", text)  # an age
    text = _company_joined(text)
    # "Shoigu, on behalf of Putin, arrived": a prepositional aside before the verb
    text = re.sub(r",\s+(?:on behalf of|at the invitation of|according to|in the presence of|"
                  r"together with|along with|accompanied by|as part of|through|via|worth|"
                  r"valued at|estimated at)\s+[^,]{2,60},\s+"  # ", worth $2 billion,"
                  r"(?=([\w'’]+))",
                  lambda m: " " if is_verb_word(m.group(1), present=True) else m.group(0), text)
    text = re.sub(r"\s(?:that|which|who)\s+(?=([a-z]+)\b)[^,]{3,120}?(?=\s(?:is|are|was|were|will|"
                  r"would|has|have|had)\s)",
                  lambda m: "" if is_past(m.group(1)) and m.group(1) not in AUXILIARIES and
                  # "…, which began on Thursday and is scheduled to end": the verb after "and"
                  # is the relative clause's too, never the main clause's
                  not re.search(r"\s(?:and|or|but)$", m.group(0)) else m.group(0), text, count=1)
    text = re.sub(r"(?<!\bof )\b(?:also|additionally|his|her|its|their)\s+|^(?:His|Her|Its|Their)\s+",
                  "", text)  # "His car was spotted" -> "Car spotted", like an article
    text = _before_report_dropped(text)
    text = re.sub(r",\s+(?:of course|however|in turn|in fact|therefore|meanwhile|though|indeed|"
                  r"moreover|for (?:its|their|his|her) part|in addition)(?:,\s+|\W*$)"
                  # "signed, however(, on Monday) in Riga": the date took the second comma
                  r"|,\s+however\s+(?=(?:in|on|at|by|to|for|with|from)\s)", " ", text)
    text = re.sub(r"(?<=[a-z]) here\b(?! (?:is|are|was|were)\b)", "", text)
    text = re.sub(r",\s+(?:called|named|dubbed|codenamed|code-named|known? as)\s+[^,]+(?:,|$)", "",
                  text)  # ", also known as …" closing the sentence goes too
    text = _drop_appositives(text)
    text = _drop_including(text)
    text = _title_before_name_dropped(shorten_people(text, people))
    text = _aside_before_verb_dropped(text)
    cut = CUT_BEFORE.search(text, _main_verb_end(text))
    if cut and not (cut.group(0)[:1].isspace() and cut.group(0).split()[0] in _ADVERBIAL_CUTS
                    and len(text[:cut.start()].split()) < 4):
        text = text[:cut.start()]  # "Lukashenko was speaking during …" keeps its "during"
    text = backshift(text) if reported else present_tense(text)
    text = _DEMONSTRATIVE.sub(_determiner_dropped, text, count=1)
    # 'The "Joint Sea 2016" drill': the article stays before a quoted name at the start, so
    # the headline does not open with a quotation mark
    text = ARTICLES.sub(lambda m: m.group(0) if m.start() == 0 and not reported and
                        text[m.end():m.end() + 1] == "\ue000" or _PER.match(text, m.start()) and
                        _AMOUNT_BEFORE.search(text, 0, m.start()) else "", text)
    return text.strip(" ,.")


_NAMING = set(en.NAMING_PARTICIPLES)


def _main_verb_end(text: str) -> int:
    """Where the first verb ends, past a participle that names the subject ("an exercise
    dubbed Falcon-I involving A, and B troops concluded": "concluded" is the main verb, so
    the cut for a second clause is looked for after it, not at ", and B troops")."""
    end = first_verb_end(text)
    word = text[:end].split()[-1].lower() if end else ""
    if word in _NAMING and re.match(r"\s+[A-Z“\"\ue000]", text[end:]):
        later = first_verb_end(text[end:])
        return end + later if later else end
    return end


# "Malta, with a population of …, also hosts troops": a side phrase between a subject and a
# verb in the present (the cut at its comma would leave the subject alone); it ends at the
# comma before the main verb (not at a comma of a list inside it: "which bought jets, drones
# and tanks from X, hosts"), or at a quotation that took the comma in ("which calls it a
# “core interest,” sees")
_ASIDE_OPENS = re.compile(r"^(?P<subject>[^,;:\ue000]{2,80}?),\s+(?:with|which|who|whose)\s")
_ASIDE_CLOSES = re.compile(r"(?<!\d),\s+|\ue000,?\s+")
_ASIDE_VERB = re.compile(r"(?P<adverb>(?:" + "|".join(en_grammar.HEADLINE_CLAUSE_ASIDE_ADVERBS)
                         + r")\s+)?(?P<verb>[a-z][\w'’-]*)\b")
_ASIDE_LONGEST = 120


def _aside_before_verb_dropped(text: str) -> str:
    """"Malta, with a population of about half a million, also hosts troops" -> "Malta also
    hosts troops": an aside of the subject ("with …", "which …") before the main verb goes
    when the subject has no verb of its own and the word after the aside is a verb (a
    present one too, which the cut at the aside's comma does not see); a word followed by
    "and" or a comma is a list's ("jets, drones and tanks"), and the aside goes on past it."""
    opened = _ASIDE_OPENS.match(text)
    subject = opened.group("subject") if opened else ""
    if not opened or has_verb(subject) or has_predicate(subject):
        return text
    for close in _ASIDE_CLOSES.finditer(text, opened.end() + 2):
        if close.start() - opened.end() > _ASIDE_LONGEST or \
                re.search(r"[;:]", text[opened.end():close.start()]):
            return text
        found = _ASIDE_VERB.match(text, close.end())
        if not found or re.match(r"\s*(?:,|and\b)", text[found.end():]):
            continue  # ("…, drones and tanks": a list goes on)
        verb = found.group("verb")
        if main_verb(verb) or (found.group("adverb") or verb.endswith("s")) and \
                is_verb_form(verb):  # ("hosts", a noun's plural too: a verb after the aside)
            return f"{subject} {text[close.end():]}"
    return text


# "Chairman of the party, Deputy Head of the Council Dmitry Medvedev has arrived": a person's
# titles stacked before the name, the first set off by a comma, are an appositive of the
# name that follows; the headline names the person ("Medvedev arrives").
_ROLE_HEADS = "|".join(sorted((w for w in ROLE_WORDS if w[:1].isupper() and w.isalpha()),
                              key=len, reverse=True))
_TITLE_BEFORE_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:" + _ROLE_HEADS + r")\s+(?:of|for|to|at)\s+[^,;:“”\"\ue000]{2,80}?,"
    r"\s+(?=(?P<name>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)\s+(?P<verb>[a-z]+)\b)")


def _title_before_name_dropped(text: str) -> str:
    """"Chairman of United Russia Party, Medvedev has arrived" -> "Medvedev has arrived": the
    title before the comma goes when a name and its verb follow the comma ("Head of the
    delegation, Poland and Korea sign": a list, the "and" is no verb, stays)."""
    match = _TITLE_BEFORE_NAME.match(text)
    if not match or has_verb(text[:match.start("name")]):
        return text
    verb = match.group("verb")
    if verb not in AUXILIARIES and not main_verb(verb) and not is_past(verb):
        return text
    return text[match.start("name"):]


_BEFORE_REPORT = "|".join(en.BEFORE_REPORT_ADVERBS)
_BEFORE_REPORT_ASIDE = re.compile(rf",\s+(?:{_BEFORE_REPORT}),\s+(?=[a-z])")
_BEFORE_REPORT_VERB = re.compile(rf"\s(?:{_BEFORE_REPORT})\s+(?=([a-z]+)\b(?!\s+(?:to|by|in|at|from|for|"
                                 rf"with|on|under)\b))")
# ("systems previously gifted to Ukraine": a participle after its noun keeps its adverb)
_BEFORE_REPORT_END = re.compile(rf"\s+(?:{_BEFORE_REPORT})(?=\s*(?:[,.;]|$))")


def _before_report_dropped(text: str) -> str:
    """"The prime minister earlier attended …", "The Prime Minister, earlier, attended …",
    "Biden went to Hanoi previously": the adverb only places the act before the report, which
    the event's date does on a timeline ("an earlier agreement" keeps its adjective)."""
    text = _BEFORE_REPORT_ASIDE.sub(" ", text)
    text = _BEFORE_REPORT_VERB.sub(lambda m: " " if is_verb_word(m.group(1)) else m.group(0), text)
    return _BEFORE_REPORT_END.sub("", text)


_INNER_CLAUSE = en_grammar.HEADLINE_CLAUSE_INNER_CLAUSE


def _long_relative_dropped(text: str) -> str:
    """"The minister, who lived in London, when the Soviets invaded, until 1989, said …" ->
    "The minister said …": a relative clause on the subject whose own side clauses hold
    commas goes whole, up to the comma before the main verb."""
    match = re.search(r",\s+(?:who|which|whose)\b", text)
    if not match or has_verb(text[:match.start()]):
        return text
    for comma in re.finditer(r",\s+([\w'’]+)", text[match.end():match.end() + 240]):
        word = comma.group(1)
        if is_verb_word(word) and comma.start() > 0:
            if not has_predicate(text[match.end():match.end() + comma.start()]):
                return text  # the verb after the first comma is the relative clause's own
            joint = ", " if "," in text[:match.start()] else " "  # "X, Jan Kavan, said"
            return text[:match.start()] + joint + text[match.end() + comma.end(1) - len(word):]
        item = re.match(r"[^,]*", text[match.end() + comma.end():]).group(0)
        if word.lower() not in _INNER_CLAUSE and not word[:1].isupper() and \
                (len(item.split()) > 3 or has_verb(item)):  # "…, drones and trucks, arrived"
            return text
    return text


_NAME_ING = re.compile(r"^(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s)"
                       r"(?:[A-Z][\w.'’-]*\s+){1,4}(?=[a-z]+ing\s+(?:the|a|an|his|her|its|their|"
                       r"[A-Z]))")


def _name_then_participle(text: str) -> str:
    """"Singh addressing the ceremony in Mumbai(,) expressed concerns" -> "Singh expressed
    concerns": an -ing phrase between a name and its past verb goes."""
    name = _NAME_ING.match(text)
    if not name:
        return text
    words = text[name.end():].split(" ")
    for i, word in enumerate(words[1:16], 1):
        before = words[i - 1].lower().rstrip(",")
        if word.islower() and is_past(word) and word not in AUXILIARIES and \
                before not in ARTICLE_WORDS and not before.endswith(("ly", "'s", "’s")):
            return text[:name.end()] + " ".join(words[i:])
        if word.endswith((";", ":")) or word in ("and", "but", "who", "which", "that"):
            return text
    return text


_COUNTED = re.compile(r"^(?P<subject>[^,]{2,60}),\s+(?:two|three|four|five|six|seven|eight|nine|"
                      r"ten|both)\s+(?=[^,]*?\b[a-z]{3,}ing\b)")


def _counted_appositive(text: str) -> str:
    """"Gromkiy and Sovershenniy, two Russian warships taking part in the drill(,) conducted
    training" -> "Gromkiy and Sovershenniy conducted training": an appositive counting the
    subject, with a participle phrase and no comma to close it, ends at the verb after it."""
    match = _COUNTED.match(text)
    if not match:
        return text
    words = text[match.end():].split(" ")
    participle = False
    for i, word in enumerate(words):
        verb = word.islower() and (word in AUXILIARIES or is_past(word) and
                                   words[i - 1].lower() not in ARTICLE_WORDS | {"to"})
        if participle and verb:
            return match.group("subject") + " " + " ".join(words[i:])
        if word.endswith((",", ";", ":")) and not (
                participle and i + 1 < len(words) and words[i + 1] in AUXILIARIES):
            return text  # an appositive its comma closes: the appositive rules deal with it
        participle = participle or word.islower() and word.rstrip(",").endswith("ing")
    return text


# "This 134m-long warship was launched": a determiner, dropped like an article; "This
# follows …", "These are …": a pronoun, kept (the pronoun rules deal with it)
_DEMONSTRATIVE = re.compile(r"^(?:this|that|these|those)\s+(?=([\w'’-]+)\s)", re.IGNORECASE)


def _determiner_dropped(match: re.Match) -> str:
    word = match.group(1).lower()
    # "These problems resulted": a noun in -s, so "These" is a determiner; "This follows",
    # "This marks": a verb no noun shares, so "This" is the subject
    present = word.endswith("s") and not word.endswith("ss") and len(word) > 3 and \
        (is_verb_form(word, only=True) or not is_english_word(word))
    # "These include …", "Those remain …": a bare form no noun shares after a plural one
    bare = match.group(0).split()[0].lower() in ("these", "those") and is_verb_form(word, only=True)
    if is_verb_word(word) or present or bare or word.endswith("ly") or \
            word in ("is", "was", "means", "comes", "came", "marks", "shows"):
        return match.group(0)
    return ""


# "the multi-role stealth frigate of the Indian Navy, INS Tushil, was commissioned": the name
_NAMED_SUBJECT = re.compile(r"^(?P<article>[Tt]he\s+|an?\s+|An?\s+)?(?P<desc>[A-Za-z][^,]{2,100}?),\s+"
                            r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+(?=(?P<verb>[a-z]+))")
_PLACE_NOUNS = en_grammar.HEADLINE_CLAUSE_PLACE_NOUNS


def _named_subject(text: str) -> str:
    match = _NAMED_SUBJECT.match(text)
    if not match or not is_verb_word(match.group("verb")):
        return text
    desc = match.group("desc")
    if desc.split()[-1].lower() in _PLACE_NOUNS:
        return text  # "the board of Loudon county, Virginia, will vote": a place's state
    head = re.split(r"\s+(?:of|for|from|in)\s+", desc)[0].split()[-1]  # "frigate of the Navy"
    if not head[:1].islower() or not (match.group("article") or desc[:1].islower()):
        return text  # "The S-300 deal, …": the head must be a common noun ("frigate")
    if head != desc.split()[-1] and (head.endswith("ing") or head in en.ACTION_NOUN_PARTICIPLES
                                     or head in en.ACTION_NOUN_ACTS):
        # "The groundbreaking for the second warship, PNS Badr, took place": the name names
        # the ship, not the act, which stays the subject: "groundbreaking for PNS Badr"
        act = re.match(r"(.+?\s(?:of|for|from|in))\s", desc)
        return f"{match.group('article') or ''}{act.group(1)} {match.group('name')} " \
            f"{text[match.end():]}"
    return match.group("name") + " " + text[match.end():]


_LIST_GOES_ON = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
                           r"(?:,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*,?\s+(?:and|or)\s")
_LIST_ENDS = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:and|or)\s+"
                        r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


_NAME_ALONE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
# ", to be handed over in May, is moored": an aside of the subject's future, before the verb
_INFINITIVE_ASIDE = re.compile(r"to\s+be\s+[a-z]+\b[^,;:]{0,60},\s+([\w'’]+)")


def _drop_appositives(text: str) -> str:
    """", Chief of Staff of the Iranian Armed Forces," and ", signed in 2007," are dropped."""
    text = _named_subject(text)
    def keep_or_drop(match: re.Match) -> str:
        inner, after = match.group(1), match.group(2) or ""
        later = _INFINITIVE_ASIDE.match(match.string, match.end()) if after == "to" else None
        if later:  # "Varna, the second of the boats built for the navy, to be handed over in
            after = later.group(1)  # May, is moored": the verb after the second aside
        # "Two ships, the missile ship Dagestan and the small missile ship Grad Sviyazhsk,
        # arrived": a long appositive naming the subject, with the past verb right after it
        # ("Varna, the second of the four boats built for the navy, is moored": a name
        # alone before it, and any verb after it)
        named = inner.split(" ", 1)[0].lower() in en.ARTICLE_WORDS and len(inner.split()) <= 20 and \
            (is_past(after) and after not in AUXILIARIES or after in AUXILIARIES and
             _NAME_ALONE.fullmatch(match.string[:match.start()])) and \
            not has_verb(match.string[:match.start()])
        if len(inner.split()) > 10 and not named or _LIST_GOES_ON.match(match.string, match.end()):
            return match.group(0)  # "rivals, the Czech Republic, Hungary and Poland": a list
        if _LIST_ENDS.fullmatch(inner) and re.search(r"\b[A-Z][\w.'’-]*$", match.string[:match.start()]):
            return match.group(0)  # "a tour of Oman, Kuwait and Bahrain, which": a list's end
        if country_of(inner.strip()) and re.match(r"(?:and|or)\s+(?:the\s+)?[A-Z]", match.string[match.end():]) \
                and country_of(re.split(r"\s", match.string[:match.start()].strip())[-1]):
            return match.group(0)  # "Russia, Iran, and China hold": a list's serial comma
        # "The tanks, the first batch of 108 ordered in 2019, arrived": a reduced relative
        # inside the appositive, and the main verb right after it
        reduced = (inner[:4].lower() in ("the ", "a ", "an ") or
                   inner.lower().startswith(("part of ", "one of "))) and main_verb(after) and \
            not any(w in AUXILIARIES for w in inner.lower().split())
        return match.group(0) if has_verb(inner) and not reduced else " "
    # after a word, or a name ending in a digit ("LIG-Nex1, the system's maker, and …")
    text = re.sub(r"(?:(?<=[A-Za-z])|(?<=[A-Za-z][0-9])),\s+((?:the |a |an )?[A-Z][^,]{2,80}?|"
                  r"(?:the|a|an) [a-z][^,]{2,80}?"
                  r"|(?:one|part) of [^,]{2,80}?|" + LOWER_ROLE + r"\b[^,]{2,80}?)"
                  r"\s*,\s*(?=([\w'’]+)?)", keep_or_drop, text)
    # "Varna, to be handed over in May, is moored" (its appositive gone): the name's aside of
    # its future goes too, before the main verb
    text = re.sub(r"^(" + _NAME_ALONE.pattern + r"),?\s+to\s+be\s+[a-z]+\b[^,;:]{0,60},\s+"
                  r"(?=(?:is|are|was|were|has|have|had|will)\b)", r"\1 ", text)
    text = re.sub(r"(?<=[\w)]),\s+(?:first |originally |previously )?[a-z]+ed\b[^,]{0,60},\s*", " ",
                  text)
    # "X, constructed under the contractorship of Y within the project, was launched": a long
    # participle clause goes when the main verb follows it
    text = re.sub(r"(?<=[\w)]),\s+(?:first |originally |previously )?([a-z]+)\b"
                  r"[^,]{0,140},\s+(?=([\w'’]+))", _participle_dropped, text)
    # the same without its first comma (an appositive before it went): "the corvette
    # constructed under … project, was launched"
    reduced = re.search(r"(?<=[\w)])\s+([a-z]+(?:ed|en|wn|lt))\b[^,]{0,140},\s+"
                        r"(?=(?:was|were|is|are|has|have|had|will)\b)", text)
    if reduced and is_past(reduced.group(1)) and not has_verb(text[:reduced.start()]):
        text = text[:reduced.start()] + " " + text[reduced.end():]
    # "The flotilla comprised of five warships and four helicopters, left Qingdao": a
    # participle phrase after the subject, closed by a comma before a verb in the past
    reduced = _REDUCED_BEFORE_PAST.search(text)
    if reduced and _reduced_aside(reduced) and \
            is_past(reduced.group(4)) and reduced.group(4) not in AUXILIARIES and \
            len(text[:reduced.start()].split()) <= 6 and not has_verb(text[:reduced.start()]):
        text = text[:reduced.start()] + " " + text[reduced.end():]
    return _made_of_dropped(text)


# "The flotilla made up of three corvettes sailed for …": a make-up with no commas runs to
# the next past verb (en.COMPOSITION_PHRASES)
_MADE_OF = re.compile(r"(?<=[\w)])\s+(?:" + "|".join(en.COMPOSITION_PHRASES) + r")\s+")


def _made_of_dropped(text: str) -> str:
    """A group's make-up told with no commas goes up to the main verb: the first past verb
    after it, behind a short subject with no verb of its own."""
    match = _MADE_OF.search(text)
    if not match or len(text[:match.start()].split()) > 6 or has_verb(text[:match.start()]):
        return text
    for word in re.finditer(r"[^\s,;“”\"]+|[,;“”\"]", text[match.end():match.end() + 120]):
        if not word.group(0).isalpha():
            return text  # a comma or a quotation: the make-up is told otherwise
        if word.start() and is_past(word.group(0)) and word.group(0) not in AUXILIARIES:
            return text[:match.start()] + " " + text[match.end() + word.start():]
    return text


def _reduced_aside(reduced: re.Match[str]) -> bool:
    """The participle phrase of ``_REDUCED_BEFORE_PAST`` is an aside: a participle ("-ed",
    "-en") or a group's make-up ("made up of", "consisting of": en.COMPOSITION_PHRASES,
    never the main verb).  After "with" the verb after the comma may be a second aside's
    ("agreed with the plan …, held in Oslo"); after "by" (the agent of a passive: "a
    delegation led by the deputy minister, arrived in Beijing") or a make-up it is the main
    verb whatever follows it."""
    participle, prep, after = reduced.group(1), reduced.group(3), reduced.group(5)
    made_of = f"{participle} {reduced.group(2) or ''}{prep}".replace("  ", " ") in \
        en.COMPOSITION_PHRASES
    if not made_of and not (re.fullmatch(r"[a-z]+(?:ed|en|wn|lt)", participle) and
                            is_past(participle) and participle not in AUXILIARIES):
        return False
    return made_of or prep == "by" or after is None


# (the phrase "of"/"with"/"by" opens: "comprised of", "coupled with", "backed by"; the verb
# after the comma takes its object, no phrase of a second aside: not ", held in Sydney")
_REDUCED_BEFORE_PAST = re.compile(r"(?<=[\w)])\s+([a-z]+(?:ed|en|wn|lt)|"
                                  + "|".join(sorted({p.split()[0] for p in en.COMPOSITION_PHRASES})) +
                                  r")\s+(up\s+)?(of|with|by)\s"
                                  r"[^,;“”\"]{2,140},\s+(?=([a-z]+)\s+((?:in|at|on|by|to|for|from|"
                                  r"with|as|during|under|near|off)\b)?)")
# "Russia, as well as China, sent …", "Tu-95 bombers accompanied by H-6 bombers, flew …": a
# second party set off before the verb (en.COMPANY_PHRASES)
_COMPANY = re.compile(r"(,\s+|\s+)(" + "|".join(en.COMPANY_PHRASES + en.ESCORT_PHRASES) +
                      r")\s+([^,;“”\"]{2,60}),\s+(?=([\w'’]+)\s*([\w'’]*))")


def _company_joined(text: str) -> str:
    """"F-16 jets, as well as Canadian CF-18 jets, performed": a second party of the act
    between the subject and its verb is part of the subject, joined by "and" ("F-16 jets and
    Canadian CF-18 jets perform"); an aside that names no party ("as well as attending the
    talks", "as well as those from …") goes.  The party opens with no verb or preposition, and
    with no comma before it nothing before the subject is a verb ("…, as well as aircraft,
    helicopters and UAVs": a list, no verb after it, stays)."""
    def joined(m: re.Match[str]) -> str:
        verb = m.group(4)
        # (a participle with its phrase, "sent from Latakia, reached", is no main verb)
        if not main_verb(verb) or _participle_aside(text[m.end():]):
            return m.group(0)
        subject = text[:m.start()]
        if not m.group(1).startswith(",") and (len(subject.split()) > 6 or has_verb(subject)):
            return m.group(0)
        first = m.group(3).split()[0].lower()
        # (a long subject, "The shipment of ground systems for the … system, along with the
        # missiles,": the aside may be of any of its nouns, and the headline has no room; an
        # escort, or the subject's own people, "along with its proxies", are company only)
        if m.group(2) in en.ESCORT_PHRASES or first in en.POSSESSIVE_DETERMINERS or \
                first in PHRASE_START or first in en.POINTING_BACK or first.endswith("ing") or \
                is_verb_word(first) or len(subject.split()) > 6:
            return " "
        return f" and {m.group(3)} "
    match = _COMPANY.search(text)
    if not match:
        return text
    new = joined(match)
    verb = match.group(4)
    if new.startswith(" and ") and verb.islower() and verb.endswith("s") and \
            is_verb_form(verb, only=True) and verb not in AUXILIARIES:
        # two parties take the plural: "Iran, along with Russia, denies" -> "… deny"
        verb = _plural_present(verb)
        return text[:match.start()] + new + verb + text[match.end() + len(match.group(4)):]
    return text[:match.start()] + new + text[match.end():]


def _participle_aside(text: str) -> bool:
    """"sent from Latakia, reached Idlib": a past participle and its phrase closed by a comma
    before a past verb is an aside, never the main verb."""
    match = re.match(r"([a-z]+)\s+[^,;.“”\"]{2,60},\s+([a-z]+)\b", text)
    return bool(match) and is_past(match.group(1)) and is_past(match.group(2)) and \
        match.group(2) not in AUXILIARIES


def _plural_present(word: str) -> str:
    """"denies" -> "deny", "reaches" -> "reach", "holds" -> "hold"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def main_verb(word: str) -> bool:
    """A verb after an aside: a verb word, or a present in -s no noun shares ("intensifies")."""
    return is_verb_word(word) or word.islower() and word.endswith("s") and \
        is_verb_form(word, only=True)


def _participle_dropped(match: re.Match) -> str:
    """", held off the coast of Oman, involves": a participle aside before the main verb
    (past or present: "involves" is a verb no noun shares) goes."""
    participle, after = match.group(1), match.group(2)
    if not is_past(participle) or participle in AUXILIARIES or participle in SIMPLE_PAST:
        return match.group(0)
    return " " if main_verb(after) else match.group(0)


def _drop_including(text: str) -> str:
    """"The warships, including the cruiser Varyag arrived": the list before the verb goes."""
    match = re.search(r",\s+(?:including|among them|such as)\s+", text)
    if not match:
        return text
    for word in WORD.finditer(text, match.end()):
        if word.start() - match.end() > 120 or text[match.end():word.start()].count(",") > 1:
            return text
        if is_verb_word(word.group(0)) and word.start() > match.end():
            if re.search(r"\b(?:that|which|who)\s+$", text[:word.start()]):
                return text  # "including the bombing that killed …": the relative's verb
            head = text[match.end():word.start()].rstrip(", ")
            return text[:match.start()] + " " + text[word.start():] if head else text
    return text
