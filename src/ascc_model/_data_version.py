"""The version of the packaged data, apart from the version of the package."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from ._model import PartialDate

__all__ = ["DATA_VERSION", "DataVersion"]


@frozen
class DataVersion:
    """Which document the packaged data comes from, its date, and the data's revision.

    ``source`` is the id of the source document (see ``registry().sources()``) and
    ``source_date`` its date, or ``None`` for an undated source: the packaged source
    is undated (its plans run to 2025 and its latest reported figures are for 2022,
    as the source record's note says). ``revision`` counts the releases that changed
    the packaged data: 1 for 0.1.0, then one more for each release whose changelog
    has a *Data* section. On an unreleased checkout it is the revision the next
    release will carry. The package's own version is ``ascc_model.__version__``.

    >>> import ascc_model
    >>> ascc_model.DATA_VERSION.source_date is None
    True
    >>> str(ascc_model.DATA_VERSION)
    'ascc-sectors (undated), revision 2'
    >>> str(ascc_model.DataVersion("notes", ascc_model.PartialDate(2024, 3), revision=1))
    'notes (2024-03), revision 1'
    """

    source: str
    source_date: PartialDate | None
    revision: int

    def __str__(self) -> str:
        date = "undated" if self.source_date is None else str(self.source_date)
        return f"{self.source} ({date}), revision {self.revision}"


DATA_VERSION = DataVersion(source="ascc-sectors", source_date=None, revision=2)
"""The version of the packaged data: its source, the source's date, its revision.

>>> import ascc_model
>>> ascc_model.DATA_VERSION.source in [s.id for s in ascc_model.registry().sources()]
True
"""
