"""Tokenizer ground truth: the built-in adversarial corpus, a seeded fuzz corpus, and sidecar cases.

The ids come from the real ``tiktoken`` package (tiktoken blocks) or the Rust ``tokenizers`` library
(``hf-tokenizers`` blocks, :mod:`emlx.hftok`), rebuilt from a bundle's tokenizer block (never from a pickle).
``BLOCK_KINDS`` is the one table of what each kind of block is encoded on.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import random
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

__all__ = ["ADVERSARIAL_CORPUS", "HF_CORPUS", "WHITE_SPACE", "BLOCK_KINDS", "fuzz_texts", "special_token_texts",
           "parse_mergeable_ranks", "check_mergeable_ranks", "MAX_RANKS", "MAX_RANK", "encoding_from_block", "encode_text", "tokenizer_cases", "decode_cases",
           "corpus_texts", "corpus_case_keys", "corpus_case_count", "decode_case_count"]

# Every Unicode White_Space code point (stable since Unicode 6.3), then look-alikes that are NOT White_Space but
# that some engines treat as space: U+FEFF (JS \s), U+200B, U+180E (White_Space before Unicode 6.3), U+001C..1F
# (Python str.isspace), U+2060 WORD JOINER.
WHITE_SPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
               "\u2028\u2029\u202f\u205f\u3000")
NOT_WHITE_SPACE = "\ufeff\u200b\u180e\x1c\x1d\x1e\x1f\u2060"

ADVERSARIAL_CORPUS: tuple[str, ...] = (
    "",
    "Hello, world!",
    "The EML operator eml(x, y) = exp(x) - ln(y) is a single binary operator.",
    # contractions, in every case, and with case-folding look-alikes
    "I'm sure you'll see they've gone; she's right, isn't it? We'd know, you're late.",
    "DON'T STOP. I'LL GO. WE'VE WON. HE'S HERE. THEY'RE OUT. YOU'D KNOW. I'M OK. CAN'T WON'T SHAN'T",
    "Don'T i'Ll we'Ve He'S tHEY'rE I'm y'all o'clock rock'n'roll",
    "'s 'S 't 'T 'm 'M 'd 'D 'll 'LL 'lL 'Ll 've 'VE 're 'RE 'x '1 ' '' '''",
    "'\u017f '\u017fs \u017ftreet Mi\u017f\u017fi\u017f\u017fippi 'K '\u212a 5\u212a \u212aelvin",
    "it\u2019s curly \u2018single\u2019 \u201cdouble\u201d \u00abguillemets\u00bb \u2014 em \u2013 en",
    "stra\u00dfe STRASSE \u1e9e \u0130stanbul \u0131i I\u0307 \u01c5 \u01c8 \u01cb \u03a3\u03c3\u03c2",
    # invisible and space-like characters
    "\ufeffBOM at the start",
    "zero\ufeffwidth\ufeff\ufeffno-break \ufeff x",
    "next\x85line \x85\x85 x\x85",
    "zero\u200bwidth\u200bspace mongolian\u180evowel word\u2060joiner",
    "line\u2028separator\u2029paragraph",
    "file\x1cgroup\x1drecord\x1eunit\x1fsep",
    "nul\x00bell\x07esc\x1b del\x7f",
    "".join("a" + c + "b" for c in WHITE_SPACE + NOT_WHITE_SPACE),
    WHITE_SPACE + "x" + WHITE_SPACE,
    NOT_WHITE_SPACE + "y",
    "a \u00a0 b\u3000\u5168\u89d2\u3000space \u2003em\u2009thin\u202fnarrow",
    # whitespace runs and line ends
    "   leading spaces",
    "trailing spaces   ",
    "a  \n\n  b   \n   c",
    "\t\t\tindented\n\t\tless\n\tleast",
    "\r\n\r\n",
    "line1\r\nline2\r\n\r\nline4\rold-mac\n",
    "  \n",
    "\n \n  \n   \n",
    " " * 20 + "x" + " " * 20,
    "x" + "\n" * 10,
    "a\r\r\r\nb \r\n \r\n c",
    "end with newline\n",
    "end with spaces and newline  \n",
    # scripts
    "\u4f60\u597d\uff0c\u4e16\u754c\uff01\u8fd9\u662f\u4e00\u4e2a\u6d4b\u8bd5\u3002",
    "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3001"
    "\u30ab\u30bf\u30ab\u30ca\u3068\u3072\u3089\u304c\u306a\u3002",
    "\ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8\uc785\ub2c8\ub2e4",
    "\U00020000\U00020001\U0002a6a5 \U00030000 CJK extension B",
    "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u03ba\u03cc\u03c3\u03bc\u03b5",
    "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! \u0401\u0451",
    "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u0661\u0662\u0663",
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
    "\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e \u0967\u0968\u0969",
    "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e0a\u0e32\u0e27\u0e42\u0e25\u0e01",
    "\u1230\u120b\u121d \u1208\u12d3\u1208\u121d \u10d2\u10d0\u10db\u10d0\u10e0\u10ef\u10dd\u10d1\u10d0 "
    "\u0532\u0561\u0580\u0565\u0582",
    # code points new in Unicode 16/17 and oddities (engines with older tables split these differently)
    "\u1c89\u1c8a \u1c89word '\u1c89 x\u1c8ay",
    "\ua7cb\ua7cc\ua7cd \ua7dc \U00010d4a\U00010d50 \U0001fae9 \U0001fac8",
    "unassigned\u0378\u0379 private\ue000\U000f0000 nonchar\ufdd0\uffff",
    # combining marks
    "e\u0301le\u0300ve na\u0308ive cafe\u0301",
    "Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032d\u0308\u0307l\u036e\u0312\u036bg\u030c\u0317\u035a\u031ao",
    " \u0301x \u0301\u0302\u0303 a\u20dd \u0488\u0489",
    "\u0915\u093f \u0915\u094d\u0937 \u0d15\u0d4d\u0d37",
    # emoji
    "\U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 "
    "\U0001f3f3\ufe0f\u200d\U0001f308 \U0001f1fa\U0001f1f8\U0001f1eb\U0001f1f7 1\ufe0f\u20e3 \u2764\ufe0f",
    "emoji\U0001f600inside\U0001f600words \U0001f600\U0001f603\U0001f604!",
    # numbers
    "1234567890 12 123 1234 12345",
    "3.14159 2,718 1e-10 0x1F 0b1010 -42 +7 1_000_000",
    "\u0661\u0662\u0663\u0664 \u096a\u096b\u096c \uff15\uff16\uff17 \xb2\xb3 \xbd \u216b \u2460\u2461 "
    "\U0001d7ce\U0001d7cf",
    "12ab34cd 5G 4K 1080p v1.2.3-rc4 2024-01-31T12:00:00Z",
    # code
    "def f(x):\n    return x**2 + 1  # comment\n",
    "for (let i = 0; i < n; i++) {\n\tsum += a[i];\n}\n",
    "if (a && b || !c) { x->y = *p; } // done",
    "<div class=\"x\">&amp;&lt;</div>",
    "SELECT * FROM t WHERE id='42' AND name LIKE '%x%';",
    "path/to/file.txt C:\\Windows\\system32 ~/.bashrc $HOME 2>&1 | grep -v '^#'",
    "https://example.com/a?b=c&d=e#frag mailto:someone@example.org",
    "    \tmixed indent\n\t    x = {'a': [1, 2, 3], \"b\": None}\n",
    "...!!!??? ;;; ::: ,,, @#$%^&*()_+-=[]{}|;':\",./<>?`~",
    "fooBar_baz camelCaseWord XMLHttpRequest HTTPServer2024 __init__ snake_case_2",
    # long repeats
    "a" * 100,
    "!" * 50,
    " " * 64,
    "\n" * 30,
    "ab" * 40,
    "\U0001f600" * 20,
    "1" * 33,
    "\u4e00" * 25,
    "\u017f" * 7 + "'" + "\u017f" * 7,
)


# --------------------------------------------------------------------------------------------------------------
# Seeded fuzz corpus

_CHAR_POOLS: dict[str, str] = {
    "lower": "abcdefghijklmnopqrstuvwxyz",
    "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "digit": "0123456789",
    "punct": "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "latin": "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00f0\u00f1\u00f8\u00fe"
             "\u00ff\u00c0\u00c9\u00d8\u00de\u0100\u011e\u011f\u0130\u0131\u0141\u0142\u0152\u0153\u0160\u0178"
             "\u017d\u017f\u0192\u01c5\u01c8\u01cb\u00df\u1e9e\u0149\u1e9b",
    "greek": "\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03c2\u03c3\u0391\u0392"
             "\u03a3\u03a9\u0390\u03b0\u1f00\u1f88\u00b5",
    "cyrillic": "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u0401\u0410\u0411\u0416"
                "\u042f\u0451\u0463\u1c80\u1c88\u1c89\u1c8a",
    "rtl": "\u0627\u0628\u062a\u062b\u062c\u0645\u0646\u0647\u0648\u064a\u064b\u0651\u05d0\u05d1\u05d2\u05e9"
           "\u05b0\u05bc\u0640",
    "indic": "\u0915\u0916\u0917\u093e\u093f\u0940\u094d\u0928\u092e\u0938\u0924\u0e01\u0e02\u0e31\u0e34\u0e48"
             "\u0d15\u0d4d\u0b95\u0bcd",
    "cjk": "\u4e00\u4e8c\u4e09\u4f60\u597d\u4e16\u754c\u3042\u3044\u3046\u30a2\u30a4\u30fc\u3005\u3007\uac00"
           "\ud55c\u1100\u1161\u3131\uff21\uff41\u3001\u3002\uff0c\U00020000\U0002a6a5\U00030000",
    "numeric": "\u0660\u0661\u0669\u0966\u096f\uff10\uff19\xb2\xb3\xb9\xbc\xbd\u2160\u216b\u2460\u2473\u3007"
               "\U0001d7ce\U0001d7ff\u1040\u0e50",
    "mark": "\u0300\u0301\u0302\u0308\u030c\u0327\u0345\u036f\u0483\u0488\u0489\u093f\u0941\u0e31\u20dd\u20e3"
            "\ufe0f\ufe0e\u200d\u200c\U000e0100",
    "space": WHITE_SPACE + NOT_WHITE_SPACE,
    "special": "\x85\u017f\u212a\u1c89\u1c8a\u0130\u0131\u00df\u1e9e\ufeff\u2028\u2029\u0378\ue000\uffff"
               "\ua7cb\ua7dc\U00010d4a",
}
_WORD_POOLS: dict[str, tuple[str, ...]] = {
    "newline": ("\n", "\r\n", "\r", "\r\n\r\n", "\n\n", "\n\r", " \n", "\t\n"),
    "contraction": ("'s", "'S", "'t", "'T", "'re", "'RE", "'Re", "'ve", "'VE", "'m", "'M", "'ll", "'LL", "'lL",
                    "'d", "'D", "'\u017f", "'\u212a", "DON'T", "I'LL", "WE'VE", "HE'S", "THEY'RE", "I'M", "YOU'D",
                    "CAN'T", "don't", "we'll", "it's"),
    "code": ("def ", "return ", "(", ")", "{", "}", "[", "]", "=>", "->", "==", "!=", "//", "/*", "*/", "#", ";",
             "0x1F", "::", "    ", "\t", "\"", "`", "&&", "||", "snake_case", "camelCase", "<|", "|>", "</", "/>",
             "x = 1", "i++"),
    "word": ("hello", "World", "THE", "a", "I", "of", "tokenizer", "EML", "don", "ll", "ve", "re"),
    "emoji": ("\U0001f600", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
              "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001f1fa\U0001f1f8", "1\ufe0f\u20e3", "\u2764\ufe0f",
              "\u263a", "\U0001f9d1\U0001f3ff\u200d\U0001f4bb", "\U0001fae8", "\U0001fae9", "\u00a9\ufe0f"),
}
_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("lower", 10), ("upper", 5), ("digit", 5), ("punct", 5), ("latin", 3), ("greek", 2), ("cyrillic", 2),
    ("rtl", 2), ("indic", 2), ("cjk", 3), ("numeric", 3), ("mark", 3), ("space", 8), ("special", 3),
    ("newline", 5), ("contraction", 5), ("code", 4), ("word", 5), ("emoji", 3), ("any", 3), ("repeat", 3),
)


def _random_code_point(rng: random.Random) -> str:
    while True:
        plane = rng.choice((0, 0, 0, 1, 2, 3, 14, 16))
        cp = plane * 0x10000 + rng.randrange(0x10000)
        if not 0xD800 <= cp <= 0xDFFF:
            return chr(cp)


def _fragment(rng: random.Random, kind: str) -> str:
    if kind in _CHAR_POOLS:
        pool = _CHAR_POOLS[kind]
        return "".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))
    if kind in _WORD_POOLS:
        return "".join(rng.choice(_WORD_POOLS[kind]) for _ in range(rng.randint(1, 3)))
    if kind == "any":
        return "".join(_random_code_point(rng) for _ in range(rng.randint(1, 4)))
    if kind == "repeat":
        pool = rng.choice(("lower", "space", "punct", "digit", "cjk", "special", "mark"))
        return rng.choice(_CHAR_POOLS[pool]) * rng.randint(2, 40)
    raise KeyError(kind)


def fuzz_texts(n: int, seed: int = 0) -> list[str]:
    """``n`` deterministic random strings mixing the categories that make engines disagree."""
    rng = random.Random(f"emlx-tokenizer-fuzz:{seed}")
    kinds = [k for k, _ in _WEIGHTS]
    weights = [w for _, w in _WEIGHTS]
    out = []
    for _ in range(n):
        parts = rng.choices(kinds, weights, k=rng.randint(1, 12))
        out.append("".join(_fragment(rng, k) for k in parts))
    return out


# --------------------------------------------------------------------------------------------------------------
# Tokenizer blocks -> tiktoken -> sidecar cases

def parse_mergeable_ranks(text: str) -> dict[bytes, int]:
    """Parse the tiktoken file format (``base64(token) rank`` per line) of a tokenizer block."""
    if not isinstance(text, str):
        raise ValueError(f"tokenizer block: mergeable_ranks must be a string in tiktoken file format, "
                         f"got {type(text).__name__}")
    ranks: dict[bytes, int] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split()
        try:
            if len(parts) != 2:
                raise ValueError
            token, rank = base64.b64decode(parts[0], validate=True), int(parts[1])
        except (ValueError, binascii.Error):
            raise ValueError(f"tokenizer block: mergeable_ranks line {lineno} is not 'base64 rank': "
                             f"{line[:60]!r}") from None
        if token in ranks:
            raise ValueError(f"tokenizer block: mergeable_ranks line {lineno} repeats token {token!r}")
        ranks[token] = rank
    return ranks


#: The most tokens a tiktoken rank table may hold (the largest public tiktoken vocabulary, o200k_base, has ~200k):
#: a larger table is refused before tiktoken builds it (a 2M-entry one took 34 s and 1.5 GB there).
MAX_RANKS = 1 << 20
#: tiktoken's ranks are unsigned 32-bit integers
MAX_RANK = (1 << 32) - 1


def check_mergeable_ranks(ranks: Mapping[bytes, int]) -> None:
    """The rank table tiktoken (and js-tiktoken) can run, else one-line ValueError: at most MAX_RANKS tokens, each
    non-empty bytes with its own integer rank in [0, 2**32), and every one of the 256 single bytes among them (the
    byte-level BPE starts from single bytes: tiktoken panics on a byte without a rank, js-tiktoken silently drops
    it). Called before tiktoken ever sees a table: by the pickle reader, the block builder and the bundle loader."""
    if not isinstance(ranks, Mapping) or not ranks:
        raise ValueError("mergeable_ranks must be a non-empty table of bytes -> rank")
    if len(ranks) > MAX_RANKS:
        raise ValueError(f"mergeable_ranks holds {len(ranks):,} tokens, over the {MAX_RANKS:,} emlx accepts (the "
                         "largest tiktoken vocabularies have ~200k); is this the model's tokenizer?")
    seen: set[int] = set()
    for tok, rank in ranks.items():
        if not isinstance(tok, (bytes, bytearray)) or not tok:
            raise ValueError(f"mergeable_ranks entry {tok!r:.40} is not a non-empty byte string")
        if not isinstance(rank, int) or isinstance(rank, bool) or not 0 <= rank <= MAX_RANK:
            raise ValueError(f"mergeable_ranks gives {bytes(tok)!r:.40} the rank {rank!r:.30}, expected an integer "
                             f"in [0, {MAX_RANK}]")
        if rank in seen:
            raise ValueError(f"mergeable_ranks gives the rank {rank} to more than one token")
        seen.add(rank)
    missing = [b for b in range(256) if bytes([b]) not in ranks]
    if missing:
        b = missing[0]
        more = f" (and {len(missing) - 1} other single bytes)" if len(missing) > 1 else ""
        raise ValueError(f"mergeable_ranks has no token for the single byte 0x{b:02X} ({bytes([b])!r}){more}; a "
                         "byte-level BPE needs all 256 single bytes (tiktoken panics on a byte without a rank); "
                         "re-create the tokenizer with every byte in its vocabulary")


_ENCODINGS: dict[str, Any] = {}


def encoding_from_block(block: Mapping[str, Any]):
    """Rebuild the ``tiktoken.Encoding`` a bundle's tokenizer block describes (cached per block content)."""
    import tiktoken

    for key in ("name", "pat_str", "mergeable_ranks", "special_tokens"):
        if key not in block:
            raise ValueError(f"tokenizer block: missing {key!r}")
    h = hashlib.sha256()
    for key in ("name", "pat_str", "mergeable_ranks"):
        h.update(str(block[key]).encode("utf-8", "surrogatepass") + b"\0")
    h.update(repr(sorted(dict(block["special_tokens"]).items())).encode("utf-8", "surrogatepass"))
    key = h.hexdigest()
    if key not in _ENCODINGS:
        from emlx.native import rust_calls

        ranks = parse_mergeable_ranks(block["mergeable_ranks"])
        check_mergeable_ranks(ranks)
        with rust_calls("tokenizer block", "tiktoken"):
            enc = tiktoken.Encoding(name=str(block["name"]), pat_str=block["pat_str"], mergeable_ranks=ranks,
                                    special_tokens={str(k): int(v) for k, v in dict(block["special_tokens"]).items()})
        n_vocab = block.get("n_vocab")
        if n_vocab is not None and int(n_vocab) != enc.n_vocab:
            raise ValueError(f"tokenizer block: n_vocab {n_vocab} but the ranks and special tokens give "
                             f"{enc.n_vocab}")
        if len(_ENCODINGS) > 8:
            _ENCODINGS.clear()
        _ENCODINGS[key] = enc
    return _ENCODINGS[key]


def special_token_texts(special_tokens: Mapping[str, int]) -> list[str]:
    """Texts that exercise special-token handling: each token in context, runs of them, near misses."""
    toks = [t for t, _ in sorted(special_tokens.items(), key=lambda kv: (kv[1], kv[0]))]
    if not toks:
        return []
    out = []
    first = toks[0]
    second = toks[1] if len(toks) > 1 else toks[0]
    out.append(f"{first}hello{second}")
    out.append(f"{first}The EML operator{second} is{toks[-1]}\n")
    for t in toks:
        out.append(f"x{t} y")
    out.append("".join(toks))
    out.append(f" {first}\n{first}{first} {first}")
    # near misses: must never become the special id
    out += [first[:-1] + " x", first[1:], first.upper() if first.upper() != first else first.lower(),
            first.replace("|", "| ", 1), "<|" + first + "|>", first[:len(first) // 2] + "\n" + first[len(first) // 2:]]
    return out


def _unique(texts: Sequence[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for t in texts:
        if not isinstance(t, str):
            raise ValueError(f"tokenizer texts must be strings, got {type(t).__name__}")
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


# What breaks SentencePiece-style (Metaspace, byte fallback) and byte-level BPE, beyond ADVERSARIAL_CORPUS.
HF_CORPUS: tuple[str, ...] = (
    # leading and repeated spaces (Metaspace's prepended ▁, "▁▁" pieces), a lone space, tabs
    " ", "  ", " x", "  two leading", "\tleading tab", " \n leading newline", "many     spaces   between  words",
    "x" + " " * 33 + "y", "end space ", " both ",
    # the meta symbol, byte-fallback and byte-level spellings as text
    "\u2581", "\u2581\u2581x \u2581", "a\u2581b", "<0x41>", "<0xE4><0xB8><0x80>", "<0x>", "\u0120hello \u010a",
    "\u0120\u0120", "<unk>", "<s>", "</s>", "<s> hi</s>", "hello <s> world", "<s><s>", " <s>", "<|endoftext|>x",
    # where JS \s (U+FEFF yes, U+0085 no) and Oniguruma's \s (White_Space) split a pattern differently
    "\ufeff're \ufeff's x\ufeff'll \ufeff\ufeff!", "a\x85'd \x85's \x85\x85y \x85", " \ufeff \ufeff\n\x85 \n",
    # line ends
    "a\r\nb\r\n\r\n", "\n\n\n x", "x \n y", "\r", "\r\r\n\n", " \r\n \r\n", "tab\t\n\tnew",
    # emoji sequences
    "\U0001f469\u200d\u2764\ufe0f\u200d\U0001f48b\u200d\U0001f468 \U0001f3f3\ufe0f\u200d\u26a7\ufe0f "
    "\U0001f468\U0001f3ff\u200d\U0001f9b0 \U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1",
    "#\ufe0f\u20e3*\ufe0f\u20e3 \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    # combining marks and what NFC/NFKC change
    "a\u0301\u0302\u0303\u0304" * 5, "\u212b \u00c5 A\u030a \u2126 \u03a9 \u1e9b\u0323 \ufb01 \u2460 \uff21",
    "\u1100\u1161\u11a8 \uac00\u11a8 \u1112\u1161\u11ab", "e\u0301 \u00e9 \u0065\u0301\u0301", "\u0344 \u0f73 \u2000",
    # digits
    "12345678901234567890" * 5, "3.141592653589793238462643383279", "0000000 007",
    "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660" * 3, "\uff11\uff12\uff13\uff14\uff15 \u2460\u2461",
    # CJK without spaces (one long SentencePiece piece, mostly byte fallback)
    "\u4e2d\u6587\u5206\u8bcd\u6d4b\u8bd5\uff0c\u6ca1\u6709\u7a7a\u683c\u7684\u957f\u53e5\u5b50\u3002",
    "\u65e5\u672c\u8a9e\u3068English\u306e\u6df7\u5728", "\u6f22\u5b57" * 50,
    # valid but odd text: replacement char, noncharacters, private use, bidi and format controls, tags, selectors
    "\ufffd", "a\ufffdb\ufffd", "\uffff\ufffe\U0010ffff", "\ue000\U000f0000\U00100000", "\u202eesrever\u202c \u200f\u200e",
    "soft\u00adhyphen \u2063invisible\u2062times", "\U000e0041\U000e0042 tags", "\u845b\U000e0100 \u2764\ufe0e",
    # long words (past a JS BPE cache of 256 characters)
    "a" * 300, "ab" * 200, "Supercalifragilisticexpialidocious" * 12,
)
#: seeded random texts every hf-tokenizers sidecar also covers (tiktoken blocks check theirs at export)
HF_FUZZ_TEXTS = 300
HF_FUZZ_SEED = 20


@dataclass(frozen=True)
class BlockKind:
    """How one kind of tokenizer block is encoded for the sidecar: its built-in texts, the (special, template)
    modes each text is encoded in, the encoder, and (when the kind has decode cases) the decoder."""

    texts: Callable[[Mapping[str, Any]], list[str]]
    modes: tuple[tuple[str, bool], ...]
    encode: Callable[[Mapping[str, Any], str, str, bool], list[int]]
    decode: Callable[[Mapping[str, Any], Sequence[int]], str] | None = None
    random_decodes: int = 0


def _tiktoken_texts(block: Mapping[str, Any]) -> list[str]:
    return _unique([*ADVERSARIAL_CORPUS, *special_token_texts(block.get("special_tokens") or {})])


def _tiktoken_encode(block: Mapping[str, Any], text: str, special: str, template: bool) -> list[int]:
    from emlx.native import rust_calls

    enc = encoding_from_block(block)
    # tiktoken's regex engine panics past its backtrack limit (a pattern with lookarounds that backtracks
    # catastrophically): one line naming the text, never a Rust backtrace
    with rust_calls(f"tokenizer: encoding {text[:40]!r}", "tiktoken"):
        ids = list(enc.encode(text, allowed_special="all") if special == "all" else enc.encode_ordinary(text))
    bos_id = block.get("bos_id")
    return [int(bos_id)] + ids if template and bos_id is not None else ids


def _hf_special_tokens(block: Mapping[str, Any]) -> dict[str, int]:
    return {t["content"]: t["id"] for t in block["tokenizer"].get("added_tokens") or [] if t.get("special")}


def _hf_texts(block: Mapping[str, Any]) -> list[str]:
    return _unique([*ADVERSARIAL_CORPUS, *HF_CORPUS, *special_token_texts(_hf_special_tokens(block)),
                    *fuzz_texts(HF_FUZZ_TEXTS, HF_FUZZ_SEED)])


def _hf_encode(block: Mapping[str, Any], text: str, special: str, template: bool) -> list[int]:
    from emlx.hftok import hf_tokenizers

    return hf_tokenizers(block).encode(text, special, template)


def _hf_decode(block: Mapping[str, Any], ids: Sequence[int]) -> str:
    from emlx.hftok import hf_tokenizers

    return hf_tokenizers(block).decode(ids)


#: tiktoken blocks have no "kind" field (and keep the cases emlx 0.1 wrote); the table is keyed by kind
BLOCK_KINDS: dict[str, BlockKind] = {
    "tiktoken": BlockKind(_tiktoken_texts, (("all", False), ("none", False)), _tiktoken_encode),
    "hf-tokenizers": BlockKind(_hf_texts, (("all", False), ("none", False), ("all", True), ("none", True)),
                               _hf_encode, _hf_decode, random_decodes=300),
}


def block_kind(block: Mapping[str, Any]) -> BlockKind:
    name = block.get("kind", "tiktoken")
    if name not in BLOCK_KINDS:
        raise ValueError(f"tokenizer block kind {name!r:.40} is not one of {', '.join(BLOCK_KINDS)}")
    return BLOCK_KINDS[name]


def encode_text(block: Mapping[str, Any], text: str, special: str = "none", template: bool = False) -> list[int]:
    """Ids of ``text`` by the block's reference encoder: ``special`` "all" (special-token strings become their ids)
    or "none" (ordinary text); ``template``: the model's own prompt template (a tiktoken block: its BOS first; a
    tokenizer.json: its post-processor)."""
    if special not in ("all", "none"):
        raise ValueError(f"special must be 'all' or 'none', got {special!r}")
    return block_kind(block).encode(block, text, special, bool(template))


def corpus_texts(block: Mapping[str, Any]) -> list[str]:
    """The built-in texts every tokenizer sidecar for this block covers (the adversarial corpus and this block's
    special-token texts; for a tokenizer.json also HF_CORPUS and seeded random texts)."""
    return block_kind(block).texts(block)


def corpus_case_keys(block: Mapping[str, Any]) -> list[tuple[str, str, bool]]:
    """``(text, special, template)`` of every case the built-in corpus gives, in sidecar order."""
    modes = block_kind(block).modes
    return [(t, sp, tm) for t in corpus_texts(block) for sp, tm in modes]


def corpus_case_count(block: Mapping[str, Any]) -> int:
    """How many cases the built-in corpus gives, before any user text: the least a tokenizer sidecar for this block
    must cover."""
    return len(corpus_texts(block)) * len(block_kind(block).modes)


def tokenizer_cases(block: Mapping[str, Any], extra_texts: Sequence[str] = ()) -> list[dict]:
    """Sidecar cases ``{"text", "ids", "special"(, "template": true)}`` for the built-in corpus and ``extra_texts``:
    each text in every mode of the block's kind (special-token strings recognised, ``"all"``, and as ordinary text,
    ``"none"``; a tokenizer.json also through its template)."""
    kind = block_kind(block)
    cases = []
    for t in _unique([*kind.texts(block), *extra_texts]):
        for special, template in kind.modes:
            case: dict[str, Any] = {"text": t, "ids": kind.encode(block, t, special, template), "special": special}
            if template:
                case["template"] = True
            cases.append(case)
    return cases


def decode_case_count(block: Mapping[str, Any]) -> int:
    """The least number of decode cases a tokenizer sidecar for this block must hold (0: the kind has none)."""
    kind = block_kind(block)
    if kind.decode is None:
        return 0
    return sum(1 for t in kind.texts(block) if kind.encode(block, t, "all", False)) + kind.random_decodes


def decode_cases(block: Mapping[str, Any], cases: Sequence[Mapping[str, Any]]) -> list[dict]:
    """``{"ids", "text"}``: the reference decode of each non-empty ``"all"`` encoding among ``cases`` (no template),
    then of seeded random id sequences over the whole vocabulary (special tokens, byte tokens and partial characters
    in any order, as a model may generate them). Empty for kinds without a decoder in the gate."""
    kind = block_kind(block)
    if kind.decode is None:
        return []
    seqs = [list(c["ids"]) for c in cases if c["special"] == "all" and not c.get("template") and c["ids"]]
    n_vocab = int(block["n_vocab"])
    rng = random.Random(f"emlx-decode:{n_vocab}")
    from emlx.hftok import hf_tokenizers

    known = [i for i in range(n_vocab) if hf_tokenizers(block).token(i) is not None]
    seqs += [[rng.choice(known) for _ in range(rng.randint(1, 24))] for _ in range(kind.random_decodes)]
    return [{"ids": s, "text": kind.decode(block, s)} for s in seqs]
