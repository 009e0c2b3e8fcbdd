"""A generated events file for round-trip tests: every date precision, end dates, Markdown
summaries (emphasis, links, code, lists, quotes), several tags, awkward titles."""

from __future__ import annotations

import random

import yaml

WORDS = ["Russia", "Iran", "Tehran", "Moscow", "navy", "drills", "missile", "deal", "talks", "S-300", "Su-35", "Caspian", "Shoigu", "Ashtiani", "delegation", "agreement", "“historic”", "Iran's", "ceasefire", "R&D", "50%", "UN", "2231", "é", "ü"]
TAGS = ("agreement", "visit", "drills", "arms", "sanctions", "drones", "missiles", "navy", "talks")
TITLE_STARTS = ("", "", "", "=", "-", "+", "@", "“")
SUMMARIES = (
    "{a} and {b} meet in {c}.",
    "**{a}** signs with *{b}* in [{c}](https://example.org/{c}?a=1&b=2).",
    "The `{a}` contract & the {b} deal.\n\nA second paragraph about {c}.",
    "- {a}\n- {b} with **{c}**",
    "1. {a}\n2. {b}",
    "> {a} said {b} would follow.",
    "",
)


def _date(rng: random.Random) -> str:
    year = rng.randint(2010, 2025)
    kind = rng.random()
    if kind < 0.15:
        return str(year)
    if kind < 0.35:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _end(rng: random.Random, date: str) -> str | None:
    if rng.random() > 0.2:
        return None
    year = int(date[:4]) + rng.randint(0, 2)
    return f"{year}-12" if rng.random() < 0.5 else f"{year}-12-31"


def generated_events(count: int, seed: int = 13) -> dict:
    """An events file (as data) with ``count`` events, all with a source."""
    rng = random.Random(seed)
    events = []
    for i in range(count):
        date = _date(rng)
        words = rng.sample(WORDS, 6)
        summary = rng.choice(SUMMARIES).format(a=words[0], b=words[1], c=words[2])
        event = {"id": f"gen-{i:04d}", "date": date,
                 "title": rng.choice(TITLE_STARTS) + " ".join(words[3:]) + f", part {i}"}
        end = _end(rng, date)
        if end:
            event["end_date"] = end
        if rng.random() < 0.1:
            event["approximate"] = True
        if summary:
            event["summary"] = summary
        event["tags"] = sorted(rng.sample(TAGS, rng.randint(0, 3)))
        event["context"] = rng.random() < 0.05
        event["sources"] = [{"article": f"art-{i % 7}", "quote": f"Quote {i} on Monday.",
                             "date_text": "on Monday"}]
        events.append(event)
    articles = {f"art-{k}": {"title": f"Article {k}", "publisher": "Wire",
                             "reported": f"{2015 + k}-06-01"} for k in range(7)}
    return {"version": 1, "articles": articles, "events": events}


def generated_yaml(count: int, seed: int = 13) -> str:
    return yaml.safe_dump(generated_events(count, seed), sort_keys=False, allow_unicode=True)
