// number-style: figures written in a malformed way — digit groups that are
// not of three, two decimal points, %%, full- and half-width digits in one
// figure, and % after a rate or share that rises or falls (where percentage
// points are probably meant). Only what is a figure is looked at: a digit
// run counts when a unit, a scale word or % follows it, or when the grammar
// read it as a quantity; dates, versions, codes and heading numbers do not.
#include "grammar/context.hpp"
#include "grammar/cursor.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/numbers.hpp"
#include "grammar/utf8.hpp"
#include "src/checks/corpus.hpp"

#include <algorithm>

namespace claimlint {
namespace {

using U32 = std::u32string_view;
using grammar::is_ascii_digit;

constexpr const char* kRule = "number-style";

// What follows a digit run: an amount or share (亿元, 万吨, %, 个百分点), a
// count (户, 个), or nothing that makes it a figure.
enum class After { none, count, amount };

After what_follows(U32 text, std::size_t at) {
    if (at >= text.size()) return After::none;
    if (text[at] == U'%') return After::amount;
    const char32_t* it = text.data() + at;
    const char32_t* end = text.data() + text.size();
    if (grammar::parse_scale(it, end)) return After::amount;
    const grammar::UnitInfo* u = grammar::match_unit(it, end);
    if (!u) return After::none;
    using grammar::Kind;
    if (u->kind == Kind::amount || u->kind == Kind::percent || u->kind == Kind::pp) return After::amount;
    return u->kind == Kind::count ? After::count : After::none;
}

// Digit groups after commas that are not groups of three (1,23,456 and
// 12,3456). Lists written with commas (12,15,20) have no group of three or
// more after the first, and a first group of four or more (2019,2020) is no
// grouping: both are left alone.
bool bad_grouping(U32 run) {
    std::vector<std::size_t> groups;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= run.size(); ++i) {
        if (i == run.size() || run[i] == U',' || run[i] == U'.') {
            groups.push_back(i - b);
            if (i < run.size() && run[i] == U'.') break;  // decimals follow
            b = i + 1;
        }
    }
    if (groups.size() < 2 || groups[0] < 1 || groups[0] > 3) return false;
    bool off = false, long_group = false;
    for (std::size_t g = 1; g < groups.size(); ++g) {
        if (groups[g] < 2) return false;
        off = off || groups[g] != 3;
        long_group = long_group || groups[g] >= 3;
    }
    return off && long_group;
}

// The rate or share a % after 提高/上升/下降 is about, if the words before
// `pos` are one (城镇化率提高2%, 比重同比上升1.5%); empty otherwise. Rates
// that are not percentages (效率, 生产率, 汇率 …) change in per cent.
std::u32string rate_before(U32 text, std::size_t pos) {
    U32 left = text.substr(0, pos);
    if (left.ends_with(U"了")) left.remove_suffix(1);
    bool verb = false;
    for (U32 v : {U32(U"提高"), U32(U"提升"), U32(U"上升"), U32(U"下降"), U32(U"降低")}) {
        if (left.ends_with(v)) {
            left.remove_suffix(v.size());
            verb = true;
            break;
        }
    }
    if (!verb) return {};
    for (U32 base : {U32(U"比上年"), U32(U"较上年"), U32(U"同比")}) {
        if (left.ends_with(base)) {
            left.remove_suffix(base.size());
            break;
        }
    }
    for (U32 not_percent : {U32(U"效率"), U32(U"生产率"), U32(U"功率"), U32(U"频率"), U32(U"汇率"), U32(U"速率")}) {
        if (left.ends_with(not_percent)) return {};
    }
    for (U32 rate : {U32(U"比重"), U32(U"占比"), U32(U"比例"), U32(U"份额"), U32(U"率")}) {
        if (!left.ends_with(rate)) continue;
        // The rate's name, back to the clause start (at most 8 characters).
        std::size_t b = left.size() - rate.size();
        while (b > 0 && left.size() - b < 8 && !grammar::is_clause_break(left[b - 1])) --b;
        return std::u32string(left.substr(b));
    }
    return {};
}

class StyleScan {
public:
    StyleScan(const CheckContext& ctx, std::size_t doc, std::vector<Diagnostic>& out)
        : ctx_(ctx), doc_(*ctx.corpus().docs[doc]), scan_(ctx.corpus().extractions[doc].scan),
          text_(doc_.normalised()), out_(out) {}

    void run() {
        malformed_runs();
        for (const grammar::Quantity& q : scan_.quantities) quantity(q);
    }

private:
    void report(std::size_t b, std::size_t e, const std::string& problem, std::map<std::string, std::string> v) {
        v["value"] = std::string(doc_.source(b, e));
        v["problem"] = ctx_.text(kRule, problem, v);
        ctx_.report_at(kRule, Location{&doc_, b, e}, v, out_);
    }

    // Digit runs with commas or points that the grammar does not read as a
    // number at all.
    void malformed_runs() {
        for (std::size_t i = 0; i < text_.size();) {
            if (!is_ascii_digit(text_[i])) {
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            int points = 0, commas = 0;
            while (j < text_.size() &&
                   (is_ascii_digit(text_[j]) ||
                    ((text_[j] == U'.' || text_[j] == U',') && j + 1 < text_.size() && is_ascii_digit(text_[j + 1])))) {
                points += text_[j] == U'.';
                commas += text_[j] == U',';
                ++j;
            }
            // v1.2.3, PM2.5, 第1.2.3节, 0431-…: part of a name, a code or a heading.
            char32_t prev = i > 0 ? text_[i - 1] : U'\0';
            bool token = grammar::is_ascii_alpha(prev) || prev == U'.' || prev == U'_' || prev == U'/' ||
                         prev == U'-' || prev == U':' || prev == U'·' || prev == U'第';
            U32 run = text_.substr(i, j - i);
            After after = what_follows(text_, j);
            if (!token && points >= 2 && commas == 0 && after == After::amount) {
                report(i, j, "points", {});
            } else if (!token && commas > 0 && after != After::none && bad_grouping(run)) {
                report(i, j, "grouping", {});
            }
            i = j;
        }
    }

    void quantity(const grammar::Quantity& q) {
        // Full-width digits are three bytes in the source, half-width ones one.
        bool full = false, half = false;
        for (std::size_t i = q.begin; i < q.end; ++i) {
            if (!is_ascii_digit(text_[i])) continue;
            (doc_.byte_offset(i + 1) - doc_.byte_offset(i) == 1 ? half : full) = true;
        }
        if (full && half) report(q.begin, q.end, "mixed_width", {});
        if (q.kind != grammar::Kind::percent) return;
        if (q.end < text_.size() && text_[q.end] == U'%') report(q.begin, q.end + 1, "percent_twice", {});
        std::u32string rate = rate_before(text_, q.begin);
        if (!rate.empty()) {
            report(q.begin, q.end, "pp_as_percent",
                   {{"rate", grammar::to_utf8(rate)}, {"number", q.value.to_string()}});
        }
    }

    const CheckContext& ctx_;
    const Document& doc_;
    const grammar::ScanResult& scan_;
    U32 text_;
    std::vector<Diagnostic>& out_;
};

}  // namespace

void check_number_style(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    if (!ctx.enabled(kRule)) return;
    for (std::size_t d = 0; d < ctx.corpus().docs.size(); ++d) {
        if (ctx.in_focus(d)) StyleScan(ctx, d, out).run();
    }
}

}  // namespace claimlint
