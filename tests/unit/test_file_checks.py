"""Content sniffing, refusals with reasons, and the upload size budget."""

from __future__ import annotations

import base64
import datetime as dt
import json
import struct
import zlib

import pytest

from desktop.desk import file_checks
from desktop.desk.file_checks import (
    BMP,
    GIF,
    JPEG,
    PDF,
    PNG,
    TIFF,
    FileRefusedError,
    detect_kind,
)
from desktop.mews.limits import ALLOWED_FILE_TYPES


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def tiny_bmp() -> bytes:
    pixels = b"\x00\x00\xff\x00"
    dib = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    size = 14 + len(dib) + len(pixels)
    return b"BM" + struct.pack("<IHHI", size, 0, 0, 14 + len(dib)) + dib + pixels


def minimal_pdf() -> bytes:
    objects = b"1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    xref_at = len(head) + len(objects)
    return (
        head
        + objects
        + b"xref\n0 2\n0000000000 65535 f \n"
        + f"{len(head):010d} 00000 n \n".encode()
        + b"trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n"
        + str(xref_at).encode()
        + b"\n%%EOF\n"
    )


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (tiny_png(), PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32 + b"\xff\xd9", JPEG),
        (b"GIF89a\x01\x00\x01\x00" + b"\x00" * 16, GIF),
        (b"GIF87a\x01\x00\x01\x00" + b"\x00" * 16, GIF),
        (b"II*\x00\x08\x00\x00\x00" + b"\x00" * 16, TIFF),
        (b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 16, TIFF),
        (tiny_bmp(), BMP),
        (minimal_pdf(), PDF),
    ],
)
def test_accepted_types_are_detected_from_content(data: bytes, kind: file_checks.FileKind) -> None:
    assert detect_kind(data) is kind
    assert kind.mime_type in ALLOWED_FILE_TYPES


def test_every_type_mews_accepts_has_a_kind() -> None:
    assert {kind.mime_type for kind in file_checks.ACCEPTED_KINDS} == set(ALLOWED_FILE_TYPES)


def test_pdf_header_after_a_little_leading_junk_is_still_a_pdf() -> None:
    assert detect_kind(b"\r\n" + minimal_pdf()) is PDF


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"MZ\x90\x00\x03" + b"\x00" * 60, "Windows program"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 20, "program"),
        (b"PK\x03\x04\x14\x00" + b"\x00" * 30, "Office document"),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 20, "HEIC"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 20, "WebP"),
        (b"#!/bin/sh\nrm -rf /\n", "script"),
        (b"<!DOCTYPE html><html><body>Error 404</body></html>", "web page"),
        (b"Dear guest, here is your passport number", "not a PDF document or an image"),
        (b"", "empty"),
    ],
)
def test_other_content_is_refused_with_a_reason(data: bytes, phrase: str) -> None:
    with pytest.raises(FileRefusedError) as refused:
        detect_kind(data)
    assert phrase in refused.value.reason


def test_a_renamed_executable_is_refused_whatever_its_name() -> None:
    # Detection never sees the name: a "passport.jpg" that is a program stays a program.
    program = b"MZ" + b"\x00" * 200 + b"This program cannot be run in DOS mode"
    with pytest.raises(FileRefusedError, match="program"):
        detect_kind(program)


def test_a_pdf_cut_off_before_its_end_marker_is_refused() -> None:
    whole = minimal_pdf()
    with pytest.raises(FileRefusedError, match="incomplete or damaged"):
        detect_kind(whole[: len(whole) // 2])


def test_text_that_only_starts_like_a_pdf_is_refused() -> None:
    impostor = b"%PDF-1.4\nthis is a note, not a document\n%%EOF\n"
    with pytest.raises(FileRefusedError, match="no PDF structure"):
        detect_kind(impostor)


def test_text_starting_with_bm_is_not_taken_for_a_bitmap() -> None:
    with pytest.raises(FileRefusedError):
        detect_kind(b"BM is the start of this sentence and nothing else at all.")


def test_the_budget_leaves_room_for_base64_and_the_envelope() -> None:
    limit = 100_000
    name = "Anna Novak - Passport - 2026-11-29.pdf"
    largest = file_checks.max_file_bytes(limit, file_name=name)
    body = json.dumps(
        {
            "ClientToken": "C" * 100,
            "AccessToken": "A" * 100,
            "Client": "Frontdesk 1.0.0",
            "CustomerId": "35d4b117-4e60-44a3-9580-c582117eff98",
            "Name": name,
            "Type": "application/pdf",
            "Data": base64.b64encode(b"\x00" * largest).decode(),
        }
    ).encode()
    assert len(body) <= limit
    assert file_checks.fits_budget(largest, file_name=name, body_limit=limit)
    assert not file_checks.fits_budget(largest + 3, file_name=name, body_limit=limit)
    # Not absurdly conservative either: at least 70 % of the body carries the file.
    assert largest > 0.7 * limit


def test_encoded_size_matches_base64() -> None:
    for size in (0, 1, 2, 3, 4, 1000, 1001):
        assert file_checks.encoded_size(size) == len(base64.b64encode(b"x" * size))


def test_human_size() -> None:
    assert file_checks.human_size(512) == "512 B"
    assert file_checks.human_size(840 * 1024) == "840 KB"
    assert file_checks.human_size(int(4.2 * 1024 * 1024)) == "4.2 MB"


def test_suggested_name_says_who_what_and_when() -> None:
    name = file_checks.suggested_file_name("Anna Novak", "Passport", PDF, on=dt.date(2026, 11, 29))
    assert name == "Anna Novak - Passport - 2026-11-29.pdf"


def test_suggested_name_drops_characters_no_file_system_takes() -> None:
    name = file_checks.suggested_file_name(
        'O"Brien / <Sean>', "ID: card", JPEG, on=dt.date(2026, 1, 2)
    )
    assert not set(name) & set('/\\:*?"<>|')
    assert name.endswith("2026-01-02.jpg")
    assert "Brien" in name and "Sean" in name


def test_with_extension_replaces_a_misleading_one() -> None:
    assert file_checks.with_extension("scan.jpg", PNG) == "scan.png"
    assert file_checks.with_extension("Anna v1.2", PDF) == "Anna v1.2.pdf"


def test_a_jpeg_cut_off_before_its_end_marker_is_refused() -> None:
    """A cut JPEG still decodes (grey from the cut down), so the missing end marker decides."""
    whole = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8 + b"\xff\xd9"
    assert detect_kind(whole) is JPEG
    with pytest.raises(FileRefusedError, match="ends too early"):
        detect_kind(whole[: len(whole) // 2])
