// The scanner walks the normalised text once. At each place where a figure
// or a period can start it tries the period parser, then the quantity
// parser; the context tests decide whether a parsed numeral is a figure.
#include "grammar/scanner.hpp"

#include "grammar/char_set.hpp"
#include "grammar/context.hpp"
#include "grammar/cursor.hpp"
#include "grammar/interned.hpp"
#include "grammar/interval.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/periods.hpp"
#include "grammar/utf8.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <stdexcept>
#include <utility>

namespace claimlint::grammar {
namespace {

// Characters where a figure, a rank, a period or a slogan region can begin.
bool may_start_char(char32_t c) {
    if (is_ascii_digit(c) || is_chinese_numeral_char(c) || is_slogan_opening(c)) return true;
    switch (c) {
        case U'第': case U'前': case U'首': case U'翻': case U'半': case U'负': case U'-': case U'连': case U'过':
        case U'近': case U'今': case U'去': case U'上': case U'下': case U'全': case U'本': case U'当': case U'明':
        case U'年': case U'未':
            return true;
        default:
            return false;
    }
}

// may_start_char as a table: the scanner tests every character of the text,
// and the switches compile to a tree of branches that mispredict on text.
// All start characters are in the BMP (the lists above), and no two share
// their low twelve bits: each slot holds the one start character with its
// bits, and the test is one load and compare (a bitset of the BMP took a
// bound test, a shift and a bit test). An empty slot holds a value with
// other low bits; no character past the BMP equals a slot's value.
const std::array<char16_t, 4096> kStartBySlot = [] {
    std::array<char16_t, 4096> slots;
    for (std::size_t i = 0; i < slots.size(); ++i) slots[i] = static_cast<char16_t>(i ^ 1);
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (!may_start_char(c)) continue;
        char16_t& slot = slots[c & 0xFFF];
        if ((slot & 0xFFF) == (c & 0xFFF)) {
            throw std::logic_error("scanner: two start characters share their low twelve bits");
        }
        slot = static_cast<char16_t>(c);
    }
    return slots;
}();
bool may_start(char32_t c) { return kStartBySlot[c & 0xFFF] == c; }

// The start characters by their low twelve bits (no character past the BMP
// starts anything).
const Low12Filter kStartLow12 = Low12Filter::where(may_start_char);

// The places of a chunk of 64 characters (fewer at the text's end) whose
// character passes kStartLow12, one bit each, marked without a branch,
// sixteen at a time (g++ unrolls a loop of sixteen, not one of 64). A
// branch on each run of four that might pass mispredicted about every
// second run: in news text a start character (a digit, 一, 上, 全 …) comes
// every ten characters or so (about 2% less time for the whole extraction,
// for 1.3% more instructions, with chunks of sixteen; chunks of 64 leave the
// loop over the marks a quarter as often, about 1% less again).
constexpr std::ptrdiff_t kChunk = 64;
using Marks = std::uint64_t;
unsigned marks_of_sixteen(const char32_t* p) {
    unsigned m = 0;
    for (int k = 0; k < 16; ++k) m |= unsigned{kStartLow12.may_pass(p[k])} << k;
    return m;
}
Marks starts_in(const char32_t* p, std::ptrdiff_t n) {
    Marks m = 0;
    if (n >= kChunk) {
        for (int k = 0; k < kChunk; k += 16) m |= Marks{marks_of_sixteen(p + k)} << k;
    } else {
        for (std::ptrdiff_t k = 0; k < n; ++k) m |= Marks{kStartLow12.may_pass(p[k])} << k;
    }
    return m;
}

// The characters next to a numeral that make it no figure: part of a
// technical name (5G, PM2.5, P3, G20, 4S店), a date like 1·8, a formula
// (1+1, 3/4, 2×3, 3*4), or vague (几十家, 数十亿元: not ten). ASCII by
// table: every numeral the scanner reads as a figure asks about both sides.
constexpr std::array<bool, 128> ascii_letters_and(std::string_view extra) {
    std::array<bool, 128> t{};
    for (char c = 'a'; c <= 'z'; ++c) t[static_cast<unsigned char>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c) t[static_cast<unsigned char>(c)] = true;
    for (char c : extra) t[static_cast<unsigned char>(c)] = true;
    return t;
}
constexpr auto kAsciiNotFigureAfter = ascii_letters_and("./_+*");  // characters before a numeral
constexpr auto kAsciiNotFigureBefore = ascii_letters_and("+/");    // characters after one
bool not_figure_after(char32_t c) {
    return c < 0x80 ? kAsciiNotFigureAfter[c] : c == U'·' || c == U'×' || c == U'几' || c == U'数';
}
bool not_figure_before(char32_t c) { return c < 0x80 ? kAsciiNotFigureBefore[c] : c == U'·'; }

// The characters that the tails of a figure (Scanner::read_tails) read
// first after its unit: a rate's / and 每, 多 and 余, the range signs, the
// suffix qualifiers' 左, 上, 及 and 以, and a duration's 前, 后 and 内.
bool may_begin_tail(char32_t c) {
    switch (c) {
        case U'/': case U'每': case U'多': case U'余': case U'左': case U'上': case U'及': case U'以': case U'前':
        case U'后': case U'内':
            return true;
        default:
            return Cursor::is_range_sep(c);
    }
}
const Low12Filter kTailStarts = Low12Filter::where(may_begin_tail);

// Measure words after which a 第N is an edition or sequence, not a rank.
bool is_ordinal_noun(char32_t c) {
    switch (c) {
        case U'届': case U'次': case U'批': case U'轮': case U'期': case U'季': case U'章': case U'条': case U'款':
        case U'个': case U'家': case U'号': case U'年': case U'天': case U'步': case U'部': case U'节': case U'类':
        case U'代': case U'阶': case U'产': case U'梯': case U'道':
            return true;
        default:
            return false;
    }
}

// Whether a unit's canonical name is `name`: the sizes first, then the bytes
// one by one (accept() asks for every figure; std::string == const char*
// called memcmp, and so did a memcmp of the three bytes of 年).
template <std::size_t N>
bool is_unit(const UnitInfo* u, const char (&name)[N]) {
    if (u->canonical.size() != N - 1) return false;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (u->canonical[i] != name[i]) return false;
    }
    return true;
}

// A number written by a parser rather than read (首位 is 1, 翻两番 is 4).
Number stated(Decimal value, Decimal place) {
    Number n;
    n.value = value;
    n.place = place;
    return n;
}

// A figure being assembled.
struct Draft {
    Draft() = default;
    // figure()'s: `n` is the number memo's entry, read at nb.
    Draft(const char32_t* b, const char32_t* nb, const Number& n, bool neg)
        : begin(b), number_begin(nb), number(&n), number_in_memo(true), negative(neg) {}
    const char32_t* begin = nullptr;  // span start (includes an attached qualifier)
    const char32_t* number_begin = nullptr;
    const char32_t* number_end = nullptr;
    const char32_t* end = nullptr;
    // Not a copy (a Number is ten words, and figure() made one for every
    // numeral): the number memo's entry, which no parser replaces before
    // emit() (a range's second end is read past the memo), or one of the
    // caller's.
    const Number* number = nullptr;
    bool number_in_memo = false;  // `number` is the memo's entry (emit() checks it is still ours)
    std::optional<Decimal> high;  // a range's upper end (3000至4000, 两三个), in the scale of `number`
    int scale = 0;
    bool has_scale = false;
    bool negative = false;
    const UnitInfo* unit = nullptr;
    const UnitInfo* per_unit = nullptr;  // 元/千瓦时, 元每平方米
    std::string_view special_unit;  // rank, times for forms not in the lexicon
    Kind kind = Kind::count;
    Qualifier qualifier = Qualifier::exact;
    bool inclusive_bound = false;
};

class Scanner {
public:
    explicit Scanner(std::u32string_view text)
        : text_(text), b_(text.data()), e_(text.data() + text.size()) {
        // News text states a figure every twenty-odd characters: room for one
        // per 16 spares nearly every move of a growing vector of quantities
        // (one per 64 still moved the vector twice per document).
        result_.quantities.reserve(text.size() / 16);
        result_.periods.reserve(text.size() / 32);  // one per 45 characters
    }

    ScanResult run() {
        const char32_t* p = b_;
        while ((p = next_start(p)) < e_) {
            if (!is_ascii_digit(*p) && !is_chinese_numeral_char(*p)) {
                // The slogan regions are found on the way: every figure and
                // period asks only about regions that start before it, and
                // the scan stops at every opening mark (no span it steps
                // over holds one). A whole pass for them cost more.
                if (is_slogan_opening(*p)) {
                    if (std::size_t end = slogan_region_end(text_, off(p))) add_slogan(end);
                    ++p;
                    continue;
                }
                // A word that cannot start here is passed before the name search:
                // a name that covers this place and a later one is found there.
                if (!word_may_start(p)) {
                    ++p;
                    continue;
                }
            }
            // Most places are Arabic digits, which no name holds: the call
            // alone cost more than this test.
            if (names_.any.may_contain(*p)) {
                if (std::size_t end = name_end_covering(text_, off(p))) {
                    p = b_ + end;
                    continue;
                }
            }
            Cursor c{p, e_};
            if (period_may_start(c) && period_at(c)) {
                p = c.p;
                continue;
            }
            if (const char32_t* next = quantity_at(p)) {
                p = next;
                continue;
            }
            p = skip_numeral_run(p);
        }
        return std::move(result_);
    }

private:
    // The first place from p on where may_start holds, or e_. The chunks
    // are those of kChunk characters from b_; the last one marked is kept,
    // as the scan stops in it again after most stops. The filter's marks are
    // then tested exactly: few are wrong.
    const char32_t* next_start(const char32_t* p) {
        if (p >= e_) return e_;
        const char32_t* chunk = b_ + ((p - b_) & ~(kChunk - 1));
        if (chunk != chunk_) {
            chunk_ = chunk;
            chunk_starts_ = starts_in(chunk, e_ - chunk);
        }
        Marks m = chunk_starts_ & (~Marks{0} << (p - chunk));
        for (;;) {
            for (; m != 0; m &= m - 1) {
                const char32_t* at = chunk_ + std::countr_zero(m);
                if (may_start(*at)) return at;
            }
            if (e_ - chunk_ <= kChunk) return e_;
            chunk_ += kChunk;
            m = chunk_starts_ = starts_in(chunk_, e_ - chunk_);
        }
    }

    // Whether a period or a figure may start at p, whose character starts a
    // word rather than a numeral: the second characters of the words that
    // parse_period and quantity_at read there. 全, 年, 上 … mostly begin
    // other words, and this spares both parsers on them.
    bool word_may_start(const char32_t* p) const {
        char32_t n = p + 1 < e_ ? p[1] : U'\0';
        bool numeral = is_ascii_digit(n) || is_chinese_numeral_char(n);
        switch (*p) {
            case U'第': case U'近': return numeral;  // 第5位, 第一季度; 近5年
            case U'前': return numeral || n == U'年';  // 前三强, 前11个月; 前年
            case U'首': return n == U'位';
            case U'翻': return numeral || n == U'了' || n == U'番';
            case U'负': return n == U'增' || is_ascii_digit(n);
            case U'-': return is_ascii_digit(n);
            case U'连': return n == U'续';
            case U'过': return n == U'去';
            case U'未': return n == U'来';
            case U'今': return n == U'后' || n == U'年';
            case U'去': case U'本': case U'当': case U'全': case U'明': return n == U'年';
            case U'上': return n == U'年' || n == U'一' || n == U'半';  // 上年, 上一年, 上半年
            case U'下': return n == U'半';
            case U'年': return n == U'底' || n == U'末';
            default: return true;  // 半 and any unit
        }
    }

    // After a failed attempt, skip the rest of a numeral so that 2023 is not
    // retried as 023 and 二十大 not as 十大.
    const char32_t* skip_numeral_run(const char32_t* p) const {
        if (is_ascii_digit(*p)) {
            while (p < e_ && (is_ascii_digit(*p) || *p == U'.' || *p == U',')) ++p;
            return p;
        }
        if (is_chinese_numeral_char(*p)) {
            while (p < e_ && is_chinese_numeral_char(*p)) ++p;
            return p;
        }
        return p + 1;
    }

    // A period at c: written in place as the result's last, and taken back
    // when there is none or it names a slogan.
    bool period_at(Cursor& c) {
        Period& period = result_.periods.emplace_back();
        std::optional<PeriodDuration>& duration = duration_;
        duration.reset();
        if (!parse_period(c, b_, period, duration)) {
            result_.periods.pop_back();
            return false;
        }
        if (in_slogan(period.begin) && period.kind != PeriodKind::plan) {
            result_.periods.pop_back();
            return true;
        }
        if (duration) {
            Draft d;
            d.begin = b_ + duration->begin;
            d.end = b_ + duration->end;
            d.number = &duration->number;
            const char32_t* u = duration->unit.data();
            d.unit = match_unit(u, duration->unit.data() + duration->unit.size());
            d.kind = Kind::duration;
            emit(d);
        }
        return true;
    }

    // Whether `pos`, at or after the scan's place, is inside a slogan
    // region. Every region found so far starts before that place; regions
    // may nest (a quote in a title), and the last three are looked at: `pos`
    // is in one of them when it is before the furthest of their ends, kept
    // as they are found (every figure and period asks, and the loop over the
    // regions cost more than the few times a region is found).
    bool in_slogan(std::size_t pos) const { return pos < slogan_bound_; }
    void add_slogan(std::size_t end) {
        recent_slogan_ends_ = {recent_slogan_ends_[1], recent_slogan_ends_[2], end};
        slogan_bound_ = std::max({recent_slogan_ends_[0], recent_slogan_ends_[1], end});
    }

    std::size_t off(const char32_t* p) const { return static_cast<std::size_t>(p - b_); }
    bool starts_with_at(const char32_t* p, std::u32string_view w) const {
        return static_cast<std::size_t>(e_ - p) >= w.size() && std::u32string_view(p, w.size()) == w;
    }
    char32_t before(const char32_t* p) const { return p > b_ ? p[-1] : U'\0'; }

    // Tries every figure form at p; returns where scanning resumes, or null.
    const char32_t* quantity_at(const char32_t* p) {
        Cursor c{p, e_};
        // Most figures are Arabic, which only figure() reads: the switch
        // below and the shares in words are for words and Chinese numerals.
        if (is_ascii_digit(*p)) return figure(c);
        switch (*p) {
            case U'第': return rank_ordinal(c);
            case U'前': return rank_top(c);
            case U'首': if (c.starts_with(U"首位")) return rank_first(c); break;
            case U'翻': return doubling(c);
            case U'百': if (c.starts_with(U"百分之")) return percent_words(c); break;
            case U'半': return half_unit(c);
            default: break;
        }
        // Shares are written in Chinese numerals only.
        if (const char32_t* r = fraction_words(c)) return r;
        return figure(c);
    }

    // 第5位, 居全国第8位, 居全国第一; 第十四届 and 第一批 are not ranks.
    const char32_t* rank_ordinal(Cursor c) {
        const char32_t* start = c.p;
        c.lit(U"第");
        const char32_t* nb = c.p;
        const auto& n = c.number();
        if (!n || n->has_point || n->high || n->digit_sequence) return nullptr;
        const char32_t* ne = c.p;
        Cursor u = c;
        bool gap = false;
        while (!u.at_end() && (*u.p == U'\n' || *u.p == U'\r' || *u.p == U' ' || *u.p == U'\u3000')) {
            ++u.p;
            gap = true;
        }
        bool suffix = u.lit(U"位") || u.lit(U"名");
        if (!suffix) {
            if (!c.at_end() && is_ordinal_noun(*c.p)) return ne;
            if (!ranking_verb_before(text_, off(start))) return ne;
        }
        Draft d;
        d.begin = start;
        d.number_begin = nb;
        d.number_end = ne;
        d.end = suffix && !gap ? u.p : ne;
        d.number = &*n;
        d.kind = Kind::rank;
        d.special_unit = "rank";
        emit(d);
        return d.end;
    }

    // 前三强, 前100名
    const char32_t* rank_top(Cursor c) {
        const char32_t* start = c.p;
        c.lit(U"前");
        const char32_t* nb = c.p;
        const auto& n = c.number();
        if (!n || n->has_point || n->high || n->digit_sequence || n->single_digit_yi) return nullptr;
        const char32_t* ne = c.p;
        if (!(c.lit(U"强") || c.lit(U"名") || c.lit(U"位"))) {
            // 位居全国前三。, 跻身前五，: a ranking verb before, the clause ends after.
            bool verb = ranking_verb_before(text_, off(start)) || ends_with_word(start, U"跻身") ||
                        ends_with_word(start, U"进入");
            if (!verb || !(c.at_end() || is_clause_break(*c.p))) return nullptr;
        }
        Draft d;
        d.begin = start;
        d.number_begin = nb;
        d.number_end = ne;
        d.end = c.p;
        d.number = &*n;
        d.kind = Kind::rank;
        d.special_unit = "rank";
        emit(d);
        return d.end;
    }

    // 居东北三省首位 is rank 1; 摆在首位 is an idiom.
    const char32_t* rank_first(Cursor c) {
        const char32_t* start = c.p;
        if (!ranking_verb_before(text_, off(start))) return nullptr;
        c.lit(U"首位");
        Draft d;
        d.begin = d.number_begin = start;
        d.number_end = d.end = c.p;
        const Number one = stated(Decimal(1, 0), Decimal(1, 0));
        d.number = &one;
        d.kind = Kind::rank;
        d.special_unit = "rank";
        emit(d);
        return d.end;
    }

    // 翻一番 = 2 times, 翻两番 = 4 times, 翻番 = 2 times.
    const char32_t* doubling(Cursor c) {
        const char32_t* start = c.p;
        c.lit(U"翻");
        c.lit(U"了");
        int times = 2;
        if (c.lit(U"一番") || c.lit(U"番")) times = 2;
        else if (c.lit(U"两番")) times = 4;
        else if (c.lit(U"三番")) times = 8;
        else return nullptr;
        Draft d;
        d.begin = d.number_begin = start;
        d.number_end = d.end = c.p;
        const Number multiple = stated(Decimal(times, 0), Decimal(1, 0));
        d.number = &multiple;
        d.kind = Kind::multiple;
        d.special_unit = "times";
        emit(d);
        return d.end;
    }

    // 百分之十五, 百分之3.5
    const char32_t* percent_words(Cursor c) {
        const char32_t* start = c.p;
        c.lit(U"百分之");
        const char32_t* nb = c.p;
        const auto& n = c.number();
        if (!n || n->digit_sequence) return nullptr;
        Draft d;
        d.begin = start;
        d.number_begin = nb;
        d.number_end = d.end = c.p;
        d.number = &*n;
        static const std::u32string pct = U"%";
        const char32_t* u = pct.data();
        d.unit = match_unit(u, pct.data() + 1);
        d.kind = Kind::percent;
        apply_prefix_qualifier(d);
        emit(d);
        return d.end;
    }

    // Shares in words, as percentages: 三分之一 (33.3333%), 四分之三, 三成 and
    // 七成以上 (tenths). 一成不变 and 五成员国 are words, not shares.
    const char32_t* fraction_words(Cursor c) {
        const char32_t* start = c.p;
        const auto& read = c.number();
        if (!read || !read->chinese || read->has_point || read->high || read->digit_sequence) return nullptr;
        if (!c.starts_with(U"分之") && c.peek() != U'成') return nullptr;  // most numerals: before the region search
        if (in_slogan(off(start))) return nullptr;
        const std::optional<Number> first = read;  // a copy: reading the second number replaces the memo
        Draft d;
        d.begin = d.number_begin = start;
        Number share;
        d.number = &share;
        if (c.lit(U"分之")) {
            const auto& second = c.number();
            if (!second || !second->chinese || second->high || first->value.is_zero()) return nullptr;
            double percent = second->value.to_double() / first->value.to_double() * 100;
            if (percent <= 0 || percent > 100) return nullptr;
            // Four decimals: 1/3 is not a finite decimal, and nothing states it finer.
            share = stated(Decimal(static_cast<std::int64_t>(percent * 10000 + 0.5), -4), Decimal(1, -4));
        } else if (!c.at_end() && *c.p == U'成') {
            static const std::u32string_view word_after = U"员本果效交立为绩就功都长品型套像份批年人龙语";
            if (first->single_digit_yi || first->value > Decimal(10, 0) ||
                (c.p + 1 < e_ && word_after.find(c.p[1]) != std::u32string_view::npos)) {
                return nullptr;
            }
            ++c.p;
            share = stated(first->value.shifted(1), Decimal(10, 0));
        } else {
            return nullptr;
        }
        d.number_end = c.p;
        static const std::u32string pct = U"%";
        const char32_t* u = pct.data();
        d.unit = match_unit(u, pct.data() + 1);
        d.kind = Kind::percent;
        suffix_qualifier(c, d);
        d.end = c.p;
        if (d.qualifier == Qualifier::exact) apply_prefix_qualifier(d);
        emit(d);
        return d.end;
    }

    // 半天, 半年, 半个月 (but 上半年 is a period, handled before).
    const char32_t* half_unit(Cursor c) {
        const char32_t* start = c.p;
        c.lit(U"半");
        const UnitInfo* unit = match_unit(c.p, e_);
        if (!unit || (unit->kind != Kind::duration && unit->kind != Kind::pp)) return nullptr;
        char32_t prev = before(start);
        if (prev == U'一' || prev == U'多' || prev == U'大' || prev == U'上' || prev == U'下' || prev == U'前' ||
            prev == U'后') {
            return nullptr;
        }
        Draft d;
        d.begin = d.number_begin = start;
        d.number_end = start + 1;
        d.end = c.p;
        const Number half = stated(Decimal(5, -1), Decimal(1, -1));
        d.number = &half;
        d.unit = unit;
        d.kind = unit->kind;
        emit(d);
        return d.end;
    }

    // Signs: -3.2%, 负3.2%, 负增长3.2%, 零下18摄氏度. False when the 负 or the
    // dash belongs to something else. `begin` is the figure's span start.
    bool read_sign(Cursor& c, const char32_t*& begin, bool& negative) const {
        if (c.lit(U"负增长")) {
            negative = true;
            begin = c.p;
        } else if (c.lit(U"零下")) {
            negative = true;
        } else if (*c.p == U'负' || *c.p == U'-') {
            char32_t prev = before(c.p);
            if (*c.p == U'-' && (is_ascii_digit(prev) || is_ascii_alpha(prev) || prev == U'-')) return false;
            // 减负, 胜负, 负担: 负 belongs to the word before it.
            static const std::u32string_view fu_words = U"减胜正担抱自欠辜肩背身不偿";
            if (*c.p == U'负' && fu_words.find(prev) != std::u32string_view::npos) return false;
            ++c.p;
            negative = true;
            if (c.at_end() || !is_ascii_digit(*c.p)) return false;
        }
        return true;
    }

    // Numbers with scale words, measure words, qualifiers and ranges.
    const char32_t* figure(Cursor c) {
        const char32_t* begin = c.p;
        bool negative = false;
        // Most figures start with a digit, and so have no sign.
        if (!is_ascii_digit(*c.p) && !read_sign(c, begin, negative)) return nullptr;
        const char32_t* nb = c.p;
        const auto& n = c.number();
        if (!n) return nullptr;
        // On rejection, skip the whole numeral: 七八十家 must not be retried as 十家.
        // Found only then: most figures are accepted, and the walk over the
        // numeral was wasted on them.
        const char32_t* after_number = c.p;
        auto resume = [&] { return std::max(after_number, skip_numeral_run(nb)); };
        if (n->digit_sequence || n->leading_zero) return resume();
        // Technical names, formulas and vague numbers (see the tables).
        char32_t prev = before(nb);
        if (not_figure_after(prev) || not_figure_before(c.peek())) return resume();
        // Made only now: the rejections above need no draft.
        Draft d(begin, nb, *n, negative);

        if (char32_t k = c.peek(); k == U'多' || k == U'余' || (n->chinese && k == U'几')) {
            ++c.p;
            d.qualifier = Qualifier::more;
        }
        // 千瓦, 千伏 before the scale 千. Kept with where it was read: when no
        // scale or 多 follows, it is the unit itself.
        const char32_t* early_at = nullptr;
        const char32_t* early_end = nullptr;
        const UnitInfo* early = nullptr;
        if (!n->chinese || n->has_point) {
            early_at = early_end = c.p;
            early = match_unit(early_end, e_);
            if (!early || early->kind == Kind::count) {
                if (auto s = parse_scale(c.p, e_)) {
                    d.scale = *s;
                    d.has_scale = true;
                }
            }
        } else if (n->value.mantissa() >= 10000 || n->bare_scale) {
            d.has_scale = true;  // 两万, 三千万: the scale is inside the numeral
        } else if (d.qualifier == Qualifier::more) {
            if (auto s = parse_scale(c.p, e_)) {  // 一千多万: 多 splits the numeral from its scale
                d.scale = *s;
                d.has_scale = true;
            }
        }
        if (char32_t k = c.peek(); d.qualifier != Qualifier::more && (k == U'多' || k == U'余')) {
            ++c.p;
            d.qualifier = Qualifier::more;
        }
        d.number_end = c.p;
        if (c.p == early_at) {
            d.unit = early;
            c.p = early_end;
        } else {
            d.unit = match_unit(c.p, e_);
        }
        // Most figures end at their unit: the tails below begin with one of
        // a few characters, asked about once.
        if (!c.at_end() && kTailStarts.may_pass(*c.p)) {
            if (!read_tails(c, d)) return resume();
        } else if (!d.unit && !d.has_scale) {
            return resume();  // a bare number (see read_tails)
        }
        d.end = c.p;
        if (!accept(d)) return resume();
        d.kind = d.unit ? d.unit->kind : Kind::count;
        if (d.qualifier == Qualifier::exact && d.number->bare_scale && d.begin > b_ &&
            (d.begin[-1] == U'上' || d.begin[-1] == U'过')) {
            d.qualifier = Qualifier::over;  // 上万人, 过千万元
            d.inclusive_bound = true;
            --d.begin;
        }
        if (d.qualifier == Qualifier::exact) apply_prefix_qualifier(d);
        if (d.qualifier == Qualifier::exact && d.number->high) {
            d.qualifier = Qualifier::range;  // 两三个
            d.high = d.number->high;
        }
        emit(d);
        return d.end;
    }

    // What may follow a figure's number and unit: a rate's second unit
    // (元/千瓦时), 多 inside a 个-unit, a range, a suffix qualifier, a
    // duration's 前, 后 or 内. False for a bare number, which is no figure.
    bool read_tails(Cursor& c, Draft& d) {
        if (d.unit && !c.at_end() && (*c.p == U'/' || *c.p == U'每')) {
            const char32_t* t = c.p + 1;
            if (const UnitInfo* per = match_unit(t, e_); per && per != d.unit) {
                d.per_unit = per;  // a rate: 0.68元/千瓦时 is a price, not a total
                c.p = t;
            }
        }
        if (d.unit && d.qualifier != Qualifier::more && !c.at_end() && (*c.p == U'多' || *c.p == U'余')) {
            // 多 inside a 个-unit (两个多百分点, 1个多月, 三个多小时): the unit is 个 + what follows.
            if (is_unit(d.unit, "个")) {
                std::u32string joined = U"个" + std::u32string(c.p + 1, std::min<const char32_t*>(e_, c.p + 6));
                const char32_t* t = joined.data();
                const UnitInfo* whole = match_unit(t, joined.data() + joined.size());
                std::size_t used = static_cast<std::size_t>(t - joined.data());
                if (whole && whole != d.unit && used > 1) {
                    d.unit = whole;
                    c.p += used;  // 多 and the rest of the unit
                    d.qualifier = Qualifier::more;
                }
            }
            if (d.qualifier != Qualifier::more) {
                ++c.p;
                d.qualifier = Qualifier::more;  // 3个多: about a count
            }
        }

        // A bare number (no unit, no scale: a year, a code) is no figure
        // (accept), unless a range gives it a unit (3至5万元): most of the
        // numerals rejected, passed before the range and qualifier tests.
        if (!d.unit && !d.has_scale && (c.at_end() || !Cursor::is_range_sep(*c.p))) return false;
        range_tail(c, d);
        suffix_qualifier(c, d);
        // Durations take a trailing 前/后 (两个月后, 三年前); 内 bounds them (24小时内).
        if (d.unit && d.unit->kind == Kind::duration && !c.at_end() && (*c.p == U'前' || *c.p == U'后')) ++c.p;
        if (d.unit && d.unit->kind == Kind::duration && d.qualifier == Qualifier::exact && c.lit(U"内")) {
            d.qualifier = Qualifier::below;
            d.inclusive_bound = true;
        }
        return true;
    }

    // 3000至4000元, 1-2个, 15%~20%, 3至5万元
    void range_tail(Cursor& c, Draft& d) {
        if (d.qualifier != Qualifier::exact || d.number->high) return;
        // Most figures have no range sign after them: asked before the
        // cursor is copied, a copy whose load of both words at once waited
        // for the stores of each (match_unit() writes c.p).
        if (c.at_end() || !Cursor::is_range_sep(*c.p)) return;
        Cursor r{c.p + 1, c.end};
        const auto n2 = read_number(r.p, e_);  // past the memo, which holds d.number
        if (!n2 || n2->chinese != d.number->chinese || n2->digit_sequence || n2->high) return;
        int scale2 = 0;
        bool has_scale2 = false;
        if (!n2->chinese) {
            if (auto s = parse_scale(r.p, e_)) {
                scale2 = *s;
                has_scale2 = true;
            }
        }
        const UnitInfo* unit2 = match_unit(r.p, e_);
        if (d.unit && unit2 != d.unit) return;
        if (!d.unit && !unit2) return;
        if (d.has_scale && has_scale2 && scale2 != d.scale) return;
        int s1 = d.has_scale ? d.scale : scale2;
        int s2 = has_scale2 ? scale2 : d.scale;
        if (!(n2->value.shifted(s2) > d.number->value.shifted(s1))) return;
        if (!d.has_scale && has_scale2) {
            d.scale = scale2;
            d.has_scale = true;
        }
        d.unit = unit2 ? unit2 : d.unit;
        d.high = n2->value.shifted(s2 - d.scale);
        d.qualifier = Qualifier::range;
        d.number_end = r.p;
        c = r;
    }

    void suffix_qualifier(Cursor& c, Draft& d) {
        if (d.qualifier != Qualifier::exact) return;
        // The first characters of the words below: most figures have none after them.
        switch (c.peek()) {
            case U'左': case U'上': case U'及': case U'以': break;
            default: return;
        }
        if (c.lit(U"左右")) {
            d.qualifier = Qualifier::about;
        } else if (c.starts_with(U"上下") && !(c.peek(2) == U'游' || c.peek(2) == U'级' || c.peek(2) == U'班')) {
            c.lit(U"上下");
            d.qualifier = Qualifier::about;
        } else if (c.lit(U"及以上")) {
            d.qualifier = Qualifier::at_least;
        } else if (c.lit(U"以上")) {
            d.qualifier = Qualifier::over;
            d.inclusive_bound = true;
        } else if (c.lit(U"以下") || c.lit(U"以内")) {
            d.qualifier = Qualifier::below;
            d.inclusive_bound = true;
        }
    }

    void apply_prefix_qualifier(Draft& d) {
        Qualifier q;
        std::size_t len = 0;
        bool inclusive = false;
        if (attached_prefix_qualifier(text_, off(d.begin), q, len, inclusive)) {
            d.qualifier = q;
            d.inclusive_bound = inclusive && (q == Qualifier::below);
            d.begin -= len;
        } else if (about_in_clause_before(text_, off(d.begin))) {
            d.qualifier = Qualifier::about;
        }
    }

    // Is this numeral a figure? (The rejections are the grammar's knowledge
    // of what Chinese text uses numerals for besides quantities.)
    bool accept(const Draft& d) const {
        const Number& n = *d.number;
        std::size_t pos = off(d.number_begin);
        if (!d.unit && !d.has_scale) return false;  // a bare number: codes, years, slogans
        // 万家, 千头, 百年: a bare 百/千/万 is lexicalised, unless 余/多 follows (百余次)
        // or a bound stands before it (近千人, 上万人, 过千万元).
        if (n.bare_scale && d.qualifier != Qualifier::more && !bound_before_bare_scale(d.number_begin)) return false;
        if (d.unit) {
            Kind k = d.unit->kind;
            // 一 before a measure word is the indefinite article (一家企业); 二
            // alone before one is an ordinal (二次全会).
            if (n.single_digit_er) return false;
            if (n.single_digit_yi && k != Kind::duration && k != Kind::multiple && k != Kind::percent && k != Kind::pp) {
                return false;
            }
            // 一天比一天, 一年比一年: an idiom of steady change, not two lengths of time.
            if (n.single_digit_yi && (starts_with_at(d.end, U"比一") || before(d.number_begin) == U'比')) return false;
            if (n.single_digit_yi && k == Kind::duration) {
                // 这一年, 关键一年。: "the year", not a length of time.
                char32_t prev = before(d.number_begin);
                static const std::u32string_view deictic = U"这那的前后同每当上下一第某整全其";
                if (deictic.find(prev) != std::u32string_view::npos) return false;
                if (d.end == e_ || is_clause_break(*d.end) || *d.end == U'里' || *d.end == U'中') return false;
            }
            // 三年行动, 三年攻坚行动, 十年倍增计划: a programme's name.
            if (k == Kind::duration && followed_by_programme(d.end)) return false;
            // 十二届二次全会, 六届人大五次会议: editions, whatever the numerals.
            if (is_unit(d.unit, "届") && edition_follows(d.end)) return false;
            if (is_unit(d.unit, "次") && edition_precedes(d.number_begin)) return false;
            // 年 after a Chinese numeral that is not a count of years (二十年代).
            if (d.end < e_ && *d.end == U'代' && is_unit(d.unit, "年")) return false;
        } else if (n.chinese && !d.has_scale) {
            return false;
        }
        // 一院三所, 两谷一基地: numeral abbreviations of a slogan.
        if (n.chinese && d.number_begin - b_ >= 2 && is_chinese_numeral_char(d.number_begin[-2]) &&
            !is_chinese_numeral_char(d.number_begin[-1]) && !is_clause_break(d.number_begin[-1]) &&
            d.number_begin[-1] != U'、' && d.number_begin[-1] > 0x2FFF) {
            return false;
        }
        if (!n.chinese && !n.has_point && n.int_digits >= 11) return false;  // telephone numbers, IDs
        char32_t prev = before(d.begin == d.number_begin ? d.number_begin : d.begin);
        if (prev == U'每') return false;  // 每千人: a denominator
        if (in_slogan(pos)) return false;
        return true;
    }

    bool ends_with_word(const char32_t* p, std::u32string_view w) const {
        return static_cast<std::size_t>(p - b_) >= w.size() && std::u32string_view(p - w.size(), w.size()) == w;
    }

    bool bound_before_bare_scale(const char32_t* p) const {
        if (p == b_) return false;
        char32_t c = p[-1];
        return c == U'近' || c == U'上' || c == U'过' || c == U'超' || c == U'逾';
    }

    // A numeral and 次/中 within a few characters after N届 (届人大五次).
    bool edition_follows(const char32_t* p) const {
        for (int k = 0; k < 6 && p + k < e_ && !is_clause_break(p[k]); ++k) {
            if (is_chinese_numeral_char(p[k]) && p + k + 1 < e_ && (p[k + 1] == U'次' || p[k + 1] == U'中')) return true;
        }
        return false;
    }
    // 届 a few characters before N次.
    bool edition_precedes(const char32_t* p) const {
        for (int k = 1; k <= 6 && p - k >= b_ && !is_clause_break(p[-k]); ++k) {
            if (p[-k] == U'届') return true;
        }
        return false;
    }

    bool followed_by_programme(const char32_t* p) const {
        static const std::u32string_view words[] = {U"行动", U"规划", U"计划", U"工程"};
        for (int skip = 0; skip <= 2 && p + skip < e_; ++skip) {
            if (is_clause_break(p[skip])) return false;
            Cursor c{p + skip, e_};
            for (auto w : words) {
                if (c.starts_with(w)) return true;
            }
        }
        return false;
    }

    void emit(const Draft& d) {
        // The draft's number, when it is the memo's, must still be the one
        // read at its start: a parse_number() elsewhere between figure()'s
        // read and this would have replaced it silently.
        if (d.number_in_memo && memo_.at != d.number_begin) {
            throw std::logic_error("scanner: a figure's number was replaced in the number memo before it was emitted");
        }
        Quantity& q = result_.quantities.emplace_back();  // filled in place, not moved in
        q.begin = off(d.begin);
        q.end = off(d.end);
        Decimal value = d.number->value.shifted(d.scale);
        Decimal place = d.number->place.shifted(d.scale);
        if (d.negative) value = value.negated();
        q.value = value;
        if (d.high) q.value_high = d.high->shifted(d.scale);
        q.digits.assign(std::u32string_view(d.number_begin, static_cast<std::size_t>(d.number_end - d.number_begin)));
        if (d.per_unit) {  // a rate: the joined names are no lexicon entry
            q.unit = interned(d.unit->canonical + "/" + d.per_unit->canonical);
            q.dimension = interned(d.unit->dimension + "/" + d.per_unit->dimension);
        } else if (d.unit) {
            q.unit = d.unit->canonical;
            q.dimension = d.unit->dimension;
        } else {
            q.unit = d.special_unit;
            q.dimension = d.special_unit.empty() ? std::string_view("count") : d.special_unit;
        }
        q.kind = d.kind;
        q.qualifier = d.qualifier;
        q.negative_context = d.negative;
        q.place = place;
        q.inclusive_bound = d.inclusive_bound;
        set_interval(q.interval, value, place, q.value_high, d.qualifier, d.kind, d.inclusive_bound);
    }

    std::u32string_view text_;
    const char32_t* b_;
    const char32_t* e_;
    std::array<std::size_t, 3> recent_slogan_ends_{};  // the last three regions' ends, the last last
    std::size_t slogan_bound_ = 0;                      // the furthest of them
    // period_at's, kept: a new one was zeroed whole (a Number inside) for
    // every period, and only streaks and spans fill it.
    std::optional<PeriodDuration> duration_;
    const NameChars& names_ = name_chars();
    const NumberMemo& memo_ = detail::number_memo();  // this thread's, looked up once
    const char32_t* chunk_ = nullptr;  // next_start's last chunk, and its marks (starts_in)
    Marks chunk_starts_ = 0;
    ScanResult result_;
};

}  // namespace

ScanResult scan(std::u32string_view text) {
    load_lexicons();
    reset_number_memo();
    return Scanner(text).run();
}

}  // namespace claimlint::grammar
