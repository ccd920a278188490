// When a figure is: section headings, a paragraph's opening period, the
// periods of a sentence resolved in their context.
#include "src/claims/builder.hpp"

#include "grammar/numbers.hpp"
#include "src/claims/periods.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace claimlint::building {
namespace {

// 这一年，…: a paragraph about the year the last opening period named.
constexpr U32 kThisYear = U"这一年";

// What may stand before a paragraph's first word: spaces, tabs, list dashes.
bool is_lead_blank(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'-' || c == U'\t'; }

// One pass over s, comparing the words only where one of their first
// characters stands (by its low six bits), not a search of s per word.
bool contains_any(U32 s, std::initializer_list<U32> words) {
    std::uint64_t firsts = 0;
    for (U32 w : words) firsts |= std::uint64_t(1) << (w.front() % 64);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((firsts >> (s[i] % 64) & 1) == 0) continue;
        for (U32 w : words) {
            if (s.substr(i).starts_with(w)) return true;
        }
    }
    return false;
}

bool section_is_plan(U32 heading) {
    return contains_any(heading, {U"安排", U"目标", U"任务", U"计划", U"打算", U"展望", U"预期"});
}

// A section heading of a report: a short line without sentence-final
// punctuation that is numbered (一、 （一）) or names a part of a report
// (回顾, 安排). A news article's subtitles do not open sections.
// has_period(): whether a period starts in the line, asked only of short
// lines (most lines are sentences, ruled out before the look-up).
template <typename HasPeriod>
bool is_section_heading(U32 line, HasPeriod has_period) {
    std::size_t b = 0, e = line.size();
    while (b < e && (line[b] == U' ' || line[b] == U'\u3000' || line[b] == U'\t')) ++b;
    while (e > b && (line[e - 1] == U' ' || line[e - 1] == U'\u3000' || line[e - 1] == U'\r')) --e;
    if (e == b || e - b > 40) return false;
    char32_t last = line[e - 1];
    if (last == U'。' || last == U'！' || last == U'？' || last == U'；' || last == U'，' || last == U'：') return false;
    U32 l = line.substr(b, e - b);
    if (l.size() <= 12 && !l.starts_with(U"-") && has_period()) return true;  // 奋进二〇二四
    bool numbered = (l.size() > 1 && grammar::is_chinese_numeral_char(l[0]) && l[1] == U'、') ||
                    l.starts_with(U"（") || l.starts_with(U"(") || l.starts_with(U"第");
    return numbered || contains_any(l, {U"回顾", U"安排", U"目标任务", U"工作计划", U"展望"});
}

}  // namespace

bool Builder::continues_paragraph(std::size_t lb) const {
    constexpr std::size_t kShortest = 15;  // a shorter line is a title
    std::size_t pe = lb;
    while (pe > 0 && (text_[pe - 1] == U'\n' || text_[pe - 1] == U' ' || text_[pe - 1] == U'\u3000')) --pe;
    if (pe == 0) return false;
    std::size_t pb = line_start(pe - 1);
    // Views of lines made directly here and below: substr() checks its range.
    const U32 line(text_.data() + pb, pe - pb);
    if (line.size() < kShortest) return false;
    switch (line.back()) {  // a line that ends its sentence or clause, or a quotation
        case U'。': case U'！': case U'？': case U'!': case U'?': case U'；': case U';': case U'：': case U':':
        case U'…': case U'”': case U'」': case U'）': case U')':
            return false;
        default:
            break;
    }
    // A subtitle (增长“内力” 制度型开放蹄疾步稳) has no clause punctuation.
    if (line.find_first_of(U"，。；") == U32::npos) return false;
    return !is_section_heading(line, [&] { return first_period_in(pb, pe) != nullptr; });
}

void Builder::walk_lines(std::size_t from, std::size_t to, Context& section) {
    for (std::size_t lb = from; lb < to;) {
        std::size_t le = line_end(lb);
        const U32 line(text_.data() + lb, le - lb);
        if (is_section_heading(line, [&] { return first_period_in(lb, le) != nullptr; })) {
            auto ps = periods_in(lb, le);
            bool plan = section_is_plan(line);
            if (!ps.empty() || plan) {
                section = Context{nullptr, facts_.reference_year, plan, nullptr};
                // The last year-bearing period of the heading: 过去五年和2022年工作回顾 → 2022.
                for (auto it = ps.rbegin(); it != ps.rend(); ++it) {
                    if (const Resolution& r = resolution(**it, facts_.reference_year, false); r.value) {
                        section.period = &*r.value;
                        section.year = r.last_year ? r.last_year : facts_.reference_year;
                        break;
                    }
                }
            }
        } else if (refers_back_) {
            (void)paragraph_context(lb, section);
        }
        lb = le + 1;
    }
}

bool Builder::opens_with_this_year() const {
    return std::any_of(line_starts_.begin(), line_starts_.end(),
                       [this](std::size_t lb) { return text_.substr(lb).starts_with(kThisYear); });
}

Context Builder::paragraph_context(std::size_t lb, const Context& section) {
    Context c = section;
    // Each test of a word compares its first character alone first: most
    // paragraphs open with none of them.
    if (lb < text_.size() && text_[lb] == kThisYear[0] && text_.substr(lb).starts_with(kThisYear)) {
        if (last_opening_) c = *last_opening_;
        return c;
    }
    std::size_t le = line_end(lb);
    const U32 line(text_.data() + lb, le - lb);
    // Not find_first_not_of(), which searches the set for every character.
    std::size_t lead = 0;
    while (lead < line.size() && is_lead_blank(line[lead])) ++lead;
    if (lead == line.size()) lead = U32::npos;
    // 在中韩示范区，…: the paragraph is about that place.
    if (lead != U32::npos && line[lead] == U'在') {
        for (RegionMention m : regions_in(lb + lead + 1, le)) {
            if (m.begin == 0 && lb + lead + 1 + m.end < le && text_[lb + lead + 1 + m.end] == U'，') {
                c.scope = &m.region->name;
            }
            break;
        }
    }
    if (lead != U32::npos && (line[lead] == U'截' || line[lead] == U'目') &&
        (line.substr(lead).starts_with(U"截至目前") || line.substr(lead).starts_with(U"目前"))) {
        c.period = facts_.date ? &*facts_.date : end_of_year(section.year);
        return c;
    }
    const grammar::Period* p = first_period_in(lb, le);
    if (!p) return c;
    for (std::size_t i = lb; i < p->begin; ++i) {
        char32_t ch = text_[i];
        if (!is_lead_blank(ch) && ch != U'截' && ch != U'至') return c;
    }
    if (const Resolved& r = resolved(*p, section.year); r.as_of) {
        c.year = r.last_year ? r.last_year : section.year;
        c.period = r.as_of;
        last_opening_ = c;
    }
    return c;
}

const Builder::Resolved& Builder::resolved(const grammar::Period& p, int context_year) {
    Resolved& r = resolved_[static_cast<std::size_t>(&p - scan_.periods.data())];
    if (!r.done || r.context_year != context_year) {
        r.context_year = context_year;
        r.done = true;
        const bool until = after_until(p);
        if (is_absolute(p.value) && !(until && is_year_or_month(p.value))) {
            r.as_of = &p.value;  // not copied
            r.last_year = last_year_of(p.value);
        } else {
            const Resolution& made = resolution(p, context_year, until);
            r.as_of = made.value ? &*made.value : nullptr;
            r.last_year = made.last_year;
        }
    }
    return r;
}

bool Builder::after_until(const grammar::Period& p) const {
    return p.begin >= 2 && text_[p.begin - 2] == U'截' && (text_[p.begin - 1] == U'至' || text_[p.begin - 1] == U'止');
}

const Builder::Resolution& Builder::resolution(const grammar::Period& p, int context_year, bool until) {
    auto [it, made] = resolutions_.try_emplace(ResolutionKey{p.value, context_year, until});
    Resolution& r = it->second;
    if (made && (r.value = resolve_period(p.value, context_year, facts_))) {
        if (until && is_year_or_month(*r.value)) r.value->insert(0, "end:");
        // "end:" holds no digit: the year is read as well after it.
        r.last_year = last_year_of(*r.value);
    }
    return r;
}

const std::string* Builder::end_of_year(int year) {
    auto [it, made] = ends_of_year_.try_emplace(year);
    if (made) it->second = "end:" + std::to_string(year);
    return &it->second;
}

std::optional<std::string> Builder::respective_month(const std::vector<const grammar::Period*>& ps,
                                                     std::size_t qb, int year) const {
    if (ps.empty()) return std::nullopt;
    const grammar::Period& p = *ps.back();
    U32 list = text_.substr(p.begin, p.end - p.begin);
    if (list.find(U'、') == U32::npos) return std::nullopt;
    // The first 分别 after the list, before the figure.
    std::size_t respectively = words_.first(kRespectively, p.end, qb);
    if (respectively == WordPositions::npos) return std::nullopt;
    respectively -= p.end;
    if (std::size_t y = list.rfind(U'年'); y != U32::npos) list.remove_prefix(y + 1);  // 2022年7、8月份
    if (list.ends_with(U"份")) list.remove_suffix(1);
    if (!list.ends_with(U"月")) return std::nullopt;
    list.remove_suffix(1);
    std::vector<int> months;
    for (const char32_t* it = list.data(); it < list.data() + list.size();) {
        auto n = grammar::parse_number(it, list.data() + list.size());
        if (!n || n->has_point || n->value < grammar::Decimal(1, 0) || n->value > grammar::Decimal(12, 0)) {
            return std::nullopt;
        }
        months.push_back(static_cast<int>(n->value.to_double()));
        if (it < list.data() + list.size() && *it != U'、') return std::nullopt;
        if (it < list.data() + list.size()) ++it;
    }
    // Which figure after 分别 this one is.
    auto by_begin = [](const grammar::Quantity& f, std::size_t v) { return f.begin < v; };
    auto first = std::lower_bound(scan_.quantities.begin(), scan_.quantities.end(), p.end + respectively, by_begin);
    auto self = std::lower_bound(first, scan_.quantities.end(), qb, by_begin);
    auto k = static_cast<std::size_t>(self - first);
    if (k >= months.size()) return std::nullopt;
    // The list's own year when it states one (2022-07..2022-08), else the context's.
    std::string stated_year = p.value.size() >= 4 && p.value[0] != '?' ? p.value.substr(0, 4) : "?";
    char month[8];
    std::snprintf(month, sizeof month, "-%02d", months[k]);
    return resolve_period(stated_year + month, year, facts_);
}

}  // namespace claimlint::building
