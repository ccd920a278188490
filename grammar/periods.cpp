// Period expressions, read left to right: an optional year (2023年, 今年),
// then months, quarters, halves, a point (末, 底) or a day.
#include "grammar/periods.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace claimlint::grammar {
namespace {

// Two digits of a month or a day (1–31): Label() << Two{m}.
struct Two {
    int v;
};
// The four digits of a calendar year (1900–2100): Label() << Year{y}.
struct Year {
    int v;
};

// A period label being written: on the stack, and copied into the Period's
// string once. Concatenating strings cost a temporary (and past fifteen
// characters, as in 2023-01..2023-11, an allocation) for every piece.
class Label {
public:
    Label() = default;
    explicit Label(std::string_view s) { *this << s; }
    // A piece whose length is known only when running (a year label, a
    // number). Literals and single characters, most pieces, have overloads
    // of their own below: memcpy of a length not known when compiling is a
    // call into the library, and it was one for every piece.
    Label& operator<<(std::string_view s) {
        std::size_t k = std::min(s.size(), sizeof buf_ - n_);
        std::memcpy(buf_ + n_, s.data(), k);
        n_ += k;
        return *this;
    }
    // A literal: its length is known, and the copy is a move or two. (No
    // label comes near the buffer's end; a literal that would not fit is
    // left out.)
    template <std::size_t N>
    Label& operator<<(const char (&s)[N]) {
        if (n_ + (N - 1) <= sizeof buf_) {
            std::memcpy(buf_ + n_, s, N - 1);
            n_ += N - 1;
        }
        return *this;
    }
    Label& operator<<(char c) {
        if (n_ < sizeof buf_) buf_[n_++] = c;
        return *this;
    }
    // Counts, quarters and years (1 to 2100), with a sign if negative.
    Label& operator<<(int v) {
        if (v < 0) {
            *this << '-';
            v = -v;
        }
        char digits[12];
        char* p = digits + sizeof digits;
        do {
            *--p = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v > 0);
        return *this << std::string_view(p, static_cast<std::size_t>(digits + sizeof digits - p));
    }
    Label& operator<<(Two t) { return *this << static_cast<char>('0' + t.v / 10) << static_cast<char>('0' + t.v % 10); }
    // Digit by digit, as Two: most periods are a year, and the general
    // number above cost a loop and a copy of its buffer for each.
    Label& operator<<(Year y) {
        return *this << static_cast<char>('0' + y.v / 1000) << static_cast<char>('0' + y.v / 100 % 10)
                     << static_cast<char>('0' + y.v / 10 % 10) << static_cast<char>('0' + y.v % 10);
    }
    std::string_view view() const { return {buf_, n_}; }

private:
    // The longest label, a range of days of a relative year
    // (Y[-1]-01-05..Y[-1]-01-07), has 24 characters.
    char buf_[40];
    std::size_t n_ = 0;
};

// 今年 → "Y", 去年 → "Y[-1]" …; 全年 is the whole of the year in context
// ("?"). Brackets keep Y[-1]-11 (November of last year) apart from a month.
// Read at c, which then moves past the word; "" when there is none. By the
// word's characters rather than a symbol table, whose parse set-up cost
// more than the match: every 全, 上 and 今 followed by 年 asks.
std::string_view relative_year(Cursor& c) {
    if (c.peek() == U'上' && c.peek(1) == U'一' && c.peek(2) == U'年') {
        c.p += 3;
        return "Y[-1]";  // 上一年
    }
    if (c.peek(1) != U'年') return {};
    std::string_view label;
    switch (c.peek()) {
        case U'今': case U'本': case U'当': label = "Y"; break;
        case U'全': label = "?"; break;
        case U'去': case U'上': label = "Y[-1]"; break;
        case U'明': label = "Y[+1]"; break;
        case U'前': label = "Y[-2]"; break;
        default: return {};
    }
    c.p += 2;
    return label;
}

// 2023年 / 二〇二三年. The number must look like a calendar year.
std::optional<int> calendar_year(Cursor& c) {
    Cursor t = c;
    const auto& n = t.number();
    if (!n || n->has_point || n->high) return std::nullopt;
    bool four_arabic = !n->chinese && n->int_digits == 4;
    bool four_chinese = n->chinese && n->digit_sequence && t.p - c.p == 4;
    if (!four_arabic && !four_chinese) return std::nullopt;
    std::int64_t v = n->value.mantissa();
    if (n->value.exponent() != 0 || v < 1900 || v > 2100) return std::nullopt;
    c = t;
    return static_cast<int>(v);
}

bool end_word(Cursor& c) { return c.lit(U"末") || c.lit(U"底"); }

// What can follow a year (or stand alone): months, quarters, halves, days.
// `y` is the year label ("2023", "Y", "?").
// Whether within_year may read anything at c: every form it reads starts
// with 上, 下, 前, 第 or a numeral, and most years (2023年, 今年) are followed
// by none of them. Apart, so that the callers test before the call.
bool may_start_within_year(const Cursor& c) {
    if (c.at_end()) return false;
    switch (char32_t first = *c.p) {
        case U'上': case U'下': case U'前': case U'第':
            return true;
        default:
            return is_ascii_digit(first) || is_chinese_numeral_char(first);
    }
}

// At a place where may_start_within_year holds.
std::optional<std::pair<PeriodKind, Label>> within_year(Cursor& c, std::string_view y) {
    Cursor t = c;
    // Halves.
    if (t.lit(U"上半年")) {
        if (end_word(t)) { c = t; return std::pair{PeriodKind::point, Label("end:") << y << "-H1"}; }
        c = t;
        return std::pair{PeriodKind::half, Label(y) << "-H1"};
    }
    if (t.lit(U"下半年")) { c = t; return std::pair{PeriodKind::half, Label(y) << "-H2"}; }
    // The forms below are numbers, after 前 or 第 for some, and then 季度,
    // 个季度, 个月 or 月: what follows the numbers picks the one to read (a
    // quarter's numbers read as months first, and 1—11月 as quarters, read
    // them twice), and rules out the rest (第5位, 一、).
    const bool prefixed = !c.at_end() && (*c.p == U'前' || *c.p == U'第');
    const char32_t* numbers = c.p + prefixed;
    const char32_t* after = numeral_list_end(numbers, c.end);
    if (after == numbers || after == c.end) return std::nullopt;
    const char32_t word = *after;
    if (word != U'季' && word != U'个' && (word != U'月' || prefixed)) return std::nullopt;
    // Quarters: 一季度, 第一季度, 前三季度, 二至三季度.
    t = c;
    bool first_n = t.lit(U"前");
    if (!first_n) t.lit(U"第");
    if (auto q = word == U'月' ? std::nullopt : t.small_int(1, 4)) {
        int q2 = *q;
        if (!first_n && Cursor::is_range_sep(t.peek())) {
            Cursor r{t.p + 1, t.end};
            if (auto hi = r.small_int(1, 4); hi && *hi > *q) {
                q2 = *hi;
                t = r;
            }
        }
        t.lit(U"个");
        if (t.lit(U"季度")) {
            if (!first_n && q2 == *q && end_word(t)) {  // 三季度末
                c = t;
                return std::pair{PeriodKind::point, Label("end:") << y << "-Q" << *q};
            }
            c = t;
            if (first_n) return std::pair{PeriodKind::quarters, Label(y) << "-Q1.." << y << "-Q" << *q};
            if (q2 != *q) return std::pair{PeriodKind::quarters, Label(y) << "-Q" << *q << ".." << y << "-Q" << q2};
            return std::pair{PeriodKind::quarter, Label(y) << "-Q" << *q};
        }
    }
    // 前11个月
    t = c;
    if (word == U'个' && t.lit(U"前")) {
        if (auto m = t.small_int(1, 12); m && t.lit(U"个月")) {
            c = t;
            return std::pair{PeriodKind::months, Label(y) << "-01.." << y << '-' << Two{*m}};
        }
    }
    // Months: 11月, 1—11月, 7、8、9、10月份, then 末/底, or a day.
    if (word != U'月') return std::nullopt;
    t = c;
    auto m1 = t.small_int(1, 12);
    if (!m1) return std::nullopt;
    int lo = *m1, hi = *m1;
    if (Cursor::is_range_sep(t.peek())) {
        Cursor r{t.p + 1, t.end};
        if (auto m2 = r.small_int(1, 12); m2 && *m2 > lo) {
            hi = *m2;
            t = r;
        }
    } else if (t.peek() == U'、') {
        // An enumeration 7、8、9、10月
        Cursor e = t;
        while (e.lit(U"、")) {
            auto mn = e.small_int(1, 12);
            if (!mn || *mn <= hi) break;
            hi = *mn;
            t = e;
        }
    }
    if (!t.lit(U"月") || t.starts_with(U"份额")) return std::nullopt;
    t.lit(U"份");
    if (hi != lo) {
        c = t;
        return std::pair{PeriodKind::months, Label(y) << '-' << Two{lo} << ".." << y << '-' << Two{hi}};
    }
    Label month = Label(y) << '-' << Two{lo};
    if (end_word(t)) {
        c = t;
        return std::pair{PeriodKind::point, Label("end:") << month.view()};
    }
    Cursor d = t;
    if (auto day = d.small_int(1, 31); day && (d.lit(U"日") || d.lit(U"号"))) {
        Label date = Label(month.view()) << '-' << Two{*day};
        Cursor r2 = d;
        if (r2.range_sep()) {
            if (auto day2 = r2.small_int(1, 31); day2 && *day2 > *day && (r2.lit(U"日") || r2.lit(U"号"))) {
                c = r2;
                return std::pair{PeriodKind::date, date << ".." << month.view() << '-' << Two{*day2}};
            }
        }
        c = d;
        return std::pair{PeriodKind::date, date};
    }
    t.lit(U"中旬") || t.lit(U"上旬") || t.lit(U"下旬") || t.lit(U"初");
    c = t;
    return std::pair{PeriodKind::month, month};
}

// Writes the period found over `out`; returns true, for the callers' return.
bool finish(Cursor& c, const char32_t* start, const char32_t* text_begin, PeriodKind kind, const Label& value,
            Period& out) {
    out.begin = static_cast<std::size_t>(start - text_begin);
    out.end = static_cast<std::size_t>(c.p - text_begin);
    out.kind = kind;
    out.value = value.view();
    return true;
}

// 连续18个月, 5年来, 过去五年, 今后五年: periods that are also durations.
bool span_or_streak(Cursor& c, const char32_t* text_begin, Period& out, std::optional<PeriodDuration>& duration) {
    const char32_t* start = c.p;
    Cursor t = c;
    // The lead words: 连续 (0), 过去 (1), 近 (2), 今后 (3), 未来 (4). Most
    // calls are at a numeral, where no lead word starts; elsewhere, a number
    // follows only a lead word, whose first character picks the one to read.
    bool numeral = !t.at_end() && (is_ascii_digit(*t.p) || is_chinese_numeral_char(*t.p));
    int lead = -1;
    if (!numeral) {
        switch (t.peek()) {
            case U'连': if (t.lit(U"连续")) lead = 0; break;
            case U'过': if (t.lit(U"过去")) lead = 1; break;
            case U'近': if (t.lit(U"近")) lead = 2; break;
            case U'今': if (t.lit(U"今后")) lead = 3; break;
            case U'未': if (t.lit(U"未来")) lead = 4; break;
            default: return false;
        }
        if (lead < 0) return false;
    }
    const char32_t* num_begin = t.p;
    const auto& n = t.number();
    if (!n || n->has_point || n->high || n->bare_scale || n->value.exponent() != 0 ||
        n->value.mantissa() < 1 || n->value.mantissa() > 100) {
        return false;
    }
    if (n->single_digit_er) return false;
    int v = static_cast<int>(n->value.mantissa());
    std::u32string_view unit;
    char suffix = 0;
    if (t.lit(U"个月")) { unit = U"个月"; suffix = 'm'; }
    else if (t.lit(U"年")) { unit = U"年"; suffix = 'y'; }
    else if (lead == 0 && t.lit(U"天")) { unit = U"天"; suffix = 'd'; }
    else return false;
    Label label;
    PeriodKind kind = PeriodKind::span;
    if (lead == 0) {
        kind = PeriodKind::streak;
        label << "streak:";
    } else if (lead == 1 || lead == 2) {
        label << "last:";
    } else if (lead == 3 || lead == 4) {
        label << "next:";
    } else if (t.lit(U"来") || t.lit(U"以来")) {
        label << "last:";
    } else {
        return false;
    }
    label << v << suffix;
    c = t;
    finish(c, start, text_begin, kind, label, out);
    // Durations take 连续 and a trailing 来 (CONVENTIONS); 过去/近/今后 stay out.
    duration.emplace(PeriodDuration{static_cast<std::size_t>((lead == 0 ? start : num_begin) - text_begin), out.end,
                                    *n, unit});
    return true;
}

// “十四五”: the five-year plans, 十一五 … 十九五.
bool plan_period(Cursor& c, const char32_t* text_begin, Period& out) {
    Cursor t = c;
    if (!t.lit(U"十")) return false;
    static const std::u32string_view ones[] = {U"一", U"二", U"三", U"四", U"五", U"六", U"七", U"八", U"九"};
    int k = t.one_of(ones);
    if (k < 0 || !t.lit(U"五")) return false;
    // Only as a name: inside quotes or before 规划/期间/时期/末/以来.
    char32_t before = c.p > text_begin ? c.p[-1] : U'\0';
    bool quoted = before == U'“' && t.peek() == U'”';
    if (!quoted && !(t.starts_with(U"规划") || t.starts_with(U"期间") || t.starts_with(U"时期") ||
                     t.starts_with(U"末") || t.starts_with(U"以来"))) {
        return false;
    }
    const char32_t* start = c.p;
    c = t;
    return finish(c, start, text_begin, PeriodKind::plan, Label("plan:1") << k + 1, out);
}

}  // namespace

bool parse_period(Cursor& c, const char32_t* text_begin, Period& out, std::optional<PeriodDuration>& duration) {
    const char32_t* start = c.p;
    if (span_or_streak(c, text_begin, out, duration)) return true;
    if (plan_period(c, text_begin, out)) return true;

    Cursor t = c;
    Label year;
    bool have_year = false;
    // A year is a number (2023年, 二〇二三年) or a word (今年, 去年).
    if (t.at_end() || !(is_ascii_digit(*t.p) || is_chinese_numeral_char(*t.p))) {
        if (std::string_view label = relative_year(t); !label.empty()) {
            year << label;
            have_year = true;
        }
    } else if (auto y = calendar_year(t)) {
        // 2018—2022年, 2018年至2022年
        const bool with_nian = t.peek() == U'年';
        if (Cursor::is_range_sep(t.peek(with_nian))) {
            Cursor r2{t.p + with_nian + 1, t.end};
            if (auto y2 = calendar_year(r2); y2 && *y2 > *y && r2.lit(U"年")) {
                c = r2;
                return finish(c, start, text_begin, PeriodKind::span, Label() << Year{*y} << ".." << Year{*y2}, out);
            }
        }
        // 二〇二四 with 〇 is a year even without 年 (a heading: 奋进二〇二四);
        // Arabic 2023 alone is not (2023吉林消夏节).
        if (!with_nian) {
            bool written_year = std::u32string_view(c.p, static_cast<std::size_t>(t.p - c.p)).find(U'〇') !=
                                std::u32string_view::npos;
            if (!written_year) return false;
        }
        t.lit(U"年");
        t.lit(U"度");
        year << Year{*y};
        have_year = true;
    }

    if (have_year) {
        if (end_word(t) || t.lit(U"初")) {
            c = t;
            bool initial = t.p[-1] == U'初';
            return finish(c, start, text_begin, PeriodKind::point, Label(initial ? "start:" : "end:") << year.view(),
                          out);
        }
        Cursor w{t.peek() == U'的' ? t.p + 1 : t.p, t.end};
        if (auto inner = may_start_within_year(w) ? within_year(w, year.view()) : std::nullopt) {
            c = w;
            return finish(c, start, text_begin, inner->first, inner->second, out);
        }
        c = t;
        return finish(c, start, text_begin, PeriodKind::year, year, out);
    }

    // No year: 年底, 年末, 年初, or months and quarters of a year the context gives.
    t = c;
    if (t.lit(U"年底") || t.lit(U"年末")) {
        c = t;
        return finish(c, start, text_begin, PeriodKind::point, Label("end:?"), out);
    }
    if (auto inner = may_start_within_year(t) ? within_year(t, "?") : std::nullopt) {
        c = t;
        return finish(c, start, text_begin, inner->first, inner->second, out);
    }
    return false;
}

std::string_view to_string(PeriodKind k) {
    switch (k) {
        case PeriodKind::year: return "year";
        case PeriodKind::months: return "months";
        case PeriodKind::month: return "month";
        case PeriodKind::quarters: return "quarters";
        case PeriodKind::quarter: return "quarter";
        case PeriodKind::half: return "half";
        case PeriodKind::point: return "point";
        case PeriodKind::date: return "date";
        case PeriodKind::span: return "span";
        case PeriodKind::plan: return "plan";
        case PeriodKind::streak: return "streak";
    }
    return "year";
}

}  // namespace claimlint::grammar
