"""Regenerate the README's screenshots from the running app on the built-in sandbox.

Run from the project root: ``.venv/bin/python docs/make_screenshots.py``. It uses Qt's
offscreen platform and throw-away data and settings folders, so it neither needs a screen
nor touches the user's own data. Re-run it whenever a screen in the README changes.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
_scratch = Path(tempfile.mkdtemp(prefix="frontdesk-shots-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[name] = str(_scratch / name.lower())

from PySide6.QtCore import QEventLoop, QItemSelection, QItemSelectionModel, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget  # noqa: E402

from desktop.app import build_window  # noqa: E402
from desktop.desk.duplicate_groups import find_duplicate_groups  # noqa: E402
from desktop.desk.mrz import check_digit  # noqa: E402
from desktop.desk.mrz_names import fold  # noqa: E402
from desktop.ui.attach_file_dialog import AttachFileDialog  # noqa: E402
from desktop.ui.duplicates_dialog import DuplicatesDialog  # noqa: E402
from desktop.ui.guest_export_dialog import GuestExportDialog  # noqa: E402
from desktop.ui.merge_dialog import MergeDialog  # noqa: E402
from desktop.ui.mrz_dialogs import MrzPickDialog  # noqa: E402
from desktop.ui.translation import install_translators  # noqa: E402


def wait_until(condition: Callable[[], bool], timeout_ms: int = 15000) -> None:
    """Spin the event loop until ``condition`` holds; fail loudly rather than shoot blanks."""
    loop = QEventLoop()
    waited = 0

    def check() -> None:
        nonlocal waited
        waited += 50
        if condition() or waited >= timeout_ms:
            loop.quit()

    timer = QTimer(interval=50)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit(f"screen did not reach the expected state within {timeout_ms} ms")


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def scanned_passport(path: Path) -> None:
    image = QImage(1200, 850, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9eef3"))
    painter = QPainter(image)
    painter.setPen(QColor("#1f3a5f"))
    painter.setFont(QFont("DejaVu Sans", 60, QFont.Weight.Bold))
    painter.drawText(80, 170, "PASSPORT")
    painter.setFont(QFont("DejaVu Sans", 36))
    painter.drawText(80, 300, "NOVÁK, Jan")
    painter.drawText(80, 380, "Česká republika · CZE")
    painter.drawRect(850, 80, 270, 340)
    painter.end()
    image.save(str(path))


def passport_zone(surname: str, given: str, birth: str, nationality: str) -> list[str]:
    """The two lines a desk reader types for a passport (TD3), check digits included."""
    number, expiry = "40417283", "330915"
    first = f"P<{nationality}{surname}<<{given}".ljust(44, "<")
    second = (
        f"{number:<<9}{check_digit(f'{number:<<9}')}{nationality}{birth}{check_digit(birth)}M"
        f"{expiry}{check_digit(expiry)}{'':<<14}<"
    )
    composite = second[0:10] + second[13:20] + second[21:43]
    return [first, second + str(check_digit(composite))]


def read_passport(window: QWidget) -> None:
    """A reader's zone for the open guest that disagrees with the profile on two fields.

    The guest's profile gets the passport first, so the zone finds it by its number.
    """
    values = window.profile_editor.form.values()
    passport = {"customer_id": values["id"], "type": "Passport", "number": "40417283"}
    added = window.session.write(
        lambda client: client.add_identity_documents([passport]), owner=window
    )
    done: list[object] = []
    added.succeeded.connect(done.append)
    wait_until(lambda: bool(done))
    birth = values["birth_date"] or dt.date(1979, 2, 11)
    nationality = "SVK" if values["nationality_code"] == "CZ" else "CZE"
    zone = passport_zone(
        fold(values["last_name"]).replace(" ", "<"),
        fold(values["first_name"]).replace(" ", "<"),
        (birth + dt.timedelta(days=1)).strftime("%y%m%d"),
        nationality,
    )
    window.passport_reader.read_zone(zone)
    wait_until(lambda: picking() is not None, 30000)
    settle(600)
    dialog = picking()
    save(dialog, "passport.png")
    dialog.reject()


def picking() -> QWidget | None:
    """The visible per-field choice after a passport was read, if any."""
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MrzPickDialog) and w.isVisible()
        ),
        None,
    )


def select_rows(window: QWidget, customer_ids: list[str]) -> None:
    """Select these guests' rows at once, as a Ctrl+click does one by one."""
    table = window.table  # type: ignore[attr-defined]
    flags = QItemSelectionModel.SelectionFlag
    selection = QItemSelection()
    for customer_id in customer_ids:
        position = window.model.position_of(customer_id)  # type: ignore[attr-defined]
        if position is not None:
            index = table.proxy.mapFromSource(window.model.index(position, 0))  # type: ignore[attr-defined]
            selection.select(index, index)
    table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    if not selection.isEmpty():
        # The selected rows on screen, not below it.
        table.scrollTo(selection.indexes()[0], QAbstractItemView.ScrollHint.PositionAtCenter)


def save_pdf_page(pdf: Path, name: str) -> None:
    """The first page of ``pdf`` as Qt's own PDF renderer draws it."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    rendered = document.render(0, document.pagePointSize(0).toSize() * 1.3)
    document.close()
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))  # a rendered page is transparent where nothing is printed
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    OUT.mkdir(parents=True, exist_ok=True)
    paper.save(str(OUT / name))
    print(OUT / name)


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_translators("en")  # the README is in English, whatever this machine's locale
    window = build_window(["--sandbox"])
    window.resize(1400, 860)
    window.show()

    search = window.findChild(QLineEdit, "searchInput")
    search.setText("Novák")
    search.returnPressed.emit()
    wait_until(lambda: window.model.rowCount() >= 5)
    settle()
    save(window, "desk.png")

    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    window.open_customer(rows[0].id)
    wait_until(lambda: window.profile_editor.customer_id() == rows[0].id)
    settle(800)
    save(window, "profile.png")
    read_passport(window)

    # A name the demo data holds a channel's duplicate of (the seed is fixed).
    search.setText("Johnson")
    search.returnPressed.emit()
    wait_until(lambda: window.model.rowCount() >= 20)
    johnsons = [window.model.row_at(i) for i in range(window.model.rowCount())]
    finder = DuplicatesDialog(window.session, johnsons, parent=window)
    finder.show()
    wait_until(lambda: not finder.searching)
    settle()
    save(finder, "duplicates.png")
    finder.close()

    groups = find_duplicate_groups(johnsons)
    if groups:
        ids = list(groups[0].customer_ids)
        select_rows(window, ids)
        settle()
        save(window, "selected.png")
        merge = MergeDialog(window.session, ids, parent=window)
        merge.resize(1000, 640)
        merge.show()
        wait_until(merge.confirmMergeButton.isEnabled)  # profiles, documents and balance in
        settle(500)
        save(merge, "merge.png")
        merge.close()

    scan = _scratch / "passport-scan.png"
    scanned_passport(scan)
    attach = AttachFileDialog(window.session, rows[0].id, rows[0].name, parent=window)
    attach.resize(760, 560)
    attach.show()
    attach.load_path(scan)
    settle(800)
    save(attach, "attach.png")
    attach.close()

    export = GuestExportDialog(window.session, rows[0].id, rows[0].name, folder=_scratch)
    export.show()
    export.exportButton.click()
    wait_until(lambda: export.written is not None)
    settle()
    save(export, "export.png")
    export.close()
    if export.written is not None:
        save_pdf_page(export.written[1], "export-pdf.png")

    # Typed without accents: the accented spellings go out in the same request.
    search.setText("novak")
    search.returnPressed.emit()
    wait_until(lambda: not window.controller.searching and window.model.rowCount() >= 5)
    settle()
    save(window, "search-plain.png")

    window.close()
    app.quit()


if __name__ == "__main__":
    main()
