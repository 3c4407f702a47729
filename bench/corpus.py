"""A deterministic corpus of news-style diplomatic articles (300-900 words) for benchmarks.

Sentences are drawn from templates with varied countries, officials, places,
dates and amounts, so the NLP pipeline sees realistic, non-repeating text. The
seed articles shipped in seeds/ are mixed in. Nothing here is used at run time.
"""

from __future__ import annotations

import json
import random
from importlib import resources

__all__ = ["make_corpus"]

COUNTRIES = [
    ("Russia", "Russian", "Moscow"), ("Azerbaijan", "Azerbaijani", "Baku"), ("Iran", "Iranian", "Tehran"),
    ("Turkey", "Turkish", "Ankara"), ("Greece", "Greek", "Athens"), ("Japan", "Japanese", "Tokyo"),
    ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
    ("Egypt", "Egyptian", "Cairo"), ("Sudan", "Sudanese", "Khartoum"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("Poland", "Polish", "Warsaw"), ("Brazil", "Brazilian", "Brasilia"),
    ("Kenya", "Kenyan", "Nairobi"), ("Vietnam", "Vietnamese", "Hanoi"), ("Mexico", "Mexican", "Mexico City"),
    ("Armenia", "Armenian", "Yerevan"), ("Georgia", "Georgian", "Tbilisi"), ("Serbia", "Serbian", "Belgrade"),
]
FIRST = ["Anna", "Sergei", "Kerem", "Nikos", "Yoko", "Li", "Rajesh", "Amina", "Pierre", "Klaus", "Maria",
         "Tomasz", "Joao", "Grace", "Nguyen", "Carlos", "Armen", "Giorgi", "Ivana", "Omar", "Hassan", "Elena"]
LAST = ["Petrov", "Aliyev", "Yildiz", "Papadimas", "Tanaka", "Wei", "Sharma", "Mahmoud", "Laurent", "Weber",
        "Silva", "Kowalski", "Otieno", "Tran", "Lopez", "Sargsyan", "Beridze", "Jovanovic", "Rahimi", "Novak"]
TITLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "ambassador to {b}",
          "Trade Minister", "deputy foreign minister", "Energy Minister"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EVENT_SENTENCES = [
    "{a_adj} {title_a} {person_a} met {b_adj} counterpart {person_b} in {city} on {day} to discuss regional security.",
    "{person_a}, the {a_adj} {title_a}, will visit {b} next month for talks on energy cooperation, officials said.",
    "The two governments signed an agreement on {topic} in {city}, "
    "according to a statement from {a}'s foreign ministry.",
    "{a} accused {b} of violating the ceasefire along their shared border, a charge {capital_b} denied.",
    "{b_adj} officials said they did not plan to expel {a_adj} diplomats despite pressure from lawmakers.",
    "{a} and {b} held joint naval exercises in the {sea} last week, the {a_adj} Defence Ministry said.",
    "Trade between {a} and {b} reached {amount} in {month}, up {percent} percent from a year earlier.",
    "{capital_a} imposed sanctions on {count} {b_adj} officials over the crackdown on protesters.",
    "{a_adj} President {person_a} called on {b} to release the detained journalists without delay.",
    "If talks fail, {a} could recall its ambassador from {capital_b}, {person_a} warned on {day}.",
    "{a} pledged {amount} in humanitarian aid to {b}, where floods displaced thousands of families.",
    "{b_adj} Prime Minister {person_b} praised {a}'s role in mediating the dispute.",
    "A summit of {a}, {b} and {c} is expected in {city} by the end of the year, diplomats said.",
    "{a_adj} troops fired artillery at positions inside {b}, killing {count} soldiers, the army said.",
    "{person_b} rejected {a}'s proposal for a new round of negotiations, calling it unrealistic.",
    "{a} threatened to cut gas supplies to {b} unless {capital_b} paid its debts.",
    "Hundreds of people protested outside the {a_adj} embassy in {capital_b} on {day}.",
    "The {a_adj} foreign ministry summoned {b}'s ambassador to protest against the remarks.",
    "{a} and {b} agreed to restore direct flights and reopen consulates, the two ministers said.",
    "{person_a} spoke by phone with {person_b} about the situation in the region.",
]
BACKGROUND = [
    "Relations between the two countries have been strained since the dispute over the border began decades ago.",
    "Analysts say the economic ties matter more to both sides than the political rhetoric suggests.",
    "The region has seen a steady increase in military activity over the past two years.",
    "Opposition parties criticised the government's handling of the talks in parliament on Tuesday.",
    "Local media reported that the delegation included business leaders and cultural representatives.",
    "The ministry gave no further details about the timetable of the negotiations.",
    "Energy prices remain a central concern for households across the region this winter.",
    "Observers noted that the statement was more conciliatory than the one issued last year.",
    "The talks took place against the background of a wider debate about regional trade routes.",
    "Officials on both sides stressed that the agreement still needs to be ratified by parliament.",
]
TOPICS = ["energy transit", "visa-free travel", "military cooperation", "customs procedures", "water sharing",
          "cultural exchanges", "nuclear safety", "fisheries"]
SEAS = ["Caspian Sea", "Black Sea", "South China Sea", "Mediterranean", "Arabian Sea"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random, template: str) -> str:
    (a, a_adj, cap_a), (b, b_adj, cap_b), (c, _, _) = rng.sample(COUNTRIES, 3)
    return template.format(
        a=a, b=b, c=c, a_adj=a_adj, b_adj=b_adj, capital_a=cap_a, capital_b=cap_b, city=rng.choice([cap_a, cap_b]),
        person_a=_person(rng), person_b=_person(rng), title_a=rng.choice(TITLES).format(b=b),
        day=rng.choice(DAYS), month=rng.choice(MONTHS), topic=rng.choice(TOPICS), sea=rng.choice(SEAS),
        amount=f"${rng.randint(2, 900)} million", percent=rng.randint(2, 40), count=rng.randint(3, 60),
    )


def _article(rng: random.Random, index: int) -> dict:
    target_words = rng.randint(300, 900)
    paragraphs, words = [], 0
    while words < target_words:
        sentences = [_sentence(rng, rng.choice(EVENT_SENTENCES)) for _ in range(rng.randint(1, 3))]
        sentences += rng.sample(BACKGROUND, rng.randint(1, 3))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    year = rng.randint(2015, 2025)
    return {"id": f"bench-{index:05d}", "title": _sentence(rng, "{a} and {b} hold talks")[:80],
            "published_at": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": "\n".join(paragraphs)}


def make_corpus(size: int, seed: int = 7) -> list[dict]:
    """``size`` articles: the shipped seed articles first, then generated ones."""
    rng = random.Random(seed)
    shipped = [json.loads(line) for line in
               resources.files("diplo.seeds").joinpath("articles.jsonl").read_text(encoding="utf-8").splitlines()]
    out = [dict(a, id=f"seedcopy-{i}") for i, a in enumerate(shipped[: size])]
    out += [_article(rng, i) for i in range(size - len(out))]
    return out
