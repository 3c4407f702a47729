"""The project's CAMEO table (``data/cameo.csv``): name, root, Goldstein value, quad class, PLOVER type per code.

Built from the CAMEO/PLOVER reference facts with our documented decisions:
quad class follows the root (01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict); PLOVER is empty
for roots 01-02 (PLOVER drops them); 163 sanctions is PLOVER SANCTION (the
PLOVER manual's reading), not the 2021 crosswalk's COERCE. An event's PLOVER type also reads its
modality as the PLOVER manual says (:func:`plover_type_of`): a planned meeting is AGREE.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .errors import DiploError
from .gazetteer import load_lexicon, read_data_csv

__all__ = ["CameoCode", "UnknownCameoCodeError", "cameo_table", "lookup", "plover_type_of", "PLANNED_PLOVER",
           "COOPERATIVE_PLOVER", "refusal_code", "rejection_code", "threat_code"]

# The PLOVER manual's types for cooperation reported in the future tense: CONSULT, SUPPORT, COOPERATE and AID
# "reported in future tense are also taken to imply intentions and should be coded as AGREE" (a planned summit
# or visit is AGREE), and "announcements of future retreats should be coded as CONCEDE". Future CONCEDE stays.
PLANNED_PLOVER: dict[str, str] = {
    "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE",
}
# CAMEO's refusals to yield (124x), by the yielding act refused: "will not end the strike" (082) is 1242
_REFUSED_YIELDS: dict[str, str] = {"081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245",
                                   "087": "1246"}
# CAMEO's threats (13x), by the act threatened: "threatened to impose sanctions" (163) is 1312; the most precise
# code first (a 4-digit code, then a 3-digit one, then the root)
_THREATENED: dict[str, str] = {
    "162": "1311", "163": "1312", "160": "1313", "161": "1313", "16": "1313",
    "1722": "1322", "1723": "1323", "1724": "1324", "17": "137", "14": "133",
    "191": "1381", "192": "1382", "18": "138", "19": "138", "20": "138",
}
# CAMEO's rejections (12x), by the cooperative act refused: "would not negotiate" (046) is 125, "will not trade" 121
_REJECTED: dict[str, str] = {"04": "125", "06": "121", "07": "122"}
_LEGAL_CHARGES: frozenset[str] = load_lexicon()["legal_charge_words"]


def refusal_code(yielding: str) -> str:
    """The refusal of the yielding act ``yielding`` (a root-08 code): its 124x code, else 124."""
    return _REFUSED_YIELDS.get(yielding[:3], "124")


def rejection_code(refused: str) -> str:
    """The rejection of the cooperative act ``refused`` (roots 03-07): "would not negotiate" is 125, else 120."""
    return _REJECTED.get(refused[:2], "120")


def threat_code(threatened: str) -> str:
    """The threat of the act ``threatened``: "threatened to impose sanctions" (163) is 1312, to attack 138."""
    return next((_THREATENED[k] for k in (threatened, threatened[:3], threatened[:2]) if k in _THREATENED), "130")
# the cooperative types a refusal turns down (PLOVER's verbal and material cooperation)
COOPERATIVE_PLOVER = frozenset(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"))


class UnknownCameoCodeError(DiploError):
    reason_code = "unknown_cameo_code"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover_type: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    table = {}
    for row in read_data_csv("cameo.csv"):
        table[row["code"]] = CameoCode(
            row["code"], row["name"], row["root"], float(row["goldstein"]), int(row["quad_class"]),
            row["plover_type"] or None,
        )
    return table


def lookup(code: str) -> CameoCode:
    try:
        return cameo_table()[code]
    except KeyError:
        raise UnknownCameoCodeError(f"unknown CAMEO code {code!r}") from None


def plover_type_of(cameo: CameoCode, modality: str, refused: bool = False, trigger: str = "") -> str | None:
    """The PLOVER type of an event with this code and modality: the code's type, except that PLOVER codes planned
    cooperation as the promise it is (a planned meeting: CAMEO 040 PLANNED, PLOVER AGREE; see PLANNED_PLOVER),
    a refused act of cooperation as the refusal it is (``refused``: "will not release", "cancelled a planned visit":
    the act NEGATED, PLOVER REJECT, "all rejections and refusals"), and a legal charge as an accusation (CAMEO 173
    "arrest, detain, or charge" whose ``trigger`` lemma charges: PLOVER ACCUSE "accuse, allege, or charge")."""
    if cameo.code.startswith("173") and trigger in _LEGAL_CHARGES:
        return "ACCUSE"
    if modality == "PLANNED" and cameo.plover_type in PLANNED_PLOVER:
        return PLANNED_PLOVER[cameo.plover_type]
    if modality == "NEGATED" and refused and cameo.plover_type in COOPERATIVE_PLOVER:
        return "REJECT"
    return cameo.plover_type
