"""Runs searches for the desk: supersession, paging, the short cache, and the view state.

A search is a :class:`~desktop.desk.search_query.SearchPlan`: a few ``customers/getAll``
streams (each with its own cursor) and ``customers/search`` lookups for guests in house.
All of them start at once on the read pool; rows are appended as each answer arrives (at
most once a frame, see :mod:`desktop.ui.row_batches`), so the fastest answer paints first.
Starting a new search cancels every request of the old one, so a slow answer to an old
query can never overwrite a newer result. When the table
scrolls to the end, the model asks for more and the next cursor page is fetched. A search
started while the desk is still connecting waits for the connection
(:meth:`SearchController.resume_waiting`) instead of failing.
"""

from __future__ import annotations

import gc
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from desktop.desk.customer_rows import CustomerRow
from desktop.desk.customer_search import (
    FIRST_PAGE_SIZE,
    NEXT_PAGE_SIZE,
    Page,
    fetch_filter_page,
    fetch_in_house,
)
from desktop.desk.parse_turns import ParseTurns
from desktop.desk.search_cache import SearchCache
from desktop.desk.search_query import SEARCH_CONTEXT, QueryKind, SearchPlan
from desktop.desk.translatable import fill_template
from desktop.ui.customer_table_model import CustomerTableModel
from desktop.ui.paint_turn import PaintTurn
from desktop.ui.row_batches import RowBatcher
from desktop.ui.search_runs import Run, Snapshot, Stream
from desktop.ui.search_sentences import empty_sentence, error_sentence
from desktop.ui.session import SESSION_CONTEXT, Session
from desktop.ui.translation import translate_text
from desktop.ui.workers import Request

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

#: After this many rows the cyclic collector's survivors are frozen: they are long-lived
#: table rows, and scanning them again on every collection is what stalls the GUI.
_FREEZE_EVERY_ROWS = 5000


class ViewState(StrEnum):
    IDLE = "idle"
    LOADING = "loading"
    RESULTS = "results"
    EMPTY = "empty"
    ERROR = "error"
    HINT = "hint"


class SearchController(QObject):
    """Feeds ``model`` with the results of the current plan.

    ``stateChanged(str, str)`` carries a :class:`ViewState` and a sentence for the overlay;
    ``searchFinished(int)`` the number of rows shown after the first answers;
    ``partlyFailed(object)`` the error of a part that failed while others found guests.
    """

    stateChanged = Signal(str, str)
    searchFinished = Signal(int)
    partlyFailed = Signal(object)

    def __init__(
        self, session: Session, model: CustomerTableModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._model = model
        self._model.moreRequested.connect(self._fetch_more)
        self._cache: SearchCache[Snapshot] = SearchCache()
        self._run: Run | None = None
        self._waiting: tuple[SearchPlan, bool] | None = None
        self._rows_since_freeze = 0
        self._freeze_due = False
        #: Workers parse one answer at a time, and not while rows are inserted and painted.
        self._turns = ParseTurns()
        self._painted = PaintTurn(self._rows_shown, self)
        self._batch = RowBatcher(self._insert_rows, self, ready=self._turns.try_show)
        self.state = ViewState.IDLE
        self.message = ""

    @property
    def holding_rows(self) -> bool:
        """Whether answered rows wait for the next frame (see :mod:`desktop.ui.row_batches`)."""
        return self._batch.holding

    def follow_paints(self, view: QAbstractItemView) -> None:
        """Parse the next answer after ``view`` has painted the rows of the last one."""
        self._painted.follow(view)

    @property
    def plan(self) -> SearchPlan | None:
        return self._run.plan if self._run else None

    @property
    def searching(self) -> bool:
        """Whether some first answers of the current search are still on their way."""
        return self._run is not None and bool(self._run.pending)

    @property
    def failure(self) -> BaseException | None:
        """Why a part of the current search failed (its first error); ``None`` if none did.

        The rows shown are then only what the other parts found.
        """
        return self._run.errors[0] if self._run is not None and self._run.errors else None

    def _cache_key(self, plan: SearchPlan) -> str:
        profile = self._session.profile
        return f"{profile.profile_id if profile else ''}|{plan.key}"

    # -- starting -------------------------------------------------------------------

    def search(self, plan: SearchPlan, *, use_cache: bool = True) -> None:
        self.cancel()
        if plan.kind is QueryKind.EMPTY:
            self._model.clear()
            self._set_state(ViewState.IDLE, "")
            return
        if plan.is_empty:
            self._model.clear()
            hint = translate_text(SEARCH_CONTEXT, plan.hint) if plan.hint else ""
            self._set_state(ViewState.HINT, hint or self.tr("Nothing to search for."))
            return
        if not self._session.connected:
            self._model.clear()
            if self._session.connecting:
                # Typed while the client is still being built: run it once it is ready.
                self._waiting = (plan, use_cache)
                self._set_state(
                    ViewState.LOADING,
                    fill_template(
                        self.tr("Connecting… the search for “%1” starts as soon as it is ready."),
                        (plan.text,),
                    ),
                )
                return
            detail = translate_text(SESSION_CONTEXT, self._session.state_detail)
            self._set_state(
                ViewState.ERROR, fill_template(self.tr("Not connected yet. %1"), (detail,))
            )
            return
        streams = [Stream(flt) for flt in plan.filters]
        run = self._run = Run(plan, streams)
        cached = self._cache.get(self._cache_key(plan)) if use_cache else None
        if cached is not None:
            for stream, cursor in zip(streams, cached.cursors, strict=True):
                stream.started = True
                stream.cursor = cursor
            self._model.set_rows(cached.rows, more_available=any(cached.cursors))
            self._finish_first_answers(run)
            return
        # The requests go out first: the workers build and send them while this thread
        # empties the table (their answers come by queued signal, after this returns).
        for stream in streams:
            self._start_page(run, stream, FIRST_PAGE_SIZE)
        turns, session = self._turns, self._session
        for lookup in plan.in_house:
            request = self._session.read(
                lambda client, lookup=lookup: turns.run(
                    lambda: fetch_in_house(
                        client,
                        lookup,
                        resolve_room=session.room_resolver,
                        room_names=session.room_names,
                    ),
                ),
                owner=self,
                label="customers/search",
            )
            self._watch(run, request)
        self._model.clear()
        self._set_state(
            ViewState.LOADING, fill_template(self.tr("Searching for “%1”…"), (plan.text,))
        )
        if not run.pending:
            self._finish_first_answers(run)

    def refresh(self) -> None:
        """Search again, past the cache, with the property's rooms read afresh."""
        self._session.refresh_rooms()
        if self._run is not None:
            self.search(self._run.plan, use_cache=False)

    @property
    def waiting(self) -> SearchPlan | None:
        """The search held back until the connection is ready, if any."""
        return self._waiting[0] if self._waiting else None

    def resume_waiting(self) -> bool:
        """On a connection change: run the search that waited for it; whether there was one.

        While the desk is still connecting it keeps waiting; when the connection failed,
        running it shows why in the table's overlay.
        """
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            return False
        if self._session.connecting:
            self._waiting = waiting
            return True
        plan, use_cache = waiting
        self.search(plan, use_cache=use_cache)
        return True

    def cancel(self) -> None:
        """Forget the current search; answers still on their way are dropped."""
        self._waiting = None
        self._batch.drop()
        self._painted.cancel()
        self._turns.shown()
        run, self._run = self._run, None
        if run is None:
            return
        for request in [*run.pending, run.paging]:
            if request is not None and shiboken6.isValid(request):
                request.cancel()

    def _start_page(self, run: Run, stream: Stream, count: int) -> Request:
        cursor = stream.cursor
        stream.started = True
        turns = self._turns
        request = self._session.read(
            lambda client: turns.run(
                lambda: fetch_filter_page(client, stream.flt, cursor=cursor, count=count)
            ),
            owner=self,
            label="customers/getAll",
        )
        run.stream_of[request] = run.streams.index(stream)
        self._watch(run, request)
        return request

    def _watch(self, run: Run, request: Request) -> None:
        run.pending.add(request)
        request.succeeded.connect(self._page_arrived)
        request.failed.connect(self._page_failed)

    # -- answers --------------------------------------------------------------------

    def _owning_run(self, request: Any) -> Run | None:
        run = self._run
        if run is None or request not in run.pending:
            return None
        run.pending.discard(request)
        return run

    @Slot(object)
    def _page_arrived(self, page: Page) -> None:
        run = self._owning_run(self.sender())
        if run is None:
            return
        # Not ``property("stream")``: for an in-house lookup that property is unset, and
        # PySide6 6.12 drops a reference to None on every such read (a crash, in time).
        index = run.stream_of.get(self.sender())
        if index is not None:
            run.streams[index].cursor = page.cursor
        self._model.set_more_available(self._has_more(run))
        self._batch.add(page.rows)
        if not run.pending:
            self._finish_first_answers(run)

    @Slot(object)
    def _page_failed(self, error: BaseException) -> None:
        run = self._owning_run(self.sender())
        if run is None:
            return
        run.errors.append(error)
        if not run.pending:
            self._finish_first_answers(run)

    def _finish_first_answers(self, run: Run) -> None:
        self._batch.flush()
        rows = self._model.rowCount()
        if rows:
            self._set_state(ViewState.RESULTS, "")
            if run.errors:
                self.partlyFailed.emit(run.errors[0])
            else:
                self._cache.put(
                    self._cache_key(run.plan),
                    Snapshot(list(self._model.rows), [s.cursor for s in run.streams]),
                )
        elif run.errors:
            self._set_state(ViewState.ERROR, error_sentence(run.errors[0]))
        else:
            self._set_state(ViewState.EMPTY, empty_sentence(run.plan))
        self.searchFinished.emit(rows)

    # -- paging ---------------------------------------------------------------------

    def _has_more(self, run: Run) -> bool:
        return any(stream.cursor for stream in run.streams)

    @Slot()
    def _fetch_more(self) -> None:
        run = self._run
        if run is None or run.paging is not None:
            return
        stream = next((s for s in run.streams if s.cursor), None)
        if stream is None:
            self._model.set_more_available(False)
            return
        request = self._start_page(run, stream, NEXT_PAGE_SIZE)
        run.pending.discard(request)
        run.paging = request
        request.succeeded.disconnect(self._page_arrived)
        request.failed.disconnect(self._page_failed)
        request.succeeded.connect(self._more_arrived)
        request.failed.connect(self._more_failed)

    @Slot(object)
    def _more_arrived(self, page: Page) -> None:
        run = self._run
        request = self.sender()
        if run is None or request is not run.paging:
            return
        run.paging = None
        run.streams[run.stream_of[request]].cursor = page.cursor
        self._model.set_more_available(self._has_more(run))
        self._batch.add(page.rows)

    @Slot(object)
    def _more_failed(self, error: BaseException) -> None:
        run = self._run
        if run is None or self.sender() is not run.paging:
            return
        run.paging = None
        # Leave the cursor in place: scrolling to the end again retries.
        self._model.set_more_available(self._has_more(run))

    def _rows_shown(self) -> None:
        """The rows inserted are painted: the workers may parse again."""
        if self._freeze_due:  # in a turn of its own, after the paint
            self._freeze_due = False
            gc.collect(1)
            gc.freeze()
        self._turns.shown()

    def _insert_rows(self, rows: list[CustomerRow]) -> None:
        added = self._model.append_rows(rows)
        self._rows_since_freeze += len(rows)
        if self._rows_since_freeze >= _FREEZE_EVERY_ROWS:
            self._rows_since_freeze = 0
            self._freeze_due = True
        if added:
            self._painted.rows_inserted()
        else:
            self._rows_shown()
        if self._run is not None and self._model.rowCount() and self.state is not ViewState.RESULTS:
            self._set_state(ViewState.RESULTS, "")

    def show_added(self, row: CustomerRow) -> None:
        """A guest just added in the desk joins the results shown, whatever they were for."""
        self._batch.flush()
        self._model.append_rows([row])
        if self.state is not ViewState.RESULTS:
            self._set_state(ViewState.RESULTS, "")

    def _set_state(self, state: ViewState, message: str) -> None:
        self.state = state
        self.message = message
        self.stateChanged.emit(state.value, message)
