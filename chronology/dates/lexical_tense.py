"""The tense of a Russian or Persian date mention's clause, which decides the direction a date
goes from the reference: future with one of the language's future cues, past with a verb of
saying, a past relative clause or a plan ahead told by an infinitive, else the tense of the
whole sentence (``tense``); ``calendar_tense`` for a named day or month of the calendar."""

from __future__ import annotations

import re

from chronology.dates.context import FUTURE, PAST

SENTENCE_END = re.compile(r"[.!?؟\n]")
CLAUSE_END = re.compile(r"[.!?؟\n,;:،؛]")


def tense(text: str, start: int, end: int, lang) -> str:
    """FUTURE or PAST for the mention at ``start``..``end``: its clause (between commas,
    colons and sentence ends) decides first: a future cue makes it FUTURE, a reporting verb
    or another past verb PAST ("В январе депутат заявил, что поставки ожидаются весной":
    January is past);
    a clause with neither takes the sentence's tense (future if it holds a future cue)."""
    sentence = clause_span(text, start, end, SENTENCE_END)
    left, right = clause_span(text, start, end, CLAUSE_END)
    right = _said_from(text, end, right, lang)
    clause = lang.normalise(text[left:right])
    participle = lang.participle_before.search(lang.normalise(text[left:start]))
    if participle and not lang.future_cues.match(participle.group()):
        # "Подписанное в среду соглашение вступит в силу ...": signed on Wednesday (not
        # "намеченного на август", a plan)
        return PAST
    cue = lang.future_cues.search(clause)
    after = lang.normalise(text[end:right])
    expected = cue is not None and lang.expected.match(cue.group())
    done = re.sub(r"(?:\s+(?:و|and|и))?\W*$", "", after[:after.find(cue.group())]) \
        if expected else ""
    if expected and cue.group() in after and done and lang.past.search(done):
        return PAST  # "… روز دوشنبه … تحویل داد و انتظار می‌رود بقیه …": the act is done
        # before the clause of the cue begins (review G)
    if cue is not None and cue.group() in after and not lang.planned.search(clause) and (
            _closed_before(after[:after.find(cue.group())], lang,
                           lang.normalise(text[left:end]))):
        return PAST  # "… روز دوشنبه به اسرائیل رسیده‌اند و در روزهای آینده … ارسال خواهند
        # شد": the date's own verb is past and ends its clause; the future is the next one's
        # (not a verb of planning: "برای روز چهارشنبه برنامه‌ریزی شده است و قرار است …")
    if cue is not None and cue.group() in after and _past_verb_governs(
            after[:after.find(cue.group())], clause, lang):
        return PAST  # "в четверг объявил о намерении закупить …": the date's own verb is
        # past; the plan is its complement, not the date's act
    if cue or _ahead_infinitive(text, left, start, right, lang):
        return FUTURE  # "поставит в октябре", "согласилась поставить … в октябре"
    if lang.speech_verbs.search(clause) or lang.past.search(clause) or lang.past_clause.search(
            clause):
        return PAST  # a past verb or participle: "Моди объявил", ", подписанное в понедельник,"
    return FUTURE if lang.future_cues.search(lang.normalise(text[slice(*sentence)])) else PAST


def _past_verb_governs(head: str, clause: str, lang) -> bool:
    """Whether ``head`` (from a mention to a future cue after it, in one clause) holds a past
    verb with no conjunction after it: the cue is that verb's complement ("объявил о
    намерении", "заявил о планах"), not a clause of its own; never a past form of planning
    ("планировалось провести")."""
    words = [lang.key(w) for w in re.findall(r"\w+", head)]
    if not words or any(w in lang.conjunctions for w in words) or lang.planned.search(clause):
        return False
    return bool(lang.past.search(head))


def told_as_past(text: str, start: int, end: int, lang) -> bool:
    """The mention's clause tells, by a past verb or participle of its own (or a reporting
    verb), a thing done: not only PAST by default for want of a future cue («который
    завершится 28 января», «… برگزار می‌شود»: the present and the perfective future are no
    past)."""
    if tense(text, start, end, lang) != PAST:
        return False
    left, right = clause_span(text, start, end, CLAUSE_END)
    clause = lang.normalise(text[left:right])
    return bool(lang.participle_before.search(lang.normalise(text[left:start])) or
                lang.speech_verbs.search(clause) or lang.past.search(clause) or
                lang.past_clause.search(clause))


def _closed_before(stretch: str, lang, head: str = "") -> bool:
    """Whether a past verb ends a clause in ``stretch`` (between a mention and a future cue
    after it; ``head`` is the clause up to the mention): the verb, then a conjunction opening
    the next clause ("… رسیده‌اند و …", "… прибыли и …"); a language that writes no comma before
    «و» closes its clause so. A finite verb closes it; a bare participle (``bare`` in
    ``PAST_VERB``: "… وارد تهران شده و با همتای خود دیدار خواهد کرد") only before a clause with
    a subject of its own: the first clause has its object (``OBJECT_MARKERS``: "… قرارداد را
    امضا کرده و تحویل آن‌ها … آغاز خواهد شد") and the next opens on a noun, no preposition,
    with no object of its own; else the subject goes on into the future ("will meet")."""
    for verb in lang.past_verb.finditer(stretch):
        word = re.match(r"\s*(\w+)", stretch[verb.end():])
        if not word or lang.key(word.group(1)) not in lang.conjunctions:
            continue
        rest = stretch[verb.end() + word.end():]
        if not verb.groupdict().get("bare") or _own_subject(
                (head + " " + stretch[:verb.start()]).split(), rest.split(), lang):
            return True
    return False


def _own_subject(first: list[str], then: list[str], lang) -> bool:
    """Whether the clause of ``then`` has a subject of its own after the clause of ``first``:
    the first has its object marked, the next opens on a word that is no preposition and
    marks no object of its own."""
    keys = [lang.key(w) for w in then]
    return bool(keys) and any(lang.key(w) in lang.object_markers for w in first) and (
        keys[0] not in lang.clause_prepositions) and not lang.object_markers & set(keys)


def calendar_tense(text: str, start: int, end: int, lang) -> str:
    """``tense`` for a month or a day of a month named without its year, in languages whose news
    tells a plan in the present ("... اواسط اوت در چین برگزار می‌شود"): a clause in the present
    (not the past continuous, ``IMPERFECT``) and no past looks ahead, a start ("از ماه نوامبر
    آغاز می‌شود") and a deadline ("تا ماه ژوئیه ... تحویل می‌گیرد") too. The tense told stays in
    what someone says (``SAYS_NOW``), for a habit (``HABIT``: "هر سال در ماه اوت برگزار
    می‌شود"), a span from then up to now ("از ماه مارس تاکنون ..."), and a date in a relative
    clause told in the past ("قراردادی که ۱۵ ژوئیه ... امضا شد شامل ... می‌شود"). Not for
    weekdays: a weekday before a present verb of saying ("روز دوشنبه می‌گوید") is a day gone by."""
    told = tense(text, start, end, lang)
    if told == FUTURE:
        return told
    left, right = clause_span(text, start, end, CLAUSE_END)
    clause = lang.normalise(text[left:right])
    if lang.speech_verbs.search(clause) or lang.past.search(clause) or lang.past_clause.search(
            clause) or lang.says_now.search(clause) or lang.habit.search(clause):
        return told
    if _in_past_relative(text, left, start, end, right, lang):
        return told
    if not any(not lang.imperfect.match(clause, m.start()) for m in lang.present.finditer(clause)):
        return told
    if lang.bounds.search(lang.normalise(text[left:start])) and lang.until_now.match(
            lang.normalise(text[end:right])):
        return told  # "از ماه مارس تاکنون ... گشت‌زنی می‌کنند": a span from then up to now
    return FUTURE


def _in_past_relative(text: str, left: int, start: int, end: int, right: int, lang) -> bool:
    """Whether the mention stands in a relative clause («که ...») whose first verb after it is
    a past ("قراردادی که ۱۵ ژوئیه میان ایران و روسیه امضا شد شامل ... می‌شود"): the date is
    that clause's, whatever the tense of the sentence's main verb."""
    before = lang.normalise(text[left:start])
    opened = list(lang.that_word.finditer(before))
    if not opened or lang.present.search(before, opened[-1].end()) or lang.past_verb.search(
            before, opened[-1].end()):
        return False
    after = lang.normalise(text[end:right])
    past, present = lang.past_verb.search(after), lang.present.search(after)
    return past is not None and (present is None or past.start() < present.start())


def _ahead_infinitive(text: str, left: int, start: int, right: int, lang) -> bool:
    """Whether the mention at ``start`` is inside the infinitive phrase of a verb of intent or
    invitation before it in its clause ("пригласил коллегу посетить выставку в феврале"): not
    when a conjunction and a finite past verb come between that phrase and the mention, or
    after the conjunction in the clause: the date is that verb's ("пригласил Путина посетить
    Китай и в среду провел с ним переговоры")."""
    before = lang.normalise(text[left:start])
    found = list(lang.ahead_infinitive.finditer(before))
    if not found:
        return False
    last = found[-1]
    between = before[last.end():]
    for word in re.finditer(r"\w+", between):
        if lang.key(word.group()) in lang.conjunctions:
            rest = between[word.end():] + lang.normalise(text[start:right])
            return not lang.past.search(rest)
    return True


def _said_from(text: str, end: int, right: int, lang) -> int:
    """Where what a reporting verb after the mention says begins (the verb's end), else
    ``right``: "X روز پنجشنبه گفت که ایران ... خواهد فروخت" is said on a past Thursday;
    the future is what was said (a language that writes no comma before its ``THAT``)."""
    norm = lang.normalise(text[end:right])
    for verb in lang.speech_verbs.finditer(norm):
        if lang.that.match(norm, verb.end()):
            return end + verb.end()
    return right


def clause_span(text: str, start: int, end: int, edge: re.Pattern) -> tuple[int, int]:
    """The stretch around ``start``..``end`` up to the nearest ``edge`` on each side (300
    characters at most before)."""
    left = max((m.end() for m in edge.finditer(text, max(0, start - 300), start)),
               default=max(0, start - 300))
    right = edge.search(text, end)
    return left, right.start() if right else len(text)
