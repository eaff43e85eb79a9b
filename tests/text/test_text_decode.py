"""Tests for factcheck.text.decode: encoding detection, cleaning, refusals."""

from __future__ import annotations

import codecs
import os
import pathlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.text import (
    DecodedText,
    DecodeError,
    decode_bytes,
    read_text_file,
    title_of,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
AR = "قال الوزير إن النمو بلغ 3.5 في المئة.\nوأضاف: «هذا جيد»."
FR = "L'été dernier, le ministère a précisé que la croissance était forte."
RU = "Министр заявил, что рост экономики составил 3,5 процента в этом году."


# --- encodings ---------------------------------------------------------------


def test_utf8_plain() -> None:
    assert decode_bytes(AR.encode("utf-8")) == DecodedText(AR, "utf-8")


def test_ascii_is_reported_as_utf8() -> None:
    assert decode_bytes(b"Amazon reversed the ban.") == DecodedText(
        "Amazon reversed the ban.", "utf-8"
    )


def test_utf8_bom_removed() -> None:
    result = decode_bytes(b"\xef\xbb\xbf" + AR.encode("utf-8"))
    assert result.encoding == "utf-8-sig"
    assert result.text == AR
    assert not result.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = AR.encode(codec)
    if codec != "utf-16":
        data = ("\ufeff" + AR).encode(codec)  # explicit BOM in the given byte order
    result = decode_bytes(data)
    assert result.encoding == "utf-16"
    assert result.text == AR


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [AR, FR, "Tik Tok و Amazon"])
def test_utf16_without_bom(codec: str, text: str) -> None:
    data = text.encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert decode_bytes(data) == DecodedText(text, codec)


def test_utf16_without_bom_odd_length_drops_cut_byte() -> None:
    data = AR.encode("utf-16-le") + b"\x41"
    assert decode_bytes(data) == DecodedText(AR, "utf-16-le")


def test_utf32_with_bom() -> None:
    assert decode_bytes(AR.encode("utf-32")) == DecodedText(AR, "utf-32")


def test_windows_1256_arabic() -> None:
    result = decode_bytes(AR.encode("cp1256"))
    assert result == DecodedText(AR, "windows-1256")


def test_windows_1256_with_question_marks_is_not_taken_for_utf8() -> None:
    # "ك؟" is C3 BF in cp1256: a valid UTF-8 pair hidden in legacy text.
    text = "هل منعت امازون تيك توك؟ نعم، منعت تيك توك؟ لا"
    assert decode_bytes(text.encode("cp1256")) == DecodedText(text, "windows-1256")


def test_windows_1256_short_word() -> None:
    assert decode_bytes("مرحبا".encode("cp1256")).encoding == "windows-1256"


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_legacy_encoding(codec: str) -> None:
    result = decode_bytes(FR.encode(codec))
    assert result.text == FR
    assert result.encoding == "windows-1252"


@pytest.mark.parametrize(
    "text",
    [
        "Le café était fermé. Déjà vu à Montréal.",  # was mac-latin2: "cafť ťtait"
        "Élysée: le président a déclaré être « très préoccupé ».",  # was windows-1250: "ętre"
    ],
)
def test_short_french_in_windows_1252_is_not_taken_for_a_rarer_encoding(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == DecodedText(text, "windows-1252")


def test_polish_in_windows_1250_stays_windows_1250() -> None:
    text = "Zażółć gęślą jaźń. Příliš žluťoučký kůň."
    assert decode_bytes(text.encode("cp1250")).text == text


def test_utf8_arabic_with_a_few_broken_bytes_is_not_read_as_windows_1256() -> None:
    """Regression: five bad bytes after four Arabic words made the file "not mostly UTF-8",
    and its UTF-8 bytes read as Windows-1256 are Arabic letters too: stored as mojibake."""
    data = b"Hi " + "مرحبا بكم في الموقع".encode() + b"\xff" * 5
    result = decode_bytes(data)
    assert result.text == "Hi مرحبا بكم في الموقع" + "\ufffd" * 5
    assert (result.encoding, result.replaced) == ("utf-8", 5)


def test_cyrillic_legacy_encoding_via_charset_normalizer() -> None:
    result = decode_bytes(RU.encode("cp1251"))
    assert result.text == RU
    assert result.encoding == "windows-1251"


# --- cleaning ----------------------------------------------------------------


def test_crlf_and_lone_cr_become_lf() -> None:
    result = decode_bytes("سطر أول\r\nسطر ثان\rسطر ثالث\n".encode())
    assert result.text == "سطر أول\nسطر ثان\nسطر ثالث\n"
    assert "\r" not in result.text


def test_crlf_in_legacy_and_utf16() -> None:
    text = "أول\r\nثان"
    assert decode_bytes(text.encode("cp1256")).text == "أول\nثان"
    assert decode_bytes(text.encode("utf-16")).text == "أول\nثان"


def test_nfc_normalisation() -> None:
    decomposed = (
        "e\u0301 \u0627\u0654 \u0627\u0653"  # e + acute, alef + hamza, alef + madda
    )
    result = decode_bytes(decomposed.encode())
    assert result.text == "\u00e9 \u0623 \u0622"
    assert unicodedata.is_normalized("NFC", result.text)


# --- refusals ----------------------------------------------------------------


def test_empty_refused() -> None:
    with pytest.raises(DecodeError, match="^empty file$"):
        decode_bytes(b"")


@pytest.mark.parametrize("data", [b" \r\n\t ", b"\xef\xbb\xbf", " \u200b\n".encode()])
def test_blank_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="empty file|only whitespace"):
        decode_bytes(data)


def test_decode_error_is_value_error() -> None:
    with pytest.raises(ValueError):
        decode_bytes(b"")


@pytest.mark.parametrize(
    "data",
    [
        b"abc\x00\x01\x02\xff\xfe",
        b"abc\x00",
        bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010") + bytes(range(256)),
        b"\x00" * 64,
    ],
)
def test_nul_bytes_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match=re.escape("binary file (NUL bytes)")):
        decode_bytes(data)


def test_control_characters_refused() -> None:
    with pytest.raises(DecodeError, match="binary file"):
        decode_bytes(b"hello\x01\x02\x03\x04world\x05")


def test_random_bytes_refused() -> None:
    import random

    data = random.Random(7).randbytes(4000).replace(b"\x00", b"\x01")
    with pytest.raises(DecodeError):
        decode_bytes(data)


# --- truncated and damaged UTF-8 ------------------------------------------------


def test_truncated_utf8_drops_incomplete_tail() -> None:
    data = "خبر عاجل".encode()[:-1]  # cut inside the last letter
    assert data[-1:] == b"\xd9"
    assert decode_bytes(data) == DecodedText("خبر عاج", "utf-8")


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_truncated_emoji_at_end(cut: int) -> None:
    data = ("قال الوزير " + "😀").encode()[:-cut]
    assert decode_bytes(data) == DecodedText("قال الوزير ", "utf-8")


def test_garbage_in_middle_of_utf8_is_not_mojibake() -> None:
    good = AR.encode()
    data = good[:20] + b"\xff" + good[20:]
    result = decode_bytes(data)
    assert result.encoding == "utf-8"
    assert result.replaced == 1
    assert result.text.replace("\ufffd", "") == AR


def test_ascii_with_one_cp1256_letter_at_end() -> None:
    assert decode_bytes(b"Hello \xca") == DecodedText("Hello ت", "windows-1256")


# --- property ----------------------------------------------------------------

_TEXT_CHARS = st.one_of(
    st.characters(exclude_categories=("Cs", "Cc")),
    st.sampled_from(list("\n\r\t اأإآةىـ😀\u064e\u0301")),
)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(_TEXT_CHARS, min_size=1, max_size=80).map("".join))
def test_utf_round_trip_property(text: str) -> None:
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    expected = unicodedata.normalize("NFC", expected)
    assume(re.sub(r"[\s\u200b-\u200d\u2060\ufeff]", "", expected))
    for codec in ("utf-8", "utf-16", "utf-8-sig"):
        assert decode_bytes(text.encode(codec)).text == expected


# --- files ---------------------------------------------------------------------


def test_read_seed_files() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 2
    for path in paths:
        result = read_text_file(path)
        assert result.encoding == "utf-8"
        assert "أمازون" in result.text or "امازون" in result.text
    assert title_of(read_text_file(paths[1]).text) == (
        "هل امازون منعت موظفيها من استخدام تطبيق تيك توك ؟"
    )


def test_read_file_accepts_str_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(AR.encode("cp1256"))
    assert read_text_file(str(path)) == DecodedText(AR, "windows-1256")


def test_read_directory(tmp_path: Path) -> None:
    with pytest.raises(DecodeError, match="^is a directory$"):
        read_text_file(tmp_path)


def test_read_missing(tmp_path: Path) -> None:
    with pytest.raises(DecodeError, match="not found"):
        read_text_file(tmp_path / "missing.txt")


def test_read_permission_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("نص", encoding="utf-8")

    def deny(self: pathlib.Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "open", deny)
    with pytest.raises(DecodeError, match="^permission denied$"):
        read_text_file(path)


def test_read_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(65 * 1024 * 1024)  # sparse: costs no disk space
    with pytest.raises(
        DecodeError, match=re.escape("file too large (65.0 MB; limit 64 MB)")
    ):
        read_text_file(path)


def test_read_fifo_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    with pytest.raises(DecodeError, match="not a regular file"):
        read_text_file(path)


def test_read_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "img.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DecodeError, match="empty file"):
        read_text_file(empty)
    with pytest.raises(DecodeError, match="binary"):
        read_text_file(binary)


# --- title -----------------------------------------------------------------------


def test_title_first_non_empty_line() -> None:
    assert title_of("\n   \n  عنوان الخبر  \nالنص") == "عنوان الخبر"


def test_title_empty() -> None:
    assert title_of("") == ""
    assert title_of(" \n\t\n") == ""


def test_title_truncated_to_200() -> None:
    line = "ب" * 500
    assert title_of(line) == "ب" * 200


def test_title_truncation_keeps_marks_with_their_letter() -> None:
    line = "ب" * 199 + "تَ" + "ج" * 50  # the fatha would be char 201
    title = title_of(line)
    assert len(title) <= 200
    assert title == "ب" * 199


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
def test_repeated_boms_are_all_removed(codec: str) -> None:
    """A file saved twice by BOM-adding tools starts with several U+FEFF: none is text."""
    bom = codecs.BOM_UTF8 if codec == "utf-8" else ("\ufeff".encode(codec))
    for copies in (2, 3):
        data = bom + ("\ufeff" * (copies - 1) + AR).encode(codec)
        assert decode_bytes(data).text == AR
    # Inside the text a U+FEFF is kept: only the start is cleaned.
    assert decode_bytes(bom + f"{AR}\ufeff{AR}".encode(codec)).text == f"{AR}\ufeff{AR}"


# --- legacy Arabic encodings: the right one, or a refusal; never mojibake --------------------

NEWS = [
    ("قالت شركة أمازون يوم الجمعة إن الرسالة التي أرسلت إلى موظفيها وطلبت منهم حذف تطبيق "
    "تيك توك من هواتفهم أرسلت بالخطأ، وأكدت أن سياستها لم تتغير."),
    ("وأعلن وزير المالية أن معدل التضخم بلغ 12.5 في المئة خلال الربع الأول من العام، مشيراً "
    "إلى أن الحكومة ستتخذ إجراءات جديدة لضبط الأسعار."),
    ("نفى المتحدث باسم الوزارة ما تداولته مواقع التواصل الاجتماعي عن إغلاق المدارس، وقال "
    "إن الدراسة مستمرة كالمعتاد. هل هذا صحيح؟ نعم؛ هذا ما أكده."),
    ("ذكرت وكالة الأنباء الرسمية أن الرئيس استقبل وفداً من رجال الأعمال لبحث فرص الاستثمار "
    "في قطاع الطاقة المتجددة."),
]


def _article(paragraph: str, codec: str) -> str:
    text = "عنوان الخبر\n" + paragraph + "\n"
    if codec == "cp720":  # CP720 (DOS Arabic) has no Arabic comma, semicolon, ؟ or harakat
        text = text.replace("،", ",").replace("؛", ";").replace("؟", "?").replace("ً", "")
    return text


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6", "mac_arabic", "cp720"])
@pytest.mark.parametrize("paragraph", NEWS)
def test_legacy_arabic_encodings_are_told_apart(codec, paragraph):
    text = _article(paragraph, codec)
    try:
        decoded = decode_bytes(text.encode(codec))
    except DecodeError:
        return  # a refusal is allowed; mojibake is not
    assert decoded.text == text, (codec, decoded.encoding, decoded.text[:40])


@pytest.mark.parametrize(
    ("codec", "name"),
    [("cp1256", "windows-1256"), ("iso8859_6", "iso8859-6"), ("cp720", "cp720")],
)
def test_a_news_article_in_a_legacy_arabic_encoding_is_read_right(codec, name):
    text = "".join(_article(p, codec) for p in NEWS)
    assert decode_bytes(text.encode(codec)) == DecodedText(text, name)


def test_mac_arabic_is_read_right():
    # Its Arabic letters sit where ISO-8859-6 has them; its Latin accented letters and
    # Arabic-Indic digits (0x80-0xBF) tell it apart.
    text = "".join(_article(p, "mac_arabic") for p in NEWS) + "بلغ العدد ١٢٣ شخصاً في Montréal.\n"
    decoded = decode_bytes(text.encode("mac_arabic"))
    assert decoded.text == text
