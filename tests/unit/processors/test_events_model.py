"""Actor coding, event coding and modality with the trained model, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def events_of(result, root=None):
    return [e for e in result.events if root is None or e.cameo_root == root]


def dyad(e):
    return (e.source.country, e.target.country if e.target else None)


# -- actors ---------------------------------------------------------------


def test_a_quote_closing_a_paragraph_stays_in_its_sentence(extract_text):
    r = extract_text('"We will answer every provocation," the Estonian minister said. "Nobody should doubt it."'
                     "\n\nLatvia expelled two Belarusian diplomats on Monday.")
    (e,) = events_of(r, "16")
    assert e.sentence.strip() == "Latvia expelled two Belarusian diplomats on Monday."
    assert dyad(e) == ("LVA", "BLR")


def test_the_foreign_ministry_is_a_title_not_a_generic_party(extract_text):
    # "foreign" makes "foreign forces" no one a user could look for, but "the foreign ministry" is the dateline's
    r = extract_text("ANKARA, March 12 - The foreign ministry summoned the Swedish ambassador on Tuesday.")
    (e,) = events_of(r, "11")
    assert (e.source.code, e.target.code) == ("TURGOVDIP", "SWEGOVDIP")
    assert not extract_text("ANKARA, March 12 - Foreign forces attacked a village near the border.").events


@pytest.mark.parametrize("first_line", ["Turkey summons Swedish envoy", "By Ayse Demir"])
def test_a_headline_or_byline_line_before_the_dateline(extract_text, first_line):
    # the dateline still gives the story its home ("the ministry" is Turkey's), and the headline, which restates the
    # lead, tells no event of its own
    r = extract_text(f"{first_line}\nANKARA, March 12 (Reuters) - The ministry summoned the Swedish ambassador on "
                     "Tuesday.")
    (e,) = r.events
    assert (e.cameo_root, e.source.country, e.target.country, e.date_text) == ("11", "TUR", "SWE", "Tuesday")
    assert e.sentence.startswith("The ministry summoned")


@pytest.mark.parametrize(("body", "code"), [("Justice Department", "USAJUD"), ("Commerce Department", "USAGOV")])
def test_a_department_is_a_state_body_of_the_country_named_on_it(extract_text, body, code):
    # (before: "U.S. Justice Department" had no country, since "department" named no body)
    r = extract_text(f"The U.S. {body} accused Russia of interfering in the election.")
    (e,) = events_of(r, "11")
    assert (e.source.code, e.target.country) == (code, "RUS")


@pytest.mark.parametrize(("first", "country"), [("Hanoi summoned the Chinese ambassador on Friday.", "VNM"),
                                              ("Russian Foreign Minister Sergei Lavrov arrived on Friday.", "RUS")])
def test_a_body_named_with_no_country_is_not_an_envoys(extract_text, first, country):
    # the Foreign Ministry after "summoned the Chinese ambassador" is the dateline's (before: China's, the latest
    # of its role), after "Russian Foreign Minister Sergei Lavrov" the minister's
    r = extract_text(f"HANOI, March 12 - {first} The Foreign Ministry accused Manila of provocations.")
    (e,) = [e for e in events_of(r, "11") if e.trigger == "accused"]
    assert (e.source.country, e.target.country) == (country, "PHL")


def test_a_protest_by_a_party_a_pronoun_stands_for_is_no_demonstration(extract_text):
    # "it had protested": the ministry's protest to Sweden (before: the rules, finding no source for "it", read it
    # as people demonstrating, 141 by Swedish protesters)
    r = extract_text("ANKARA, March 12 - The foreign ministry said it had protested to Sweden against the burning "
                     "of a Koran in Stockholm.")
    (e,) = r.events
    assert (e.cameo_root, e.source.code, e.target.country) == ("11", "TURGOVDIP", "SWE")


def test_title_apposition_gives_country_and_role(extract_text):
    r = extract_text("Moldova's Foreign Minister Ana Rusu met Romanian Defence Minister Victor Ionescu in Chisinau.")
    (e,) = events_of(r, "04")
    assert (e.source.country, e.source.role, e.source.code) == ("MDA", "DIP", "MDAGOVDIP")
    assert (e.target.country, e.target.role) == ("ROU", "MIL")


def test_pm_in_capitals_is_read_as_a_title_by_the_parser(extract_text):
    # the model read "PM" as the time of day: "Japanese PM" an adverb of "met", "Shigeru Ishiba" its own sentence
    talks = events_of(extract_text("PM Modi met Japanese PM Shigeru Ishiba in Tokyo on Friday."), "04")
    assert [(dyad(e), e.source.role, e.target.role) for e in talks] == [(("IND", "JPN"), "HEAD", "HEAD")]


def test_ambassador_to_a_country_keeps_his_nationality(extract_text):
    r = extract_text("Polish ambassador to Ukraine Marek Nowak visited Lviv on Monday.")
    (e,) = events_of(r, "04")
    assert e.source.country == "POL" and e.source.role == "DIP"
    assert e.target.country == "UKR" and e.location.name == "Lviv" and e.location.lat is not None


def test_capital_stands_for_the_government(extract_text):
    r = extract_text("Ottawa accused Beijing of interference on Tuesday.")
    (e,) = events_of(r, "11")
    assert e.source.code == "CANGOV" and e.target.code == "CHNGOV"


def test_later_mentions_resolve_to_the_named_actor(extract_text):
    r = extract_text(
        "Chilean Foreign Minister Rosa Vidal arrived in Lima on Sunday. "
        "Vidal later met Peruvian President Luis Ortega. The minister said she was pleased."
    )
    meets = [e for e in events_of(r, "04") if e.cameo_code == "040"]
    assert meets and meets[0].source.country == "CHL" and meets[0].target.country == "PER"
    assert meets[0].target.role == "HEAD"
    persons = {e.text: e.canonical for e in r.entities.entities if e.label == "PERSON"}
    assert persons.get("Vidal") == "Rosa Vidal"


def test_pronoun_subject_resolves_to_previous_person(extract_text):
    r = extract_text("Indian Defence Minister Arjun Rao flew to Tokyo. There he met Japanese officials.")
    assert any(e.source.country == "IND" and e.target and e.target.country == "JPN" for e in events_of(r, "04"))


def test_agency_named_without_a_country_word_gets_its_country(extract_text):
    """data/named_actors.csv: "the FBI" is American though no word of the sentence says so."""
    r = extract_text("The FBI arrested a former aide on Tuesday.")
    (e,) = events_of(r, "17")
    assert (e.source.country, e.source.role, e.source.code) == ("USA", "GOV", "USAGOV")


def test_armed_group_named_alone_is_a_rebel_of_its_country(extract_text):
    r = extract_text("ISIS fighters attacked Iraqi soldiers near Mosul on Monday.")
    (e,) = events_of(r, "19")
    assert e.source.code == "IRQREB" and e.target.code == "IRQGOVMIL"
    r = extract_text("The Kachin Independence Army attacked a Myanmar army outpost on Monday.")
    (e,) = events_of(r, "19")
    assert e.source.code == "MMRREB"


# -- events ----------------------------------------------------------------


def test_passive_voice_takes_the_agent_as_source(extract_text):
    r = extract_text("Kenyan President David Mwangi was received by "
                     "Ethiopian Prime Minister Abebe Tesfaye in Addis Ababa.")
    (e,) = [e for e in r.events if e.cameo_code == "043"]
    assert dyad(e) == ("ETH", "KEN")


def test_nominal_trigger_with_between_phrase(extract_text):
    r = extract_text("Talks between Egypt and Sudan on the dam resumed in Cairo on Monday.")
    (e,) = events_of(r, "04")
    assert {e.source.country, e.target.country} == {"EGY", "SDN"}


def test_multilateral_summit_lists_every_party(extract_text):
    r = extract_text("A Brazil-India-South Africa summit will be held in Pretoria next month.")
    (e,) = events_of(r, "04")
    assert e.target is None and {a.country for a in e.participants} == {"BRA", "IND", "ZAF"}
    assert e.modality == "PLANNED" and e.event_date == "2024-04"


def test_joint_action_gives_one_event_per_source(extract_text):
    r = extract_text("Norway and Denmark condemned Iran on Friday.")
    assert sorted(dyad(e) for e in events_of(r, "11")) == [("DNK", "IRN"), ("NOR", "IRN")]


def test_sanctions_expulsions_and_trade_are_coded(extract_text):
    r = extract_text(
        "Canada expelled two Russian diplomats. "
        "The European Union imposed sanctions on Belarus. "
        "Trade between Vietnam and Thailand reached $20 billion last year."
    )
    codes = {(e.cameo_code, dyad(e)) for e in r.events}
    assert ("166", ("CAN", "RUS")) in codes
    assert ("163", ("EUR", "BLR")) in codes
    trade = [e for e in r.events if e.cameo_code == "061"]
    assert trade and trade[0].amount.value == 2e10 and trade[0].amount.currency == "USD"
    assert trade[0].event_date == "2023"
    assert all(e.plover_type == "SANCTION" for e in r.events if e.cameo_root == "16")


def test_conflict_roots(extract_text):
    r = extract_text(
        "Armenian forces shelled Azerbaijani positions on Monday. "
        "Serbia threatened Kosovo with retaliation. "
        "Ghana rejected the proposal from Togo."
    )
    roots = {(e.cameo_root, dyad(e)) for e in r.events}
    assert ("19", ("ARM", "AZE")) in roots
    assert ("13", ("SRB", "XKX")) in roots
    assert ("12", ("GHA", "TGO")) in roots


def test_reaction_to_an_earlier_event_targets_its_parties(extract_text):
    r = extract_text(
        "Chinese and Russian warships began joint exercises near Japan on Monday. "
        "Japan's Foreign Ministry criticized the exercises."
    )
    crit = events_of(r, "11")
    assert sorted(dyad(e) for e in crit) == [("JPN", "CHN"), ("JPN", "RUS")]


def test_no_events_without_two_parties(extract_text):
    r = extract_text("Police arrested three men after a robbery in the city on Friday.")
    assert r.events == []


# -- modality ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Germany's Chancellor Olaf Weber met French President Paul Marin in Berlin.", "ASSERTED"),
        ("Germany's Chancellor Olaf Weber will meet French President Paul Marin in Berlin.", "PLANNED"),
        ("Germany's Chancellor Olaf Weber is expected to meet French President Paul Marin.", "PLANNED"),
        ("Germany's Chancellor Olaf Weber did not meet French President Paul Marin.", "NEGATED"),
        ("Berlin denied that Chancellor Olaf Weber had met French President Paul Marin.", "NEGATED"),
        ("If the talks succeed, Germany's Chancellor Olaf Weber could meet French President Paul Marin.",
         "HYPOTHETICAL"),
    ],
)
def test_modality(extract_text, text, modality):
    r = extract_text(text)
    meets = events_of(r, "04")
    assert meets and {e.modality for e in meets} == {modality}


def test_a_planned_meeting_keeps_its_cameo_code_and_is_plover_agree(extract_text):
    r = extract_text("Germany's Chancellor Olaf Weber will meet French President Paul Marin in Berlin next week.")
    (e,) = events_of(r, "04")
    assert (e.cameo_code, e.modality, e.plover_type) == ("040", "PLANNED", "AGREE")
    held = extract_text("Germany's Chancellor Olaf Weber met French President Paul Marin in Berlin.")
    assert [e.plover_type for e in events_of(held, "04")] == ["CONSULT"]


def test_event_fields_are_complete_and_ids_deterministic(extract_text):
    first = extract_text("Spain and Morocco signed a migration agreement in Rabat on Tuesday.")
    again = extract_text("Spain and Morocco signed a migration agreement in Rabat on Tuesday.")
    (e,) = first.events
    assert e.event_id == again.events[0].event_id and e.event_id.startswith("t:")
    assert (e.cameo_code, e.cameo_name, e.quad_class, e.plover_type) == ("057", e.cameo_name, 1, "SUPPORT")
    assert e.event_date == "2024-03-12" and e.date_text == "Tuesday"
    assert e.location.name == "Rabat" and e.location.country == "MAR"
    assert 0 < e.confidence <= 1 and e.trigger == "signed"


# -- rules added for reported speech, discourse and joint actions ------------


def test_demanded_action_is_not_an_event_but_the_demand_is(extract_text):
    r = extract_text('Athens "demands that Ankara withdraw its ships from Greek waters," a spokesman said.')
    assert [(e.cameo_root, dyad(e)) for e in r.events] == [("10", ("GRC", "TUR"))]


def test_separate_talks_are_one_event_per_pair(extract_text):
    r = extract_text("Indonesian Foreign Minister Siti Rahma held separate talks "
                     "with her Thai and Malaysian counterparts.")
    assert sorted(dyad(e) for e in events_of(r, "04")) == [("IDN", "MYS"), ("IDN", "THA")]


def test_joint_commitment_is_coded_between_the_parties(extract_text):
    r = extract_text("Chile and Argentina agreed to build a new railway across the Andes.")
    (e,) = events_of(r, "03")
    assert {e.source.country, e.target.country} == {"CHL", "ARG"}


def test_reaction_without_named_target_answers_the_latest_event(extract_text):
    r = extract_text("Sweden expelled three Iranian diplomats on Monday. "
                     "Iran's Foreign Ministry threatened to respond.")
    assert ("13", ("IRN", "SWE")) in {(e.cameo_root, dyad(e)) for e in r.events}


def test_domestic_protest_is_coded_against_the_government(extract_text):
    r = extract_text("QUITO, March 13 — Thousands of protesters rallied outside the presidential palace on Wednesday.")
    (e,) = events_of(r, "14")
    assert (e.source.code, e.target.code) == ("ECUCVL", "ECUGOV")


def test_courtesy_call_versus_appeal(extract_text):
    visit = extract_text("Swiss Foreign Minister Anna Keller called on King Abdullah of Jordan in Amman.")
    appeal = extract_text("Canada called on Venezuela to release political prisoners.")
    assert [e.cameo_root for e in visit.events if e.target] == ["04"]
    assert [(e.cameo_code, dyad(e)) for e in appeal.events] == [("020", ("CAN", "VEN"))]


def test_peacekeepers_arriving_are_aid_not_a_visit(extract_text):
    r = extract_text("A peacekeeping force from the African Union arrived in Somalia on Monday.")
    (e,) = r.events
    assert (e.cameo_code, dyad(e), e.plover_type) == ("074", ("AU", "SOM"), "AID")


def test_comment_on_relations_in_reported_speech(extract_text):
    r = extract_text('"Relations between Hungary and Serbia have never been better," the Hungarian premier said.')
    (e,) = events_of(r, "01")
    assert {e.source.country, e.target.country} == {"HUN", "SRB"} and e.plover_type is None


def test_international_organisation_meeting_on_its_own(extract_text):
    r = extract_text("Defence ministers of NATO met in Brussels on Wednesday.")
    (e,) = events_of(r, "04")
    assert e.source.code == "IGONATO" and e.target is None and e.location.country == "BEL"


def test_no_events_in_sports_or_crime_copy(extract_text):
    r = extract_text(
        "Brazil beat Argentina 2-0 in Rio on Tuesday. Argentina's coach criticized his defenders. "
        "Police detained two men suspected of robbing a bank in the capital."
    )
    assert r.events == []


def test_confidence_is_higher_for_direct_evidence(extract_text):
    r = extract_text(
        "Peruvian President Luis Ortega met Bolivian President Ana Flores in La Paz. "
        "Talks between the two countries continued."
    )
    direct = next(e for e in r.events if e.trigger == "met")
    indirect = next(e for e in r.events if e.trigger == "Talks")
    assert direct.confidence > indirect.confidence


def test_negative_judgement_of_an_earlier_event_is_criticism(extract_text):
    r = extract_text("Norway expelled two Iranian diplomats on Monday. Tehran called the expulsion a hostile act.")
    assert ("111", ("IRN", "NOR")) in {(e.cameo_code, dyad(e)) for e in r.events}
    neutral = extract_text("Norway expelled two Iranian diplomats on Monday. Tehran called the decision expected.")
    assert all(e.cameo_root != "11" for e in neutral.events)


def test_an_act_told_twice_in_one_sentence_is_one_event(extract_text):
    r = extract_text("Peru's Foreign Ministry summoned Chile's ambassador, "
                     "calling the remarks an unacceptable interference.")
    assert [e.cameo_root for e in r.events] == ["11"]


def test_whose_refers_to_the_noun_the_clause_describes(extract_text):
    r = extract_text("The Eritrean and Ethiopian envoys, whose countries fought a war in 1998, met in Riyadh.")
    assert ("19", frozenset({"ERI", "ETH"})) in {(e.cameo_root, frozenset(a.country for a in e.participants))
                                                 for e in r.events}


def test_our_leaders_in_a_diplomats_quote_are_both_sides(extract_text):
    r = extract_text('The Kazakh ambassador to Uzbekistan said: "Meetings between our presidents are held every year."')
    (e,) = events_of(r, "04")
    assert {e.source.country, e.target.country} == {"KAZ", "UZB"} and e.source.role == "HEAD"


def test_phone_call_to_two_leaders(extract_text):
    r = extract_text("Italy's Prime Minister Marco Conti called Greek Prime Minister Nikos Raptis and Cypriot "
                     "President Elena Georgiou to discuss migration.")
    assert sorted((e.cameo_code, dyad(e)) for e in r.events) == [("041", ("ITA", "CYP")), ("041", ("ITA", "GRC"))]


def test_reported_promise_of_aid_is_planned(extract_text):
    r = extract_text("PARIS, March 13 - Macron said France would provide Moldova "
                     "with two radar systems worth €40 million.")
    (e,) = events_of(r, "07")
    assert dyad(e) == ("FRA", "MDA") and e.modality == "PLANNED" and e.amount.currency == "EUR"


def test_country_inside_an_organisation_name_before_a_title(extract_text):
    r = extract_text("U.S. House Speaker Mary Collins visited Taipei on Monday.")
    (e,) = r.events
    assert (e.source.code, e.target.country, e.location.name) == ("USALEG", "TWN", "Taipei")


def test_recall_and_trip_wording(extract_text):
    r = extract_text("Lithuania recalled its ambassador from China. "
                     "Slovak Prime Minister Jan Hudak flew to Kyiv on Monday.")
    codes = {(e.cameo_code, dyad(e)) for e in r.events}
    assert ("161", ("LTU", "CHN")) in codes and ("042", ("SVK", "UKR")) in codes


def test_a_date_ahead_makes_the_event_planned(extract_text):
    r = extract_text("Austria's Chancellor Karl Berger travels to Prague next week for talks with Czech leaders.")
    assert {(e.modality, e.event_date) for e in events_of(r, "04")} == {("PLANNED", "2024-03")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Greek Prime Minister Nikos Raptis has no plans to meet Turkish President Emre Kaya.", "NEGATED"),
        ("The talks between Greece and Turkey were called off.", "NEGATED"),
        ("Greece denied reports that its troops had attacked Turkey.", "NEGATED"),
        ("Greece may impose sanctions on Turkey.", "HYPOTHETICAL"),
        ("Greece and Turkey are set to sign a fisheries agreement on Friday.", "PLANNED"),
    ],
)
def test_more_modality_cues(extract_text, text, modality):
    r = extract_text(text)
    assert r.events and {e.modality for e in r.events} == {modality}


def test_it_after_a_speech_verb_is_the_speaker(extract_text):
    r = extract_text("Denmark expelled two Russian diplomats. Norway, which borders Russia, said it condemned Moscow.")
    assert ("111", ("NOR", "RUS")) in {(e.cameo_code, dyad(e)) for e in r.events}


def test_untitled_nationality_falls_back_to_the_dateline_country(extract_text):
    r = extract_text("HANOI, March 13 — Thai Foreign Minister Somchai Wong called on Prime Minister Tran Van Minh "
                     "on Wednesday.")
    (e,) = events_of(r, "04")
    assert dyad(e) == ("THA", "VNM") and e.target.role == "HEAD"


def test_spokesperson_speaks_for_the_ministry_named_before(extract_text):
    r = extract_text("WARSAW, March 13 — Poland hosted Lithuanian leaders in Warsaw. Russia's Foreign Ministry "
                     "condemned the visit, and spokeswoman Maria Orlova warned Poland.")
    warn = events_of(r, "13")
    assert warn and warn[0].source.code == "RUSGOVDIP" and warn[0].target.country == "POL"


def test_conditional_retaliation_is_a_threat_but_a_past_response_is_not(extract_text):
    threat = extract_text("Armenia expelled an Azerbaijani envoy. "
                          "Azerbaijan said it would respond firmly to any provocation.")
    assert ("138", ("AZE", "ARM"), "ASSERTED") in {(e.cameo_code, dyad(e), e.modality) for e in threat.events}
    past = extract_text("Armenia expelled an Azerbaijani envoy. Azerbaijan responded to the provocation on Monday.")
    assert all(e.cameo_root != "13" for e in past.events)


def test_an_agreement_reacted_to_with_none_signed_before_is_what_the_sides_agreed_to(extract_text):
    r = extract_text(
        "Kenya and Ethiopia agreed on Thursday to reopen their shared border. "
        "Somalia criticised the agreement. The United Nations welcomed the deal."
    )
    assert sorted(dyad(e) for e in events_of(r, "11")) == [("SOM", "ETH"), ("SOM", "KEN")]
    welcome = events_of(r, "05")
    assert sorted(e.target.country for e in welcome) == ["ETH", "KEN"]
    assert {(e.cameo_code, e.source.code) for e in welcome} == {("051", "IGOUNO")}  # not a guest hosted (043)


def test_one_sides_offer_is_not_the_agreement_a_reaction_points_at(extract_text):
    r = extract_text("Qatar offered to send a mediator to Chad. Sudan's president defended the agreement.")
    assert events_of(r, "05") == []


def test_protests_recalled_from_an_earlier_year_are_background_but_this_years_are_told(extract_text):
    recalled = extract_text("MANAGUA, March 13 - The government has jailed hundreds of opponents since mass "
                            "protests in 2018 that were crushed by the security forces.")
    assert not events_of(recalled, "14")
    current = extract_text("ALMATY, March 13 - Mass protests over fuel prices spread across the country on Tuesday.")
    assert [(e.cameo_root, e.source.country) for e in events_of(current, "14")] == [("14", "KAZ")]


def test_a_record_summed_up_since_an_earlier_year_is_background_but_one_since_this_week_is_news(extract_text):
    record = extract_text("BRUSSELS, March 13 - The European Union has imposed several rounds of sanctions on "
                          "Myanmar's generals since the February 2021 coup. Brazilian firms have invested heavily "
                          "in Angola since the end of its civil war in 2002. The court opened an investigation in "
                          "Mali in 2014 and has since convicted two militia leaders.")
    assert record.events == []
    news = extract_text("ANKARA, March 13 - Turkish warplanes have struck positions of the PKK in northern Iraq "
                        "since Monday, the defence ministry said.")
    assert [(e.cameo_root, e.source.country) for e in news.events] == [("19", "TUR")]
    told = extract_text("BRUSSELS, March 13 - The European Union imposed sanctions on Myanmar's generals in 2021.")
    assert [(e.cameo_root, e.target.country) for e in told.events if e.target] == [("16", "MMR")]


def test_a_denial_answers_whoever_made_the_charge(extract_text):
    r = extract_text("NAIROBI, March 13 - Kenya accused Somalia of arming militants near the border. Somalia's "
                     "foreign ministry denied the charge. Ethiopia said its troops had not crossed into Somalia.")
    assert [(e.cameo_code, e.source.country, e.target.country) for e in events_of(r, "01") if e.target] == \
        [("016", "SOM", "KEN")]
    tag = extract_text("NAIROBI, March 13 - Kenya accused Somalia of arming militants, a charge Somalia denied.")
    assert sorted((e.cameo_code, e.modality, e.source.country, e.target.country) for e in tag.events) == \
        [("016", "ASSERTED", "SOM", "KEN"), ("112", "ASSERTED", "KEN", "SOM")]  # the charge was made
    that = extract_text("KHARTOUM, March 13 - Sudan accused Ethiopia of sending troops into the border region. "
                        "Ethiopia's government denied that its army had crossed the border.")
    assert [(e.source.country, e.target.country) for e in events_of(that, "01")] == [("ETH", "SDN")]


def test_a_denial_with_no_charge_made_tells_nothing_but_a_denied_part_is_told(extract_text):
    assert extract_text("MOGADISHU, March 13 - Somalia denied the charge on Wednesday.").events == []
    part = extract_text("ISLAMABAD, March 13 - The Pakistani Taliban denied any role in the bombing.")
    assert [(e.cameo_code, e.source.code, e.target) for e in part.events] == [("016", "PAKREB", None)]


def test_a_request_a_clause_answers_was_made_to_whoever_answered_it(extract_text):
    r = extract_text("NAIROBI, March 13 - Kenya sent 400 police officers to Haiti at the request of the Haitian "
                     "government. Australia will deploy police to Vanuatu next month following a request from "
                     "Vanuatu.")
    asked = sorted((e.source.country, e.target.country, e.modality, e.event_date) for e in events_of(r, "02"))
    assert asked == [("HTI", "KEN", "ASSERTED", None), ("VUT", "AUS", "ASSERTED", None)]  # asked before the act
    done = extract_text("NAIROBI, March 13 - Kenya sent police to Haiti after a meeting with the Haitian government.")
    assert not events_of(done, "02")


def test_an_invitation_to_visit_is_told_by_the_planned_visit(extract_text):
    r = extract_text("ANKARA, March 13 - Erdogan invited Putin to visit Turkey in the spring.")
    assert [(e.cameo_code, e.modality, e.source.country, e.target.country) for e in r.events] == \
        [("042", "PLANNED", "RUS", "TUR")]


def test_forces_moved_toward_a_border_by_order_face_the_country_across_it(extract_text):
    r = extract_text("BELGRADE, March 13 - Serbia's president ordered the army to raise its combat readiness and "
                     "move units closer to the boundary with Kosovo.")
    assert [(e.cameo_root, e.source.country, e.target.country if e.target else None) for e in r.events] == \
        [("15", "SRB", "XKX")]  # the commander moves them; the order to its own army is no show of force to it
    own = extract_text("QUITO, March 13 - Ecuador's president ordered the army into the streets of Guayaquil.")
    # (the classifier reads a show of force at home at p 0.31, under the bar since the bar was raised to 0.4)
    assert [(e.source.country, e.target) for e in events_of(own, "15")] in ([], [("ECU", None)])


def test_troops_sent_beside_vehicles_are_many_not_the_last_minister_named(extract_text):
    r = extract_text("BRASILIA, March 13 - Venezuelan Defence Minister Hernan Lugo said the deployment was routine. "
                     "Brazil said it had sent 20 armoured vehicles and extra troops to its northern border city of "
                     "Pacaraima.")
    assert [(e.cameo_root, e.source.country, e.target) for e in r.events if e.source.country == "BRA"] == \
        [("15", "BRA", None)]


def test_an_opposition_body_with_no_country_named_is_the_datelines(extract_text):
    r = extract_text("CONAKRY, March 13 - The opposition coalition demanded his immediate release.")
    assert [(e.cameo_root, e.source.code) for e in r.events] == [("10", "GINOPP")]
    many = extract_text("CONAKRY, March 13 - Militants attacked a convoy near the border with Mali.")
    assert not any(e.source.country == "GIN" for e in many.events)  # many may come from anywhere


def test_roads_blocked_by_strikers_and_a_blockade_a_party_calls_are_protests(extract_text):
    r = extract_text("DHAKA, March 13 - Garment workers blocked a major highway north of the capital to press for "
                     "higher pay. The main opposition party has called a general strike for Monday.")
    assert sorted((e.cameo_code, e.modality, e.source.country) for e in events_of(r, "14")) == \
        [("143", "PLANNED", "BGD"), ("144", "ASSERTED", "BGD")]
    state = extract_text("Israel blocked a convoy bound for Gaza.")
    assert not events_of(state, "14")


def test_the_host_of_talks_told_before_hosted_their_parties(extract_text):
    r = extract_text("CARACAS, May 3 - Colombia's government and the ELN rebels ended three weeks of talks in "
                     "Caracas on Friday. Venezuela, which hosted the talks, said it would keep supporting the process.")
    assert [(e.source.country, e.target.country) for e in r.events if e.cameo_code == "043"] == [("VEN", "COL")]
    alone = extract_text("Qatar hosted the meeting on Friday.")  # no meeting told: no one to have hosted
    assert not alone.events


def test_a_deal_between_companies_alone_is_business_but_one_with_a_government_is_an_event(extract_text):
    business = extract_text("Shell and a Canadian mining group signed a supply agreement on Tuesday.")
    assert not business.events
    state = extract_text("Toyota signed a deal with the Indian government on Tuesday to build a plant in Gujarat.")
    assert [(e.cameo_code, e.source.role, e.target.code) for e in state.events if e.target] == \
        [("057", "BUS", "INDGOV")]


def test_a_course_a_leader_says_both_sides_should_take_is_no_demand_on_the_other(extract_text):
    both = extract_text("Xi praised economic ties with Germany and said the two countries should oppose protectionism.")
    assert not events_of(both, "10")
    other = extract_text("Pakistan's foreign minister said India should return to the negotiating table.")
    assert [(e.cameo_code, dyad(e)) for e in events_of(other, "10")] == [("100", ("PAK", "IND"))]


def test_readiness_for_talks_with_no_one_named_is_toward_the_state_the_side_last_dealt_with(extract_text):
    r = extract_text("Sudan accused Ethiopia on Tuesday of sending troops into the border region. The African Union "
                     "urged both sides to show restraint. Ethiopia said it remained ready to hold talks on the border.")
    assert [(e.cameo_code, dyad(e)) for e in events_of(r, "03")] == [("036", ("ETH", "SDN"))]
    only_igo = extract_text("The African Union urged Ethiopia to show restraint. Ethiopia said it remained ready to "
                            "hold talks on the border.")
    assert not [e for e in events_of(only_igo, "03") if e.target is not None]


@pytest.mark.parametrize("text, junta", [
    ("BISSAU, Dec 2 (Reuters) - Soldiers detained the president on Monday. ECOWAS condemned the coup. The European "
     "Union called on the junta to free the president.", "GNBGOVMIL"),
    ("Mali's junta expelled the French ambassador on Monday. The United States urged the junta to hold elections.",
     "MLIGOVMIL"),
], ids=["the dateline's", "named before"])
def test_a_junta_named_with_no_country_rules_at_home(extract_text, text, junta):
    """Before: "the junta" was no party of its own; the second appeal had no target, and in a pieces article one took
    ECOWAS, named before, for its target."""
    (appeal,) = [e for e in extract_text(text).events if e.cameo_root == "02"]
    assert appeal.target is not None and appeal.target.code == junta


@pytest.mark.parametrize("text, host, sides", [
    ("Qatar hosted talks between the Congolese government and M23 rebels in Doha.", "QAT", ("COD", "GOV", "REB")),
    ("Kenya hosted a meeting between Sudan's army and the Rapid Support Forces.", "KEN", ("SDN", "MIL", "REB")),
], ids=["a government and rebels the parser hangs on one noun", "an army and a paramilitary force"])
def test_talks_a_host_holds_between_two_sides_of_one_country_are_theirs(extract_text, text, host, sides):
    r = extract_text(text)
    country, state, armed = sides
    assert sorted((e.cameo_code, e.source.country, e.target.country, e.target.role) for e in events_of(r, "04")) == \
        sorted([("043", host, country, state), ("043", host, country, armed), ("040", country, country, armed)])


@pytest.mark.parametrize("text, mediator, sides", [
    ("Norway mediated talks between Colombia and Venezuela in Oslo.", "NOR", ("COL", "VEN")),
    ("Egypt brokered a meeting between Ethiopian and Sudanese officials in Cairo.", "EGY", ("ETH", "SDN")),
], ids=["mediated talks", "a brokered meeting"])
def test_talks_a_mediator_brings_about_are_the_two_sides_talks(extract_text, text, mediator, sides):
    """Before: the trigger rows left out a meeting mediated or brokered by another; only the mediation was told."""
    r = extract_text(text)
    assert sorted((e.cameo_code, e.source.country, e.target.country) for e in events_of(r, "04")) == \
        sorted([("045", mediator, sides[0]), ("045", mediator, sides[1]), ("040", *sides)])


def test_a_request_is_not_addressed_to_whom_the_help_it_asks_for_is_against(extract_text):
    """Before: the request went to Boko Haram, the object of its purpose clause. (Whether the untargeted request is
    told at all is the classifier's call: the models so far gave its root 0.72-0.78 (event_classifier-40a14ddc3e
    0.75), about the 0.75 an act with no other party needs; told, it is toward no one.)"""
    r = extract_text("Nigeria requested military assistance from its neighbours to fight Boko Haram.")
    assert all((e.cameo_root, dyad(e)) == ("02", ("NGA", None)) for e in r.events)


@pytest.mark.parametrize("text, dyad_", [
    ("China vowed countermeasures after the US approved a new arms sale to Taiwan.", ("CHN", "USA")),
    ("Iran vowed to retaliate after Israel struck its consulate in Damascus.", ("IRN", "ISR")),
], ids=["countermeasures", "retaliation"])
def test_a_threat_made_after_a_deed_is_toward_its_doer(extract_text, text, dyad_):
    """Before: no threat for the countermeasures; the retaliation had no target."""
    assert [dyad(e) for e in events_of(extract_text(text), "13")] == [dyad_]


def test_roads_fallen_trees_blocked_are_no_protest_but_roads_thousands_blocked_are(extract_text):
    storm = extract_text("Hanoi's airport was closed on Saturday, while fallen trees blocked roads across the capital.")
    assert events_of(storm, "14") == []
    crowd = extract_text("Thousands blocked roads across Nairobi on Tuesday.")
    assert [(e.cameo_code, e.source.country) for e in events_of(crowd, "14")] == [("144", "KEN")]


@pytest.mark.parametrize("det, count", [("The", 1), ("A second", 2)], ids=["the agreement", "a second one"])
def test_a_participle_describing_the_act_told_before_is_not_a_second_act(extract_text, det, count):
    # a paragraph of its own: no date carried over from the first
    r = extract_text("ACCRA, March 3 - Ghana and Togo signed a security pact on Monday.\n" + det +
                     " agreement, signed in Accra by the two countries' defence ministers, provides for joint patrols.")
    assert len([e for e in events_of(r, "05") if set(dyad(e)) == {"GHA", "TGO"}]) == count


@pytest.mark.parametrize("noun", ["manoeuvres", "provocation"])
def test_a_reaction_to_the_manoeuvres_is_toward_who_made_them(extract_text, noun):
    r = extract_text("Togolese navy ships fired water cannon at a Ghanaian patrol boat on Monday. "
                     f"Ghana condemned the {noun}.")
    assert [dyad(e) for e in events_of(r, "11")] == [("GHA", "TGO")]


@pytest.mark.parametrize("also, found", [("also ", True), ("", False)])
def test_a_reaction_also_made_goes_where_the_latest_one_of_its_kind_went(extract_text, also, found):
    r = extract_text("Togolese navy ships fired water cannon at a Ghanaian patrol boat on Monday. "
                     f"Nigeria condemned the manoeuvres. Benin {also}voiced concern.")
    assert (("BEN", "TGO") in [dyad(e) for e in events_of(r, "11")]) is found


def test_they_are_the_parties_of_a_sentence_that_told_no_event(extract_text):
    # the first sentence has no trigger of the table, so nothing asked for its subject before "They"
    r = extract_text("Ghana and Togo failed to find common ground on the border dispute. "
                     "They agreed to meet again in Accra next month.")
    assert {dyad(e) for e in events_of(r, "04")} == {("GHA", "TGO")}  # (a dated meeting: planned, 040)


@pytest.mark.parametrize("second", ["The deal was brokered by Benin.", "The agreement was mediated by Benin."])
def test_a_deal_told_before_and_brokered_by_a_third_party_is_mediated_between_its_sides(extract_text, second):
    r = extract_text("Ghana and Togo signed a border deal on Monday. " + second)
    assert {dyad(e) for e in events_of(r, "04")} == {("BEN", "GHA"), ("BEN", "TGO")}


def test_an_attack_claimed_after_it_was_told_is_on_the_place_told(extract_text):
    r = extract_text("A car bomb killed 12 people in Lome on Sunday. A Ghanaian militia claimed responsibility for "
                     "the attack.")
    assert [dyad(e) for e in events_of(r, "19")] == [("GHA", "TGO")]


def test_a_launch_condemned_after_it_was_told_is_its_authors(extract_text):
    r = extract_text("Pyongyang fired two ballistic missiles into the sea on Wednesday. Tokyo condemned the launch "
                     "as a provocation.")
    assert [dyad(e) for e in events_of(r, "11")] == [("JPN", "PRK")]


@pytest.mark.parametrize("quantity", ["wave", "swarm", "barrage"])
def test_a_wave_of_drones_is_drones_launched(extract_text, quantity):
    (e,) = events_of(extract_text(f"Russia launched a {quantity} of drones against Ukraine on Tuesday."), "19")
    assert (e.cameo_code, *dyad(e)) == ("195", "RUS", "UKR")


def test_a_warning_of_action_against_an_act_is_toward_its_author(extract_text):
    r = extract_text("China warned of countermeasures against the arms sale by Washington.")
    assert [dyad(e) for e in events_of(r, "13")] == [("CHN", "USA")]


def test_a_party_that_would_respond_in_kind_threatens_the_doer(extract_text):
    r = extract_text("Lithuania expelled two Belarusian diplomats on Tuesday. Minsk said it would respond in kind.")
    assert [(e.cameo_code, *dyad(e)) for e in events_of(r, "13")] == [("130", "BLR", "LTU")]


def test_a_peacekeeping_mission_goes_where_the_mission_is(extract_text):
    r = extract_text("The African Union extended its peacekeeping mission in Somalia on Tuesday.")
    assert [(e.cameo_code, e.source.code, e.target.country if e.target else None)
            for e in events_of(r, "07")] == [("074", "IGOAU", "SOM")]


def test_a_person_extradited_goes_to_the_country_that_wants_them(extract_text):
    r = extract_text("Turkey has extradited a Syrian man wanted in Germany on terrorism charges.")
    assert [(e.cameo_code, *dyad(e)) for e in events_of(r, "06")] == [("063", "TUR", "DEU")]


@pytest.mark.parametrize("text", [
    "Sudan's army said it had recaptured the presidential palace in Khartoum from the Rapid Support Forces.",
    "Chadian troops retook the airport from the rebels on Monday.",
])
def test_a_place_taken_back_from_a_party_is_taken_from_it(extract_text, text):
    assert [e.cameo_code for e in events_of(extract_text(text), "19")] == ["192"]


def test_a_dateline_with_no_date_is_no_subject_of_the_lead(extract_text):
    r = extract_text("KHARTOUM (Reuters) - Sudan's army said on Thursday it had recaptured the presidential palace "
                     "in Khartoum from the Rapid Support Forces.")
    assert [(e.source.code, e.target.code) for e in events_of(r, "19")] == [("SDNGOVMIL", "SDNREB")]


def test_the_use_of_force_condemned_is_the_force_told_before(extract_text):
    r = extract_text("Georgian police arrested dozens of protesters in Tbilisi on Sunday. France condemned the use of "
                     "force against peaceful demonstrators.")
    assert [dyad(e) for e in events_of(r, "11")] == [("FRA", "GEO")]


@pytest.mark.parametrize("text, target", [
    ("Russian troops withdrew from Kherson on Friday.", "UKR"),
    ("Israeli forces retreated on Monday.", None),
])
def test_forces_that_withdrew_with_no_object_retreat(extract_text, text, target):
    (e,) = events_of(extract_text(text), "08")
    assert (e.cameo_code, e.target.country if e.target else None) == ("087", target)


@pytest.mark.parametrize("text, found", [
    ("Burkina Faso quit ECOWAS on Sunday.", [("160", "BFA", "IGOECOWAS")]),
    ("Argentina withdrew from the World Health Organization.", [("160", "ARG", "IGOWHO")]),
    ("Nicaragua announced it was leaving the alliance.", []),
    ("The president left Kenya for Japan on Sunday.", []),
], ids=["quit by name", "withdrew from by name", "the bloc with none named", "a country left"])
def test_a_member_leaving_an_organisation_reduces_relations_with_it(extract_text, text, found):
    r = extract_text(text)
    assert [(e.cameo_code, e.source.country, e.target.code) for e in events_of(r, "16")] == found


def test_a_party_that_stands_with_another_supports_it(extract_text):
    r = extract_text("The United States said it stood with its ally the Philippines.")
    assert [(e.cameo_code, *dyad(e)) for e in events_of(r, "05")] == [("051", "USA", "PHL")]


def test_a_ship_boarded_by_another_sides_forces_is_seized(extract_text):
    r = extract_text("Chinese coast guard personnel boarded Philippine navy boats near the shoal on Monday.")
    assert [(e.cameo_code, *dyad(e)) for e in events_of(r, "17")] == [("171", "CHN", "PHL")]


def test_a_strike_averted_is_no_strike(extract_text):
    r = extract_text("ABUJA, Aug 5 (Reuters) - Nigerian President Bola Tinubu met with leaders of the country's main "
                     "labour unions on Monday in a bid to avert a nationwide strike over fuel prices.")
    assert not [e for e in events_of(r, "14") if e.modality == "ASSERTED"]


def test_a_state_condemns_its_own_armed_groups_attack_where_no_other_is_told(extract_text):
    r = extract_text("ELN rebels attacked an army base in Arauca on Friday, killing nine soldiers. Colombia's "
                     "president condemned the attack.")
    assert [(e.source.code, e.target.code) for e in events_of(r, "11")] == [("COLGOVHEAD", "COLREB")]


def test_a_summoner_demands_what_it_summoned_the_envoy_for(extract_text):
    r = extract_text("Iran's foreign ministry summoned Pakistan's charge d'affaires to demand an explanation.")
    assert {dyad(e) for e in events_of(r, "10")} == {("IRN", "PAK")}


def test_exercises_condemned_are_the_drills_held_near_the_condemner(extract_text):
    r = extract_text("China launched large-scale military drills around Taiwan on Monday. Taiwan's defence ministry "
                     "condemned the exercises as a provocation.")
    assert [dyad(e) for e in events_of(r, "11")] == [("TWN", "CHN")]


def test_a_place_seized_is_where_the_list_of_places_taken_is(extract_text):
    r = extract_text("The M23 rebels have seized large areas including the city of Goma.")
    assert [e.target.country if e.target else None for e in events_of(r, "19")] == ["COD"]


def test_two_attacks_of_one_code_each_way_in_one_sentence_are_two(extract_text):
    r = extract_text("Pakistan carried out air strikes in Iran on Thursday, two days after Tehran struck targets "
                     "inside Pakistan.")
    assert sorted(dyad(e) for e in events_of(r, "19")) == [("IRN", "PAK"), ("PAK", "IRN")]


def test_a_resolution_rejected_is_the_act_of_the_body_that_voted(extract_text):
    r = extract_text("The U.N. Human Rights Council voted on Thursday to open an investigation into abuses by Iranian "
                     "security forces. Iran's ambassador rejected the resolution as politically motivated.")
    assert [(e.source.country, e.target.code) for e in events_of(r, "12")] == [("IRN", "IGOUNO")]


def test_an_armed_group_struck_that_vows_to_respond_threatens_the_striker(extract_text):
    r = extract_text("American warplanes struck Houthi targets near Hodeidah on Sunday. The Houthis vowed to respond.")
    assert [(e.source.code, e.target.country) for e in events_of(r, "13")] == [("YEMREB", "USA")]


def test_a_summit_denounced_is_what_its_sides_agreed_there(extract_text):
    r = extract_text("South Korea and Japan agreed on Saturday to resume regular visits by their leaders. North Korea "
                     "denounced the summit as a war alliance.")
    assert sorted(dyad(e) for e in events_of(r, "11")) == [("PRK", "JPN"), ("PRK", "KOR")]


def test_a_verdict_called_a_sham_is_condemned(extract_text):
    r = extract_text("A Russian court on Friday sentenced a U.S. journalist to 16 years in prison. The White House "
                     "called the verdict a sham.")
    assert [(e.source.country, e.target.code) for e in events_of(r, "11")] == [("USA", "RUSJUD")]


def test_an_infinitive_under_whether_is_hypothetical(extract_text):
    r = extract_text("The president was asked whether she would allow U.S. drones to strike cartels on Mexican soil.")
    assert {e.modality for e in events_of(r, "19")} == {"HYPOTHETICAL"}


def test_aid_with_no_recipient_goes_where_the_sides_last_aid_went(extract_text):
    r = extract_text("Germany has agreed to deliver four more air defence systems to Ukraine, Defence Minister Boris "
                     "Pistorius said on Tuesday. Pistorius also announced a new package of military aid.")
    assert [dyad(e) for e in events_of(r, "07")] == [("DEU", "UKR")]


def test_a_body_accused_of_rewarding_a_party_is_the_one_accused(extract_text):
    r = extract_text("The U.N. Security Council on Monday demanded an immediate ceasefire in Gaza. Israel's foreign "
                     "minister accused the council of rewarding Hamas.")
    assert [(e.source.country, e.target.code) for e in events_of(r, "11")] == [("ISR", "IGOUNO")]


def test_a_demand_with_no_addressee_goes_where_what_it_asks_for_is_to_happen(extract_text):
    r = extract_text("The African Union demanded an immediate ceasefire in Sudan on Monday.")
    assert [(e.source.code, e.target.country if e.target else None) for e in events_of(r, "10")] == \
        [("IGOAU", "SDN")]


def test_the_readings_a_diagnosis_sees_are_the_coders(extractor):
    # bench/miss_stages.py reads the article again after coding: the same parse, the rules' events and the
    # classifier's own readings, and the act the coder emitted is among them with its parties and root
    from diplo.processors.coding.classify import document_readings
    from diplo.processors.records import Article

    text = "Ghana accused Togo of backing the rebels. Police said the weather was fine."
    ((pdoc, result),) = list(extractor.read_many([Article(id="t", text=text)]))
    (event,) = result.events
    rule_events, readings = document_readings(pdoc, extractor.actor_coder.code(pdoc), extractor.event_model)
    told = [(c, p) for c, p in readings if pdoc.tokens[c.trigger].text == "accused"]
    assert any([a.country for a in c.sources] == ["GHA"] and [a.country for a in c.targets] == ["TGO"] and
               p.label[:2] == event.cameo_root == "11" and p.probability >= 0.4 for c, p in told)
    assert [(pdoc.tokens[rc.trigger].text, rc.cameo[:2]) for rc in rule_events] == [("accused", "11")]
    assert result == extractor.extract(Article(id="t", text=text))
