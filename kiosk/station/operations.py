"""Station operations, each declared once as a method that runs on the station's writer thread.

    class StationService:
        @operation
        def cast_ballot(self, ticket: str, ballot: Ballot, ...) -> Receipt: ...

    service.cast_ballot(ticket, ballot)          # waits: the CLI, tests, the sync worker
    service.cast_ballot.later(ticket, ballot)    # Future[Receipt] at once: the UI

Both forms carry the method's own signature (ParamSpec), so an editor, a type checker and a
reader follow a call from a button to the store; there is no table of operation names.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

P = ParamSpec("P")
R = TypeVar("R")


class HasWriter(Protocol):
    _writer: Executor


class BoundOperation(Generic[P, R]):
    """One operation of one station: call it to wait for its value, or `later` for a Future."""

    __slots__ = ("_call", "_writer", "__name__")

    def __init__(self, writer: Executor, call: Callable[P, R], name: str) -> None:
        self._writer = writer
        self._call = call
        self.__name__ = name

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run on the writer thread and wait; the value, or the operation's KioskError."""
        return self._writer.submit(self._call, *args, **kwargs).result()

    def later(self, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        """Run on the writer thread without waiting: a Future of the value or the error."""
        return self._writer.submit(self._call, *args, **kwargs)


class operation(Generic[P, R]):  # noqa: N801 (used as a decorator, like property)
    """Declare a method of a class with a `_writer` executor as a station operation."""

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self.method = method
        self.name = method.__name__
        functools.update_wrapper(self, method)  # type: ignore[arg-type]

    @overload
    def __get__(self, instance: None, owner: type) -> operation[P, R]: ...

    @overload
    def __get__(self, instance: HasWriter, owner: type) -> BoundOperation[P, R]: ...

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return BoundOperation(instance._writer, self.method.__get__(instance, owner), self.name)
