"""Writing a guest data export's two files, on a worker thread.

Laying out and printing the PDF of a long profile takes long enough to freeze the window,
so the dialog hands everything the files need to :func:`write_export` and runs it on the
read pool. That is safe by Qt's threading rules: ``QTextDocument`` is reentrant and this
one is built on the worker, and a ``QPainter`` may paint on a PDF writer in any thread.

Both files are composed in memory first and written through Python, so a full disk or a
missing permission raises ``OSError`` (Qt's writer would only fail quietly). Each goes to
a hidden part file that replaces the real name once both parts are complete: a failure
leaves no half-written file and never spoils an earlier export of the same name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from desktop.desk.guest_export import GuestData, SessionFile, export_file_stem, guest_json
from desktop.ui.guest_report import report_document, report_html, write_pdf


@dataclass(frozen=True)
class ExportRequest:
    """What the GUI thread settles before the write: plain values, nothing of a widget."""

    data: GuestData
    files: tuple[SessionFile, ...]
    folder: Path
    full_numbers: bool
    language: str
    title: str
    exported_at: dt.datetime


def write_export(request: ExportRequest) -> tuple[Path, Path]:
    """Compose and write the JSON and the PDF; the paths written. Runs on a worker."""
    data, files, moment = request.data, request.files, request.exported_at
    full = request.full_numbers
    document = guest_json(
        data, files, full_numbers=full, language=request.language, exported_at=moment
    )
    html = report_html(data, files, full_numbers=full, exported_at=moment)
    stem = export_file_stem(data, moment)
    json_path = request.folder / f"{stem}.json"
    pdf_path = request.folder / f"{stem}.pdf"
    _write_all(
        {
            json_path: (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode(),
            pdf_path: _pdf_bytes(html, request.title),
        }
    )
    return json_path, pdf_path


def _pdf_bytes(html: str, title: str) -> bytes:
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    write_pdf(report_document(html, title), buffer, title)
    buffer.close()
    return content.data()


def _write_all(contents: dict[Path, bytes]) -> None:
    """Write every part, then put them in place; on failure remove the parts and re-raise."""
    parts = {path: path.with_name(f".{path.name}.part") for path in contents}
    try:
        for path, content in contents.items():
            parts[path].write_bytes(content)
        for path, part in parts.items():
            os.replace(part, path)
    except OSError:
        for part in parts.values():
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        raise
