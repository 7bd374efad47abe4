"""What may be attached to a profile, decided from the file's bytes, never from its name.

Mews stores whatever ``customers/addFile`` is given as long as the declared type is one
of six; a ``.jpg`` that is really a program, or a "PDF" that is a renamed Word file, would
sit on a guest's profile until someone tries to open it. So the desk sniffs the content
(magic numbers, plus a structural sanity check for PDFs, which are the most often
mislabelled) and refuses everything else with a reason a receptionist can act on.

The upload is one JSON body carrying the file as base64, so the real ceiling is the
server's body limit minus the envelope, times 3/4. Mews documents no number, only a 413
for bodies that are too large; :data:`DEFAULT_BODY_LIMIT_BYTES` is the budget the desk
plans with (the built-in sandbox enforces the same).
"""

from __future__ import annotations

import datetime as dt
import re
import struct
from dataclasses import dataclass
from typing import Final

from desktop.desk.labels import QT_TRANSLATE_NOOP
from desktop.mews.limits import ALLOWED_FILE_TYPES

#: Largest request body the desk sends; bigger files are shrunk or refused beforehand.
DEFAULT_BODY_LIMIT_BYTES: Final = 5 * 1024 * 1024
#: Room left in the body for tokens, client name, ids and JSON punctuation.
ENVELOPE_RESERVE_BYTES: Final = 4096
#: Longest file name sent; longer names are cut (Mews stores the name as a label).
MAX_FILE_NAME_LENGTH: Final = 200

#: How far into a PDF the ``%PDF-`` header may start (readers tolerate leading junk).
_PDF_HEADER_WINDOW: Final = 1024
#: How close to the end ``%%EOF`` must be (trailing whitespace or a few junk bytes).
_PDF_TRAILER_WINDOW: Final = 2048
_PDF_HEADER = re.compile(rb"%PDF-(\d)\.(\d)")
_BMP_DIB_HEADER_SIZES: Final = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


@dataclass(frozen=True, slots=True)
class FileKind:
    """An accepted type: the MIME type sent to Mews and how the desk names it."""

    mime_type: str
    label: str
    extension: str

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


PDF: Final = FileKind("application/pdf", QT_TRANSLATE_NOOP("FileKind", "PDF document"), "pdf")
PNG: Final = FileKind("image/png", QT_TRANSLATE_NOOP("FileKind", "PNG image"), "png")
JPEG: Final = FileKind("image/jpeg", QT_TRANSLATE_NOOP("FileKind", "JPEG image"), "jpg")
GIF: Final = FileKind("image/gif", QT_TRANSLATE_NOOP("FileKind", "GIF image"), "gif")
BMP: Final = FileKind("image/bmp", QT_TRANSLATE_NOOP("FileKind", "BMP image"), "bmp")
TIFF: Final = FileKind("image/tiff", QT_TRANSLATE_NOOP("FileKind", "TIFF image"), "tif")

ACCEPTED_KINDS: Final = (PDF, JPEG, PNG, TIFF, BMP, GIF)
assert {kind.mime_type for kind in ACCEPTED_KINDS} == ALLOWED_FILE_TYPES

ACCEPTED_SUMMARY: Final = QT_TRANSLATE_NOOP(
    "FileCheck", "Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images."
)

#: Recognisable types that are refused, so the reason can name what the file really is.
_KNOWN_REFUSED: Final[tuple[tuple[bytes, int, str], ...]] = (
    (b"MZ", 0, QT_TRANSLATE_NOOP("FileCheck", "This is a Windows program, not a document.")),
    (b"\x7fELF", 0, QT_TRANSLATE_NOOP("FileCheck", "This is a program, not a document.")),
    (b"\xcf\xfa\xed\xfe", 0, QT_TRANSLATE_NOOP("FileCheck", "This is a program, not a document.")),
    (b"\xca\xfe\xba\xbe", 0, QT_TRANSLATE_NOOP("FileCheck", "This is a program, not a document.")),
    (b"#!", 0, QT_TRANSLATE_NOOP("FileCheck", "This is a script, not a document.")),
    (
        b"PK\x03\x04",
        0,
        QT_TRANSLATE_NOOP(
            "FileCheck",
            "This is a ZIP archive or an Office document. Save or print it as PDF first.",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        0,
        QT_TRANSLATE_NOOP(
            "FileCheck", "This is an old Office document. Save or print it as PDF first."
        ),
    ),
    (
        b"{\\rtf",
        0,
        QT_TRANSLATE_NOOP("FileCheck", "This is an RTF document. Save it as PDF first."),
    ),
    (
        b"ftyphei",
        4,
        QT_TRANSLATE_NOOP("FileCheck", "This is a HEIC photo (iPhone). Export it as JPEG first."),
    ),
    (
        b"ftypmif1",
        4,
        QT_TRANSLATE_NOOP("FileCheck", "This is a HEIC photo (iPhone). Export it as JPEG first."),
    ),
    (
        b"WEBP",
        8,
        QT_TRANSLATE_NOOP("FileCheck", "This is a WebP image. Save it as JPEG or PNG first."),
    ),
    (
        b"\x1f\x8b",
        0,
        QT_TRANSLATE_NOOP("FileCheck", "This is a compressed archive, not a document."),
    ),
    (b"Rar!", 0, QT_TRANSLATE_NOOP("FileCheck", "This is a compressed archive, not a document.")),
    (
        b"7z\xbc\xaf",
        0,
        QT_TRANSLATE_NOOP("FileCheck", "This is a compressed archive, not a document."),
    ),
)


class FileRefusedError(ValueError):
    """The file cannot go to Mews; ``reason`` is English source text for the user.

    ``reason`` is marked for translation in context ``"FileCheck"`` and translated where
    it is shown.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def detect_kind(data: bytes) -> FileKind:
    """The accepted type ``data`` really is, or :class:`FileRefusedError` saying why not."""
    if not data:
        raise FileRefusedError(QT_TRANSLATE_NOOP("FileCheck", "The file is empty."))
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        _check_jpeg_end(data)
        return JPEG
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if data.startswith(b"BM") and _looks_like_bmp(data):
        return BMP
    if _PDF_HEADER.search(data[:_PDF_HEADER_WINDOW]) is not None:
        _check_pdf_structure(data)
        return PDF
    for signature, offset, reason in _KNOWN_REFUSED:
        if data[offset : offset + len(signature)] == signature:
            raise FileRefusedError(reason)
    if data.lstrip()[:5].lower() in (b"<!doc", b"<html"):
        raise FileRefusedError(QT_TRANSLATE_NOOP("FileCheck", "This is a web page, not a scan."))
    raise FileRefusedError(
        QT_TRANSLATE_NOOP(
            "FileCheck", "This file is not a PDF document or an image the desk recognises."
        )
    )


# How far from the end a JPEG's end-of-image marker may sit: some cameras append data.
_JPEG_END_WINDOW = 64 * 1024


def _check_jpeg_end(data: bytes) -> None:
    """A JPEG cut off in transfer still decodes, as a picture grey from the cut down.

    Qt then only logs a warning and shows the half picture, so the missing end-of-image
    marker is what tells a damaged scan from a whole one.
    """
    if b"\xff\xd9" not in data[-_JPEG_END_WINDOW:]:
        raise FileRefusedError(
            QT_TRANSLATE_NOOP(
                "FileCheck",
                "This image is incomplete or damaged (it ends too early). Scan it again.",
            )
        )


def _looks_like_bmp(data: bytes) -> bool:
    # "BM" alone starts plenty of text files; the DIB header size pins a real bitmap.
    if len(data) < 26:
        return False
    (dib_size,) = struct.unpack_from("<I", data, 14)
    return dib_size in _BMP_DIB_HEADER_SIZES


def _check_pdf_structure(data: bytes) -> None:
    """A PDF needs its end marker and a cross-reference section to be readable.

    Catches the usual impostors: a download cut off half-way, an HTML error page saved as
    ``.pdf`` after a header-only check, or a text file that merely starts with ``%PDF``.
    """
    tail = data[-_PDF_TRAILER_WINDOW:]
    if b"%%EOF" not in tail:
        raise FileRefusedError(
            QT_TRANSLATE_NOOP(
                "FileCheck",
                "This PDF is incomplete or damaged (it has no end marker). Scan or save it again.",
            )
        )
    if b"startxref" not in tail and b"xref" not in data:
        raise FileRefusedError(
            QT_TRANSLATE_NOOP(
                "FileCheck",
                "This file starts like a PDF but has no PDF structure. Scan or save it again.",
            )
        )


def max_file_bytes(body_limit: int = DEFAULT_BODY_LIMIT_BYTES, *, file_name: str = "") -> int:
    """Largest raw file that fits the body once base64-encoded next to its name.

    base64 turns every 3 bytes into 4 characters; the name is JSON text, whose escaping
    can at worst take 6 bytes per character.
    """
    available = body_limit - ENVELOPE_RESERVE_BYTES - 6 * len(file_name)
    return max(0, available // 4 * 3)


def fits_budget(
    raw_size: int, *, file_name: str = "", body_limit: int = DEFAULT_BODY_LIMIT_BYTES
) -> bool:
    """Whether a file of ``raw_size`` bytes can be sent without a 413."""
    return raw_size <= max_file_bytes(body_limit, file_name=file_name)


def encoded_size(raw_size: int) -> int:
    """Characters the base64 text of a ``raw_size``-byte file takes."""
    return 4 * ((raw_size + 2) // 3)


def human_size(size: int) -> str:
    """``"840 KB"``, ``"4.2 MB"``: sizes as a receptionist reads them (1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


_UNSAFE_NAME_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_SPACES = re.compile(r"\s+")


def clean_file_name(name: str) -> str:
    """A name safe to save on any system later: no path separators or control characters."""
    cleaned = _SPACES.sub(" ", _UNSAFE_NAME_CHARACTERS.sub(" ", name)).strip(" .")
    return cleaned[:MAX_FILE_NAME_LENGTH].rstrip(" .")


def suggested_file_name(
    customer_name: str, document: str, kind: FileKind | None, *, on: dt.date
) -> str:
    """``"Anna Novak - Passport - 2026-11-29.pdf"``: who, what and when, found at a glance."""
    parts = [part.strip() for part in (customer_name, document, on.isoformat()) if part.strip()]
    stem = clean_file_name(" - ".join(parts))
    return f"{stem}.{kind.extension}" if kind is not None else stem


def with_extension(name: str, kind: FileKind) -> str:
    """``name`` ending in the extension of what the file really is."""
    stem, dot, extension = name.rpartition(".")
    known = {item.extension for item in ACCEPTED_KINDS} | {"jpeg", "tiff"}
    if dot and extension.lower() in known:
        name = stem
    return f"{name}.{kind.extension}"
