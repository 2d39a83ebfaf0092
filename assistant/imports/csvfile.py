"""Reading an import file: encoding, header names, and rows streamed one at a time.

A file is checked before anything is written: it must be text (UTF-8 with or
without a byte-order mark, or a Windows-1252 export), not empty, and its header
must name the required columns (GP-system names such as ``Forename`` or ``DOB``
are accepted). Rows are then read lazily, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

CHUNK = 1 << 20
# Control characters that never appear in a text export; a file holding them is binary.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")
_HEADER_NOISE = re.compile(r"[^a-z0-9]+")

Source = str | os.PathLike[str] | IO[bytes] | IO[str]


class ImportFailed(Exception):
    """The file could not be imported at all; nothing was written."""


@dataclass(frozen=True)
class Column:
    """One column of an import file, with the names GP systems give it."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    limit: int | None = None  # longest value the database keeps

    def names(self) -> set[str]:
        return {normalise_header(n) for n in (self.name, *self.aliases)}


@dataclass(frozen=True)
class FileSpec:
    """What an import file must look like."""

    what: str                        # "cohort", for messages
    columns: tuple[Column, ...]
    # Groups of which at least one column must be present (e.g. some way to contact).
    one_of: tuple[tuple[str, ...], ...] = ()

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@dataclass
class Row:
    """One data row: its first line in the file and its cells by column name."""

    line: int
    values: dict[str, str] = field(default_factory=dict)
    problem: str | None = None  # the row could not be read at all

    def get(self, name: str) -> str:
        return self.values.get(name, "")


def normalise_header(name: str) -> str:
    """``Date of Birth``, ``date_of_birth`` and ``DATE-OF-BIRTH`` all become ``dateofbirth``."""
    return _HEADER_NOISE.sub("", name.replace("\ufeff", "").lower())


def column_limit(model_column: object) -> int | None:
    """The length of a model's String column, so limits follow the schema."""
    return getattr(getattr(model_column, "type", None), "length", None)


class CsvFile:
    """An open import file whose header has been checked. Use as a context manager."""

    def __init__(self, source: Source, spec: FileSpec) -> None:
        self.spec = spec
        self._owned: list[IO] = []
        self.estimated_rows = 0
        text = self._open_text(source)
        self._reader = csv.reader(text)
        self.indexes = self._read_header()
        self._last_line = self._reader.line_num

    def __enter__(self) -> CsvFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        for handle in reversed(self._owned):
            handle.close()
        self._owned.clear()

    # -- opening ----------------------------------------------------------

    def _open_text(self, source: Source) -> IO[str]:
        if isinstance(source, io.TextIOBase):
            return source
        binary = self._open_binary(source)
        encoding = self._check_bytes(binary)
        binary.seek(0)
        text = io.TextIOWrapper(binary, encoding=encoding, newline="")
        self._owned.append(text)
        return text

    def _open_binary(self, source: Source) -> BinaryIO:
        if isinstance(source, str | os.PathLike):
            path = Path(source)
            if path.is_dir():
                raise ImportFailed(f"{path} is a folder, not a file")
            try:
                handle = path.open("rb")
            except OSError as error:
                raise ImportFailed(f"cannot read {path}: {error.strerror or error}") from None
            self._owned.append(handle)
            return handle
        if source.seekable():
            return source  # type: ignore[return-value]
        # A pipe: keep a copy (in memory while small) so the file can be read twice.
        spool = tempfile.SpooledTemporaryFile(max_size=8 * CHUNK)  # noqa: SIM115
        self._owned.append(spool)
        while chunk := source.read(CHUNK):
            spool.write(chunk)  # type: ignore[arg-type]
        return spool  # type: ignore[return-value]

    def _check_bytes(self, binary: BinaryIO) -> str:
        """Read the whole file once, in chunks: text or not, which encoding, how many lines."""
        first = binary.read(4)
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ImportFailed("the file is saved as UTF-16 (\"Unicode text\"); save it as "
                               "\"CSV UTF-8\" and import it again")
        binary.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8")()
        utf8_ok = True
        lines = 0
        visible = False
        while chunk := binary.read(CHUNK):
            lines += chunk.count(b"\n")
            if _BINARY_BYTES.search(chunk):
                raise ImportFailed("the file is not text (it holds binary data); "
                                   "export the list as CSV and import that")
            visible = visible or bool(chunk.replace(codecs.BOM_UTF8, b"").strip())
            utf8_ok = utf8_ok and _decodes(utf8, chunk)
        if not visible:
            raise ImportFailed("the file is empty")
        self.estimated_rows = max(lines, 1)
        if utf8_ok and _decodes(utf8, b"", final=True):
            return "utf-8-sig"
        # Not UTF-8: an export from an older Windows system, if every byte is Windows-1252.
        if self._decodes_whole(binary, codecs.getincrementaldecoder("cp1252")()):
            return "cp1252"
        raise ImportFailed("the file is not text in UTF-8 or Windows-1252")

    @staticmethod
    def _decodes_whole(binary: BinaryIO, decoder: codecs.IncrementalDecoder) -> bool:
        binary.seek(0)
        ok = True
        while ok and (chunk := binary.read(CHUNK)):
            ok = _decodes(decoder, chunk)
        return ok and _decodes(decoder, b"", final=True)

    # -- header -------------------------------------------------------------

    def _read_header(self) -> dict[str, int]:
        header = None
        try:
            for cells in self._reader:
                if any(c.strip() for c in cells):
                    header = cells
                    break
        except csv.Error as error:
            raise ImportFailed(f"the first line cannot be read as CSV ({error})") from None
        except UnicodeDecodeError:
            raise ImportFailed("the file is not text in UTF-8 or Windows-1252") from None
        if header is None:
            raise ImportFailed("the file is empty")
        self.width = len(header)
        return self._match_columns(header)

    def _match_columns(self, header: list[str]) -> dict[str, int]:
        by_name = {n: column for column in self.spec.columns for n in column.names()}
        indexes: dict[str, int] = {}
        for index, cell in enumerate(header):
            column = by_name.get(normalise_header(cell))
            if column is None:
                continue  # GP exports carry extra columns; they are ignored
            if column.name in indexes:
                raise ImportFailed(
                    f"columns {header[indexes[column.name]].strip()!r} and {cell.strip()!r} "
                    f"both mean {column.name}; keep one of them")
            indexes[column.name] = index
        expected = ", ".join(c.name for c in self.spec.columns if c.required)
        if not indexes:
            raise ImportFailed(
                f"this does not look like a {self.spec.what} CSV file: the first line names "
                f"none of the expected columns ({expected})")
        missing = [c.name for c in self.spec.columns if c.required and c.name not in indexes]
        if missing:
            raise ImportFailed(f"missing required column{'s' if len(missing) > 1 else ''}: "
                               f"{', '.join(missing)} (expected: {expected})")
        for group in self.spec.one_of:
            if not any(name in indexes for name in group):
                raise ImportFailed(f"the file needs at least one of the columns {', '.join(group)}")
        return indexes

    # -- rows ---------------------------------------------------------------

    def rows(self) -> Iterator[Row]:
        """Each data row in order; blank lines are skipped; unreadable rows carry a problem."""
        limits = {c.name: c.limit for c in self.spec.columns if c.limit}
        while True:
            line = self._last_line + 1
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error as error:
                self._last_line = self._reader.line_num
                yield Row(line, problem=f"the row cannot be read as CSV ({error})")
                continue
            except UnicodeDecodeError:
                raise ImportFailed("the file is not text in the encoding it started in") from None
            self._last_line = self._reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
                yield Row(line, problem=f"the row has {len(cells)} cells but the header has "
                          f"{self.width}: a value probably holds a comma without quotes")
                continue
            if len(cells) < self.width:  # exports often drop trailing empty cells
                cells = cells + [""] * (self.width - len(cells))
            values = {name: cells[i].strip() for name, i in self.indexes.items()}
            yield Row(line, values, _too_long(values, limits))


def _too_long(values: dict[str, str], limits: dict[str, int]) -> str | None:
    for name, limit in limits.items():
        if len(values.get(name, "")) > limit:
            return (f"{name} is {len(values[name])} characters long; "
                    f"the limit is {limit}")
    return None


def _decodes(decoder: codecs.IncrementalDecoder, chunk: bytes, final: bool = False) -> bool:
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return False
    return True
