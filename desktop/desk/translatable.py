"""Texts that Qt-free modules hand to the screen, marked for translation but not translated.

Domain modules must stay importable without Qt, yet what they say (a refusal, a hint, a
validation problem) reaches the receptionist in the desk's language. They therefore only
*mark* English source texts with ``QT_TRANSLATE_NOOP`` (a name Qt's ``lupdate`` finds), and
the UI translates them when it shows them (``desktop.ui.translation.translate_text``).

A text with variable parts is a :class:`Message`: it reads as the finished English sentence
wherever a plain ``str`` is expected (logs, the command line, existing comparisons), and it
keeps its ``%1``-style template and arguments so the UI can translate the template first and
fill in the arguments afterwards (word order differs between languages).
"""

from __future__ import annotations

from desktop.desk.labels import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "Message", "fill_template"]


def fill_template(template: str, arguments: tuple[str, ...]) -> str:
    """Replace ``%1``…``%9`` in ``template`` with ``arguments``, highest number first.

    Highest first, so that ``%1`` never eats the start of ``%10``; an argument that itself
    contains ``%2`` is not expanded again because arguments are placed in one pass per index
    from the template's own markers only.
    """
    pieces = [template]
    for index in range(len(arguments), 0, -1):
        marker = f"%{index}"
        next_pieces: list[str] = []
        for piece in pieces:
            if isinstance(piece, _Filled):
                next_pieces.append(piece)
                continue
            parts = piece.split(marker)
            for position, part in enumerate(parts):
                if position:
                    next_pieces.append(_Filled(arguments[index - 1]))
                next_pieces.append(part)
        pieces = next_pieces
    return "".join(pieces)


class _Filled(str):
    """An argument already placed: later markers are not searched inside it."""


class Message(str):
    """An English sentence that remembers its template and arguments for translation."""

    template: str
    arguments: tuple[str, ...]

    def __new__(cls, template: str, *arguments: object) -> Message:
        texts = tuple(str(argument) for argument in arguments)
        message = super().__new__(cls, fill_template(template, texts))
        message.template = template
        message.arguments = texts
        return message
