#!/usr/bin/env python3
"""Reproducible benchmark corpus for claimlint.

Writes many UTF-8 .txt documents in the style of Chinese provincial news,
statistical bulletins and government work reports, built from this file's own
templates and vocabulary, plus DIR/manifest.jsonl (one line per document:
{"file": relative path, "size": bytes}).

    python3 bench/gen_corpus.py --seed 1 --size 100MB --out build/bench-corpus

Properties
- Deterministic: the same --seed, --size and --doc-size give byte-identical
  output, whatever --jobs is. Document i depends only on (seed, i, doc-size),
  so a smaller corpus is a prefix of a larger one with the same seed.
- Figures come from a fact table keyed by (scope, subject, year, period) and
  derived from the seed, and every rendering of a figure (1679.1亿元, 约1700亿元,
  1600多亿元, 突破1600亿元 …) is a valid reading of the same true value. So
  documents mostly agree with each other, like real ones; --conflict-rate
  makes a small share of figures wrong on purpose, for the checker to find.
- Sizes: KB/MB/GB are decimal (10^3, 10^6, 10^9), KiB/MiB/GiB binary; a bare
  number is bytes. Generation stops once the total reaches --size, so the
  corpus exceeds it by less than one document.

Only the Python standard library is used.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import os
import random
import re
import shutil
import sys
import time

GENERATOR_VERSION = 1

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
CN_DIGITS = "零一二三四五六七八九"
CN_YEAR_DIGITS = "〇一二三四五六七八九"
SCALES = {"": 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12}


def u01(*key) -> float:
    """A deterministic uniform number in [0, 1) for a key (stable across runs)."""
    h = hashlib.blake2b("\x1f".join(map(str, key)).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(h, "little") / 18446744073709551616.0


def z01(*key) -> float:
    """A deterministic, roughly standard-normal number for a key."""
    return (u01(*key, "a") + u01(*key, "b") + u01(*key, "c") - 1.5) * 2.0


def fmt_fixed(v: float, dec: int) -> str:
    """v rounded to `dec` decimals, formatted with integer arithmetic."""
    q = int(round(v * (10 ** dec)))
    sign = "-" if q < 0 else ""
    s = str(abs(q))
    if dec == 0:
        return sign + s
    s = s.rjust(dec + 1, "0")
    return sign + s[:-dec] + "." + s[-dec:]


def fmt_scaled_int(k: int, exp: int) -> str:
    """k × 10^exp written plainly, without trailing zeros after the point."""
    if exp >= 0:
        return str(k * 10 ** exp)
    s = str(k).rjust(-exp + 1, "0")
    s = s[:exp] + "." + s[exp:]
    return s.rstrip("0").rstrip(".")


def group(num: str) -> str:
    """Grouping commas in the integer part: 1679.1 → 1,679.1; 548123 → 548,123."""
    ip, dot, fp = num.partition(".")
    if len(ip) <= 3:
        return num
    parts = []
    while len(ip) > 3:
        parts.append(ip[-3:])
        ip = ip[:-3]
    parts.append(ip)
    return ",".join(reversed(parts)) + dot + fp


def cn_small(n: int, liang: bool) -> str:
    """Chinese numeral for 0 < n < 10000."""
    out = []
    places = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
    zero = False
    started = False
    for value, name in places:
        d = n // value % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 2 and liang and not started and value >= 100:
            out.append("两")
        elif d == 1 and value == 10 and not started:
            out.append("十")
            started = True
            continue
        else:
            out.append(CN_DIGITS[d])
        out.append(name)
        started = True
    return "".join(out)


def cn_int(n: int, liang: bool = True) -> str:
    """Chinese numeral for 0 <= n < 10^12: 30 → 三十, 20000 → 两万, 1005 → 一千零五."""
    if n == 0:
        return "零"
    for unit, name in ((10 ** 8, "亿"), (10 ** 4, "万")):
        if n >= unit:
            hi, lo = divmod(n, unit)
            s = ("两" if hi == 2 and liang else cn_int(hi, liang)) + name
            if lo:
                rest = cn_int(lo, False)
                if lo < unit // 10:
                    s += "零" + ("一" + rest if 10 <= lo < 20 else rest)
                else:
                    s += rest
            return s
    return cn_small(n, liang)


def cn_year(y: int) -> str:
    return "".join(CN_YEAR_DIGITS[int(c)] for c in str(y))


def rescale(subj, v: float):
    """(value, unit) with the scale word lowered when v < 1 in the subject's scale: 0.23亿人次 → 2300万人次."""
    scale = subj.scale
    if scale and v < 1.0:
        base = v * SCALES[scale]
        scale = max((s for s in SCALES if base >= SCALES[s] and SCALES[s] < SCALES[subj.scale]), key=SCALES.get, default="")
        v = base / SCALES[scale]
    return v, scale + subj.measure


def sig_floor(v: float, sig: int = 2):
    """(k, exp) with k × 10^exp = v truncated to `sig` significant digits."""
    e = int(math.floor(math.log10(v))) - (sig - 1)
    k = int(math.floor(v / 10.0 ** e + 1e-9))
    return k, e


def sig_ceil(v: float, sig: int = 2):
    e = int(math.floor(math.log10(v))) - (sig - 1)
    k = int(math.ceil(v / 10.0 ** e - 1e-9))
    return k, e


def sig_round(v: float, sig: int = 2):
    e = int(math.floor(math.log10(v))) - (sig - 1)
    k = int(math.floor(v / 10.0 ** e + 0.5))
    return k, e


# ---------------------------------------------------------------------------
# Vocabulary: places
# ---------------------------------------------------------------------------


class Scope:
    __slots__ = ("name", "short", "level", "province", "factor", "home", "parent", "peers_word")

    def __init__(self, name, short, level, factor, home, parent=None):
        self.name = name
        self.short = short
        self.level = level  # country, province, city, district
        self.factor = factor  # share of the (Jilin-sized) reference province
        self.home = home  # how the text refers to itself: 全省, 我市 …
        self.parent = parent
        self.province = parent.province if parent is not None and parent.level != "country" else self
        self.peers_word = None


def _home_words(name: str):
    if name.endswith("省"):
        return ("全省", "我省", "全省", "本省")
    if name.endswith("自治区"):
        return ("全区", "我区", "自治区")
    if name.endswith("州"):
        return ("全州", "我州", "全州")
    if name.endswith("新区"):
        return ("全区", "新区", "全区")
    if name.endswith("示范区") or name.endswith("开发区") or name.endswith("高新区") or name.endswith("经开区"):
        return ("全区", "区内", "园区")
    if name.endswith("区"):
        return ("全区", "我区", "全区")
    if name.endswith("县"):
        return ("全县", "我县", "全县")
    return ("全市", "我市", "全市")


COUNTRY = Scope("全国", "全国", "country", 93.0, ("全国",))

# (province, short, factor relative to Jilin, [(city, short, share, [(district, short, share)])])
PLACES = [
    ("吉林省", "吉林", 1.0, [
        ("长春市", "长春", 0.50, [
            ("长春新区", "长春新区", 0.075), ("长春经开区", "长春经开区", 0.055),
            ("长春净月高新区", "净月高新区", 0.03), ("中韩（长春）国际合作示范区", "中韩示范区", 0.008),
            ("朝阳区", "朝阳区", 0.05), ("南关区", "南关区", 0.04), ("宽城区", "宽城区", 0.03),
            ("绿园区", "绿园区", 0.03), ("二道区", "二道区", 0.025), ("九台区", "九台区", 0.03),
            ("双阳区", "双阳区", 0.02), ("公主岭市", "公主岭", 0.05), ("榆树市", "榆树", 0.022),
            ("德惠市", "德惠", 0.026), ("农安县", "农安", 0.025),
        ]),
        ("吉林市", "吉林市", 0.12, [("蛟河市", "蛟河", 0.01), ("桦甸市", "桦甸", 0.01), ("磐石市", "磐石", 0.012), ("永吉县", "永吉", 0.008)]),
        ("四平市", "四平", 0.06, [("梨树县", "梨树", 0.015), ("双辽市", "双辽", 0.01), ("伊通满族自治县", "伊通", 0.007)]),
        ("辽源市", "辽源", 0.035, [("东丰县", "东丰", 0.008), ("东辽县", "东辽", 0.007)]),
        ("通化市", "通化", 0.05, [("梅河口市", "梅河口", 0.02), ("集安市", "集安", 0.006), ("柳河县", "柳河", 0.006)]),
        ("白山市", "白山", 0.04, [("抚松县", "抚松", 0.008), ("临江市", "临江", 0.005), ("长白朝鲜族自治县", "长白县", 0.004)]),
        ("松原市", "松原", 0.06, [("前郭县", "前郭", 0.015), ("乾安县", "乾安", 0.008), ("扶余市", "扶余", 0.012)]),
        ("白城市", "白城", 0.045, [("大安市", "大安", 0.01), ("镇赉县", "镇赉", 0.008), ("通榆县", "通榆", 0.008), ("洮南市", "洮南", 0.009)]),
        ("延边州", "延边", 0.065, [("延吉市", "延吉", 0.025), ("珲春市", "珲春", 0.012), ("敦化市", "敦化", 0.01), ("龙井市", "龙井", 0.004), ("图们市", "图们", 0.003)]),
    ]),
    ("黑龙江省", "黑龙江", 1.2, [
        ("哈尔滨市", "哈尔滨", 0.40, [("哈尔滨新区", "哈尔滨新区", 0.06), ("松北区", "松北区", 0.03), ("道里区", "道里区", 0.05)]),
        ("大庆市", "大庆", 0.17, [("让胡路区", "让胡路区", 0.03)]),
        ("齐齐哈尔市", "齐齐哈尔", 0.09, []),
        ("牡丹江市", "牡丹江", 0.07, [("绥芬河市", "绥芬河", 0.01)]),
        ("佳木斯市", "佳木斯", 0.06, [("抚远市", "抚远", 0.005)]),
    ]),
    ("辽宁省", "辽宁", 2.2, [
        ("沈阳市", "沈阳", 0.25, [("沈抚改革创新示范区", "沈抚示范区", 0.01), ("浑南区", "浑南区", 0.04)]),
        ("大连市", "大连", 0.28, [("大连金普新区", "金普新区", 0.08), ("甘井子区", "甘井子区", 0.05)]),
        ("鞍山市", "鞍山", 0.06, []),
        ("锦州市", "锦州", 0.04, []),
        ("丹东市", "丹东", 0.03, [("东港市", "东港", 0.006)]),
    ]),
    ("内蒙古自治区", "内蒙古", 1.7, [
        ("呼和浩特市", "呼和浩特", 0.15, []),
        ("包头市", "包头", 0.17, []),
        ("赤峰市", "赤峰", 0.09, []),
    ]),
]

PROVINCES = []
CITIES = []
DISTRICTS = []
for _pname, _pshort, _pf, _cities in PLACES:
    _p = Scope(_pname, _pshort, "province", _pf, _home_words(_pname), COUNTRY)
    PROVINCES.append(_p)
    _p.peers_word = ("全国", "31个省（区、市）", 31)
    for _cname, _cshort, _cf, _districts in _cities:
        _c = Scope(_cname, _cshort, "city", _pf * _cf, _home_words(_cname), _p)
        _c.peers_word = ("全省", "%d个市（州）" % len(_cities), len(_cities))
        CITIES.append(_c)
        for _dname, _dshort, _df in _districts:
            _d = Scope(_dname, _dshort, "district", _pf * _df, _home_words(_dname), _c)
            _d.peers_word = (_c.name, "%d个县（市、区）" % max(len(_districts), 4), max(len(_districts), 4))
            DISTRICTS.append(_d)
JILIN = PROVINCES[0]
CHILDREN = {}
for _s in CITIES + DISTRICTS:
    CHILDREN.setdefault(_s.parent.name, []).append(_s)

# ---------------------------------------------------------------------------
# Vocabulary: subjects
# ---------------------------------------------------------------------------


class Subject:
    __slots__ = ("name", "kind", "scale", "measure", "base", "dec", "g", "gsd", "parts",
                 "annual_only", "per_capita", "levels", "alt_measure", "trend", "verbs", "jilin_only")

    def __init__(self, name, kind, scale, measure, base, dec, g=5.0, gsd=3.0, parts=(),
                 annual_only=False, per_capita=False, levels=None, alt_measure=None, trend=0.0,
                 verbs=None, jilin_only=False):
        self.name = name
        self.kind = kind  # flow (cumulative), stock (end of period), rate (a level in %), growth (only growth printed)
        self.scale = scale
        self.measure = measure
        self.base = base  # reference-province value in (scale, measure) units, 2012
        self.dec = dec
        self.g = g
        self.gsd = gsd
        self.parts = parts
        self.annual_only = annual_only
        self.per_capita = per_capita
        self.levels = levels or ("province", "city", "district")
        self.alt_measure = alt_measure  # (measure, factor): 1 measure = factor alt
        self.trend = trend
        self.verbs = verbs or ("实现", "达到", "完成", "为", "达")
        self.jilin_only = jilin_only


S = Subject
SUBJECTS = [
    S("地区生产总值", "flow", "亿", "元", 9200, 1, 6.5, 2.5, verbs=("实现", "达到", "为", "完成")),
    S("外贸进出口", "flow", "亿", "元", 1050, 1, 6.0, 6.0, parts=("出口", "进口")),
    S("出口", "flow", "亿", "元", 380, 1, 8.0, 9.0, levels=("province", "city", "district")),
    S("进口", "flow", "亿", "元", 670, 1, 4.5, 6.0),
    S("社会消费品零售总额", "flow", "亿", "元", 2900, 1, 6.0, 4.0),
    S("一般公共预算收入", "flow", "亿", "元", 800, 1, 5.0, 5.0, parts=("税收收入", "非税收入")),
    S("税收收入", "flow", "亿", "元", 560, 1, 5.5, 5.0),
    S("非税收入", "flow", "亿", "元", 240, 1, 3.0, 8.0),
    S("跨境电商进出口", "flow", "亿", "元", 12, 1, 28.0, 15.0, levels=("province", "city")),
    S("网络零售额", "flow", "亿", "元", 700, 1, 14.0, 6.0),
    S("国内旅游收入", "flow", "亿", "元", 2600, 1, 8.0, 14.0, verbs=("实现", "达到")),
    S("接待国内游客", "flow", "亿", "人次", 1.4, 2, 7.0, 14.0, verbs=("", "达到", "累计")),
    S("招商引资到位资金", "flow", "亿", "元", 1800, 1, 9.0, 6.0),
    S("实际利用外资", "flow", "万", "美元", 60000, 0, 6.0, 15.0, levels=("province", "city")),
    S("农林牧渔业总产值", "flow", "亿", "元", 2200, 1, 4.0, 3.0),
    S("新登记经营主体", "flow", "万", "户", 35, 1, 8.0, 5.0, verbs=("", "达到", "累计")),
    S("城镇新增就业", "flow", "万", "人", 24, 2, 1.0, 4.0, verbs=("", "实现", "累计")),
    S("粮食总产量", "flow", "万", "吨", 3300, 1, 2.5, 3.0, annual_only=True, alt_measure=("斤", 2000.0),
      levels=("province", "city"), verbs=("达到", "为", "实现")),
    S("汽车产量", "flow", "万", "辆", 200, 1, 3.0, 8.0, levels=("province", "city"), verbs=("达到", "为", "")),
    S("新能源汽车产量", "flow", "万", "辆", 1.0, 2, 45.0, 25.0, levels=("province", "city")),
    S("商品房销售面积", "flow", "万", "平方米", 1600, 1, -2.0, 9.0),
    S("中欧班列开行", "flow", "", "列", 120, 0, 20.0, 15.0, levels=("province", "city"), verbs=("", "累计")),
    S("铁路集装箱发送量", "flow", "万", "标箱", 18, 1, 9.0, 8.0, levels=("province",)),
    S("5000万元以上项目", "flow", "", "个", 2100, 0, 5.0, 6.0, verbs=("实施", "开工", "新开工")),
    S("新认定高新技术企业", "flow", "", "家", 450, 0, 14.0, 10.0, verbs=("", "达到")),
    S("新增“专精特新”中小企业", "flow", "", "家", 120, 0, 18.0, 12.0, verbs=("",)),
    S("规模以上工业增加值", "growth", "亿", "元", 3100, 1, 5.5, 4.5),
    S("固定资产投资", "growth", "亿", "元", 9000, 1, 5.0, 6.0),
    S("项目投资（不含房地产）", "growth", "亿", "元", 6000, 1, 8.0, 7.0),
    S("高技术制造业增加值", "growth", "亿", "元", 300, 1, 10.0, 7.0),
    S("居民人均可支配收入", "flow", "", "元", 17500, 0, 6.5, 1.5, per_capita=True, verbs=("", "达到", "为")),
    S("城镇常住居民人均可支配收入", "flow", "", "元", 23000, 0, 5.5, 1.5, per_capita=True, verbs=("", "达到", "为")),
    S("农村常住居民人均可支配收入", "flow", "", "元", 9000, 0, 7.5, 1.8, per_capita=True, verbs=("", "达到", "为")),
    S("经营主体总量", "stock", "万", "户", 160, 1, 8.5, 3.0, verbs=("达到", "为", "突破")),
    S("本外币贷款余额", "stock", "亿", "元", 16000, 1, 6.0, 2.5, verbs=("", "达到", "为")),
    S("高新技术企业数量", "stock", "", "家", 900, 0, 15.0, 6.0, verbs=("达到", "")),
    S("新能源发电装机", "stock", "万", "千瓦", 700, 1, 14.0, 8.0, levels=("province", "city"), verbs=("达到", "")),
    S("“吉林一号”在轨卫星", "stock", "", "颗", 6, 0, 40.0, 10.0, levels=("province",), jilin_only=True,
      verbs=("达到", "")),
    S("5G基站", "stock", "", "个", 2000, 0, 55.0, 20.0, verbs=("累计建成", "达到")),
    S("高标准农田", "stock", "万", "亩", 2600, 0, 7.0, 2.0, levels=("province", "city"), verbs=("累计建成", "达到")),
    S("肉牛饲养量", "stock", "万", "头", 420, 1, 6.0, 4.0, levels=("province", "city"), verbs=("达到", "")),
    S("城镇调查失业率", "rate", "", "%", 5.1, 1, trend=0.0, levels=("province", "city")),
    S("空气优良天数比例", "rate", "", "%", 84.0, 1, trend=1.0),
    S("森林覆盖率", "rate", "", "%", 44.0, 2, trend=0.15, levels=("province", "city")),
    S("PM2.5平均浓度", "rate", "", "微克/立方米", 42.0, 0, trend=-2.2),
    S("常住人口城镇化率", "rate", "", "%", 58.0, 2, trend=0.6, levels=("province", "city")),
]
SUBJ = {s.name: s for s in SUBJECTS}
PART_OF = {p: s.name for s in SUBJECTS for p in s.parts}
LEVEL_SUBJ = [s for s in SUBJECTS if s.kind in ("flow", "stock") and s.name not in PART_OF]
GROWTH_SUBJ = [s for s in SUBJECTS if s.kind in ("growth", "flow") and not s.per_capita]
RATE_SUBJ = [s for s in SUBJECTS if s.kind == "rate"]
PARTED_SUBJ = [s for s in SUBJECTS if s.parts]
FLOW_SUBJ = [s for s in SUBJECTS if s.kind == "flow" and s.name not in PART_OF and not s.per_capita]
INCOME_SUBJ = [s for s in SUBJECTS if s.per_capita]

# ---------------------------------------------------------------------------
# The fact table: one true value per (scope, subject, year, period)
# ---------------------------------------------------------------------------

YEAR_SHOCK = {2019: 0.0, 2020: -1.6, 2021: 1.1, 2022: -0.9, 2023: 0.4, 2024: 0.1, 2025: 0.0}
FIRST_YEAR = 2012


class Facts:
    def __init__(self, seed: int):
        self.seed = seed
        self.cache = {}

    def _scope_factor(self, scope: Scope, subj: Subject) -> float:
        if subj.per_capita or subj.kind == "rate":
            return 1.0
        return scope.factor * (0.75 + 0.5 * u01(self.seed, "f", scope.name, subj.name))

    def growth_draw(self, scope: Scope, subj: Subject, year: int) -> float:
        common = z01(self.seed, "gc", subj.name, year)
        local = z01(self.seed, "gl", scope.name, subj.name, year)
        shock = YEAR_SHOCK.get(year, 0.0) * max(subj.gsd, 2.0)
        return subj.g + shock + subj.gsd * (0.7 * common + 0.6 * local)

    def annual(self, scope: Scope, subj: Subject, year: int) -> float:
        """Annual total (flows) or year-end level (stocks), in subject units."""
        key = (scope.name, subj.name, year)
        v = self.cache.get(key)
        if v is None:
            if subj.parts:
                v = sum(self.annual(scope, SUBJ[p], year) for p in subj.parts)
            elif year <= FIRST_YEAR:
                v = subj.base * self._scope_factor(scope, subj)
            else:
                g = self.growth_draw(scope, subj, year)
                v = self.annual(scope, subj, year - 1) * (1.0 + max(g, -60.0) / 100.0)
            self.cache[key] = v
        return v

    def level(self, scope: Scope, subj: Subject, year: int, m: int) -> float:
        """Flows: total of months 1..m; stocks: level at the end of month m."""
        if m >= 12:
            return self.annual(scope, subj, year)
        key = (scope.name, subj.name, year, m)
        v = self.cache.get(key)
        if v is None:
            if subj.parts:
                v = sum(self.level(scope, SUBJ[p], year, m) for p in subj.parts)
            elif subj.kind == "stock":
                a = self.annual(scope, subj, year - 1)
                b = self.annual(scope, subj, year)
                v = a + (b - a) * (m / 12.0) * (0.9 + 0.2 * u01(self.seed, "sm", scope.name, subj.name, year, m))
            elif subj.per_capita:
                v = self.annual(scope, subj, year) * (m / 12.0) * (0.97 + 0.06 * u01(self.seed, "pm", scope.name, subj.name, year, m))
            else:
                w = (m / 12.0) * (0.94 + 0.12 * u01(self.seed, "fm", scope.name, subj.name, year, m))
                v = self.annual(scope, subj, year) * w
            self.cache[key] = v
        return v

    def growth(self, scope: Scope, subj: Subject, year: int, m: int) -> float:
        """Growth in % over the same period of the previous year."""
        return (self.level(scope, subj, year, m) / self.level(scope, subj, year - 1, m) - 1.0) * 100.0

    def rate(self, scope: Scope, subj: Subject, year: int) -> float:
        key = ("rate", scope.name, subj.name, year)
        v = self.cache.get(key)
        if v is None:
            base = subj.base * (1.0 + 0.06 * z01(self.seed, "rb", scope.name, subj.name))
            v = base + subj.trend * (year - 2019) + abs(subj.base) * 0.015 * z01(self.seed, "ry", scope.name, subj.name, year)
            if subj.measure == "%":
                v = min(v, 99.0)
            self.cache[key] = max(v, 0.5)
            v = self.cache[key]
        return v

    def rank(self, scope: Scope, subj: Subject, year: int, m: int, peers: int) -> int:
        return 1 + int(u01(self.seed, "rk", scope.name, subj.name, year, m) * peers)

    def streak(self, scope: Scope, subj: Subject, year: int) -> int:
        return 3 + int(u01(self.seed, "st", scope.name, subj.name, year) * 22)


# ---------------------------------------------------------------------------
# Prose vocabulary (the project's own phrases)
# ---------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨赵黄周吴孙马高林郭何罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "晓明伟丽静敏强磊洋艳勇军杰娟涛超鹏华平刚英文辉宇婷雪玲健斌峰博宁欣然一新春秋海天佳悦思远志诚立松柏岩琳瑶楠航"

FILLER_SUBJ = ("各地各部门", "全省上下", "各级政府", "相关部门", "广大企业", "我们", "市场主体", "基层干部群众", "{home}")
FILLER_ADV = ("坚持", "持续", "着力", "全力", "深入", "扎实", "加快", "大力", "积极", "不断", "进一步")
FILLER_VO = (
    "推进高水平对外开放", "优化营商环境", "培育新质生产力", "扩大有效投资", "提振消费信心",
    "稳住外贸外资基本盘", "构建现代化产业体系", "推动数字经济与实体经济融合发展", "改善民生福祉",
    "夯实粮食安全根基", "打造向北开放重要窗口", "提升公共服务供给能力", "守牢安全发展底线",
    "壮大县域经济", "深化国资国企改革", "完善科技创新体系", "激发经营主体活力", "强化要素保障",
    "落实惠企纾困政策", "拓展冰雪旅游消费", "推进乡村全面振兴", "加强生态环境保护", "推动产业转型升级",
    "做强做优汽车产业", "建设创新型省份", "提高政务服务效能", "畅通国内国际双循环", "发展现代农业",
)
FILLER_TAIL = (
    "，发展质量和效益稳步提升", "，经济运行总体平稳、稳中有进", "，各项工作取得新的进展",
    "，为全年目标任务完成打下坚实基础", "，发展的动力和活力不断增强", "，群众获得感持续增强",
    "，高质量发展的底色更加鲜明", "，振兴发展的基础更加牢固", "",
)
FILLER_OPEN = ("与此同时，", "从结构看，", "总体来看，", "值得关注的是，", "下一步，", "同时，", "此外，",
               "从运行态势看，", "据介绍，", "记者了解到，", "", "", "")
PLAIN_SENTENCES = (
    "发展是第一要务，项目是第一支撑", "每一组数据的背后，都是实打实的干劲", "变化，就发生在身边",
    "政策红利持续释放，企业信心不断增强", "一个个项目落地生根，一条条产业链加速延伸",
    "开局就是决战，起步就要冲刺", "稳的基础在巩固，进的态势在延续", "成绩来之不易，经验弥足珍贵",
    "新动能加快成长，新业态不断涌现", "开放的大门越开越大，合作的朋友圈越来越广",
)
QUOTE_SLOGANS = ("项目为王", "服务为先", "马上就办", "一网通办", "企业有呼、政府有应", "拿地即开工",
                 "有求必应、无事不扰", "一次办好", "链长+链主", "揭榜挂帅")
LOOKALIKE = (
    "全面实施“一主六双”高质量发展战略", "深入推进“三个五”战略", "扎实推进“十四五”规划重大工程",
    "前瞻谋划“十五五”发展思路", "加快5G网络和千兆光网建设", "推进5G应用场景拓展",
    "持续开展PM2.5和臭氧协同治理", "全力支持一汽建设世界一流企业", "主动对接长三角、京津冀产业转移",
    "深度融入共建“一带一路”", "稳妥推进“双碳”工作", "认真贯彻党的二十大和二十届三中全会精神",
    "推进“千亿斤粮食”产能建设工程", "实施“百千万”产业培育工程", "做好“两会”期间各项服务保障",
    "开展“双11”网购节系列促销活动", "建设“吉林一号”卫星星座", "推动G1京哈高速扩容改造",
    "支持C919大飞机配套产业发展", "推进IPv6规模部署", "举办“六城联动”专题推介会", "打造“四大板块”",
    "推进“十大工程”", "落实“五化”闭环工作法", "推动九台区、双阳区融入长春都市圈",
    "支持四平市、辽源市转型发展", "建好3D打印示范平台",
)
DEPTS = ("省统计局", "国家统计局吉林调查总队", "省商务厅", "长春海关", "省发展改革委", "省工业和信息化厅",
         "省市场监管厅", "省农业农村厅", "省文化和旅游厅", "省人力资源和社会保障厅", "人民银行吉林省分行")
THINGS = (("示范村", "个"), ("创新平台", "个"), ("重点实验室", "个"), ("龙头企业", "家"), ("特色小镇", "个"),
          ("产业园区", "个"), ("口袋公园", "处"), ("农民合作社", "家"), ("养老服务中心", "个"), ("充电桩", "个"))
RANGE_POLICIES = (
    ("对符合条件的高校毕业生给予每人", "元一次性补贴", 1000, 5000, 500),
    ("每亩补贴", "元", 100, 400, 50),
    ("预计带动就业", "人", 500, 3000, 100),
    ("对新认定的高新技术企业奖励", "万元", 10, 50, 5),
)
SECTION_TITLES_BULLETIN = ("综合", "农业", "工业和建筑业", "固定资产投资", "国内贸易", "对外经济", "交通、邮电和旅游",
                           "金融", "居民收入消费和社会保障", "教育和科学技术", "资源、环境和应急管理")
SECTION_TITLES_NEWS = ("稳中有进", "动能转换", "开放合作", "民生为本", "项目攻坚", "创新驱动", "数说发展", "亮点纷呈")

# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, seed: int, index: int, facts: Facts, conflict_rate: float):
        self.rng = random.Random("claimlint-bench:%d:%d" % (seed, index))
        self.r = self.rng.random
        self.facts = facts
        self.conflict_rate = conflict_rate

    # choices -----------------------------------------------------------
    def pick(self, seq):
        return seq[int(self.r() * len(seq))]

    def chance(self, p: float) -> bool:
        return self.r() < p

    def randint(self, a: int, b: int) -> int:
        return a + int(self.r() * (b - a + 1))

    # places and periods ------------------------------------------------
    def scope_ref(self, scope: Scope) -> str:
        if scope is self.home:
            x = self.r()
            if x < 0.55:
                return scope.home[0]
            if x < 0.75:
                return scope.home[1]
            if x < 0.85:
                return scope.short
            return scope.name
        if scope.level == "country":
            return "全国"
        return scope.name if self.chance(0.7) else scope.short

    def other_scope(self) -> Scope:
        kids = CHILDREN.get(self.home.name)
        if kids and self.chance(0.8):
            return self.pick(kids)
        return self.home

    def subject_ok(self, subj: Subject, scope: Scope) -> bool:
        if subj.jilin_only and scope.province is not JILIN:
            return False
        return scope.level in subj.levels

    def pick_subject(self, pool, scope: Scope) -> Subject:
        for _ in range(12):
            s = self.pick(pool)
            if self.subject_ok(s, scope):
                return s
        return SUBJ["地区生产总值"]

    def period(self, subj: Subject):
        """(phrase, year, m) for the document's main period, or the previous full year."""
        y, m = self.year, self.m
        if subj.annual_only or subj.kind == "rate" or self.chance(0.12):
            if m != 12:
                y, m = y - 1, 12
        return self.period_phrase(subj, y, m), y, m

    def period_phrase(self, subj: Subject, y: int, m: int) -> str:
        r = self.r()
        if subj.kind == "stock":
            if m == 12:
                return self.pick(("%d年末" % y, "截至%d年末" % y, "截至%d年底" % y, "%d年末" % y,
                                  "年末" if self.pub_year == y + 1 and y == self.year else "%d年末" % y))
            return self.pick(("%d月末" % m, "截至%d月末" % m, "截至%d年%d月末" % (y, m), "%d月末" % m))
        if m == 12:
            if y != self.year:
                # not the document's own year: say which year
                if self.pub_year == y + 1 and r < 0.3:
                    return self.pick(("去年", "上年"))
                return "%d年" % y if r < 0.95 else "%s年" % cn_year(y)
            if r < 0.45:
                return "%d年" % y
            if r < 0.6:
                return "全年"
            if r < 0.7:
                return "%d年全年" % y
            if r < 0.8 and self.pub_year == y + 1:
                return self.pick(("去年", "上年"))
            if r < 0.83:
                return "%s年" % cn_year(y)
            return "%d年" % y
        names = {3: ("一季度", "第一季度", "1—3月", "前3个月"), 6: ("上半年", "1—6月", "前6个月"),
                 9: ("前三季度", "1—9月", "前9个月")}.get(m)
        if names is not None and r < 0.6:
            p = self.pick(names)
        elif r < 0.8:
            p = "1—%d月" % m
        elif r < 0.87:
            p = "前%d个月" % m
        elif r < 0.93:
            p = "1-%d月" % m
        elif r < 0.97:
            p = "1－%d月" % m
        else:
            p = "1至%d月" % m
        if self.chance(0.3):
            p = ("今年" if (self.pub_year == y and self.chance(0.5)) else "%d年" % y) + p
        return p

    # figures -------------------------------------------------------------
    def maybe_conflict(self, v: float) -> float:
        if self.conflict_rate > 0 and self.r() < self.conflict_rate:
            return v * (1.0 + (1 if self.chance(0.5) else -1) * (0.04 + 0.12 * self.r()))
        return v

    def num(self, text: str) -> str:
        """Occasional full-width digits or grouping commas on a formatted number."""
        x = self.r()
        if x < 0.025:
            return text.translate(FULLWIDTH)
        if x < 0.09 and len(text.partition(".")[0]) > 4:
            return group(text)
        return text

    def amount(self, subj: Subject, v: float, allow_qual: bool = True) -> str:
        """A level in subject units, in one of the forms the grammar must read."""
        v = self.maybe_conflict(v)
        scale, measure, dec = subj.scale, subj.measure, subj.dec
        if subj.alt_measure is not None and self.chance(0.35):
            measure, f = subj.alt_measure
            v *= f
            if v >= 1e4 * SCALES[scale]:
                v /= 1e4
                scale = "亿" if scale == "万" else "万"
        if measure not in ("%", "微克/立方米") and v > 0:
            base = v * SCALES[scale]
            new = None
            if scale and v < 1.0:
                # too small for its scale word (0.3万人): the largest scale that keeps it >= 1
                new = max((s_ for s_ in SCALES if base >= SCALES[s_] and SCALES[s_] < SCALES[scale]), key=SCALES.get, default="")
            elif self.chance(0.1):
                opts = [s_ for s_ in SCALES if s_ != scale and 1.0 <= base / SCALES[s_] < (1e7 if s_ == "" else 1e4)]
                if opts:
                    new = self.pick(opts)
            if new is not None:
                v = base / SCALES[new]
                scale = new
                dec = 0 if not new else max(0, min(2, 3 - (int(math.floor(math.log10(v))) + 1)))
        unit = scale + measure
        if v <= 0:
            return fmt_fixed(v, dec) + unit
        x = self.r() if allow_qual else 0.0
        if not scale and dec == 0 and v < 20:
            x = 0.0  # small counts are written exactly: 7家, not 约7.3家
        if x < 0.72:
            return self.num(fmt_fixed(v, dec)) + unit
        if x < 0.76:
            k, e = sig_round(v)
            return "约" + fmt_scaled_int(k, e) + unit
        if x < 0.79:
            k, e = sig_round(v)
            return fmt_scaled_int(k, e) + unit + "左右"
        if x < 0.83:
            k, e = sig_ceil(v)
            return self.pick(("近", "接近", "将近", "近")) + fmt_scaled_int(k, e) + unit
        if x < 0.88:
            k, e = sig_floor(v)
            if k * 10.0 ** e >= v:
                k -= 1
            if k <= 0:
                return fmt_fixed(v, dec) + unit
            return self.pick(("超过", "突破", "逾", "超")) + fmt_scaled_int(k, e) + unit
        if x < 0.94:
            word = "多" if self.chance(0.6) else "余"
            if scale and self.chance(0.15):
                k, e = sig_floor(v, 1)
                if e >= 0 and k * 10 ** e < 10000:
                    return cn_int(k * 10 ** e, self.chance(0.6)) + word + unit  # 三十多亿元
            k, e = sig_floor(v)
            if e >= 1 or k % 10 == 0:
                return fmt_scaled_int(k, e) + word + unit  # 1600多亿元, 290余万人次
            if scale:
                return fmt_scaled_int(k, e) + scale + word + measure  # 11万多平方米, 6.5万余户
            return self.num(fmt_fixed(v, dec)) + unit
        if x < 0.97:
            k, e = sig_floor(v)
            return fmt_scaled_int(k, e) + unit + "以上"
        k, e = sig_ceil(v)
        if k * 10.0 ** e <= v:
            k += 1
        return self.pick(("不到", "不足")) + fmt_scaled_int(k, e) + unit

    def verb(self, verbs, amt: str) -> str:
        """A verb before a figure, avoiding 达不到, 为超 and the like."""
        if amt.startswith(("不到", "不足", "超过", "突破", "逾", "超")):
            return amt
        v = self.pick(verbs)
        if v in ("为", "达") and amt.startswith(("近", "接近", "将近", "约")):
            v = "达到"
        return v + amt

    def dint(self, a: int, b: int, *key) -> int:
        """An integer in [a, b] fixed by the key (the same in every document)."""
        return a + int(u01(self.facts.seed, *key) * (b - a + 1))

    def dpick(self, seq, *key):
        return seq[int(u01(self.facts.seed, *key) * len(seq))]

    def parent_word(self, scope: Scope) -> str:
        """How a scope's text names its parent: 全国, 全省, or the parent's name."""
        p = scope.parent
        if p is None or p.level == "country":
            return "全国"
        return p.home[0] if p.home[0] != scope.home[0] else p.name

    def pct(self, g: float, dec: int = 1) -> str:
        """A percentage figure (no sign) with an occasional qualifier or full-width form."""
        g = abs(g)
        x = self.r()
        if x < 0.86 or g < 2:
            s = fmt_fixed(g, dec)
            y = self.r()
            if y < 0.02:
                return (s + "%").translate(FULLWIDTH)
            if y < 0.04:
                return s + "％"
            if y < 0.045 and g < 100 and abs(g - round(g)) < 1e-9:
                return "百分之" + cn_int(int(round(g)), False)
            return s + "%"
        if x < 0.9:
            return fmt_fixed(round(g), 0) + "%左右"
        if x < 0.94 and g >= 5:
            return "近" + str(int(math.ceil(g - 1e-9))) + "%"
        if x < 0.97:
            k = int(math.floor(g))
            if k >= g:
                k -= 1
            return "超过" + str(k) + "%"
        return str(int(math.floor(g))) + "%以上"

    def growth(self, g: float, lead: str = "") -> str:
        g = self.maybe_conflict(g)
        if g >= 100 and self.chance(0.6):
            return lead + self.pick(("是上年的", "是上年同期的", "达到上年的")) + fmt_fixed(1 + g / 100, 1) + "倍"
        if g >= 0:
            word = self.pick(("增长", "增长", "同比增长", "比上年增长", "增长", "同比增长"))
            if word == "比上年增长" and self.m != 12:
                word = "比上年同期增长"
            return lead + word + self.pct(g)
        return lead + self.pick(("下降", "同比下降", "减少")) + self.pct(g)

    def pp(self, d: float) -> str:
        return fmt_fixed(abs(d), 1) + "个百分点"

    # sentence kinds ------------------------------------------------------
    def s_level_growth(self) -> str:
        scope = self.home if self.chance(0.7) else self.other_scope()
        subj = self.pick_subject(LEVEL_SUBJ, scope)
        per, y, m = self.period(subj)
        f = self.facts
        v = f.level(scope, subj, y, m)
        head = (per + "，" if self.chance(0.75) else "") + self.scope_ref(scope) + subj.name
        x = self.r()
        if x < 0.55:
            return head + self.verb(subj.verbs, self.amount(subj, v)) + "，" + self.growth(f.growth(scope, subj, y, m)) + "。"
        if x < 0.7:
            return head + self.growth(f.growth(scope, subj, y, m)) + "，" + self.verb(("达到", "总量达", "规模达到"), self.amount(subj, v)) + "。"
        if x < 0.85:
            return head + self.verb(subj.verbs, self.amount(subj, v)) + "。"
        g = f.growth(scope, subj, y, m)
        if self.chance(0.5) and scope.parent is not None and self.subject_ok(subj, scope.parent):
            other, who = f.growth(scope.parent, subj, y, m), self.parent_word(scope)
        else:
            other, who = f.growth(scope, subj, y - 1, m), ("上年" if m == 12 else "上年同期")
        d = round(g, 1) - round(other, 1)
        tail = "，增速与%s持平" % who if abs(d) < 0.05 else "，增速%s%s%s%s" % (
            self.pick(("比", "较")), who, "高" if d > 0 else "低", self.pp(d))
        return head + self.verb(subj.verbs, self.amount(subj, v)) + "，" + self.growth(g) + tail + "。"

    def s_growth_only(self) -> str:
        scope = self.home if self.chance(0.75) else self.other_scope()
        subj = self.pick_subject(GROWTH_SUBJ, scope)
        per, y, m = self.period(subj)
        f = self.facts
        g = f.growth(scope, subj, y, m)
        s = (per + "，" if self.chance(0.8) else "") + self.scope_ref(scope) + subj.name + self.growth(g)
        x = self.r()
        if x < 0.3 and scope.parent is not None and self.subject_ok(subj, scope.parent):
            gp = f.growth(scope.parent, subj, y, m)
            d = round(g, 1) - round(gp, 1)
            who = self.parent_word(scope)
            if abs(d) < 0.05:
                s += "，与%s持平" % who
            elif self.chance(0.5):
                s += "，%s%s%s" % (self.pick(("高于", "高出")) if d > 0 else "低于", who, self.pp(d))
            else:
                s += "，增速比%s%s%s" % (who, "高" if d > 0 else "低", self.pp(d))
        elif x < 0.55 and scope.peers_word is not None:
            word, group_, n = scope.peers_word
            rk = f.rank(scope, subj, y, m, n)
            z = self.r()
            if z < 0.7:
                s += "，增速居%s第%d位" % (word, rk)
            elif z < 0.85:
                s += "，增速在%s%s中排第%d位" % (word, group_, rk)
            else:
                s += "，增速位列%s第%s" % (word, cn_int(rk) + "位" if rk > 1 else "一位")
        elif x < 0.7 and m > 3 and m != 12:
            g3 = f.growth(scope, subj, y, 3)
            d = round(g, 1) - round(g3, 1)
            if abs(d) >= 0.05:
                s += "，比一季度%s%s" % ("加快" if d > 0 else "回落", self.pp(d))
        elif x < 0.8:
            s += "，%s连续%d个月保持正增长" % (self.pick(("已", "", "")), f.streak(scope, subj, y)) if g > 0 else ""
        return s + "。"

    def s_multi(self) -> str:
        scope = self.home if self.chance(0.8) else self.other_scope()
        subs = []
        for _ in range(6):
            s = self.pick_subject(GROWTH_SUBJ, scope)
            if s not in subs:
                subs.append(s)
            if len(subs) == 3:
                break
        subs = subs[: self.randint(2, 3)]
        y, m = self.year, self.m
        per = self.period_phrase(subs[0], y, m)
        gs = [self.facts.growth(scope, s, y, m) for s in subs]
        names = "、".join(s.name for s in subs[:-1]) + ("和" if self.chance(0.4) else "、") + subs[-1].name
        if all(g > 0 for g in gs) and self.chance(0.8):
            vals = [self.pct(self.maybe_conflict(g)) for g in gs]
            return "%s，%s%s分别增长%s。" % (per, self.scope_ref(scope), names, "、".join(vals[:-1]) + "和" + vals[-1] if self.chance(0.5) else "、".join(vals))
        parts = [s.name + self.growth(g) for s, g in zip(subs, gs)]
        return "%s，%s%s。" % (per, self.scope_ref(scope), "，".join(parts))

    def s_breakdown(self) -> str:
        scope = self.home if self.chance(0.7) else self.other_scope()
        subj = self.pick(PARTED_SUBJ)
        if not self.subject_ok(subj, scope):
            scope = self.home
        per, y, m = self.period(subj)
        f = self.facts
        head = (per + "，" if self.chance(0.8) else "") + self.scope_ref(scope) + subj.name
        s = head + self.verb(subj.verbs, self.amount(subj, f.level(scope, subj, y, m), self.chance(0.5))) + "，" + self.growth(f.growth(scope, subj, y, m)) + "。"
        items = []
        for p in subj.parts:
            ps = SUBJ[p]
            item = p + self.amount(ps, f.level(scope, ps, y, m), False)
            if self.chance(0.85):
                item += "，" + self.growth(f.growth(scope, ps, y, m))
            if self.chance(0.3):
                share = f.level(scope, ps, y, m) / f.level(scope, subj, y, m) * 100
                item += "，占%s%s" % (self.pick(("比", "总额的", "")), self.pct(share))
            items.append(item)
            if self.chance(0.35):
                break
        return s + self.pick(("其中，", "其中", "其中：")) + "；".join(items) + "。"

    def s_share(self) -> str:
        kids = CHILDREN.get(self.home.name)
        if kids:
            scope = self.pick(kids)
            parent = self.home
        elif self.home.parent is not None and self.home.parent.level != "country":
            scope, parent = self.home, self.home.parent
        else:
            scope, parent = self.home, COUNTRY
        subj = self.pick_subject(FLOW_SUBJ, scope)
        if not self.subject_ok(subj, parent) and parent is not COUNTRY:
            subj = SUBJ["地区生产总值"]
        per, y, m = self.period(subj)
        f = self.facts
        v = f.level(scope, subj, y, m)
        share = v / f.level(parent, subj, y, m) * 100
        who = self.parent_word(scope)
        s = per + "，" + self.scope_ref(scope) + subj.name + self.verb(subj.verbs, self.amount(subj, v))
        x = self.r()
        if x < 0.6:
            s += "，占%s的%s" % (who, self.pct(share))
        elif x < 0.8:
            s += "，占%s%s比重%s" % (who, self.pick(("", "总量")), self.pct(share))
        else:
            tenths = share / 10
            if 1 <= tenths < 9.5:
                k = int(math.ceil(tenths))
                s += "，占%s的%s成" % (who, "近" + cn_int(k, True) if self.chance(0.5) else ("约" + cn_int(max(1, int(round(tenths))), True)))
            else:
                s += "，占%s的%s" % (who, self.pct(share))
        return s + "。"

    def s_threshold(self) -> str:
        scope = self.home if self.chance(0.7) else self.other_scope()
        subj = self.pick_subject(LEVEL_SUBJ, scope)
        per, y, m = self.period(subj)
        v = self.facts.level(scope, subj, y, m)
        if v <= 0:
            return self.s_filler()
        vt, unit = rescale(subj, v)
        if unit == subj.measure and vt < 100:
            return self.s_level_growth()  # no thresholds for a handful of items
        k, e = sig_floor(vt, 1 if self.chance(0.5) else 2)
        if k * 10.0 ** e >= vt:
            k -= 1
        if k <= 0:
            return self.s_filler()
        t = fmt_scaled_int(k, e)
        if self.chance(0.15) and e >= 0 and k * 10 ** e < 10000 and unit != subj.measure:
            t = cn_int(k * 10 ** e, True)
        x = self.r()
        if x < 0.4:
            return "%s，%s%s%s%s%s，达到%s。" % (per, self.scope_ref(scope), subj.name, self.pick(("首次", "历史性", "")),
                                            self.pick(("突破", "超过", "跨上")), t + unit + ("大关" if self.chance(0.2) else ""),
                                            self.amount(subj, v, False))
        if x < 0.7:
            return "%s，%s%s%s，%s。" % (per, self.scope_ref(scope), subj.name, self.amount(subj, v),
                                       self.pick(("创历史新高", "规模再上新台阶", "保持较快增长", "稳居东北前列")))
        if k * 10 ** e < 100:
            return "%s，%s%s%s。" % (per, self.scope_ref(scope), subj.name, self.verb(subj.verbs, self.amount(subj, v)))
        return "%s%s%s站上%s%s台阶。" % (self.scope_ref(scope), per if self.chance(0.5) else "", subj.name, t, unit)

    def s_rate(self) -> str:
        scope = self.home if self.chance(0.75) else self.other_scope()
        subj = self.pick_subject(RATE_SUBJ, scope)
        y = self.year if self.m == 12 else self.year - 1
        f = self.facts
        v = self.maybe_conflict(f.rate(scope, subj, y))
        v0 = f.rate(scope, subj, y - 1)
        per = self.period_phrase(subj, y, 12)
        val = self.num(fmt_fixed(v, subj.dec)) + subj.measure
        s = "%s，%s%s%s%s" % (per, self.scope_ref(scope), subj.name, self.pick(("为", "达到", "")), val)
        if subj.measure == "%":
            d = round(v, subj.dec) - round(v0, subj.dec)
            if abs(d) >= 0.05:
                s += "，比上年%s%s" % ("提高" if d > 0 else "下降", self.pp(d))
        else:
            ch = (v / v0 - 1) * 100
            s += "，" + ("下降" if ch < 0 else "上升") + self.pct(ch)
        return s + "。"

    def s_multiple(self) -> str:
        scope = self.home
        subj = self.pick_subject(LEVEL_SUBJ, scope)
        y = self.year if self.m == 12 else self.year - 1
        y0 = y - self.pick((5, 10, 3))
        f = self.facts
        v, v0 = f.annual(scope, subj, y), f.annual(scope, subj, y0)
        ratio = v / v0
        if ratio < 1.2:
            return self.s_level_growth()
        x = self.r()
        if x < 0.4:
            return "%s年，%s%s是%d年的%s倍。" % (y, self.scope_ref(scope), subj.name, y0, fmt_fixed(ratio, 1))
        if x < 0.7:
            return "与%d年相比，%s%s%s增长%s倍。" % (y0, self.scope_ref(scope), subj.name, self.pick(("", "累计")), fmt_fixed(ratio - 1, 1))
        return "%s%s%s年来%s约为%d年的%s倍。" % (self.scope_ref(scope), subj.name, cn_int(y - y0), self.pick(("总量", "规模")), y0, fmt_fixed(ratio, 1))

    def s_cumulative(self) -> str:
        scope = self.home
        subj = self.pick_subject(FLOW_SUBJ, scope)
        y = self.year if self.m == 12 else self.year - 1
        n = self.pick((3, 5, 5, 5))
        total = sum(self.facts.annual(scope, subj, yy) for yy in range(y - n + 1, y + 1))
        x = self.r()
        lead = self.pick(("%s年来" % cn_int(n), "过去%s年" % cn_int(n), "%d—%d年" % (y - n + 1, y), "“十四五”以来"))
        if lead == "“十四五”以来":
            if y < 2022:
                lead = "%s年来" % cn_int(n)
            else:
                total = sum(self.facts.annual(scope, subj, yy) for yy in range(2021, y + 1))
        if x < 0.6:
            return "%s，%s%s累计%s。" % (lead, self.scope_ref(scope), subj.name, self.amount(subj, total))
        if subj.per_capita:
            return self.s_level_growth()
        g = ((self.facts.annual(scope, subj, y) / self.facts.annual(scope, subj, y - n)) ** (1.0 / n) - 1) * 100
        g = self.maybe_conflict(g)
        return "%s，%s%s年均%s%s。" % (lead, self.scope_ref(scope), subj.name, "增长" if g >= 0 else "下降", self.pct(g))

    def s_income(self) -> str:
        scope = self.home
        subj = self.pick(INCOME_SUBJ)
        per, y, m = self.period(subj)
        f = self.facts
        v = f.level(scope, subj, y, m)
        s = "%s，%s%s%s元，%s" % (per, self.scope_ref(scope), subj.name, self.num(fmt_fixed(v, 0)),
                                 self.growth(f.growth(scope, subj, y, m)))
        if self.chance(0.3) and subj.name == "居民人均可支配收入":
            u = SUBJ["城镇常住居民人均可支配收入"]
            r_ = SUBJ["农村常住居民人均可支配收入"]
            s += "。按常住地分，城镇居民%s元，%s；农村居民%s元，%s" % (
                fmt_fixed(f.level(scope, u, y, m), 0), self.growth(f.growth(scope, u, y, m)),
                fmt_fixed(f.level(scope, r_, y, m), 0), self.growth(f.growth(scope, r_, y, m)))
        return s + "。"

    def s_target(self) -> str:
        y = self.year + (1 if self.m == 12 else 0)
        f = self.facts
        x = self.r()
        if x < 0.35:
            # the plan of (home, year) is the same in every document that states it
            h = self.home.name
            items = ["地区生产总值增长%s%%左右" % self.dpick(("5", "5.5", "6", "6.5", "7"), "t1", h, y)]
            if self.chance(0.6):
                items.append("规模以上工业增加值增长%s%%%s" % (self.dpick(("6", "6.5", "7", "8"), "t2", h, y), self.dpick(("左右", "以上"), "t2b", h, y)))
            items.append("固定资产投资增长%s%%左右" % self.dpick(("5", "6", "7", "8"), "t3", h, y))
            items.append("社会消费品零售总额增长%s%%左右" % self.dpick(("5", "6", "7"), "t4", h, y))
            if self.chance(0.5) and self.subject_ok(SUBJ["城镇新增就业"], self.home):
                jobs = f.annual(self.home, SUBJ["城镇新增就业"], y - 1)
                if jobs >= 1:
                    items.append("城镇新增就业%s万人以上" % fmt_scaled_int(*sig_floor(jobs)))
                else:
                    items.append("城镇新增就业%s人以上" % fmt_scaled_int(*sig_floor(jobs * 1e4)))
            if self.subject_ok(SUBJ["城镇调查失业率"], self.home):
                items.append("城镇调查失业率%s" % self.dpick(("5.5%左右", "控制在5.5%以内", "6%左右"), "t5", h, y))
            if self.home.level == "province" and self.chance(0.6):
                grain = f.annual(self.home, SUBJ["粮食总产量"], y - 1) * 2000 / 1e4
                items.append("粮食产量稳定在%s亿斤以上" % fmt_scaled_int(*sig_floor(grain)))
            if self.chance(0.4):
                items.append("居民消费价格涨幅%s左右" % self.pick(("3%", "百分之三")))
            return "%d年%s经济社会发展的主要预期目标是：%s。" % (y, self.home.home[0], "，".join(items))
        scope = self.home
        subj = self.pick_subject(FLOW_SUBJ, scope)
        v = f.annual(scope, subj, y - 1) * (1.0 + (subj.g + 2.0) / 100.0)
        if x < 0.6:
            return "力争全年%s%s%s%s。" % (subj.name, self.pick(("达到", "实现", "突破", "超过")), self.amount(subj, v, False),
                                       self.pick(("", "", "以上", "左右")))
        if x < 0.75:
            return "%s力争%s%s增长%s%%以上。" % (self.pick(("今年", "%d年" % y, "")), self.scope_ref(scope), subj.name, fmt_fixed(max(subj.g + 1.0, 1.0), 0))
        if x < 0.9:
            vt, unit = rescale(subj, v * 1.25)
            k, e = sig_ceil(vt, 1)
            return "到%d年，%s%s力争突破%s%s。" % (y + self.randint(1, 3), self.scope_ref(scope), subj.name, fmt_scaled_int(k, e), unit)
        a = self.randint(1, 3)
        vt, unit = rescale(subj, v)
        return "%s新开工%d－%d个项目，确保%s稳定在%s以上。" % (self.pick(("力争", "计划", "推动")), a, a + self.randint(1, 2),
                                                    subj.name, fmt_scaled_int(*sig_floor(vt)) + unit)

    def s_range(self) -> str:
        lead, unit, lo, hi, step = self.pick(RANGE_POLICIES)
        a = lo + step * int(self.r() * ((hi - lo) // step))
        b = a + step * self.randint(1, 4)
        sep = self.pick(("至", "—", "-", "～", "到", "至"))
        x = self.r()
        if x < 0.6:
            return "%s%s%d%s%d%s。" % (self.pick(("按照规定，", "", "")), lead, a, sep, b, unit)
        if x < 0.8:
            g = self.dint(4, 8, "fc", self.home.name, self.year + 1)
            return "预计%d年%s经济增速保持在%d%%%s%d%%区间。" % (self.year + 1, self.home.home[0], g, sep, g + 1)
        a2 = self.randint(5, 60)
        return "项目总投资%d亿%s%d亿元，建成后年产值可达%d亿元%s。" % (a2, sep, a2 + self.randint(5, 40), a2 * self.randint(2, 4), self.pick(("以上", "左右", "")))

    def s_cn_numerals(self) -> str:
        # figures fixed by (home, year, what): documents repeating them agree
        h, y = self.home.name, self.year
        thing, mw = self.pick(THINGS)
        x = self.r()
        if x < 0.3:
            lead = self.pick(("五年来", "三年来", "近年来", "过去一年"))
            n = self.dpick((3, 5, 8, 10, 12, 15, 20, 24, 30, 36, 50, 60, 100, 120, 150, 200, 300), "cn", h, y, thing, lead)
            more = self.pick(("", "余", "多")) if n % 10 == 0 else ""
            return "%s，%s累计建成%s%s%s%s。" % (lead, self.scope_ref(self.home), thing, cn_int(n, self.chance(0.5)), more, mw)
        if x < 0.5:
            return "组织%s次对外经贸交流活动，签约项目%s个。" % (self.dpick(("百余", "两百多", "三十余", "数十", "近百"), "jl", h, y),
                                                 cn_int(self.dint(11, 99, "qy", h, y)))
        if x < 0.7:
            return "带动%s%s万余人就业，户均增收%s千元。" % (self.pick(("当地群众", "周边农户", "农村劳动力")), cn_int(self.dint(2, 9, "jy", h, y), True),
                                                cn_int(self.dint(2, 9, "zs", h, y), True))
        if x < 0.85:
            return "%s有%s家企业入选国家级名单，占%s总数的%s成。" % (self.scope_ref(self.home), cn_int(self.dint(3, 40, "gj", h, y), True),
                                                    self.parent_word(self.home), self.dpick(("近三", "两", "约四", "一"), "gjc", h, y))
        return "%s年间，%s%s翻了一番，达到%s%s。" % (cn_int(self.pick((5, 10))), self.pick(("这里的", "全区", "全县")), self.pick(("村集体收入", "人均收入", "游客数量")),
                                             cn_int(self.randint(2, 9) * 10000, self.chance(0.5)), self.pick(("元", "人次", "万元")))

    def s_event(self) -> str:
        mo = self.randint(1, 12)
        d = self.randint(1, 28)
        y = self.pub_year if self.chance(0.6) else self.year
        x = self.r()
        date = self.pick(("%d年%d月%d日" % (y, mo, d), "%d月%d日" % (mo, d), "%d月%d日上午" % (mo, d)))
        if x < 0.3:
            return "%s，载有%d辆汽车产品的中欧班列从%s驶出，全程约%d公里，预计%d天后抵达。" % (
                date, self.randint(40, 110), self.pick(("长春国际陆港", "长春兴隆铁路口岸", "珲春站")), self.randint(7, 12) * 1000, self.randint(12, 20))
        if x < 0.55:
            return "%s，第%s届%s在%s开幕，%s多家企业参展。" % (date, cn_int(self.randint(3, 20)), self.pick(("中国—东北亚博览会", "吉林冰雪产业国际博览会", "长春国际汽车博览会", "东北亚农业博览会")),
                                                 self.pick(("长春", "延吉", "吉林市")), self.pick(("300", "500", "1200", "两千", "800")))
        if x < 0.8:
            return "%s，%s召开新闻发布会，发布%s%s经济运行情况。" % (date, self.pick(DEPTS), y if self.chance(0.5) else "", self.pick(("前三季度", "上半年", "1—11月", "一季度", "全年")))
        return "%s，%s%d个重点项目集中开工，总投资%s亿元。" % (date, self.scope_ref(self.home), self.randint(20, 300), fmt_fixed(self.randint(100, 9000) + self.r(), 1))

    def s_lookalike(self) -> str:
        s = self.pick(LOOKALIKE)
        x = self.r()
        if x < 0.4:
            return "%s%s%s，%s%s。" % (self.pick(FILLER_OPEN), self.pick(("我们", self.scope_ref(self.home), "各地", "")), s,
                                      self.pick(FILLER_ADV), self.pick(FILLER_VO))
        if x < 0.7:
            return "%s，%s%s。" % (s, self.pick(FILLER_ADV), self.pick(FILLER_VO))
        return "围绕“%s”，%s，%s%s。" % (self.pick(QUOTE_SLOGANS), s, self.pick(FILLER_ADV), self.pick(FILLER_VO))

    def s_filler(self) -> str:
        x = self.r()
        if x < 0.12:
            return self.pick(PLAIN_SENTENCES) + "。"
        if x < 0.22:
            return "“%s”，%s%s%s。" % (self.pick(QUOTE_SLOGANS), self.pick(("是", "成为", "体现了")),
                                      self.scope_ref(self.home), self.pick(("优化营商环境的鲜明标识", "干部作风的生动写照", "服务企业的工作方法")))
        subj = self.pick(FILLER_SUBJ).replace("{home}", self.scope_ref(self.home))
        s = self.pick(FILLER_OPEN) + subj + self.pick(FILLER_ADV) + self.pick(FILLER_VO)
        if self.chance(0.5):
            s += "，" + self.pick(FILLER_ADV) + self.pick(FILLER_VO)
        return s + self.pick(FILLER_TAIL) + "。"

    # structure -----------------------------------------------------------
    def weighted(self, table):
        weights, funcs = table
        return funcs[bisect.bisect_right(weights, self.r() * weights[-1])]

    def paragraph(self, table, lo: int, hi: int) -> str:
        n = self.randint(lo, hi)
        return "".join(self.weighted(table)() for _ in range(n))

    def person(self) -> str:
        return self.pick(SURNAMES) + "".join(self.pick(GIVEN) for _ in range(self.randint(1, 2)))


def _table(pairs):
    """Cumulative weights and names for Ctx.weighted."""
    acc = 0.0
    weights, names = [], []
    for w, name in pairs:
        acc += w
        weights.append(acc)
        names.append(name)
    return weights, names


MIX = {
    "news": [(24, "s_level_growth"), (12, "s_growth_only"), (5, "s_multi"), (6, "s_breakdown"), (4, "s_share"),
             (5, "s_threshold"), (3, "s_rate"), (2, "s_multiple"), (2, "s_cumulative"), (2, "s_income"),
             (2, "s_target"), (1.5, "s_range"), (3, "s_cn_numerals"), (3, "s_event"), (7, "s_lookalike"), (26, "s_filler")],
    "bulletin": [(34, "s_level_growth"), (18, "s_growth_only"), (8, "s_multi"), (10, "s_breakdown"), (6, "s_share"),
                 (4, "s_threshold"), (8, "s_rate"), (2, "s_multiple"), (5, "s_income"), (1, "s_cn_numerals"), (4, "s_filler")],
    "report": [(12, "s_level_growth"), (8, "s_growth_only"), (3, "s_multi"), (3, "s_breakdown"), (2, "s_share"),
               (3, "s_threshold"), (2, "s_rate"), (2, "s_multiple"), (5, "s_cumulative"), (2, "s_income"),
               (9, "s_target"), (3, "s_range"), (4, "s_cn_numerals"), (12, "s_lookalike"), (30, "s_filler")],
}


def _bind(ctx: Ctx, kind: str):
    weights, names = _table(MIX[kind])
    return weights, [getattr(ctx, n) for n in names]


def build_document(seed: int, index: int, doc_size: int, facts: Facts, conflict_rate: float) -> bytes:
    c = Ctx(seed, index, facts, conflict_rate)
    x = c.r()
    if x < 0.35:
        c.home = JILIN if c.chance(0.6) else c.pick(PROVINCES)
    elif x < 0.8:
        c.home = c.pick(CITIES)
    else:
        c.home = c.pick(DISTRICTS)
    kind = c.weighted(([0.6, 0.82, 1.0], ["news", "bulletin", "report"]))
    if kind == "report" and c.home.level == "district" and c.chance(0.5):
        c.home = c.home.parent
    c.pub_year = 2019 + int(c.r() * 7)
    if kind == "news":
        c.pub_month = c.randint(1, 12)
        c.pub_day = c.randint(1, 28)
        if c.pub_month <= 2:
            c.year, c.m = c.pub_year - 1, 12
        else:
            m = c.pub_month - 1
            if c.chance(0.4):
                m = max(3, m - m % 3)
            c.year, c.m = c.pub_year, m
    else:
        c.pub_month = c.randint(1, 3)
        c.pub_day = c.randint(1, 28)
        c.year, c.m = c.pub_year - 1, 12
    target = int(doc_size * (0.3 + 1.4 * c.r()))
    table = _bind(c, kind)
    out = []
    size = 0

    def emit(line: str):
        nonlocal size
        out.append(line)
        size += len(line.encode("utf-8")) + 1

    home = c.home
    if kind == "news":
        for _ in range(c.randint(0, 2)):
            emit("")
        if c.chance(0.3):
            emit("%d年%d月%d日 星期%s 编辑 %s" % (c.pub_year, c.pub_month, c.pub_day, c.pick("一二三四五六日"), c.person()))
            emit("")
        md = c.chance(0.25)
        title = "%s%s%s" % (home.short, c.pick(("经济运行", "外贸", "消费市场", "工业生产", "项目建设", "营商环境", "农业农村", "对外开放")),
                            c.pick(("稳中有进", "持续向好", "跑出加速度", "量质齐升", "亮点纷呈", "开局良好", "韧性十足")))
        emit(("# " if md else "") + title)
        emit("")
        if c.chance(0.6):
            emit("——%s%s" % (c.period_phrase(SUBJ["地区生产总值"], c.year, c.m), c.pick(("经济运行综述", "高质量发展观察", "发展成就巡礼", "数据解读"))))
            emit("")
        emit("本报记者 " + c.person() + ("　" + c.person() if c.chance(0.3) else ""))
        emit("")
        while size < target:
            if c.chance(0.12):
                heading = c.pick(SECTION_TITLES_NEWS)
                emit(("## " if md else "") + (heading if c.chance(0.5) else heading + " " + c.pick(FILLER_VO)))
                emit("")
            emit(c.paragraph(table, 1, 6))
            emit("")
        if c.chance(0.3):
            emit("（%s）" % c.pick(("本报记者 " + c.person(), "编辑：" + c.person(), "来源：" + c.pick(DEPTS))))
    elif kind == "bulletin":
        emit("%s%d年国民经济和社会发展统计公报" % (home.name, c.year))
        emit("")
        emit("%s统计局" % home.name)
        emit("%d年%d月%d日" % (c.pub_year, c.pub_month, c.pub_day))
        emit("")
        sec = 0
        while size < target:
            if sec == 0 or c.chance(0.25):
                title = SECTION_TITLES_BULLETIN[sec % len(SECTION_TITLES_BULLETIN)]
                emit("%s、%s" % (cn_int(sec + 1), title))
                emit("")
                sec += 1
            emit(c.paragraph(table, 2, 7))
            emit("")
        emit("注：%s" % c.pick(("本公报中数据均为初步统计数。部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
                               "地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
                               "本公报部分数据合计数或相对数由于单位取舍不同而产生的计算误差，均未做机械调整。")))
    else:
        emit("政府工作报告")
        emit("")
        if home.level == "province":
            emit("——%d年%d月%d日在%s第十四届人民代表大会第%s次会议上" % (c.pub_year, c.pub_month, c.pub_day, home.name, cn_int(max(1, c.pub_year - 2022))))
        else:
            emit("——%d年%d月%d日在%s第%s届人民代表大会第%s次会议上" % (c.pub_year, c.pub_month, c.pub_day, home.name, cn_int(c.randint(15, 18)), cn_int(c.randint(1, 5))))
        emit("")
        title = {"省": "省长", "州": "州长", "县": "县长", "区": "区长"}.get(home.name[-1], "市长")
        if home.name.endswith("自治区"):
            title = "自治区主席"
        emit("%s%s　%s" % (home.name, title, c.person()))
        emit("")
        emit("各位代表：")
        emit("")
        sec = 0
        sub = 0
        indent = "　　" if c.chance(0.7) else ""
        sections = ("%d年工作回顾" % c.year, "%d年工作安排" % c.pub_year, "今后五年目标任务", "全面加强政府自身建设")
        while size < target:
            if sec == 0 or (c.chance(0.1) and sec < len(sections)):
                emit(indent + "%s、%s" % (cn_int(sec + 1), sections[min(sec, len(sections) - 1)]))
                sec += 1
                sub = 0
            x = c.r()
            if x < 0.15:
                sub += 1
                emit(indent + "（%s）%s%s。" % (cn_int(sub), c.pick(FILLER_ADV), c.pick(FILLER_VO)) + c.paragraph(table, 1, 4))
            elif x < 0.3:
                items = []
                for k in range(c.randint(2, 5)):
                    items.append("%s是%s%s。" % (cn_int(k + 1), c.pick(FILLER_ADV), c.pick(FILLER_VO)) + c.paragraph(table, 1, 3))
                emit(indent + "".join(items))
            else:
                emit(indent + c.paragraph(table, 3, 12))
            emit("")
        emit(indent + "各位代表！%s%s。" % (c.pick(FILLER_ADV), c.pick(FILLER_VO)))
    text = "\n".join(out) + "\n"
    if c.chance(0.04):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if c.chance(0.03):
        data = b"\xef\xbb\xbf" + data
    return data


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)(b?)\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    m = _SIZE_RE.match(text)
    if not m:
        raise argparse.ArgumentTypeError("bad size %r (use e.g. 100MB, 1GB, 512KiB, 4096)" % text)
    number, prefix, binary, _ = m.groups()
    power = "kmgt".find(prefix.lower()) + 1 if prefix else 0
    base = 1024 if binary else 1000
    value = int(float(number) * base ** power)
    if value <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return value


DOC_RE = re.compile(r"^\d{8}\.txt$")
DIR_RE = re.compile(r"^\d{4}$")
PER_DIR = 1000


def doc_name(i: int) -> str:
    return "%04d/%08d.txt" % (i // PER_DIR, i)


def prepare_out(out: str):
    """Creates OUT, or empties a previous corpus in it (only files this script writes)."""
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(out)):
        path = os.path.join(out, name)
        if name in ("manifest.jsonl", "manifest.jsonl.tmp", "injected.jsonl", "injected.jsonl.tmp"):
            os.remove(path)
        elif DIR_RE.match(name) and os.path.isdir(path) and not os.path.islink(path):
            for f in os.listdir(path):
                if not DOC_RE.match(f):
                    sys.exit("gen_corpus: %s contains %s, which this script did not write; refusing to clear it" % (path, f))
            shutil.rmtree(path)
        else:
            sys.exit("gen_corpus: %s is not a corpus directory written by this script (found %s)" % (out, name))


_WORKER = {}


def _worker_init(seed, doc_size, conflict_rate, mode="mixed", error_rate=0.0):
    _WORKER["args"] = (seed, doc_size, conflict_rate, mode, error_rate)
    _WORKER["facts"] = Facts(seed)


def _worker_build(i):
    """(document bytes, injected errors: empty unless --mode recall)."""
    seed, doc_size, conflict_rate, mode, error_rate = _WORKER["args"]
    if mode == "recall":
        import recall_corpus
        return recall_corpus.build_document(seed, i, doc_size, _WORKER["facts"], error_rate)
    return build_document(seed, i, doc_size, _WORKER["facts"], conflict_rate), []


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--size", type=parse_size, default=parse_size("100MB"),
                    help="total corpus size: 100MB, 1GB, 512KiB … (default 100MB)")
    ap.add_argument("--out", required=True, help="output directory (created; a previous corpus in it is replaced)")
    ap.add_argument("--doc-size", type=parse_size, default=parse_size("8KB"),
                    help="average document size (default 8KB)")
    ap.add_argument("--conflict-rate", type=float, default=0.002,
                    help="share of figures deliberately perturbed (default 0.002)")
    ap.add_argument("--mode", choices=("mixed", "recall"), default="mixed",
                    help="mixed: every template, figures mostly agree (default); recall: consistent documents "
                         "except for injected errors, listed in DIR/injected.jsonl (bench/recall_corpus.py)")
    ap.add_argument("--error-rate", type=float, default=0.2,
                    help="--mode recall: share of documents given one injected error (default 0.2)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes (output is identical for any value; default 1)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.doc_size < 256:
        ap.error("--doc-size must be at least 256 bytes")

    prepare_out(args.out)
    t0 = time.monotonic()
    total = 0
    count = 0
    made_dirs = set()
    manifest_tmp = os.path.join(args.out, "manifest.jsonl.tmp")
    injected_tmp = os.path.join(args.out, "injected.jsonl.tmp")
    errors = 0
    pool = None
    if args.jobs > 1:
        import multiprocessing
        pool = multiprocessing.Pool(args.jobs, initializer=_worker_init,
                                    initargs=(args.seed, args.doc_size, args.conflict_rate, args.mode, args.error_rate))
    else:
        _worker_init(args.seed, args.doc_size, args.conflict_rate, args.mode, args.error_rate)
    batch = max(16, min(1024, int(8 * 1000 * 1000 / args.doc_size)))

    def documents():
        """(index, bytes) in index order; the pool works one batch ahead of need."""
        i = 0
        while True:
            ids = range(i, i + batch)
            if pool is None:
                for k in ids:
                    yield k, _worker_build(k)
            else:
                yield from zip(ids, pool.imap(_worker_build, ids, chunksize=8))
            i += batch

    last_report = 0.0
    try:
        with open(manifest_tmp, "w", encoding="utf-8", newline="\n") as manifest, \
                open(injected_tmp, "w", encoding="utf-8", newline="\n") as injected:
            for k, (data, wrong) in documents():
                if total >= args.size:
                    break
                name = doc_name(k)
                d = name.split("/")[0]
                if d not in made_dirs:
                    os.makedirs(os.path.join(args.out, d), exist_ok=True)
                    made_dirs.add(d)
                with open(os.path.join(args.out, name), "wb") as f:
                    f.write(data)
                manifest.write(json.dumps({"file": name, "size": len(data)}) + "\n")
                for e in wrong:
                    injected.write(json.dumps(dict(file=name, **e), ensure_ascii=False) + "\n")
                    errors += 1
                total += len(data)
                count += 1
                if not args.quiet and time.monotonic() - last_report > 1.0:
                    last_report = time.monotonic()
                    el = last_report - t0
                    print("\rgen_corpus: %d documents, %.1f MB, %.1f MB/s" % (count, total / 1e6, total / 1e6 / max(el, 1e-9)),
                          end="", file=sys.stderr, flush=True)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    os.replace(manifest_tmp, os.path.join(args.out, "manifest.jsonl"))
    if args.mode == "recall":
        os.replace(injected_tmp, os.path.join(args.out, "injected.jsonl"))
        if not args.quiet:
            print("gen_corpus: %d injected errors listed in %s" % (errors, os.path.join(args.out, "injected.jsonl")),
                  file=sys.stderr)
    else:
        os.remove(injected_tmp)
    if not args.quiet:
        el = time.monotonic() - t0
        print("\rgen_corpus: wrote %d documents, %d bytes to %s in %.1f s (%.1f MB/s)" %
              (count, total, args.out, el, total / 1e6 / max(el, 1e-9)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
