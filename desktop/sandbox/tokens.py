"""Tokens the sandbox accepts, so the app and tests can talk to it like to the Mews demo.

The defaults are the public Mews demo pairs (published in the Mews environments guide):
using them lets the same settings work against the sandbox and ``api.mews-demo.com``.
They are public and grant access to demo data only, so shipping them is safe.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final

#: Gross-pricing demo enterprise, integration "Are you ready to integrate with Mews?".
DEMO_CLIENT_TOKEN: Final = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D"
DEMO_ACCESS_TOKEN: Final = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"

_CLIENT_2: Final = "E916C341431C4D28A866AD200152DBD3-A046EB5583FFBE94DE1172237763712"
_CLIENT_3: Final = "2CC71B0660F345019882AD200155B4FE-4A1FC9080A4DD2A404734003674F77E"
_CLIENT_4: Final = "07AB1F14B55C49B8BDD6AD200158423B-273A4497AFF5E20566D7199DB3DC2BA"

#: Every (ClientToken, AccessToken) pair of the gross- and net-pricing demo enterprises.
DEMO_TOKEN_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    (DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN),
    (_CLIENT_2, "CC150C355D6A4048A220AD20015483AB-B6D09C0C84B09538077CB8FFBB907B4"),
    (_CLIENT_3, "5F56B9903A834F199E28AD20015E58CA-5C6A1A00550634911534AD6A098E8B7"),
    (_CLIENT_4, "39E301DD5A1C4A569087AD20015F60DD-50DC28896E9090CCA0995C9BBD90351"),
    (DEMO_CLIENT_TOKEN, "4D6C7ABE0E6A4681B0AFB16900AE5D86-DF50CBC89E1D4FF5859DDF021649ED5"),
    (_CLIENT_2, "1AEFA58C55E74D65BDC7AD2001564C12-66633E0B736F523379B9E5966165A55"),
    (_CLIENT_3, "682C235379B64D909941AD2001577525-BFC60A026081F1350FAA99CAB9F7510"),
    (_CLIENT_4, "BFD4298010F54B069F3DAD20015D53EA-D5561FADFBA4EFC8EA4C179C6BC461F"),
)


def token_key(token: str) -> str:
    """A stable stand-in for a token, so rate-limit state and logs never hold the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


class TokenRegistry:
    """Answers whether a token pair may call the API; stores only digests of the tokens."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = DEMO_TOKEN_PAIRS) -> None:
        self._pairs = frozenset((token_key(client), token_key(access)) for client, access in pairs)

    def __repr__(self) -> str:
        return f"TokenRegistry({len(self._pairs)} pairs)"

    def accepts(self, client_token: object, access_token: object) -> bool:
        if not isinstance(client_token, str) or not isinstance(access_token, str):
            return False
        return (token_key(client_token), token_key(access_token)) in self._pairs
