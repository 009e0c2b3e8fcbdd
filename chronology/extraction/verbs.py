"""Just enough English verb morphology for headlines: "signed" -> "sign(s)", "met" -> "meet(s)"."""

from __future__ import annotations

import re

IRREGULAR = {
    "met": "meet", "held": "hold", "said": "say", "told": "tell", "made": "make", "took": "take",
    "gave": "give", "sent": "send", "began": "begin", "won": "win", "led": "lead", "went": "go",
    "came": "come", "saw": "see", "left": "leave", "brought": "bring", "bought": "buy",
    "sold": "sell", "spoke": "speak", "wrote": "write", "flew": "fly", "drew": "draw",
    "struck": "strike", "shot": "shoot", "fought": "fight", "sought": "seek", "kept": "keep",
    "set": "set", "put": "put", "hit": "hit", "cut": "cut", "ran": "run", "became": "become",
    "built": "build", "found": "find", "paid": "pay", "laid": "lay", "understood": "understand",
    "stood": "stand", "began,": "begin", "undertook": "undertake", "overtook": "overtake",
    "withdrew": "withdraw", "thought": "think", "felt": "feel", "got": "get", "showed": "show",
    "shown": "show", "signed": "sign", "agreed": "agree", "launched": "launch",
    "discussed": "discuss", "stressed": "stress", "pledged": "pledge", "arrived": "arrive",
    "announced": "announce", "delivered": "deliver", "visited": "visit", "hosted": "host",
    "received": "receive", "inked": "ink", "conducted": "conduct", "completed": "complete",
    "expressed": "express", "insisted": "insist", "underlined": "underline", "urged": "urge",
    "rated": "rate", "lauded": "laud", "attended": "attend", "called": "call", "vowed": "vow",
    "planned": "plan", "staged": "stage", "started": "start", "ended": "end", "joined": "join",
    "opened": "open", "closed": "close", "approved": "approve", "ratified": "ratify",
    "imposed": "impose", "lifted": "lift", "denied": "deny", "accused": "accuse",
    "warned": "warn", "threatened": "threaten", "supplied": "supply", "purchased": "purchase",
    "ordered": "order", "tested": "test", "fired": "fire", "deployed": "deploy",
    "reiterated": "reiterate", "emphasized": "emphasize", "emphasised": "emphasise",
    "noted": "note", "added": "add", "stated": "state", "declared": "declare",
    "confirmed": "confirm", "reported": "report", "proposed": "propose", "offered": "offer",
    "exchanged": "exchange", "reached": "reach", "backed": "back", "welcomed": "welcome",
    "condemned": "condemn", "criticized": "criticize", "criticised": "criticise",
    "decided": "decide", "expanded": "expand", "strengthened": "strengthen",
    "finalized": "finalize", "finalised": "finalise", "concluded": "conclude",
    "displayed": "display", "unveiled": "unveil", "showcased": "showcase", "handed": "hand",
    "frozen": "freeze", "given": "give", "taken": "take", "seen": "see", "written": "write",
    "chosen": "choose", "broken": "break", "spoken": "speak", "sworn": "swear", "drawn": "draw",
    "thrown": "throw", "known": "know", "grown": "grow", "flown": "fly", "done": "do",
    "gone": "go", "begun": "begin", "driven": "drive", "forbidden": "forbid", "hidden": "hide",
    "shaken": "shake", "stolen": "steal", "withdrawn": "withdraw", "undertaken": "undertake",
    "overtaken": "overtake", "beaten": "beat", "risen": "rise", "woken": "wake",
    "shipped": "ship", "used": "use", "focused": "focus", "caused": "cause", "docked": "dock", "sailed": "sail", "participated": "participate",
}
AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "be", "been",
               "did", "does", "do", "can", "could", "may", "might", "shall", "should"}
_NOT_VERBS = {"armed", "united", "alleged", "related", "advanced", "based", "limited", "guided",
              "armoured", "armored", "unmanned", "manned", "integrated", "combined", "automated",
              "sophisticated", "specialised", "specialized", "dedicated", "detailed",
              "controversial", "red", "bed", "need", "speed", "seed", "feed"}


def is_past(word: str) -> bool:
    """A past-tense or participle form we know, or a regular ``-ed`` form."""
    lower = word.lower()
    if lower in IRREGULAR:
        return True
    return lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_VERBS


def base_form(word: str) -> str:
    """"signed" -> "sign", "agreed" -> "agree", "stopped" -> "stop", "carried" -> "carry"."""
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if not lower.endswith("ed"):
        return lower
    stem = lower[:-2]
    if lower.endswith("ied"):
        return stem[:-1] + "y"
    if lower.endswith("eed"):
        return lower[:-1]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    if re.search(r"([vczu]|dg|ag|ang|rg|[^aeiou][aiu]t|[^aeiou][aiu]r|ir|[^aeious]s|aus|cus)$", stem):
        return stem + "e"
    return stem


def present(word: str, plural: bool) -> str:
    """The headline (present simple) form of a past verb for a singular or plural subject."""
    base = base_form(word)
    if plural:
        return base
    if base in ("have",):
        return "has"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"
