"""The registry as a networkx graph (the ``networkx`` extra): bodies, agencies, sectors, lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._json import chosen

if TYPE_CHECKING:
    from ._model import Sector
    from ._registry import Registry

__all__ = ["to_networkx"]


def to_networkx(  # noqa: C901, PLR0912 - one short loop per kind of node and edge
    registry: Registry | None = None, *, sector: str | Sector | None = None
) -> Any:
    """A :class:`networkx.DiGraph` of bodies, agencies and sectors and the lines between them.

    Nodes are record ids, with attributes ``kind`` (``"body"``, ``"agency"``,
    ``"sector"``), ``label`` and ``name``. Edges carry ``kind``: a relation's kind
    from subject to object (``reports_to``, ``assists``, ...; ``reporting`` says
    whether it is a reporting line, ``stated`` whether a source states it; where
    two lines join the same bodies, ``kinds`` lists both and ``kind`` is the
    reporting one), ``in_sector`` from a body to each of its
    sectors, ``focal_point_for`` from an agency to each sector it serves, and a
    change's kind (``renamed``, ``split``, ...) from an agency to what it became.
    Needs the ``networkx`` extra (``pip install 'ascc-model[networkx]'``).

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.

    Raises:
        ModuleNotFoundError: networkx is not installed.

    >>> import ascc_model, networkx
    >>> graph = ascc_model.to_networkx()
    >>> graph.edges["acwc", "ammswd"]["kind"], graph.nodes["bnpb"]["kind"]
    ('reports_to', 'agency')
    >>> sorted(networkx.ancestors(graph.edge_subgraph(
    ...     e for e in graph.edges if graph.edges[e].get("reporting")), "amme"))[:2]
    ['asoen', 'awgcc']
    """
    try:
        import networkx as nx  # noqa: PLC0415 - an optional extra, imported only here
    except ModuleNotFoundError as exc:
        msg = "to_networkx needs networkx: pip install 'ascc-model[networkx]'"
        raise ModuleNotFoundError(msg, name=exc.name) from None
    reg = chosen(registry, sector)
    graph = nx.DiGraph()
    for found in reg.sectors():
        graph.add_node(found.id, kind="sector", label=found.names.best(), name=found.names.best())
    for body in reg.bodies():
        graph.add_node(body.id, kind="body", label=body.label, name=body.names.best())
        for sector_id in body.sectors:
            graph.add_edge(body.id, sector_id, kind="in_sector", reporting=False)
    for agency in reg.agencies():
        label = agency.acronym or agency.names.best("id")
        graph.add_node(agency.id, kind="agency", label=label, name=agency.names.best("id"))
        for served in reg.sectors_of_agency(agency):
            graph.add_edge(agency.id, served.id, kind="focal_point_for", reporting=False)
    for relation in reg.relations():
        ends = (relation.subject, relation.object)
        if graph.has_edge(*ends):  # two lines between two bodies: one edge, both kinds
            edge = graph.edges[ends]
            edge["kinds"].append(relation.kind.value)
            if relation.kind.reporting and not edge["reporting"]:
                edge.update(kind=relation.kind.value, reporting=True, stated=relation.stated)
            continue
        graph.add_edge(
            *ends,
            kind=relation.kind.value,
            kinds=[relation.kind.value],
            reporting=relation.kind.reporting,
            stated=relation.stated,
        )
    for change in reg.changes():
        for original in change.original:
            for resulting in change.resulting:
                if original != resulting:
                    graph.add_edge(original, resulting, kind=change.kind.value, reporting=False)
    return graph
