"""Progress of a build, for people watching it: documents, words/s, facts found, inputs skipped.

On a terminal it is a tqdm bar redrawn in place; elsewhere (a log file, CI) a plain line every
``every`` seconds and one at the end. The build calls a :class:`Progress` with its
:class:`~kg.records.BuildReport` after each batch; the CLI decides where it goes (``--quiet``: nowhere).
Words per second count only the words extracted by this run, not those resumed from a checkpoint.
"""
from __future__ import annotations

import time
from typing import TextIO

from kg.records import BuildReport

#: Seconds between two plain lines when the stream is not a terminal.
LOG_EVERY = 10.0


class Progress:
    """Call it with the build's report as often as you like; it draws at most as often as is useful."""

    def __init__(self, stream: TextIO, *, tty: bool | None = None, every: float = LOG_EVERY) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.every = every
        self.started = time.monotonic()
        self._last_line = self.started
        self._report = BuildReport()
        self._bar = None
        if self.tty:
            from tqdm import tqdm   # a dependency of spaCy

            self._bar = tqdm(file=stream, unit=" docs", desc="kg build", dynamic_ncols=True, mininterval=0.5,
                             smoothing=0.1)

    def __call__(self, report: BuildReport) -> None:
        self._report = report
        if self._bar is not None:
            self._bar.update(len(report.documents) - self._bar.n)
            self._bar.set_postfix_str(self._figures(report, with_documents=False), refresh=False)
        elif time.monotonic() - self._last_line >= self.every:
            self._line()

    def close(self) -> None:
        """Draw the final figures and let go of the terminal line."""
        if self._bar is not None:
            self(self._report)
            self._bar.refresh()
            self._bar.close()
            self._bar = None
        else:
            self._line()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def words_per_second(self, report: BuildReport) -> float:
        elapsed = time.monotonic() - self.started
        return (report.words - report.resumed_words) / elapsed if elapsed > 0 else 0.0

    def _line(self) -> None:
        self._last_line = time.monotonic()
        elapsed = self._last_line - self.started
        self.stream.write(f"kg build: {elapsed:,.0f}s  {self._figures(self._report)}\n")
        self.stream.flush()

    def _figures(self, report: BuildReport, *, with_documents: bool = True) -> str:
        parts = [f"{len(report.documents):,} documents"] if with_documents else []
        if report.resumed:
            parts.append(f"{report.resumed:,} resumed")
        parts += [f"{self.words_per_second(report):,.0f} words/s", f"{report.facts:,} facts",
                  f"{len(report.skipped):,} skipped"]
        return ", ".join(parts)
