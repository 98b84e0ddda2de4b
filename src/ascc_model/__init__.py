"""The ASEAN Socio-Cultural Community pillar as typed, immutable Python objects.

>>> import ascc_model
>>> ascc_model.get_body("ACWC").names.en
'ASEAN Commission on the Promotion and Protection of the Rights of Women and Children'
"""

# Not typing's: importing typing costs more than the package itself.
TYPE_CHECKING = False

# The names below are imported on first use (see __getattr__), so that importing the
# package costs next to nothing and parses no data. A new export needs its import here
# (for type checkers), its module in _LAZY and its name in __all__.
if TYPE_CHECKING:
    from ._csv import to_csv, to_dataframes, to_datapackage
    from ._data_version import DATA_VERSION, DataVersion
    from ._default import (
        agencies,
        bodies,
        bodies_reporting_to,
        find_bodies,
        focal_point_for,
        get_agency,
        get_body,
        get_plan,
        get_record,
        get_sector,
        lookup,
        plans,
        registry,
        relations,
        reporting_chain,
        search,
        sectors,
    )
    from ._diagrams import to_dot, to_mermaid
    from ._errors import AmbiguousKeyError, DataError, Problem, UnknownKeyError
    from ._focal import FocalPoints
    from ._json import to_json
    from ._jsonld import to_jsonld
    from ._jsonschema import json_schema
    from ._load import load, load_text
    from ._model import (
        REPORTING_KINDS,
        VERBS,
        Agency,
        Assignment,
        Body,
        BodyKind,
        Change,
        ChangeKind,
        Citation,
        Claim,
        DateBound,
        Disagreement,
        Erratum,
        Event,
        EventKind,
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
        Rotation,
        RotationRule,
        Sector,
        Source,
        SourceKind,
        Verb,
    )
    from ._network import to_networkx
    from ._rdf import to_rdf
    from ._registry import Registry
    from ._search import Hit

    __version__: str  # read from the package metadata on first use (see __getattr__)

__all__ = [
    "DATA_VERSION",
    "REPORTING_KINDS",
    "VERBS",
    "Agency",
    "AmbiguousKeyError",
    "Assignment",
    "Body",
    "BodyKind",
    "Change",
    "ChangeKind",
    "Citation",
    "Claim",
    "DataError",
    "DataVersion",
    "DateBound",
    "Disagreement",
    "Erratum",
    "Event",
    "EventKind",
    "Figure",
    "FocalPoint",
    "FocalPoints",
    "Frequency",
    "Hit",
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
    "Rotation",
    "RotationRule",
    "Sector",
    "Source",
    "SourceKind",
    "UnknownKeyError",
    "Verb",
    "agencies",
    "bodies",
    "bodies_reporting_to",
    "find_bodies",
    "focal_point_for",
    "get_agency",
    "get_body",
    "get_plan",
    "get_record",
    "get_sector",
    "json_schema",
    "load",
    "load_text",
    "lookup",
    "plans",
    "registry",
    "relations",
    "reporting_chain",
    "search",
    "sectors",
    "to_csv",
    "to_dataframes",
    "to_datapackage",
    "to_dot",
    "to_json",
    "to_jsonld",
    "to_mermaid",
    "to_networkx",
    "to_rdf",
]


_LAZY: dict[str, str] = {
    name: module
    for module, names in {
        "._csv": "to_csv to_dataframes to_datapackage",
        "._data_version": "DATA_VERSION DataVersion",
        "._default": (
            "agencies bodies bodies_reporting_to find_bodies focal_point_for get_agency get_body "
            "get_plan get_record get_sector lookup plans registry relations reporting_chain "
            "search sectors"
        ),
        "._diagrams": "to_dot to_mermaid",
        "._errors": "AmbiguousKeyError DataError Problem UnknownKeyError",
        "._json": "to_json",
        "._jsonld": "to_jsonld",
        "._jsonschema": "json_schema",
        "._load": "load load_text",
        "._network": "to_networkx",
        "._rdf": "to_rdf",
        "._model": (
            "REPORTING_KINDS VERBS Assignment Change ChangeKind Claim DateBound Disagreement "
            "Event EventKind Rotation RotationRule SourceKind Verb "
            "Agency Body BodyKind Citation Erratum Figure FocalPoint Frequency "
            "Instrument InstrumentKind Names PartialDate Period Pillar Plan PlanKind Programme "
            "Relation RelationKind Rename Sector Source"
        ),
        "._focal": "FocalPoints",
        "._registry": "Registry",
        "._search": "Hit",
    }.items()
    for name in names.split()
}


if not TYPE_CHECKING:  # type checkers see the names above, and no catch-all attribute

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is not None:
            from importlib import import_module  # noqa: PLC0415 - imported with the first name

            value = getattr(import_module(module, __name__), name)
        elif name == "__version__":
            from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

            try:
                value = version("ascc-model")
            except PackageNotFoundError:  # a vendored copy, without metadata
                msg = "ascc_model has no __version__: it was not installed as a distribution"
                raise AttributeError(msg) from None
        else:
            msg = f"module {__name__!r} has no attribute {name!r}"
            raise AttributeError(msg)
        globals()[name] = value  # later look-ups are plain attribute reads
        return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
