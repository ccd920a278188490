// streak-mismatch (a note, off by default): 连续N个月/年 stated at two times
// that cannot both be true. A streak of N as of t held from t−N+1 to t and
// not at t−N; as of a later t+d it is the same streak, N+d long, or one that
// began after a break, at most d−1 long. The times are intervals (a streak
// dated only by its year is as of some month of that year), and a pair is
// reported only when no times inside them make both statements true.
#include "grammar/context.hpp"
#include "grammar/utf8.hpp"
#include "src/checks/cross_context.hpp"

#include <algorithm>
#include <charconv>

namespace claimlint {
namespace {

constexpr const char* kRule = "streak-mismatch";
constexpr std::size_t kHeldChars = 40;

int number(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size() ? v : -1;
}

// The time a claim's period ends, as [from, to] in years or months (a year
// is any of its months); nullopt when the period cannot be read.
std::optional<std::pair<int, int>> as_of(std::string period, char unit) {
    if (period.starts_with("end:")) period.erase(0, 4);
    if (auto dots = period.find(".."); dots != std::string::npos) period.erase(0, dots + 2);
    if (period.size() < 4) return std::nullopt;
    int year = number(std::string_view(period).substr(0, 4));
    if (year <= 0) return std::nullopt;
    if (unit == 'y') return std::pair(year, year);
    std::string_view rest = std::string_view(period).substr(4);
    if (rest.empty()) return std::pair(year * 12, year * 12 + 11);
    int month = -1;
    if (rest.starts_with("-Q")) month = number(rest.substr(2, 1)) * 3;
    else if (rest.starts_with("-H")) month = number(rest.substr(2, 1)) * 6;
    else if (rest.size() >= 3 && rest[0] == '-') month = number(rest.substr(1, 2));
    if (month < 1 || month > 12) return std::nullopt;
    return std::pair(year * 12 + month - 1, year * 12 + month - 1);
}

// Both statements true for some times inside their intervals.
bool can_both_hold(const StreakFact& a, const StreakFact& b) {
    for (int t1 = a.from; t1 <= a.to; ++t1) {
        for (int t2 = b.from; t2 <= b.to; ++t2) {
            const bool a_first = t1 <= t2;
            int d = a_first ? t2 - t1 : t1 - t2;
            int n_first = a_first ? a.length : b.length, n_later = a_first ? b.length : a.length;
            if ((d <= n_later - 1 && n_later - n_first == d) || d >= n_later + 1) return true;
        }
    }
    return false;
}

// The length `a` implies for the same streak at the time of `b`, [lo, hi].
std::pair<int, int> same_streak(const StreakFact& a, const StreakFact& b) {
    return {std::max(1, a.length + (b.from - a.to)), std::max(1, a.length + (b.to - a.from))};
}

}  // namespace

void gather_streaks(const CheckContext& ctx, std::size_t d, CrossFacts& facts) {
    const Extraction& ex = ctx.corpus().extractions[d];
    std::u32string_view text = ctx.text(d);
    for (const grammar::Period& p : ex.scan.periods) {
        if (p.kind != grammar::PeriodKind::streak) continue;
        // The duration read over the same span (quantities are in text order).
        auto q = std::lower_bound(ex.scan.quantities.begin(), ex.scan.quantities.end(), p.begin,
                                  [](const grammar::Quantity& x, std::size_t v) { return x.begin < v; });
        if (q == ex.scan.quantities.end() || q->begin != p.begin) continue;
        ClaimRef ref{d, static_cast<std::size_t>(q - ex.scan.quantities.begin())};
        const Claim& c = ctx.claim(ref);
        if (!c.scope || !c.period || c.modality != "actual") continue;
        StreakFact s;
        s.length = number(std::string_view(p.value).substr(7, p.value.size() - 8));  // streak:18m
        s.unit = p.value.back();
        if (s.length < 1 || (s.unit != 'y' && s.unit != 'm')) continue;
        // What held: the rest of the clause (居东北三省首位, 获评全省营商环境标兵),
        // at most kHeldChars long: a longer text is compared by its start.
        std::size_t e = p.end;
        while (e < text.size() && e - p.end < kHeldChars && !grammar::is_clause_break(text[e])) ++e;
        std::u32string held(text.substr(p.end, e - p.end));
        std::erase_if(held, [](char32_t ch) { return ch == U' ' || ch == U'\u3000'; });
        // 连续5年以上: a lower bound, not a length.
        if (held.empty() || held.starts_with(U"以上") || held.starts_with(U"多")) continue;
        // Without a subject (长春新区连续7年获评…), what held must say what it is about.
        if (!c.subject && held.size() < 4) continue;
        auto t = as_of(*c.period, s.unit);
        if (!t) continue;
        std::tie(s.from, s.to) = *t;
        s.held = grammar::to_utf8(held);
        s.group = *c.scope + "|" + c.subject.value_or("") + "|" + s.held + "|" + s.unit;
        s.at = facts.record_of(ctx, ref);
        facts.streaks.push_back(std::move(s));
    }
}

void check_streak_mismatch(const CrossContext& ctx, const CrossFacts& facts, std::vector<RecordFinding>& out) {
    if (!ctx.enabled(kRule)) return;
    std::vector<StreakFact> streaks = facts.streaks;
    // Publication order inside each group: the later statement carries the note.
    std::stable_sort(streaks.begin(), streaks.end(),
                     [&](const StreakFact& a, const StreakFact& b) { return ctx.earlier(a.at, b.at); });
    std::stable_sort(streaks.begin(), streaks.end(),
                     [](const StreakFact& a, const StreakFact& b) { return a.group < b.group; });
    for (std::size_t j = 0; j < streaks.size(); ++j) {
        for (std::size_t i = j; i-- > 0 && streaks[i].group == streaks[j].group;) {
            const StreakFact& a = streaks[i];
            const StreakFact& b = streaks[j];
            if (ctx.same_sentence(a.at, b.at)) continue;
            if (can_both_hold(a, b)) continue;
            auto [lo, hi] = same_streak(a, b);
            int gap = b.length > hi ? b.length - hi : lo - b.length;
            ctx.report(kRule, b.at, a.at, out,
                       {{"held", b.held},
                        {"subject", ctx.claim(b.at).subject.value_or("")},
                        {"expected", lo == hi ? std::to_string(lo) : std::to_string(lo) + "–" + std::to_string(hi)},
                        {"unit_word", ctx.text(kRule, std::string("unit_") + b.unit, {})},
                        {"difference", std::to_string(gap)}});
            break;
        }
    }
}

}  // namespace claimlint
