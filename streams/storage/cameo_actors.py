"""diplo's actor codes in the CAMEO actor codebook's form, for files CAMEO and GDELT users load as is.

diplo keeps the state's executive roles apart (RUSGOVHEAD, RUSGOVDIP,
RUSGOVMIL); the CAMEO codebook composes country + role, has no HEAD or DIP
role (heads of state, ministers and ambassadors are GOV) and codes the
military as its own role (RUSMIL, never RUSGOVMIL).
"""

from __future__ import annotations

from diplo.processors.records import Actor

__all__ = ["cameo_role", "cameo_actor_code"]

_AS_GOV = frozenset({"HEAD", "DIP"})  # CAMEO has no such roles: these people are the government


def cameo_role(role: str | None) -> str | None:
    """The CAMEO type code of a diplo role: HEAD and DIP are GOV, the rest keep their code."""
    if role is None:
        return None
    return "GOV" if role in _AS_GOV else role


def cameo_actor_code(actor: Actor) -> str:
    """CAMEO code of an Actor: RUSGOVMIL -> RUSMIL, RUSGOVDIP / RUSGOVHEAD -> RUSGOV, IGOUNO stays."""
    code = actor.code or ""
    country, role = actor.country, actor.role
    if not country or role == "IGO" or code.startswith("IGO"):
        return code
    mapped = cameo_role(role)
    return country if mapped is None else f"{country}{mapped}"
