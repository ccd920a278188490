// What the rules that compare figures across documents keep of a document
// once its text is gone: its figures as claim records, and the few facts the
// sentence-level rules read off the text around them (the other rate of a
// 高出全国N个百分点, the frame of a ranking, what a streak is of). `check`
// gathers them document by document and drops each document after, so its
// memory grows with the claims, not the text; run_checks gathers them from
// the corpus it is given. Both then run the same comparisons (cross_context).
#pragma once

#include "src/checks/corpus.hpp"

#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

// 出口增长42.1%，高出全国31.6个百分点: the rate, the points, and which other
// rate they speak of (other = rate + sign × points).
struct PointsPair {
    std::size_t rate = 0, points = 0;  // records
    std::string scope, period;         // the other rate's
    int sign = 0;
};

// 是上年的N倍 (ratio) or 比上年增长N倍 right after this year's level.
struct MultiplePair {
    std::size_t multiple = 0, now = 0;  // records
    bool ratio = false;
};

// A place in a ranking: key and frame (全国, 东北三省) name the ranking.
struct RankFact {
    std::size_t at = 0;  // record
    std::string group;   // claim key + "|" + frame
    grammar::Decimal low, high;
};

// 连续N个月/年 as of a time, and what held.
struct StreakFact {
    std::size_t at = 0;  // record
    std::string group;   // scope|subject|what held|unit
    std::string held;
    int length = 0;
    char unit = 'y';       // 'y' or 'm'
    int from = 0, to = 0;  // the time it is stated for, in units since year 0
};

class CrossFacts {
public:
    // The record of a figure, added on first use; it refers to the figure in
    // the corpus's extraction.
    std::size_t record_of(const CheckContext& ctx, ClaimRef r);
    // Appends the records and facts gathered apart from one document (on
    // another thread; its refs are not kept).
    void absorb(CrossFacts&& doc);
    // Frees what only gathering reads (refs and their index), which absorb
    // does not keep: on the thread that gathered, not the one absorbing.
    void drop_refs();

    std::vector<ClaimRecord> records;  // every keyed figure, then those a fact names
    std::vector<ClaimRef> refs;        // the figure of each record_of record (absorbed ones have none)
    std::vector<PointsPair> points;
    std::vector<MultiplePair> multiples;
    std::vector<RankFact> ranks;
    std::vector<StreakFact> streaks;

private:
    std::unordered_map<std::uint64_t, std::size_t> by_ref_;
};

// Adds the keyed claims of `ctx` (in its order) and their ranks; with
// `keys`, only the claims of those keys get a record (ranks all do).
void gather_keyed(const CheckContext& ctx, CrossFacts& facts,
                  const std::unordered_set<std::string_view>* keys = nullptr);
// Adds what the sentence-level rules read off document `d`: the points and
// multiples of a `focus` document (findings are looked for there) and the
// streaks of any. gather_keyed must have run on the same context.
void gather_document(const CheckContext& ctx, std::size_t d, bool focus, CrossFacts& facts);

// The keys the sentence-level rules look up for their facts: the other
// rate's (with any direction) and last year's level.
std::array<std::string, 3> other_rate_keys(const PointsPair& p, const Claim& rate);
std::string base_key(const Claim& now);

// What each rule reads off the text (src/checks/<rule>.cpp).
void gather_points(const CheckContext& ctx, std::size_t d, CrossFacts& facts);
void gather_multiples(const CheckContext& ctx, std::size_t d, CrossFacts& facts);
void gather_rank(const CheckContext& ctx, ClaimRef r, std::size_t record, CrossFacts& facts);
void gather_streaks(const CheckContext& ctx, std::size_t d, CrossFacts& facts);

}  // namespace claimlint
