"""What the look-up commands answer: a claim with its provenance, the sources with their sizes.

Records only; reporters print them.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from .errors import ClaimcheckError
from .model import Claim, Source


class ClaimDetail(NamedTuple):
    claim: Claim
    source: Optional[Source]
    same_fact: list  # (Claim, Source or None) of other claims reporting the same fact

    def as_dict(self) -> dict:
        claim, source = self.claim, self.source
        return {
            "id": claim.id, "text": claim.text, "quote": claim.quote, "kind": claim.kind,
            "attribution": claim.attribution, "fact": claim.fact,
            "source": source.as_dict() | {"author": source.author} if source else {"id": claim.source},
            "same_fact": [other.id for other, _ in self.same_fact],
            "location": f"{claim.path}:{claim.line}" if claim.path else None,
        }


class SourceCount(NamedTuple):
    source: Source
    claims: int

    def as_dict(self) -> dict:
        return self.source.as_dict() | {"claims": self.claims}


def claim_detail(base, claim_id: str) -> ClaimDetail:
    """The claim with this id; a ClaimcheckError suggesting close ids when there is none."""
    claim = base.claim(claim_id)
    if claim is None:
        from rapidfuzz import process

        close = process.extract(claim_id, [c.id for c in base.claims], limit=3, score_cutoff=60)
        hint = f" (did you mean: {', '.join(c for c, _, _ in close)}?)" if close else ""
        raise ClaimcheckError(f"no claim with id {claim_id!r}{hint}")
    same = [(other, base.sources.get(other.source)) for other in base.same_fact(claim)]
    return ClaimDetail(claim, base.sources.get(claim.source), same)


def source_counts(base) -> list:
    sizes = base.source_sizes()
    return [SourceCount(source, sizes.get(source.id, 0)) for source in base.sources.values()]
