"""The command line: no arguments read as argparse would read them, without building it."""

from __future__ import annotations

from desktop.app import NO_ARGUMENTS, argument_parser, parse_arguments
from desktop.desk.connection import normalize_chain_id


def test_no_arguments_mean_what_the_parser_makes_of_none() -> None:
    parsed = argument_parser().parse_args([])
    parsed.chain_id = normalize_chain_id(parsed.chain_id)
    assert vars(parse_arguments([])) == vars(parsed) == vars(NO_ARGUMENTS)


def test_each_start_gets_its_own_choices() -> None:
    first = parse_arguments([])
    first.base_url = "https://changed.example.com"
    assert parse_arguments([]).base_url is None


def test_arguments_are_still_parsed() -> None:
    arguments = parse_arguments(["--sandbox"])
    assert arguments.sandbox and arguments.base_url is None and arguments.chain_id is None
