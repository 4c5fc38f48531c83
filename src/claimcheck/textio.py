"""Reading user files as text: one clear positioned error for every way it can fail."""

from __future__ import annotations

import os

from .errors import ClaimcheckError

# No claim base or config file is read past this size (CLAIMCHECK_MAX_BYTES): memory stays bounded.
MAX_BYTES = int(os.environ.get("CLAIMCHECK_MAX_BYTES", 128 * 1024 * 1024))


def decode(data: bytes, path: str, encoding: str = "utf-8", error=ClaimcheckError, encoding_hint: bool = False) -> str:
    """Bytes to text (a UTF-8 BOM dropped), or ``error`` naming the line and column of the first bad byte.

    ``encoding_hint``: the input has an --encoding option, worth naming in the error.
    """
    if b"\x00" in data[:8192]:
        raise error("not a text file (it contains NUL bytes)", path)
    utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
    try:
        return data.decode("utf-8-sig" if utf8 else encoding)
    except LookupError:
        raise error(f"unknown encoding {encoding!r}", path) from None
    except UnicodeDecodeError as exc:
        head = data[: exc.start]
        line = head.count(b"\n") + 1
        column = exc.start - (head.rfind(b"\n") + 1) + 1
        hint = "; try --encoding" if utf8 and encoding_hint else ""
        raise error(f"not valid {encoding} text (byte 0x{data[exc.start]:02x}){hint}", path, line, column) from None


def read_bytes(path: str, error=ClaimcheckError, max_bytes: int | None = None) -> bytes:
    try:
        if max_bytes is not None:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise error(f"file is {file_size(size)}; the limit is {file_size(max_bytes)} "
                            "(CLAIMCHECK_MAX_BYTES)", path)
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise error("no such file", path) from None
    except IsADirectoryError:
        raise error("is a folder, not a file", path) from None
    except PermissionError:
        raise error("permission denied", path) from None
    except OSError as exc:
        raise error(exc.strerror or str(exc), path) from None


def file_size(n: int) -> str:
    """'900 bytes', '12.5 KiB', '128 MiB': never '0 MiB'."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{n:,} byte" + ("" if n == 1 else "s")
