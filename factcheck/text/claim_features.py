"""What makes two near-identical sentences different claims: negation, numbers, dates, places.

Pure functions over ``normalize_text`` output rules (so every digit system and alef form is
folded first): no Qt, no database. Used by the link suggestions (``factcheck.desk.suggest``) to
keep "did not raise prices" and "raised prices by 20%" below a true paraphrase of "raised
prices by 10%".

- ``numbers``: the quantities a sentence states, as values, whatever their form:
  ``35`` = ``٣٥`` = ``۳۵``; ``1,000`` = ``1000`` = ``ألف``; ``10%`` = ``10 بالمئة`` =
  ``١٠٪`` = ``عشرة في المائة`` (a percentage compares as its number); ``نصف مليون`` =
  ``500 ألف`` = ``500,000``; ``خمسة وعشرين`` = 25; ``مليوني`` (dual) = 2,000,000;
  ``التاسع عشر من أيار`` = 19 (an ordinal counts only as a day of a month).
- ``is_negated``: a negation particle (لا لم لن ليس غير عدم بلا …) or a denial verb
  (نفى نفت ينفي …), or English not/no/never/n't. ``ما`` is left out on purpose: in news it
  is mostly "what"/"about" (``ما يقرب من 500``, ``ما يزيد على مليون``), rarely "not".
  ``دون`` too: ``بهدف دون رد`` is a win "without reply", not a negation.
- ``places``: countries (names, adjectives, capitals and some big cities) and continents,
  as stable codes: ``المصرية`` = ``مصر`` = ``القاهرة`` = ``EG``.
- ``dates``: months (Egyptian, Levantine, Maghrebi and English names) and weekdays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import normalize_text

__all__ = [
    "ClaimFeatures",
    "claim_features",
    "dates",
    "is_negated",
    "names",
    "numbers",
    "places",
    "set_agreement",
]


def _n(words: str) -> list[str]:
    return [normalize_text(w) for w in words.split()]


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def _tokens(text: str) -> list[str]:
    norm = normalize_text(text)
    norm = re.sub(r"n['’]t\b", " not", norm)
    return _TOKEN.findall(norm)


@lru_cache(maxsize=200_000)
def _bare(word: str) -> tuple[str, ...]:
    """``word`` and what is left once one-letter clitics (و ف ب ل ك) are stripped."""
    out = [word]
    for p in _CLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p) :])
    return tuple(out)


# -- negation ----------------------------------------------------------------------------

_NEGATORS = frozenset(
    _n(
        "لا لم لن ليس ليست ليسوا ليسا لستم لسنا لست غير عدم بلا مش "
        "نفى نفت نفوا نفيا ينفي تنفي ينفون نفي "
        "not no never none nobody nothing neither nor cannot"
    )
)
_NOT_NEGATION = frozenset(_n("سيما"))  # لا سيما / ولا سيما: "especially"


def is_negated(text: str) -> bool:
    """Whether the sentence says something is *not* so (or denies it)."""
    return _features(text).negated


def _negated(toks: list[str]) -> bool:
    for i, tok in enumerate(toks):
        if any(b in _NEGATORS for b in _bare(tok)):
            if tok.endswith("لا") and i + 1 < len(toks) and toks[i + 1] in _NOT_NEGATION:
                continue
            return True
    return False


# -- numbers -------------------------------------------------------------------------------

_UNITS: dict[str, int] = {}
for _value, _forms in enumerate(
    (
        "",
        "واحد واحده واحدا",
        "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
        "ثلاث ثلاثه",
        "اربع اربعه",
        "خمس خمسه",
        "ست سته",
        "سبع سبعه",
        "ثمان ثماني ثمانيه",
        "تسع تسعه",
        "عشر عشره",
    )
):
    for _f in _forms.split():
        _UNITS[_f] = _value
_TEENS_TEN = frozenset(("عشر", "عشره"))  # after a unit: 11..19
_UNITS["احد"] = 1  # only in أحد عشر (see ``_number_words``)
_UNITS["احدي"] = 1
_TENS = {
    f"{stem}{case}": value
    for stem, value in (
        ("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50),
        ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90),
    )
    for case in ("ون", "ين")
}  # fmt: skip
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئات": 100, "مئتان": 200, "مئتين": 200,
             "مئتا": 200, "مئتي": 200, "مائتان": 200, "مائتين": 200, "مائتا": 200,
             "مائتي": 200}  # fmt: skip
for _stem, _value in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                      ("ثمان", 8), ("تسع", 9)):  # fmt: skip
    _HUNDREDS[_stem + "مئه"] = _HUNDREDS[_stem + "مائه"] = _value * 100
# The forms above are written as read before hamza folding; the text they are compared with
# has been through ``normalize_text`` (which folds ئ and ؤ to ء), so they are folded too.
_HUNDREDS = {normalize_text(form): value for form, value in _HUNDREDS.items()}
_SCALES: dict[str, tuple[int, int]] = {}  # form -> (scale, count implied by the form)
for _scale, _single, _plural, _dual in (
    (1_000, "الف الفا", "الاف", "الفان الفين الفا الفي"),
    (1_000_000, "مليون مليونا", "ملايين", "مليونان مليونين مليونا مليوني"),
    (1_000_000_000, "مليار مليارا بليون", "مليارات", "ملياران مليارين ملياري"),
    (1_000_000_000_000, "تريليون", "تريليونات", "تريليونان تريليونين"),
):
    for _f in _dual.split():
        _SCALES[_f] = (_scale, 2)
    for _f in (_single + " " + _plural).split():
        _SCALES[_f] = (_scale, 1)
for _f, _scale in (("thousand", 1_000), ("million", 10**6), ("billion", 10**9),
                   ("trillion", 10**12), ("k", 1_000), ("m", 10**6), ("bn", 10**9)):  # fmt: skip
    _SCALES[_f] = (_scale, 1)
_ENGLISH = {w: i for i, w in enumerate(
    _n("zero one two three four five six seven eight nine ten eleven twelve")
)}  # fmt: skip
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3, "half": 0.5}
_POINT = frozenset(_n("نقطه نقطتين نقاط"))
_ORDINALS = {
    "اول": 1, "اولي": 1, "حادي": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3,
    "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10,
    "عشرين": 20, "ثلاثين": 30,
}  # fmt: skip


def _word_value(word: str) -> tuple[str, float, int] | None:
    """(kind, value, count) of a number word, clitics allowed; ``ال`` forms are not counts."""
    for b in _bare(word):
        if b.startswith("ال") and b not in _SCALES:
            continue
        if b in _UNITS and b not in ("احد", "احدي"):
            return "unit", _UNITS[b], 1
        if b in _TENS:
            return "unit", _TENS[b], 1
        if b in _HUNDREDS:
            return "unit", _HUNDREDS[b], 1
        if b in _SCALES:
            scale, count = _SCALES[b]
            return "scale", scale, count
        if b in _ENGLISH:
            return "unit", _ENGLISH[b], 1
    return None


def _digits_value(tok: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", tok) or re.fullmatch(
        r"\d{1,3}(?:\.\d{3}){2,}", tok
    ):  # 1,000 / 1,000.5 / 1.000.000: thousands separators
        if tok.count(".") > 1:
            tok = tok.replace(".", "")
        return float(tok.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", tok):  # 2,5: a decimal comma
        tok = tok.replace(",", ".")
    try:
        return float(tok)
    except ValueError:  # 1.2.3: a version or a code, read its first part
        return float(tok.split(".")[0].split(",")[0])


def _canon(value: float) -> float:
    return round(value, 4)


def _month_at(toks: list[str], i: int) -> tuple[int, int] | None:
    """(month, tokens used) if a month name starts at ``toks[i]``."""
    if i >= len(toks):
        return None
    for b in _bare(toks[i]):
        two = (b, toks[i + 1]) if i + 1 < len(toks) else None
        if two in _MONTH_PAIRS:
            return _MONTH_PAIRS[two], 2
        if b in _MONTHS:
            if b in _MONTHS_AFTER_NUMBER and not (
                i > 0 and (toks[i - 1][:1].isdigit() or toks[i - 1] in _MONTH_WORD)
            ):
                continue
            return _MONTHS[b], 1
    return None


def numbers(text: str) -> frozenset[float]:
    """The values of the numbers a sentence states (see the module docstring)."""
    return _features(text).numbers


def _ordinal_day(toks: list[str], i: int) -> tuple[int, int] | None:
    """(day, tokens used) for ``التاسع عشر من أيار`` / ``الحادي والعشرين من``."""
    word = toks[i]
    if not word.startswith("ال"):
        return None
    value = _ORDINALS.get(word[2:])
    if value is None:
        return None
    j = i + 1
    if value < 10 and j < len(toks) and toks[j] in ("عشر", "عشره"):
        value += 10
        j += 1
    elif value < 10 and j < len(toks) and toks[j] in ("والعشرين", "والثلاثين"):
        value += 20 if "عشر" in toks[j] else 30
        j += 1
    k = j + 1 if j < len(toks) and toks[j] == "من" else j
    if _month_at(toks, k) is None:
        return None
    return value, j - i


def _scan(toks: list[str]) -> tuple[set[float], set[int]]:
    """Numbers and months of a token list (one pass, left to right)."""
    found: set[float] = set()
    months: set[int] = set()
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        month = _month_at(toks, i)
        if month is not None:
            months.add(month[0])
            i += month[1]
            continue
        day = _ordinal_day(toks, i)
        if day is not None:
            found.add(float(day[0]))
            i += day[1]
            continue
        if tok[0].isdigit():
            value = _digits_value(tok)
            i += 1
            if i < n and toks[i] in _SCALES:  # 20 ألف; not "1000 وألف" (a second number)
                value *= _SCALES[toks[i]][0]
                i += 1
            found.add(_canon(value))
            continue
        frac = next((_FRACTIONS[b] for b in _bare(tok) if b in _FRACTIONS), None)
        if frac is not None and i + 1 < n:
            nxt = _word_value(toks[i + 1])
            if nxt is not None and nxt[0] == "scale":
                found.add(_canon(frac * nxt[1]))
                i += 2
                continue
            if any(b in _POINT for b in _bare(toks[i + 1])):
                found.add(_canon(frac))
                i += 2
                continue
        w = _word_value(tok)
        if w is None:
            if tok in ("احد", "احدي", "واحد") and i + 1 < n and toks[i + 1] in _TEENS_TEN:
                found.add(11.0)
                i += 2
                continue
            i += 1
            continue
        # a run of number words: units, tens, hundreds joined by و, then scales
        total, current, j = 0.0, 0.0, i
        while j < n:
            w = _word_value(toks[j])
            if w is None:
                if toks[j] in ("احد", "احدي") and j + 1 < n and toks[j + 1] in _TEENS_TEN:
                    current += 11
                    j += 2
                    continue
                break
            kind, value, count = w
            if kind == "unit":
                if value < 10 and j + 1 < n and toks[j + 1] in _TEENS_TEN:
                    current += value + 10
                    j += 2
                    continue
                if current and not toks[j].startswith("و"):
                    break  # two numbers side by side: "3 ملايين 5" is not one number
                current += value
            else:
                total += (current or count) * value
                current = 0.0
            j += 1
        found.add(_canon(total + current))
        i = max(j, i + 1)
    return found, months


# -- dates: months and weekdays --------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _m, _forms in enumerate(
    (
        "يناير جانفي january jan",
        "فبراير شباط فيفري february feb",
        "مارس اذار march",
        "ابريل نيسان افريل april apr",
        "مايو ايار ماي may",
        "يونيو يونيه حزيران جوان june jun",
        "يوليو يوليه تموز جويليه جويلية july jul",
        "اغسطس اب اوت august aug",
        "سبتمبر ايلول september sep sept",
        "اكتوبر october oct",
        "نوفمبر november nov",
        "ديسمبر december dec",
    ),
    start=1,
):
    for _f in _n(_forms):
        _MONTHS[_f] = _m
_MONTHS_AFTER_NUMBER = frozenset(_n("اب ماي may"))  # also "father", Maghrebi "May"/"but"
_MONTH_WORD = frozenset(_n("شهر"))
_MONTH_PAIRS = {
    (normalize_text("كانون"), normalize_text("الثاني")): 1,
    (normalize_text("تشرين"), normalize_text("الأول")): 10,
    (normalize_text("تشرين"), normalize_text("الثاني")): 11,
    (normalize_text("كانون"), normalize_text("الأول")): 12,
}
_WEEKDAYS = {
    w: i
    for i, forms in enumerate(
        ("السبت", "الأحد", "الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
    )
    for w in _n(forms)
}


def dates(text: str) -> frozenset[str]:
    """Months (``m5``) and weekdays (``d0`` = Saturday) a sentence names."""
    return _features(text).dates


# -- places ----------------------------------------------------------------------------------

_PLACE_FORMS = {
    "EG": "مصر القاهرة", "SA": "السعودية سعود الرياض", "JO": "الأردن",
    "IQ": "العراق بغداد", "SY": "سوريا سورية دمشق", "LB": "لبنان بيروت",
    "PS": "فلسطين غزة", "IL": "إسرائيل", "KW": "الكويت", "QA": "قطر الدوحة",
    "AE": "الإمارات أبوظبي دبي", "BH": "البحرين", "YE": "اليمن صنعاء", "TN": "تونس",
    "DZ": "الجزائر", "MA": "المغرب الرباط", "LY": "ليبيا طرابلس",
    "SD": "السودان الخرطوم", "MR": "موريتانيا", "SO": "الصومال مقديشو", "DJ": "جيبوتي",
    "TD": "تشاد", "NG": "نيجيريا", "NE": "النيجر", "ML": "مالي", "SN": "السنغال",
    "TR": "تركيا الأتراك أنقرة إسطنبول اسطنبول", "IR": "إيران طهران", "CN": "الصين بكين",
    "RU": "روسيا موسكو", "UA": "أوكرانيا كييف", "IN": "الهند نيودلهي", "PK": "باكستان",
    "AF": "أفغانستان كابل", "BD": "بنغلاديش", "JP": "اليابان طوكيو", "KR": "كوريا سيول",
    "ID": "إندونيسيا جاكرتا", "MY": "ماليزيا", "PH": "الفلبين", "US": "أمريكا أميركا واشنطن",
    "CA": "كندا", "MX": "المكسيك", "BR": "البرازيل", "AR": "الأرجنتين", "VE": "فنزويلا",
    "GB": "بريطانيا لندن إنجلترا إنجليز", "FR": "فرنسا باريس", "DE": "ألمانيا برلين",
    "ES": "إسبانيا مدريد", "PT": "البرتغال لشبونة", "IT": "إيطاليا روما",
    "IE": "أيرلندا دبلن", "NL": "هولندا أمستردام", "BE": "بلجيكا بروكسل",
    "CH": "سويسرا جنيف", "SE": "السويد", "NO": "النرويج", "PL": "بولندا", "GR": "اليونان",
    "CY": "قبرص", "KE": "كينيا نيروبي", "ET": "إثيوبيا أديس", "ER": "إريتريا",
    "AU": "أستراليا",
    "@EU": "أوروبا", "@AS": "آسيا آسيو", "@AF": "أفريقيا إفريقيا أفارقة",
}  # fmt: skip
# Cities and provinces name a place of their own besides their country, so that "Taiz"
# and "Marib" (both Yemen) still differ. Big and often-reported ones only.
_CITY_FORMS = {
    "EG": "الإسكندرية الجيزة أسوان الأقصر سوهاج أسيوط المنيا بورسعيد السويس طنطا",
    "SA": "جدة مكة الدمام", "IQ": "الموصل البصرة أربيل كركوك النجف كربلاء الفلوجة",
    "SY": "حلب حمص حماة إدلب اللاذقية درعا الرقة", "LB": "صيدا",
    "YE": "عدن تعز مأرب الحديدة حضرموت", "LY": "بنغازي مصراتة درنة سرت",
    "SD": "الفاشر أمدرمان دارفور", "PS": "رفح خانيونس نابلس جنين الخليل",
    "MA": "الدار_البيضاء مراكش فاس طنجة", "DZ": "وهران قسنطينة", "TN": "صفاقس سوسة",
    "JO": "الزرقاء إربد العقبة", "TR": "إزمير غازي_عنتاب", "UA": "خاركيف أوديسا",
}  # fmt: skip
# Organisations and diseases that news claims are often about: swapping one for another
# makes another claim (e.g. a data leak at Facebook / at Twitter).
_NAME_FORMS = {
    "facebook": "فيسبوك فيس_بوك facebook", "twitter": "تويتر twitter",
    "google": "جوجل غوغل google", "amazon": "أمازون amazon", "apple": "أبل آبل apple",
    "microsoft": "مايكروسوفت microsoft", "tiktok": "تيك_توك tik_tok tiktok",
    "huawei": "هواوي huawei", "samsung": "سامسونج سامسونغ samsung", "tesla": "تسلا tesla",
    "whatsapp": "واتساب whatsapp", "instagram": "إنستغرام انستجرام instagram",
    "cholera": "الكوليرا", "malaria": "الملاريا", "measles": "الحصبة",
    "covid": "كورونا كوفيد", "polio": "شلل_الأطفال", "tb": "السل",
    "aids": "الإيدز", "ebola": "إيبولا", "dengue": "الضنك", "cancer": "السرطان",
}  # fmt: skip
_PLACES: dict[str, str] = {}
for _code, _forms in _PLACE_FORMS.items():
    for _f in _n(_forms):
        _PLACES[_f] = _code
        if _f.startswith("ال") and len(_f) > 4:
            _PLACES[_f[2:]] = _code
_PLACE_PAIRS = {
    (normalize_text("الولايات"), normalize_text("المتحدة")): "US",
    (normalize_text("المملكة"), normalize_text("المتحدة")): "GB",
}
_CITIES: dict[str, tuple[str, str]] = {}  # form -> (country, city)
for _code, _forms in _CITY_FORMS.items():
    for _f in _n(_forms):
        if "_" in _f:
            _PLACE_PAIRS[tuple(_f.split("_", 1))] = f"{_code}:{_f}"  # type: ignore[index]
            continue
        key = _f.removeprefix("ال")
        _CITIES[key] = (_code, f"{_code}:{key}")
_NAMES: dict[str, str] = {}
_NAME_PAIRS: dict[tuple[str, str], str] = {}
for _code, _forms in _NAME_FORMS.items():
    for _f in _n(_forms):
        if "_" in _f:
            _NAME_PAIRS[tuple(_f.split("_", 1))] = _code  # type: ignore[index]
        else:
            _NAMES[_f.removeprefix("ال")] = _code
_NISBA = ("يتين", "يون", "يين", "يات", "يه", "ي")


@lru_cache(maxsize=50_000)
def _place_of(word: str) -> str | None:
    for b in _bare(word):
        for c in (b, b[2:] if b.startswith("ال") else None):
            if not c:
                continue
            if c in _CITIES:
                return _CITIES[c][1]
            if c in _PLACES:
                return _PLACES[c]
            for suffix in _NISBA:  # المصرية -> مصر, الفرنسي -> فرنسا, الروسية -> روسيا
                if c.endswith(suffix):
                    base = c[: -len(suffix)]
                    for name in (base, base + "ا", base + "يا"):
                        if name in _PLACES:
                            return _PLACES[name]
    return None


def places(text: str) -> frozenset[str]:
    """Country codes (``EG``), cities (``YE:تعز``, with their country) and continents
    (``@EU``) a sentence names."""
    return _features(text).places


@lru_cache(maxsize=50_000)
def _name_of(word: str) -> str | None:
    for b in _bare(word):
        for c in (b, b[2:] if b.startswith("ال") else None):
            if c and c in _NAMES:
                return _NAMES[c]
    return None


def names(text: str) -> frozenset[str]:
    """Organisations and diseases a sentence names (``facebook``, ``cholera``)."""
    return _features(text).names


# -- all at once ---------------------------------------------------------------------------

# Every form some rule above looks at (after clitics): a token whose forms hold none of
# these, and that names no place or organisation, is skipped at once (most words).
_KEYWORDS = frozenset(
    [*_NEGATORS, *_UNITS, *_TENS, *_HUNDREDS, *_SCALES, *_ENGLISH, *_FRACTIONS, *_MONTHS,
     *_WEEKDAYS, *_MONTH_WORD, *(f"ال{o}" for o in _ORDINALS), *(a for a, _ in _MONTH_PAIRS),
     *(a for a, _ in _PLACE_PAIRS), *(a for a, _ in _NAME_PAIRS)]
)  # fmt: skip


_PAIR_HEADS = frozenset([*(a for a, _ in _PLACE_PAIRS), *(a for a, _ in _NAME_PAIRS)])


@lru_cache(maxsize=200_000)
def _pair_head(tok: str) -> bool:
    return any(b in _PAIR_HEADS for b in _bare(tok))


@lru_cache(maxsize=200_000)
def _matters(tok: str) -> bool:
    return (
        tok[0].isdigit()
        or any(b in _KEYWORDS for b in _bare(tok))
        or _place_of(tok) is not None
        or _name_of(tok) is not None
    )


@dataclass(frozen=True)
class ClaimFeatures:
    negated: bool
    numbers: frozenset[float]
    dates: frozenset[str]
    places: frozenset[str]
    names: frozenset[str]


@lru_cache(maxsize=100_000)
def _features(text: str) -> ClaimFeatures:
    everything = _tokens(text)
    # Only the tokens that matter, each with the next token (pairs such as الولايات
    # المتحدة, كانون الثاني, التاسع عشر من أيار): ``None`` marks a gap of skipped words.
    toks: list = []
    for i, tok in enumerate(everything):
        if _matters(tok) or (i and _matters(everything[i - 1])):
            toks.append(tok)
        elif toks and toks[-1] is not None:
            toks.append(None)
    toks = [t if t is not None else "\u2060" for t in toks]  # a word no rule matches
    found, months = _scan(toks)
    day_names = {f"d{_WEEKDAYS[t]}" for t in toks if t in _WEEKDAYS}
    codes: set[str] = set()
    named: set[str] = set()
    skip = False
    for i, t in enumerate(toks):
        if skip:
            skip = False
            continue
        if i + 1 < len(toks) and _pair_head(t):
            nxt = toks[i + 1]
            pair = next((_PLACE_PAIRS[(b, nxt)] for b in _bare(t) if (b, nxt) in _PLACE_PAIRS), None)
            name = next((_NAME_PAIRS[(b, nxt)] for b in _bare(t) if (b, nxt) in _NAME_PAIRS), None)
            if pair or name:
                codes.update([pair, pair.split(":")[0]] if pair else [])
                named.update([name] if name else [])
                skip = True
                continue
        code = _place_of(t)
        if code:
            codes.update((code, code.split(":")[0]))
        name = _name_of(t)
        if name:
            named.add(name)
    return ClaimFeatures(
        negated=_negated(toks),
        numbers=frozenset(found),
        dates=frozenset({f"m{m}" for m in months} | day_names),
        places=frozenset(codes),
        names=frozenset(named),
    )


def claim_features(text: str) -> ClaimFeatures:
    """Negation, numbers, dates and places of a sentence (cached)."""
    return _features(text)


def set_agreement(a: frozenset, b: frozenset) -> float | None:
    """How far two feature sets agree: 1 equal, 0 disjoint (Jaccard); ``None`` if one or
    both say nothing (a sentence without a number does not contradict one with it)."""
    if not a or not b:
        return None
    return len(a & b) / len(a | b)
