"""The HIPAA Security Rule catalogue: every citation a control or attestation may cite.

Loaded once from ``policies/catalogue.json`` (shipped as package data). The spelling of
each citation string is the one of the catalogue; an unknown citation is a load error.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

SAFEGUARD_ORDER = ("administrative", "physical", "technical", "organizational", "documentation")


@dataclass(frozen=True)
class Citation:
    citation: str
    name: str
    section: str
    safeguard: str
    kind: str
    required: bool
    automatable: str

    @property
    def requirement(self) -> str:
        return "Required" if self.required else "Addressable"


@dataclass(frozen=True)
class Catalogue:
    citations: tuple[Citation, ...]

    @functools.cached_property
    def by_id(self) -> dict[str, Citation]:
        return {c.citation: c for c in self.citations}

    def __contains__(self, citation: str) -> bool:
        return citation in self.by_id

    def __len__(self) -> int:
        return len(self.citations)

    def order(self, citation: str) -> int:
        return list(self.by_id).index(citation)


def catalogue_path():
    return resources.files("hipaa_scan.policies").joinpath("catalogue.json")


@functools.lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    data = json.loads(catalogue_path().read_text(encoding="utf-8"))
    return Catalogue(tuple(Citation(**c) for c in data["citations"]))
