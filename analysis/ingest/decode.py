"""Bytes → text, once, at the boundary: size limit, binary sniffing, encoding detection."""

from __future__ import annotations

import os
import unicodedata

from ..errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "decode", "max_bytes"]

#: Largest single-article file accepted (bytes). Override with BRIEFING_MAX_BYTES or --max-bytes.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or a .docx/.xlsx file)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program (ELF binary)",
    b"BZh": "a bzip2 archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Share of characters that must look like prose (letters, digits, spaces, punctuation).
_MIN_TEXT_SHARE = 0.85
_SAVE_AS_UTF8 = "re-save the file as UTF-8 text and run again"


def max_bytes() -> int:
    raw = os.environ.get("BRIEFING_MAX_BYTES")
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise InputError(
            f"BRIEFING_MAX_BYTES={raw!r} is not a whole number of bytes",
            hint="set it to e.g. 10000000 or unset it",
        ) from None
    return value


def decode(data: bytes, *, path: object, limit: int | None = None) -> str:
    """Decode an article file's bytes, or raise InputError saying what is wrong."""
    limit = max_bytes() if limit is None else limit
    if len(data) > limit:
        raise InputError(
            f"the file is {len(data):,} bytes, over the {limit:,}-byte limit for one article",
            path=path,
            hint="split it into articles, or raise the limit with --max-bytes or BRIEFING_MAX_BYTES",
        )
    text = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty", path=path, hint="put the article's text in it")
    _check_text_like(text, path)
    return text


def _decode(data: bytes, path: object) -> str:
    if not data.strip():
        raise InputError("the file is empty", path=path, hint="put the article's text in it")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"the file starts with a {codec} byte-order mark but is not valid {codec}",
                    path=path,
                    hint=_SAVE_AS_UTF8,
                ) from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                f"this is {what}, not a text article",
                path=path,
                hint="save the article as .txt, .md, .html or .jsonl",
            )
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(
            "the file holds binary data (NUL bytes), not text",
            path=path,
            hint="save the article as .txt, .md, .html or .jsonl",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            raise InputError(
                "the file ends in the middle of a UTF-8 character: it looks truncated",
                path=path,
                hint="download or copy the article again",
            ) from None
        if _has_utf8_multibyte(data):
            raise InputError(
                f"the file mixes UTF-8 with another encoding (invalid byte at offset {exc.start})",
                path=path,
                hint=_SAVE_AS_UTF8,
            ) from None
    return _decode_legacy(data, path)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text leaves every other byte NUL."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _has_utf8_multibyte(data: bytes) -> bool:
    """True where the bytes hold at least one well-formed multi-byte UTF-8 sequence."""
    for i in range(len(data) - 1):
        lead = data[i]
        if 0xC2 <= lead <= 0xF4:
            need = 1 if lead < 0xE0 else 2 if lead < 0xF0 else 3
            tail = data[i + 1 : i + 1 + need]
            if len(tail) == need and all(0x80 <= b < 0xC0 for b in tail):
                return True
    return False


def _decode_legacy(data: bytes, path: object) -> str:
    """Not UTF-8: detect a single-byte encoding (Windows-1252, Latin-1, ...) from the bytes."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        # Windows-1252 is a superset of Latin-1's printable range and is what news CMSs emit;
        # prefer it where the detector hesitates between the two.
        if best.encoding in {"latin_1", "iso8859_1", "iso8859_15"}:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return text
    raise InputError(
        "the file's encoding cannot be recognised (not UTF-8, UTF-16 or Windows-1252)",
        path=path,
        hint=_SAVE_AS_UTF8,
    )


def _check_text_like(text: str, path: object) -> None:
    sample = text[:20000]
    prose = 0
    for ch in sample:
        if ch.isalnum() or ch.isspace():
            prose += 1
        else:
            cat = unicodedata.category(ch)
            if cat[0] in "PS" or cat in ("Mn", "Mc", "Cf"):
                prose += 1
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    if controls > len(sample) * 0.01 or prose < len(sample) * _MIN_TEXT_SHARE:
        raise InputError(
            "the file does not look like text (too many control or unprintable characters)",
            path=path,
            hint="save the article as .txt, .md, .html or .jsonl in UTF-8",
        )
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 1:
        raise InputError(
            "the file holds no words", path=path, hint="put the article's text in it"
        )
