// cross-document-mismatch, within-document-mismatch, unit-mismatch: claims
// with the same key whose figures cannot both be true. Claims are grouped by
// key (RecordContext, which checks the groups on several threads); inside a
// group each figure is reported once, at the first figure published before it
// that it contradicts. Ranks are compared by rank-mismatch, which also knows
// the ranking frame.
//
// A fact restated k times would cost k² comparisons figure by figure, so the
// figures of earlier documents are looked up instead: per dimension and
// unit, two Fenwick trees give the earliest figure whose interval lies
// wholly below, or wholly above, the one at hand (log k). Only the earlier
// figures of the same document, where the same-sentence and bound rules
// apply, are compared one by one.
#include "src/checks/record_context.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <span>
#include <string_view>

namespace claimlint {
namespace {

using grammar::Bound;
using grammar::Decimal;
using grammar::Quantity;

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

using grammar::is_bound;
// Amounts and counts only are told apart by unit: a percent against an
// amount is more often a misread subject than a wrong unit.
using grammar::measured;

// Prefix minimum over positions 0..n-1 (a Fenwick tree).
class MinTree {
public:
    explicit MinTree(std::size_t n) : t_(n + 1, kNone) {}
    void add(std::size_t pos, std::size_t v) {
        for (++pos; pos < t_.size(); pos += pos & (~pos + 1)) t_[pos] = std::min(t_[pos], v);
    }
    // The minimum over positions [0, n).
    std::size_t min_before(std::size_t n) const {
        std::size_t m = kNone;
        for (; n > 0; n -= n & (~n + 1)) m = std::min(m, t_[n]);
        return m;
    }

private:
    std::vector<std::size_t> t_;
};

// An end of an interval as a sortable key: (value, tie) with the tie chosen
// so that grammar::overlaps' strictness becomes a plain key comparison.
using Key = std::pair<Decimal, int>;

// The figures of one dimension and unit, by where their intervals end.
// Two intervals are disjoint when one's upper end is below the other's lower
// end (grammar::overlaps): hi < lo, or equal and not both inclusive. Upper
// ends are keyed (v, inclusive ? 1 : 0): they are below a lower end lo
// exactly when their key is less than (lo, lo.inclusive ? 1 : 2). Lower ends
// are keyed (v, inclusive ? 0 : 1): they are above an upper end hi exactly
// when their key is at least (hi, hi.inclusive ? 1 : 0); that tree is stored
// reversed so that the query is a prefix too.
class Class {
public:
    void collect(const Bound& high, const Bound& low) {
        if (high.value) highs_.push_back(high_key(high));
        if (low.value) lows_.push_back(low_key(low));
    }
    void seal() {
        for (auto* v : {&highs_, &lows_}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
        below_ = MinTree(highs_.size());
        above_ = MinTree(lows_.size());
    }
    void insert(std::size_t index, const Bound& high, const Bound& low) {
        if (high.value) below_.add(rank(highs_, high_key(high)), index);
        // Reversed, so that "every lower end from here up" is a prefix.
        if (low.value) above_.add(lows_.size() - 1 - rank(lows_, low_key(low)), index);
    }
    // The earliest inserted figure whose interval is disjoint from [low, high].
    std::size_t first_disjoint(const Bound& low, const Bound& high) const {
        std::size_t best = kNone;
        if (low.value) {
            Key threshold{*low.value, low.inclusive ? 1 : 2};
            best = below_.min_before(static_cast<std::size_t>(
                std::lower_bound(highs_.begin(), highs_.end(), threshold) - highs_.begin()));
        }
        if (high.value) {
            // Lower ends keyed (v, inclusive ? 0 : 1) lie above `high` from this key on.
            Key from{*high.value, high.inclusive ? 1 : 0};
            auto first = static_cast<std::size_t>(std::lower_bound(lows_.begin(), lows_.end(), from) - lows_.begin());
            best = std::min(best, above_.min_before(lows_.size() - first));
        }
        return best;
    }

private:
    static Key high_key(const Bound& b) { return {*b.value, b.inclusive ? 1 : 0}; }
    static Key low_key(const Bound& b) { return {*b.value, b.inclusive ? 0 : 1}; }
    static std::size_t rank(const std::vector<Key>& keys, const Key& k) {
        return static_cast<std::size_t>(std::lower_bound(keys.begin(), keys.end(), k) - keys.begin());
    }

    std::vector<Key> highs_, lows_;
    MinTree below_{0}, above_{0};
};

// Groups this small are compared figure by figure.
constexpr std::size_t kSmallGroup = 16;

// One group of figures with the same key, in publication order.
void check_group(const RecordContext& ctx, std::span<const std::size_t> refs, std::vector<RecordFinding>& out) {
    std::vector<grammar::Interval> iv;
    iv.reserve(refs.size());
    for (std::size_t r : refs) iv.push_back(ctx.interval(r));
    auto quantity = [&](std::size_t i) -> const Quantity& { return ctx.quantity(refs[i]); };

    // The first of [from, j) that j contradicts, one by one; `unit_mismatch`
    // tells which way.
    auto first_one_by_one = [&](std::size_t from, std::size_t j, bool& unit_mismatch) {
        const Quantity& qj = quantity(j);
        for (std::size_t i = from; i < j; ++i) {
            const Quantity& qi = quantity(i);
            bool same_doc = ctx.same_doc(refs[i], refs[j]);
            // Figures of one sentence are different facts (由115家优化整合至90家,
            // 分别增长4.6%、7%, 5个项目631公里): a restatement is in another sentence.
            if (same_doc && ctx.same_sentence(refs[i], refs[j])) continue;
            // A bound against a precise figure of the same document (突破5400亿元
            // and 5380亿元) is threshold-claim's.
            if (same_doc && is_bound(qi) != is_bound(qj)) continue;
            if (qi.dimension != qj.dimension) {
                if (measured(qi) && measured(qj)) {
                    unit_mismatch = true;
                    return i;
                }
                continue;
            }
            // Same dimension, different unit (千克 against 吨): not compared yet.
            if (qi.unit != qj.unit) continue;
            if (!overlaps(iv[i], iv[j])) return i;
        }
        return kNone;
    };

    const bool small = refs.size() <= kSmallGroup;
    // By dimension and unit, viewed in the records' figures.
    std::map<std::pair<std::string_view, std::string_view>, Class> classes;
    if (!small) {
        for (std::size_t i = 0; i < refs.size(); ++i) {
            classes[{quantity(i).dimension, quantity(i).unit}].collect(iv[i].high, iv[i].low);
        }
        for (auto& [k, c] : classes) c.seal();
    }
    std::map<std::string_view, std::size_t> first_measured;  // earliest measured figure of each dimension

    std::size_t doc_start = 0, inserted = 0;
    for (std::size_t j = 0; j < refs.size(); ++j) {
        if (!ctx.same_doc(refs[doc_start], refs[j])) doc_start = j;
        const Quantity& qj = quantity(j);
        bool unit_mismatch = false;
        std::size_t found = kNone;
        if (small) {
            found = first_one_by_one(0, j, unit_mismatch);
        } else {
            // Figures of earlier documents become searchable once j is past them.
            for (; inserted < doc_start; ++inserted) {
                const Quantity& q = quantity(inserted);
                classes.at({q.dimension, q.unit}).insert(inserted, iv[inserted].high, iv[inserted].low);
                if (measured(q)) first_measured.emplace(q.dimension, inserted);
            }
            found = classes.at({qj.dimension, qj.unit}).first_disjoint(iv[j].low, iv[j].high);
            if (measured(qj)) {
                for (const auto& [dimension, i] : first_measured) {
                    if (dimension != qj.dimension && i < found) {
                        found = i;
                        unit_mismatch = true;
                    }
                }
            }
            // Earlier figures of the same document come after all of those.
            if (found == kNone) found = first_one_by_one(doc_start, j, unit_mismatch);
        }
        if (found == kNone) continue;
        const char* rule = unit_mismatch ? "unit-mismatch"
                           : ctx.same_doc(refs[found], refs[j]) ? "within-document-mismatch"
                                                                : "cross-document-mismatch";
        ctx.report(rule, refs[j], refs[found], out);
    }
}

}  // namespace

void check_key_conflicts(const RecordContext& ctx, std::vector<RecordFinding>& out) {
    ctx.for_each_key_group(
        [&](std::span<const std::size_t> group, std::vector<RecordFinding>& found) {
            auto rank = [&](std::size_t r) { return ctx.claim(r).measure == "rank"; };
            if (std::none_of(group.begin(), group.end(), rank)) return check_group(ctx, group, found);
            std::vector<std::size_t> others;
            std::copy_if(group.begin(), group.end(), std::back_inserter(others), [&](std::size_t r) { return !rank(r); });
            if (!others.empty()) check_group(ctx, others, found);
        },
        out);
}

}  // namespace claimlint
