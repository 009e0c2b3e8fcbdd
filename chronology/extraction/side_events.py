"""Events a sentence's side clauses date: another act than the main one ("the first batch of
108, ordered in 2019, arrived on ..."), the agreement a clause names ("part of an agreement
signed in 2014"), and a sentence whose only date is a side clause's own act."""

from __future__ import annotations

import re
from dataclasses import replace

from chronology.dates.model import Mention
from chronology.extraction.contrast import contrast_clauses
from chronology.extraction.dating import Dating, calendar_mentions, choose_date, side_acts
from chronology.extraction.entities import find_entities
from chronology.extraction.ids import event_id
from chronology.extraction.links import SIDE_ACT_TAGS, thing_before
from chronology.extraction.model import PRECISION, Candidate
from chronology.extraction.relevance import other_countries, topic_countries
from chronology.extraction.respectively import respective_acts
from chronology.extraction.sentences import Sentence, dateline_end
from chronology.extraction.tags import tags_for
from chronology.extraction.titles import make_title

# The parties of the agreement told after its date: "signed in 2019 by the Caspian states",
# "… among five countries": perhaps more than the two sides the sentence names.
_SIGNED_BY = re.compile(r"\s*,?\s*(?:by|among|between|with)\b")
# An agreement with no name of its own, right before its side clause's act: "part of an
# agreement signed in 2014", "under a defence cooperation deal inked in 2019".
_AGREEMENT_HEAD = re.compile(r"\b(?:an?|the)\s+(?P<noun>(?:(?:defen[cs]e|military|security|"
                             r"cooperation|co-operation|framework|basing|bilateral|"
                             r"intergovernmental)\s+){0,3}(?:agreement|deal|accord|pact|treaty|"
                             r"memorandum))\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?$",
                             re.IGNORECASE)
# A thing's own name right before a comma: "… underscored by the Shusha Declaration, ".
# A name takes its "of …" phrases whole: "the Joint Comprehensive Plan of Action, ".
_NAME_BEFORE_ASIDE = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?)"
                                r"{0,6}[A-Z][\w'’-]*)\s*,\s*$")
_LESSER = 1  # a rank's first field: 0 for an action's quote, 1 for a statement's or a side act's


def _side_tags(act: str) -> list[str]:
    """The kind of a side clause's act: "ordered" an arms deal, "signed" an agreement."""
    return [SIDE_ACT_TAGS.get(act.split()[0], "agreement")]


class SideEvents:
    """The scan's events of side clauses (candidates._Scan inherits them)."""

    def side_events(self, main: Candidate, mentions: list[Mention]) -> None:
        """Acts its side clauses date ("the first batch of 108, ordered in 2019, arrived on
        Sunday"): events of their own, quoted by the same sentence, headed by the thing
        the clause tells of ("M1A2 tanks ordered"); and acts dated in turn ("PNS Babur and
        PNS Badar were launched in August 2021 and May 2022 respectively"): one event each."""
        text, span = self.article.text, main.sentence
        story = dateline_end(text, span.start, span.end)  # not "MOSCOW (Wire) - The drills"
        for side in side_acts(text, span.start, span.end, mentions, main.dating):
            thing = thing_before(side.thing + " ") if side.thing else \
                thing_before(text[story:side.at])
            if thing is not None:
                self._side_event(main, side.dating, f"{thing} {' '.join(side.act.split())}",
                                 _side_tags(side.act), side.at)
            elif not _SIGNED_BY.match(text, side.dating.mention.end) and \
                    (signed := self._sides_signed(main, text[span.start:side.at], side.act)):
                self._side_event(main, side.dating, signed, ["agreement"], side.at)
        for begin, stop in contrast_clauses(text, span.start, span.end, main.dating.mention.start):
            dating = choose_date(text, begin, stop, mentions, [])  # "…, whereas X took place in May"
            clause = text[begin:stop]
            if dating is not None and not other_countries(clause, self.config.topic):
                title = make_title(clause, [(m.start - begin, m.end - begin) for m in mentions
                                            if begin <= m.start < m.end <= stop],
                                   self.cast.names, False)
                self._side_event(main, replace(dating, reason=f"a second act set against the "
                                               f"first ({dating.reason})"), title,
                                 tags_for(clause, False), begin)
        for mention, title in respective_acts(text, span.start, span.end, mentions):
            if mention.start == main.dating.mention.start:  # the event's own date: its act
                main.event.title, main.event.id = title, event_id(mention.value, title)
                self.note(f"{mention.value} line {self.line_of(mention.start)}: the first of "
                          f"the acts dated in turn ('… respectively') -> {title!r}")
                continue
            dating = Dating(mention, False, f"the act '{mention.text}' dates in turn "
                            "('… respectively')")
            self._side_event(main, dating, title, list(main.event.tags), mention.start)

    def lone_side_act(self, sentence: Sentence,
                      mentions: list[Mention]) -> tuple[Dating, str] | None:
        """The sentence's only date is a side clause's own act, after a named thing and
        before a clause on what it did ("The visit is underscored by the Shusha Declaration,
        signed on June 15, 2021, which formalized an alliance between A and B"): the
        sentence tells that act, the thing's signing, though its main clause states none."""
        text = self.article.text
        sides = side_acts(text, sentence.start, sentence.end, mentions, None)
        if len(sides) != 1 or len(calendar_mentions(mentions, sentence.start, sentence.end)) != 1:
            return None
        side = sides[0]
        if side.thing is not None or not re.match(r"\s*,", text[side.dating.mention.end:]):
            return None  # "… signed on June 15, 2021, which …": an aside set off by commas
        name = _NAME_BEFORE_ASIDE.search(text, sentence.start, side.at)
        if name is None:
            return None  # a thing with a name of its own right before it
        aside = text[name.start():sentence.end]
        ours = topic_countries(self.config.topic)
        named = set(find_entities(aside, {}).countries)
        if len(named & ours) < 2 or other_countries(aside, self.config.topic):
            return None  # the aside must name the topic's sides, and no third party
        return (replace(side.dating, reason=f"the sentence's only date: {side.dating.reason}"),
                f"{name.group('name')} {' '.join(side.act.split())}")

    def _sides_signed(self, main: Candidate, head: str, act: str) -> str | None:
        """"Establishment of the base, part of an agreement signed in 2014 …": the agreement
        of the two sides the sentence names ("Turkey and Qatar sign agreement"), when it names
        no other country and the agreement no name of its own (named, ``thing_before``
        heads it)."""
        noun = _AGREEMENT_HEAD.search(head)
        sides = [c for c in main.entities.countries if c in topic_countries(self.config.topic)]
        if noun is None or act.split()[0] not in ("signed", "inked", "concluded") or \
                len(sides) != 2 or len(set(main.entities.countries)) != 2:
            return None
        return f"{sides[0]} and {sides[1]} sign {noun.group('noun').lower()}"

    def _side_event(self, main: Candidate, dating: Dating, title: str, tags: list[str],
                    at: int) -> None:
        """An event of another act the main event's sentence dates, quoted by it."""
        mention = dating.mention
        event = replace(main.event, id=event_id(mention.value, title), date=mention.value,
                        title=title, end_date=None, approximate=mention.approximate, tags=tags,
                        sources=[replace(main.event.sources[0], date_text=mention.text,
                                         date=mention.value, rule=mention.rule)])
        first, last = self.config.period
        event.context = not first <= int(event.date[:4]) <= last
        # ranked as a statement is: a lesser quote of the sentence than its main event's
        rank = (_LESSER, 0, PRECISION.get(mention.precision, 3), main.sentence.start)
        self.note(f"{event.date} line {self.line_of(at)}: {dating.reason}; "
                  f"rule {mention.rule} -> {title!r}")
        self.found.candidates.append(Candidate(event, main.sentence, dating, main.entities, rank))
