// Arithmetic between stated figures (勾稽关系). A stated figure is the range
// of values its digits and qualifier allow; a relation between figures is
// violated only when no values inside their ranges satisfy it, so every
// operation here widens to the closed hull (rounding never cries wolf).
#pragma once

#include "grammar/quantity.hpp"
#include "src/checks/corpus.hpp"

#include <initializer_list>
#include <string>
#include <string_view>

namespace claimlint {

struct Range {
    double lo = 0, hi = 0;  // closed; infinite ends allowed
    static Range of(const grammar::Interval& iv);
    static Range point(double v) { return {v, v}; }
    bool bounded() const;
    double mid() const { return (lo + hi) / 2; }
};

Range operator+(Range a, Range b);
Range operator-(Range a, Range b);
Range operator*(Range a, Range b);
// Unbounded when b may be zero.
Range operator/(Range a, Range b);

// A claim's measure.
inline bool is(const Claim& c, const char* measure) { return c.measure && *c.measure == measure; }
using grammar::is_bound;
using grammar::measured;

// Calls f(doc, figures) for every sentence of every document, with the
// quantity indexes of its figures in text order.
template <class F>
void for_each_sentence(const CheckContext& ctx, F f) {
    for (std::size_t d = 0; d < ctx.corpus().docs.size(); ++d) {
        if (!ctx.in_focus(d)) continue;
        for (const auto& figs : ctx.sentences_of(d)) f(d, figs);
    }
}

// The values a figure allows, with the configured tolerances. A count written
// to the unit (845户, 10个工作日) is that whole number: counts are integers.
Range figure_range(const CheckContext& ctx, ClaimRef r);
Range figure_range(const Config& config, const grammar::Quantity& q);

// How a figure was written, read off its normalised text `figure` (913亿元:
// 913 × 10^8 in 亿元, no decimals); nullopt when it has no Arabic number.
std::optional<WrittenForm> written_form(const grammar::Quantity& q, std::u32string_view figure);
// `value` in the figure's own scale and unit words, one decimal finer than it
// was written (1000万千瓦 next to 1500万千瓦).
std::string written(const grammar::Quantity& q, const std::optional<WrittenForm>& form, double value);

// True when some value lies in both (with a relative slack of 1e-9 for the
// binary floating point the hull is computed in).
bool intersects(Range a, Range b);

// How far apart two disjoint ranges are (0 when they meet).
double gap(Range a, Range b);

// A value for a message, with at most `decimals` decimals and no trailing
// zeros: 1542.3, 9.1, 1000.
std::string format_value(double v, int decimals = 2);

// The same period one year earlier: every year in it moves back by one
// (2023-01..2023-11 → 2022-01..2022-11).
std::string year_before(const std::string& period);

// Whether any of the words occurs in s.
bool has_any(std::u32string_view s, std::initializer_list<std::u32string_view> words);

// The figure a 其中 at `at` breaks down: the nearest one before it with the
// unit of the part `first_part`, in this sentence or the one before.
std::optional<std::size_t> breakdown_whole(const CheckContext& ctx, std::size_t d, std::size_t first_part,
                                           std::size_t at);

// Whether two subjects name the same thing at different extents: equal, or
// one inside the other once 总/累计 are set aside (装机容量, 总装机容量).
bool same_thing(const std::string& a, const std::string& b);

// Where the sentence of a figure starts (code points).
std::size_t sentence_start(const CheckContext& ctx, ClaimRef r);

}  // namespace claimlint
