"""The recall mode of gen_corpus.py (--mode recall).

Documents whose figures are all consistent, except for errors injected on
purpose and listed in DIR/injected.jsonl, one line per error:

    {"file": "0000/00000007.txt", "rule": "share-mismatch", "line": 9,
     "column": 52, "text": "29.2%"}

(line and column 1-based, the column in code points; `text` is the wrong
figure as written). A checker run on the corpus should report every listed
error — a diagnostic whose rule matches and whose figure or one of whose
notes is the listed figure — and nothing else.

Sentences, one per paragraph, each a template the claims builder reads
exactly (see rules/*.toml and fixtures/rules/*.md):

- level and growth of a shared fact, restated by the documents near each
  other (see WINDOW), always with the same rounding:  2023年1—11月，延吉市社会消费品零售总额实现702.1亿元，同比增长6.1%。
- a 其中 breakdown:        1995年1—5月，长春市外贸进出口实现67.3亿元，其中出口27.3亿元、进口40.0亿元。
- change, growth, level:  1991年，公主岭市新增新能源发电装机512.3万千瓦，增长34.2%，新能源发电总装机达到2010.4万千瓦。
- part, whole and rate:   截至1988年5月末，长春市招商引资合同签约额3280.5亿元，实际到位资金628.9亿元，资金到位率19.2%。

The arithmetic sentences, and a fact each document states twice, use a
(scope, year, months) triple that belongs to that document alone, so that an
error injected into them cannot also contradict another document. There are
SPACE such triples: documents past that number carry only shared facts and
cross-document errors.

Injected errors (each document at most one, with probability --error-rate):
cross-document-mismatch (a shared fact stated by the previous document, with
a wrong level), within-document-mismatch (the document's own fact restated
wrongly), sum-exceeds-total (a part larger than its whole), growth-mismatch
(a rate off by 3–8 points), share-mismatch (a rate off by 3–8 points).
"""

from __future__ import annotations

import random

import gen_corpus as g

# The places the claims builder resolves by name (checked with `claimlint
# extract`: the others are read as part of the subject, or not at all).
SCOPES = [
    "吉林省", "黑龙江省", "辽宁省", "内蒙古自治区", "长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市",
    "松原市", "白城市", "延边州", "长春新区", "中韩（长春）国际合作示范区", "公主岭市", "榆树市", "德惠市",
    "蛟河市", "桦甸市", "磐石市", "双辽市", "梅河口市", "集安市", "临江市", "扶余市", "大安市", "洮南市",
    "延吉市", "珲春市", "敦化市", "龙井市", "图们市",
]
_BY_NAME = {s.name: s for s in g.PROVINCES + g.CITIES + g.DISTRICTS}

# Shared facts: these subjects, years and months (12 = the whole year), fact
# f of the table being (scope, subject, months, year) with the scope varying
# fastest. The builder reads 1900–1949 as years (not 1899), and later than
# 2025 as targets; 1950–2018 are the document-owned triples' below.
SHARED_SUBJECTS = ["地区生产总值", "社会消费品零售总额", "网络零售额", "国内旅游收入", "农林牧渔业总产值"]
SHARED_YEARS = tuple(range(2019, 2025)) + tuple(range(1900, 1950))
SHARED_MONTHS = range(2, 13)
SHARED_SPACE = len(SCOPES) * len(SHARED_SUBJECTS) * len(SHARED_MONTHS) * len(SHARED_YEARS)
# A real archive states more distinct facts as it grows, each a bounded number
# of times: document i draws its shared facts from the WINDOW facts starting
# at i * 3 // 4, so the table grows with the corpus and a fact is restated
# about 85 times on average (8 KB documents), whatever the size, and
# findings grow with the size, not its square. The window wraps around the
# table after SHARED_SPACE * 4 // 3 documents (about 1.1 GB).
WINDOW = 512

# Document-owned triples: years before the shared ones, months 2..12.
OWN_YEARS = range(1950, 2019)
OWN_MONTHS = range(2, 13)
SPACE = len(SCOPES) * len(OWN_YEARS) * len(OWN_MONTHS)

PARTED = [("外贸进出口", "出口", "进口"), ("一般公共预算收入", "税收收入", "非税收入")]
GROWN = [("新能源发电装机", "万千瓦", "新能源发电总装机"), ("高标准农田", "万亩", "高标准农田总面积")]

KINDS = ("cross-document-mismatch", "within-document-mismatch", "sum-exceeds-total", "growth-mismatch",
         "share-mismatch")


def period(year: int, m: int) -> str:
    return "%d年" % year if m == 12 else "%d年1—%d月" % (year, m)


def shared_fact(seed: int, doc: int, k: int):
    """The k-th shared fact of document `doc`: (scope, subject, year, months)."""
    r = random.Random("claimlint-recall:%d:%d:%d" % (seed, doc, k))
    f = (doc * 3 // 4 + int(r.random() * WINDOW)) % SHARED_SPACE
    f, scope = divmod(f, len(SCOPES))
    f, subject = divmod(f, len(SHARED_SUBJECTS))
    year, m = divmod(f, len(SHARED_MONTHS))
    return SCOPES[scope], SHARED_SUBJECTS[subject], SHARED_YEARS[year], SHARED_MONTHS[m]


def own_triple(doc: int):
    if doc >= SPACE:
        return None
    scope, rest = divmod(doc, len(OWN_YEARS) * len(OWN_MONTHS))
    year, m = divmod(rest, len(OWN_MONTHS))
    return SCOPES[scope], OWN_YEARS[year], OWN_MONTHS[m]


class Paragraph:
    """A sentence and, when it carries the injected error, the wrong figure."""

    def __init__(self, text: str, wrong: str | None = None, rule: str | None = None):
        self.text = text
        self.wrong = wrong
        self.rule = rule


def level_sentence(scope: str, subject: str, year: int, m: int, level: float, growth: float) -> str:
    change = "同比增长%s%%" % g.fmt_fixed(growth, 1) if growth >= 0 else "同比下降%s%%" % g.fmt_fixed(-growth, 1)
    return "%s，%s%s实现%s亿元，%s。" % (period(year, m), scope, subject, g.fmt_fixed(level, 1), change)


def build_document(seed: int, index: int, doc_size: int, facts: g.Facts, error_rate: float):
    """(bytes, [injected error records without the file name])."""
    r = random.Random("claimlint-recall-doc:%d:%d" % (seed, index))
    own = own_triple(index)
    kind = None
    if r.random() < error_rate:
        kinds = KINDS if own else KINDS[:1]
        kind = kinds[int(r.random() * len(kinds))]
        if kind == "cross-document-mismatch" and index == 0:
            kind = None  # no earlier document to contradict

    def shared(fact, factor=1.0, rule=None) -> Paragraph:
        scope, subject, year, m = fact
        s = _BY_NAME[scope]
        subj = g.SUBJ[subject]
        level = facts.level(s, subj, year, m)
        text = level_sentence(scope, subject, year, m, level * factor, facts.growth(s, subj, year, m))
        return Paragraph(text, g.fmt_fixed(level * factor, 1) + "亿元" if rule else None, rule)

    special = []
    avoid = None
    if kind == "cross-document-mismatch":
        avoid = shared_fact(seed, index - 1, 0)
        special.append(shared(avoid, 1.15 + 0.2 * r.random(), kind))
    if own:
        scope, year, m = own
        # The document's own fact, stated twice (the second wrongly when injected).
        subject = SHARED_SUBJECTS[index % len(SHARED_SUBJECTS)]
        level = 50 + 900 * r.random()
        growth = -3 + 15 * r.random()
        special.append(Paragraph(level_sentence(scope, subject, year, m, level, growth)))
        factor = 1.2 + 0.2 * r.random() if kind == "within-document-mismatch" else 1.0
        special.append(Paragraph(level_sentence(scope, subject, year, m, level * factor, growth),
                                 g.fmt_fixed(level * factor, 1) + "亿元" if factor != 1.0 else None,
                                 kind if factor != 1.0 else None))
        # 其中: parts of a whole.
        whole, p1, p2 = PARTED[index % len(PARTED)]
        a, b = 20 + 500 * r.random(), 20 + 500 * r.random()
        total = a + b
        wrong = None
        if kind == "sum-exceeds-total":
            a = total * (1.05 + 0.2 * r.random())
            wrong = g.fmt_fixed(a, 1) + "亿元"
        special.append(Paragraph("%s，%s%s实现%s亿元，其中%s%s亿元、%s%s亿元。" % (
            period(year, m), scope, whole, g.fmt_fixed(total, 1), p1, g.fmt_fixed(a, 1), p2, g.fmt_fixed(b, 1)),
            wrong, kind if wrong else None))
        # New, growth and total.
        subject, unit, total_name = GROWN[index % len(GROWN)]
        before = 100 + 2000 * r.random()
        rate = 5 + 35 * r.random()
        added = before * rate / 100
        stated = rate + (3 + 5 * r.random() if kind == "growth-mismatch" else 0)
        special.append(Paragraph("%s，%s新增%s%s%s，增长%s%%，%s达到%s%s。" % (
            period(year, m), scope, subject, g.fmt_fixed(added, 1), unit, g.fmt_fixed(stated, 1), total_name,
            g.fmt_fixed(before + added, 1), unit),
            g.fmt_fixed(stated, 1) + "%" if kind == "growth-mismatch" else None,
            kind if kind == "growth-mismatch" else None))
        # Part, whole and rate.
        signed = 500 + 5000 * r.random()
        share = 10 + 70 * r.random()
        arrived = signed * share / 100
        stated = share + (3 + 5 * r.random() if kind == "share-mismatch" else 0)
        when = "%d年末" % year if m == 12 else "%d年%d月末" % (year, m)
        special.append(Paragraph("截至%s，%s招商引资合同签约额%s亿元，实际到位资金%s亿元，资金到位率%s%%。" % (
            when, scope, g.fmt_fixed(signed, 1), g.fmt_fixed(arrived, 1), g.fmt_fixed(stated, 1)),
            g.fmt_fixed(stated, 1) + "%" if kind == "share-mismatch" else None,
            kind if kind == "share-mismatch" else None))

    # Shared facts fill the document; the special sentences go in at random
    # places, in their order (the wrong restatement after the right one).
    target = int(doc_size * (0.5 + r.random()))
    paragraphs = []
    size = sum(len(p.text.encode("utf-8")) + 2 for p in special)
    k = 0
    while size < target:
        fact = shared_fact(seed, index, k)
        k += 1
        if fact == avoid:
            continue
        p = shared(fact) if r.random() < 0.85 else Paragraph(g.PLAIN_SENTENCES[int(r.random() * len(g.PLAIN_SENTENCES))] + "。")
        paragraphs.append(p)
        size += len(p.text.encode("utf-8")) + 2
    slots = sorted(int(r.random() * (len(paragraphs) + 1)) for _ in special)
    for offset, (slot, p) in enumerate(zip(slots, special)):
        paragraphs.insert(slot + offset, p)

    lines = ["date: %d-%02d-%02d" % (2025, 1 + int(r.random() * 12), 1 + int(r.random() * 28)), ""]
    injected = []
    for p in paragraphs:
        if p.wrong:
            column = p.text.index(p.wrong) + 1
            injected.append({"rule": p.rule, "line": len(lines) + 1, "column": column, "text": p.wrong})
        lines.append(p.text)
        lines.append("")
    return ("\n".join(lines)).encode("utf-8"), injected
