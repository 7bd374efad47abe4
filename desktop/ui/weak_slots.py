"""Connecting a request's answer to a widget's method without the request keeping it alive.

A request is a child of the widget that asked for it, and a lambda connected to its
signals is held by Qt, out of sight of Python's collector. When that lambda holds the
widget and the widget has no parent (Python owns it), freeing the finished request frees
the lambda, the widget's last reference with it, and Python then deletes the widget while
Qt is still deleting the request: the widget deletes its half-deleted child a second
time and the process crashes. A bound slot or :func:`weak_slot` holds the widget weakly.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def weak_slot(method: Callable[..., Any], *first: Any) -> Callable[..., None]:
    """A slot calling the bound ``method`` with ``first`` before the signal's arguments.

    The method's object is held weakly: once it is gone (or its C++ side deleted) the
    call is dropped, as a late answer for a closed window must be.
    """
    owner = getattr(method, "__self__", None)
    function = getattr(method, "__func__", None)
    if not isinstance(owner, QObject) or function is None:
        raise TypeError("weak_slot takes a method bound to a QObject")
    ref = weakref.ref(owner)
    del owner, method

    def call(*arguments: Any) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            function(target, *first, *arguments)

    return call
