"""``MewsClient``: the one way the application talks to the Mews Connector API.

Each method builds the operation's request model from keyword arguments first, so a broken
limit (1001 emails, a four-month window, a page of 5000) fails as ``LimitError`` before
anything is sent and before any of the shared request budget is spent. The transport then
adds the credentials (and the chain id of a portfolio token), waits for a slot in the
token's shared rate limit, sends, retries what is safe to retry (see ``retry``), and
parses the answer into response models. Whatever goes wrong surfaces as a ``MewsError``.

Where things live: ``transport`` (HTTP, retries, errors, rate limit), ``parsing`` (answer
bodies), ``paging`` (``Limitation`` spellings, following cursors), ``operations`` (paths),
and one module of methods per API area (``customer_calls``, ``identity_document_calls``,
``resource_calls``).

One client per connection, shared freely between worker threads.
"""

from __future__ import annotations

import uuid

import httpx

from desktop.mews.customer_calls import CustomerCalls
from desktop.mews.identity_document_calls import IdentityDocumentCalls
from desktop.mews.ratelimit import SlidingWindowLimiter, shared_limiter
from desktop.mews.resource_calls import ResourceCalls
from desktop.mews.retry import RetryPolicy
from desktop.mews.transport import (
    API_PATH,
    DEFAULT_TIMEOUT,
    UPLOAD_CHUNK_BYTES,
    ProgressCallback,
    Transport,
)

__all__ = [
    "API_PATH",
    "DEFAULT_TIMEOUT",
    "UPLOAD_CHUNK_BYTES",
    "MewsClient",
    "ProgressCallback",
]


class MewsClient(CustomerCalls, IdentityDocumentCalls, ResourceCalls):
    """A connection to one Mews environment with one set of tokens.

    ``client`` is the application's name and version as Mews wants it in every body
    (``"Frontdesk 0.1.0"``). ``chain_id`` is set when the access token is a portfolio
    token; the client then adds it wherever the operation's schema accepts it.

    ``transport`` replaces the network (tests use ``httpx.MockTransport``);
    ``rate_limiter`` defaults to the process-wide limiter of the access token;
    ``retry_policy`` defaults to ``RetryPolicy()``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        client_token: str,
        access_token: str,
        client: str,
        chain_id: str | uuid.UUID | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        rate_limiter: SlidingWindowLimiter | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if not client_token or not access_token:
            raise ValueError("Both the client token and the access token are required.")
        if not client:
            raise ValueError("The client name and version are required.")
        self.base_url = base_url.rstrip("/")
        self.client_name = client
        self.chain_id = str(uuid.UUID(str(chain_id))) if chain_id is not None else None
        self._transport = Transport(
            self.base_url,
            auth={"ClientToken": client_token, "AccessToken": access_token, "Client": client},
            secrets=(client_token, access_token),
            chain_id=self.chain_id,
            timeout=timeout,
            limiter=rate_limiter if rate_limiter is not None else shared_limiter(access_token),
            retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
            transport=transport,
        )

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> MewsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        chain = f", chain_id={self.chain_id!r}" if self.chain_id else ""
        return f"MewsClient({self.base_url!r}, client={self.client_name!r}{chain})"

    @property
    def rate_limiter(self) -> SlidingWindowLimiter:
        """The limiter this client waits on; ``usage()`` feeds a status bar."""
        return self._transport.limiter
