"""The ASEAN Socio-Cultural Community pillar as typed, immutable Python objects.

>>> import ascc_model
>>> ascc_model.get_body("ACWC").names.en
'ASEAN Commission on the Promotion and Protection of the Rights of Women and Children'
"""

from ._api import (
    bodies,
    bodies_reporting_to,
    find_bodies,
    focal_point_for,
    get_agency,
    get_body,
    get_plan,
    get_sector,
    load,
    load_text,
    plans,
    registry,
    relations,
    reporting_chain,
    sectors,
)
from ._errors import AmbiguousKeyError, DataError, Problem, UnknownKeyError
from ._export import to_csv, to_dot, to_json, to_jsonld, to_mermaid
from ._model import (
    REPORTING_KINDS,
    Agency,
    Body,
    BodyKind,
    Citation,
    Erratum,
    Figure,
    FocalPoint,
    Frequency,
    Instrument,
    InstrumentKind,
    Names,
    PartialDate,
    Period,
    Pillar,
    Plan,
    PlanKind,
    Programme,
    Relation,
    RelationKind,
    Rename,
    Sector,
    Source,
)
from ._registry import FocalPoints, Registry
from ._version import DATA_VERSION, DataVersion

__all__ = [
    "DATA_VERSION",
    "REPORTING_KINDS",
    "Agency",
    "AmbiguousKeyError",
    "Body",
    "BodyKind",
    "Citation",
    "DataError",
    "DataVersion",
    "Erratum",
    "Figure",
    "FocalPoint",
    "FocalPoints",
    "Frequency",
    "Instrument",
    "InstrumentKind",
    "Names",
    "PartialDate",
    "Period",
    "Pillar",
    "Plan",
    "PlanKind",
    "Problem",
    "Programme",
    "Registry",
    "Relation",
    "RelationKind",
    "Rename",
    "Sector",
    "Source",
    "UnknownKeyError",
    "bodies",
    "bodies_reporting_to",
    "find_bodies",
    "focal_point_for",
    "get_agency",
    "get_body",
    "get_plan",
    "get_sector",
    "load",
    "load_text",
    "plans",
    "registry",
    "relations",
    "reporting_chain",
    "sectors",
    "to_csv",
    "to_dot",
    "to_json",
    "to_jsonld",
    "to_mermaid",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - read lazily

        return version("ascc-model")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
