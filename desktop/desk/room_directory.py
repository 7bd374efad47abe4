"""The property's rooms, read once per session through ``resources/getAll``.

``customers/search`` finds the guests of a room by its resource id, never by the number a
receptionist types, and answers with resource ids that mean nothing to a guest. So the
desk keeps the property's rooms (id and name) for the session: read on first use (the
connection warms it up), again when asked (``refresh``), and again when a typed room is
not among them and the list is older than a minute, so a room added since is found.

Safe to share between worker threads; every method may call the API, so none of them
may run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.mews.errors import MewsError

if TYPE_CHECKING:
    from desktop.mews import MewsClient

log = logging.getLogger(__name__)

#: A typed room missing from a list at least this old triggers one more read.
STALE_AFTER_SECONDS = 60.0


@dataclass(frozen=True)
class Rooms:
    """Room name -> resource id (names folded for lookup) and resource id -> name."""

    by_key: dict[str, str]
    names: dict[str, str]


def room_key(text: str) -> str:
    """How a typed room and a Mews name compare: case, spaces and leading zeros ignored."""
    folded = "".join(text.split()).casefold()
    return folded.lstrip("0") or folded


def read_rooms(client: MewsClient) -> Rooms:
    """Every active resource of the property, paged through ``resources/getAll``."""
    by_key: dict[str, str] = {}
    names: dict[str, str] = {}
    for resource in client.iter_resources(extent={"Resources": True}):
        if not resource.is_active or not resource.name:
            continue
        resource_id = str(resource.id)
        names[resource_id] = resource.name
        by_key.setdefault(room_key(resource.name), resource_id)
    return Rooms(by_key, names)


class RoomDirectory:
    """The rooms of the connection's property, cached for the session."""

    def __init__(
        self,
        client: MewsClient,
        *,
        read: Callable[[MewsClient], Rooms] = read_rooms,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._read = read
        self._clock = clock
        self._lock = threading.Lock()
        self._rooms: Rooms | None = None
        self._read_at = 0.0
        self._failed_at: float | None = None

    def resolve(self, room: str) -> str | None:
        """The resource id of a typed room number, or ``None`` when the property has none.

        A failure to read the rooms propagates: "no such room" would be a false answer.
        """
        key = room_key(room)
        with self._lock:
            rooms = self._current()
            found = rooms.by_key.get(key)
            if found is None and self._clock() - self._read_at >= STALE_AFTER_SECONDS:
                rooms = self._reload()
                found = rooms.by_key.get(key)
            return found

    @property
    def names(self) -> dict[str, str]:
        """Resource id -> room name, for showing rooms in results; empty if unreadable.

        Names only decorate a name search, so a failed read must not fail the search;
        it is logged and not retried for a minute.
        """
        with self._lock:
            recently_failed = (
                self._failed_at is not None
                and self._clock() - self._failed_at < STALE_AFTER_SECONDS
            )
            if self._rooms is None and recently_failed:
                return {}
            try:
                return self._current().names
            except MewsError as error:
                self._failed_at = self._clock()
                log.warning("Could not read the property's rooms: %s", type(error).__name__)
                return {}

    @property
    def loaded(self) -> bool:
        return self._rooms is not None

    def refresh(self) -> None:
        """Forget the rooms; the next lookup reads them again."""
        with self._lock:
            self._rooms = None
            self._failed_at = None

    def _current(self) -> Rooms:
        return self._rooms if self._rooms is not None else self._reload()

    def _reload(self) -> Rooms:
        rooms = self._read(self._client)
        self._rooms, self._read_at, self._failed_at = rooms, self._clock(), None
        return rooms
