// The claims builder: its state and lookups. Its work is split by question:
// builder.cpp makes each figure's claim (measure, modality, key);
// period_context.cpp, scope.cpp and subject.cpp answer when, whose and what.
// Private to src/claims.
#pragma once

#include "grammar/char_set.hpp"
#include "grammar/clause_punctuation.hpp"
#include "grammar/quantity.hpp"
#include "src/claims/claim.hpp"
#include "src/claims/home_words.hpp"
#include "src/claims/nearby_search.hpp"
#include "src/claims/organisations.hpp"
#include "src/claims/position_set.hpp"
#include "src/claims/regions.hpp"
#include "src/claims/word_positions.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimlint::building {

using grammar::Kind;
using U32 = std::u32string_view;

// The grammar's clause punctuation, and 、 (list items are clauses here).
inline bool is_clause_break(char32_t c) { return c == U'、' || grammar::is_clause_punctuation(c); }

// Pointers, not copies: contexts are copied for every paragraph.
struct Context {
    // Absolute; a period's own value or one the Builder keeps (resolution(),
    // end_of_year()).
    const std::string* period = nullptr;
    int year = 0;
    bool plan = false;  // a work-plan section (三、2023年工作安排)
    // A paragraph that opens with 在中韩示范区，: the place's name (its Region's).
    const std::string* scope = nullptr;
};

class Builder {
public:
    Builder(const Document& doc, const grammar::ScanResult& scan, const DocumentFacts& facts, const ClaimOptions& opts,
            const std::vector<std::size_t>& sentences, const std::vector<RegionMention>& regions,
            const WordStarts& starts)
        : text_(doc.normalised()), scan_(scan), facts_(facts),
          synonyms_(opts.synonyms ? *opts.synonyms : SubjectSynonyms::builtin()),
          sentences_(sentences), line_starts_(doc.line_starts()), word_starts_(starts),
          places_(doc.normalised(), regions, word_starts_.words),
          regions_(places_.mentions()), document_(doc) {}

    std::vector<Claim> run();

    // The characters the words the builder looks for across the whole text
    // (kWords, organisation words, 该, goal words) start with.
    static const grammar::CharSet& word_firsts();

private:
    // Looking up positions around a figure.

    // Line boundaries looked up: paragraphs can be long and hold many figures.
    std::size_t line_start(std::size_t pos) const { return line_starts_[line_search_.upper_bound(pos) - 1]; }
    std::size_t line_end(std::size_t pos) const {
        std::size_t next = line_search_.upper_bound(pos);
        return next == line_starts_.size() ? text_.size() : line_starts_[next] - 1;
    }

    std::size_t sentence_start(std::size_t pos) const { return sentences_[sentence_search_.upper_bound(pos) - 1]; }
    // Clause punctuation inside quotation marks (“阀、管、灶”) does not end a
    // clause. Out of line (builder.cpp): its loop is compiled the same
    // wherever it is asked for.
    std::size_t clause_start(std::size_t pos) const;

    // The first period that starts at or after `from`, or one that starts
    // before and reaches in (7、8、9、10月份 split by 、), as an index.
    std::size_t first_period_from(std::size_t from) const {
        std::size_t i = period_search_.lower_bound(from);
        return i > 0 && scan_.periods[i - 1].end > from ? i - 1 : i;
    }

    // The first of periods_in(from, to), or null; nothing is collected.
    const grammar::Period* first_period_in(std::size_t from, std::size_t to) const {
        for (std::size_t i = first_period_from(from); i < scan_.periods.size() && scan_.periods[i].begin < to; ++i) {
            if (scan_.periods[i].kind != grammar::PeriodKind::streak) return &scan_.periods[i];
        }
        return nullptr;
    }

    // Periods that start in [from, to), excluding streaks.
    std::vector<const grammar::Period*> periods_in(std::size_t from, std::size_t to) const {
        const std::size_t first = first_period_from(from);
        std::size_t last = first;
        while (last < scan_.periods.size() && scan_.periods[last].begin < to) ++last;
        std::vector<const grammar::Period*> out;
        out.reserve(last - first);  // one allocation, not one each time it grows
        for (std::size_t i = first; i < last; ++i) {
            if (scan_.periods[i].kind != grammar::PeriodKind::streak) out.push_back(&scan_.periods[i]);
        }
        return out;
    }

    // The place mentions inside [from, to), with offsets relative to `from`:
    // a view, since this runs several times a figure.
    class MentionsIn {
    public:
        struct Iterator {
            const RegionMention* at;
            std::size_t from;
            RegionMention operator*() const { return {at->begin - from, at->end - from, at->region}; }
            Iterator& operator++() {
                ++at;
                return *this;
            }
            bool operator==(const Iterator& o) const { return at == o.at; }
        };
        MentionsIn(const RegionMention* b, const RegionMention* e, std::size_t from) : b_(b), e_(e), from_(from) {}
        Iterator begin() const { return {b_, from_}; }
        Iterator end() const { return {e_, from_}; }
        bool empty() const { return b_ == e_; }
        RegionMention front() const { return *begin(); }

    private:
        const RegionMention *b_, *e_;
        std::size_t from_;
    };
    MentionsIn regions_in(std::size_t from, std::size_t to) const {
        const RegionMention* b = regions_.data() + region_search_.lower_bound(from);
        const RegionMention* e = b;
        while (e != regions_.data() + regions_.size() && e->end <= to) ++e;
        return MentionsIn(b, e, from);
    }

    bool quantity_in(std::size_t from, std::size_t to) const {
        std::size_t i = quantity_search_.lower_bound(from);
        return i < scan_.quantities.size() && scan_.quantities[i].begin < to;
    }

    // Where the last 分别 in [from, to) starts, or npos: the occurrences are
    // found once, not searched for again for every figure of a sentence.
    std::size_t last_respectively(std::size_t from, std::size_t to) const {
        return words_.last(kRespectively, from, to);
    }

    // 居全国13个粮食主产省, 在全国261个地级市: the universe a count is taken from.
    static bool universe_word(char32_t before) { return before == U'居' || before == U'在'; }

    // builder.cpp: the claim of a figure, its measure and modality.

    // Whether a goal word stands in the `sentence`-th sentence before pos;
    // the first one of each sentence is found once (first_target_cue_in()),
    // and the answer for the sentence's other figures read inline.
    bool target_cue_before(std::size_t sentence, std::size_t pos) {
        std::size_t& cue = first_cue_[sentence];
        if (cue == kUnread) cue = first_target_cue_in(sentence);
        return cue != U32::npos && cue < pos;
    }
    // Where the first goal word of the `sentence`-th sentence starts, or npos.
    std::size_t first_target_cue_in(std::size_t sentence) const;

    // Where 其中 stands in the first four characters of the sentence at ss,
    // or npos.
    std::size_t of_which_at_head(std::size_t ss) const;

    // Where the words of kWords up to 其中 start (sentence_words_).
    PositionSet find_sentence_words() const;

    // A review published early in the year after the one it is about.
    bool annual_review() const { return facts_.date && facts_.reference_year == facts_.year - 1; }

    // Fills `c`, the claim of quantity `index`; `previous` holds the claims
    // of the quantities before it.
    void claim_for(std::size_t index, const Context& paragraph, Claim& c, const std::vector<Claim>& previous);

    void measure(const grammar::Quantity& q, U32 left, U32 sentence_left, Claim& c) const;

    // Sets c.key, the key two claims must share to be compared: scope,
    // subject, period, measure, direction and modality, then whether it is a
    // part (其中) and of which set of things.
    static void set_key(Claim& c, bool part, const std::optional<std::string>& which);

    // period_context.cpp: when.

    // A line that carries on a paragraph broken by a hard line break (…位列千万级
    // 机场第1\n\n位。…): the line before is a paragraph's text that stops
    // without ending its sentence.
    bool continues_paragraph(std::size_t lb) const;

    // Walks the lines in [from, to): headings set the section, paragraphs
    // that open with a period are remembered for a later 这一年.
    void walk_lines(std::size_t from, std::size_t to, Context& section);

    // A paragraph that opens with a period (2023年，… / 五年来，…) carries it;
    // one that opens with 这一年 refers back to the last such opening.
    Context paragraph_context(std::size_t lb, const Context& section);
    bool opens_with_this_year() const;  // whether any line does

    // A period of the text resolved in the context of a year, kept for the
    // next figure of the sentence, which resolves the same periods again.
    struct Resolved {
        int context_year = 0;
        bool done = false;
        // The value, read after 截至 (after_until()); null: unresolved. Most
        // periods are absolute already: it is then the period's own value,
        // else one of resolutions_.
        const std::string* as_of = nullptr;
        int last_year = 0;  // last_year_of(value)
    };
    const Resolved& resolved(const grammar::Period& p, int context_year);

    // A period's `value` resolved in the context of a year, read as "end:"
    // + it after 截至 (`until`) when it is a year or month; null: unresolved.
    // The resolutions are kept by value, context year and 截至, since a
    // document states the same few periods (全年, 1—11月, 上年) again and again.
    struct Resolution {
        std::optional<std::string> value;
        int last_year = 0;  // last_year_of(*value)
    };
    // Of a period of the scan: the key is a view of its value.
    const Resolution& resolution(const grammar::Period& p, int context_year, bool until);
    // "end:" + year, kept.
    const std::string* end_of_year(int year);
    struct ResolutionKey {
        std::string_view value;  // the period's, which the scan keeps
        int context_year;
        bool until;  // after 截至
        bool operator==(const ResolutionKey&) const = default;
    };
    struct ResolutionHash {
        std::size_t operator()(const ResolutionKey& k) const {
            return std::hash<std::string_view>{}(k.value) ^ (std::size_t(k.context_year) << 1 | k.until);
        }
    };

    // 截至2023年: the state at the end of that year or month, not a flow over
    // it: a resolved value is read as "end:" + it when the period follows
    // 截至 or 截止 and the value is a year or month.
    bool after_until(const grammar::Period& p) const;
    static bool is_year_or_month(const std::string& resolved) {
        return !resolved.starts_with("end:") && resolved.find("..") == std::string::npos && resolved.size() <= 7;
    }

    // 7、8、9、10月份增速分别居全国第2位、第1位…: the i-th figure after 分别
    // is about the i-th month of the list.
    std::optional<std::string> respective_month(const std::vector<const grammar::Period*>& ps, std::size_t qb,
                                                int year) const;

    // scope.cpp: whose.

    // Whose figure: a place in the clause, else 全省/全市… in it, else a place
    // heading an earlier segment of the sentence, else 全省/全市… earlier in the
    // sentence, else the figure before in the sentence (or the whole a 其中
    // breaks down), else the paragraph's place, else the document's home. A
    // statement after ； has its own subject: the search stops there.
    // Written into `out`, the claim's (empty): returned, it was made,
    // moved into the claim and destroyed, for every figure.
    void scope(std::size_t index, std::size_t ss, std::size_t cs, const Claim* prev,
               const std::string* paragraph, std::optional<std::string>& out) const;

    // A count taken from a universe (居全国13个粮食主产省), which lends no scope.
    // Most figures are no count: that is told inline.
    bool universe_count(std::size_t index) const {
        return scan_.quantities[index].kind == Kind::count && universe_of_count(index);
    }
    bool universe_of_count(std::size_t index) const;

    // Where a list of members directly before a count starts (the segment's
    // 、-joined items, or items before 等), or qb when there is none.
    std::size_t members_before(std::size_t ss, std::size_t qb) const;

    // Where the last home word wholly inside [from, to) starts, or
    // PositionSet::npos.
    std::size_t last_home_word(std::size_t from, std::size_t to) const {
        // Every home word is two characters.
        return to < 1 ? PositionSet::npos : home_word_starts_.last_in(from, to - 1);
    }
    // The home the home word at `at` names (home_member), into `out`; left
    // unknown when the document has none.
    void home_named(std::size_t at, std::optional<std::string>& out) const;
    // Where the text's home words start (word_starts_.homes).
    PositionSet find_home_words() const;

    // Each of the next four asks a bit set first, inline: that settles most
    // figures, clauses and segments, and the call cost as much as the test.

    // A place named in [cs, qb) that says whose figure it is, if any.
    const Region* explicit_region(std::size_t cs, std::size_t qb, Kind kind) const {
        // Most clauses name no place.
        return mention_starts_.any_in(cs, qb) ? named_region(cs, qb, kind) : nullptr;
    }
    const Region* named_region(std::size_t cs, std::size_t qb, Kind kind) const;

    // Where [cs, qb) starts once a leading period (2023年，… 1—11月…) is skipped.
    std::size_t after_leading_periods(std::size_t cs, std::size_t qb) const {
        // Most clauses open with no period at all.
        return period_starts_.contains(cs) ? past_periods(cs, qb) : cs;
    }
    std::size_t past_periods(std::size_t cs, std::size_t qb) const;
    // By position: whether a period other than a streak starts there, and
    // whether a place or organisation mention does.
    PositionSet find_period_starts() const;
    PositionSet find_mention_starts() const;

    // A place of the lexicon at b, other than the country: at the head of a
    // clause or segment (b: where it starts after its leading periods).
    const Region* region_at_head(std::size_t b, std::size_t qb) const {
        return mention_starts_.contains(b) ? region_at(b, qb) : nullptr;
    }
    const Region* region_at(std::size_t b, std::size_t qb) const;

    // A place the lexicon does not know, at the head of a clause (b: where it
    // starts after its leading periods) before qb: three or four characters
    // ending in 市/县/州 (蛟河市5G基站…). 城市, 全市 and the like are not
    // places. Its length, or 0.
    std::size_t place_at_head(std::size_t b, std::size_t qb) const {
        // Most clause heads have no 市/县/州 in third or fourth place: ruled
        // out before the closer look, nearly all by the characters' low six
        // bits (three of 64 values), with one branch for both.
        if (b + 3 > qb) return 0;
        const char32_t third = text_[b + 2], fourth = b + 4 <= qb ? text_[b + 3] : U'\0';
        constexpr std::uint64_t kLow6 =
            std::uint64_t(1) << (U'市' % 64) | std::uint64_t(1) << (U'县' % 64) | std::uint64_t(1) << (U'州' % 64);
        static_assert((kLow6 & 1) == 0, "no fourth character (0) must not pass");
        if (((kLow6 >> (third % 64) | kLow6 >> (fourth % 64)) & 1) == 0) return 0;
        if (!is_place_suffix(third) && !is_place_suffix(fourth)) return 0;
        return unknown_place(text_.substr(b, qb - b));
    }
    static bool is_place_suffix(char32_t c) { return c == U'市' || c == U'县' || c == U'州'; }
    // The closer look: the length of the place at the head of `head`, or 0.
    static std::size_t unknown_place(U32 head);

    // subject.cpp: what.
    PositionSet find_periods_and_places() const;

    std::optional<std::string> subject(std::size_t from, std::size_t qb, std::size_t cs, const Claim* prev,
                                       bool rank = false) const;
    // The same written into `out`, empty (a claim's), and left empty when
    // there is none: returned, the subject was moved into the claim and the
    // returned one destroyed, for nearly every figure.
    void subject(std::size_t from, std::size_t qb, std::size_t cs, const Claim* prev, bool rank,
                 std::optional<std::string>& out) const;

    // A subject in UTF-8: its group's first entry when it has synonyms,
    // else the phrase itself (copied from the document's bytes when it is
    // a view of the text, as most are, rather than encoded).
    std::optional<std::string> named(U32 phrase) const;
    void named(U32 phrase, std::optional<std::string>& out) const;  // into `out`, as subject() does

    // A change in percentage points is about the rate of the figure before it
    // (增长7.2%，增速比全省高2.6个百分点): that subject, plus the comparison.
    std::optional<std::string> comparison_subject(std::size_t from, std::size_t qb, const Claim* prev) const;

    // 分别: A、B分别增长x%、y% gives x to A and y to B. Nullopt unless the
    // subjects and the figures pair up one to one. `at`: where the last 分别
    // before the figure starts (claim_for() asks only when there is one).
    struct Respective {
        std::optional<std::string> scope, subject;
    };
    std::optional<Respective> respective_after(std::size_t index, std::size_t ss, std::size_t at) const;
    // The items before a 分别 (A、B和C), the same for every figure after it:
    // read for the first and kept for the others.
    struct RespectiveItems {
        std::size_t ss = U32::npos, at = U32::npos;  // the sentence's start and the 分别's
        std::vector<std::pair<std::size_t, std::size_t>> items;  // [begin, end) of each
        int all_named = -1;                      // every item starts with a place (-1: not read yet)
        bool last_read = false;                  // last_subject is set
        std::optional<std::string> last_subject;  // what follows the last item's place
    };
    RespectiveItems& respective_items(std::size_t ss, std::size_t at) const;

    // The frame of a clause: an earlier clause of the sentence that ends in
    // 上/期间/时 (在…座谈会上，…), without its marker; "" when there is none.
    // Most clauses follow none: the character before the break tells, before
    // a call, without reading the clause before.
    std::string frame(std::size_t ss, std::size_t cs) const {
        if (cs <= ss + 1) return {};
        const char32_t last = text_[cs - 2];
        for (U32 marker : kFrameMarkers) {
            if (marker.back() == last) return frame_before(ss, cs - 1);
        }
        return {};
    }
    static constexpr U32 kFrameMarkers[] = {U"会上", U"期间", U"论坛上", U"仪式上"};
    // The same once the clause before ends in a marker's last character; e:
    // the clause break after it.
    std::string frame_before(std::size_t ss, std::size_t e) const;

    // The noun after a figure when it is what the figure measures: not after
    // 为 (为5600户…家庭实施适老化改造: the beneficiaries, not the work), not a
    // bare head noun unless nothing precedes the figure in its clause (、4万户企业).
    // Most figures have none (增长5.2%，, 1020万元。): the character after
    // them tells, before a call.
    std::optional<std::string> counted_noun(const grammar::Quantity& q, std::size_t cs, std::size_t ls) const {
        if ((q.begin > 0 && text_[q.begin - 1] == U'为') || noun_may_follow(q)) return read_counted_noun(q, cs, ls);
        return std::nullopt;
    }
    std::optional<std::string> read_counted_noun(const grammar::Quantity& q, std::size_t cs, std::size_t ls) const;
    // False when right_subject() finds no noun for certain: the figure is of
    // another kind, a share has no 的 after it, or what follows starts no
    // noun (a clause break, digits, Latin text).
    bool noun_may_follow(const grammar::Quantity& q) const {
        if (q.kind != Kind::count && q.kind != Kind::amount && q.kind != Kind::duration && q.kind != Kind::percent) {
            return false;
        }
        const std::size_t e = q.end + (q.kind == Kind::percent);
        if (e >= text_.size() || (q.kind == Kind::percent && text_[q.end] != U'的')) return false;
        const char32_t c = text_[e];
        return (c >= 0x3000 || c == U'“' || c == U'”') && !is_clause_break(c);
    }

    // 为5600户特殊困难老年人家庭实施适老化改造: who benefits and what is done
    // for them, without the verb.
    std::optional<std::string> beneficiaries(const grammar::Quantity& q) const;

    // 新建3家全国重点实验室, 300多万经营主体开具证明, 半天会期: a figure followed
    // by the noun it counts, up to its predicate, 的 or the clause's end.
    std::optional<std::string> right_subject(const grammar::Quantity& q) const;

    // The category a count's members are named to, from `at` to the clause's
    // end or 的, without enclosing quotation marks.
    std::optional<std::string> category(std::size_t at) const;

    // 规模以上工业增加值增速降幅收窄，其中…增速居全国第2位: the growth an
    // earlier clause of the sentence names.
    std::optional<std::string> earlier_growth_subject(std::size_t ss, std::size_t cs) const;

    U32 text_;
    const grammar::ScanResult& scan_;
    const DocumentFacts& facts_;
    const SubjectSynonyms& synonyms_;
    const std::vector<std::size_t>& sentences_;
    const std::vector<std::uint32_t>& line_starts_;  // the document's
    // word_starts(text_): the candidates words_, places_ and find_home_words() look at.
    const WordStarts& word_starts_;
    PlaceMentions places_;
    const std::vector<RegionMention>& regions_;  // every place and organisation mention of the text
    NearbySearch<std::uint32_t> line_search_{line_starts_};
    NearbySearch<std::size_t> sentence_search_{sentences_};
    NearbySearch<grammar::Period> period_search_{scan_.periods};
    NearbySearch<grammar::Quantity> quantity_search_{scan_.quantities};
    NearbySearch<RegionMention> region_search_{regions_};
    // Words asked about for every figure of a sentence, found once.
    enum Word : std::size_t { kRespectively, kCurrently, kRecentYears, kRecentFewYears, kOfWhich, kSemicolon };
    static constexpr U32 kWords[] = {U"分别", U"目前", U"近年来", U"近几年", U"其中", U"；"};
    WordPositions words_{text_, kWords, word_starts_.words};
    PositionSet home_word_starts_ = find_home_words();    // last_home_word() reads these
    PositionSet period_starts_ = find_period_starts();    // after_leading_periods() reads these
    PositionSet mention_starts_ = find_mention_starts();  // explicit_region() and region_at_head() read these
    // Where a period other than a streak stands (every character of it) or a
    // place or organisation mention starts: subject() reads a phrase that
    // holds neither, as most do, without looking either up.
    PositionSet periods_and_places_ = find_periods_and_places();
    // Where kWords up to 其中 start: a sentence without any (most) asks
    // words_ about none of them.
    PositionSet sentence_words_ = find_sentence_words();
    // By sentence: where its first goal word stands (npos: none), looked for once.
    static constexpr std::size_t kUnread = U32::npos - 1;
    std::vector<std::size_t> first_cue_ = std::vector<std::size_t>(sentences_.size(), kUnread);
    mutable std::size_t cue_candidate_ = 0;  // first_target_cue_in()'s place in word_starts_.words
    std::optional<Context> last_opening_;
    // Whether a line opens with 这一年, the only reader of last_opening_:
    // when none does, the lines without figures are not read for it.
    bool refers_back_ = opens_with_this_year();
    std::vector<Resolved> resolved_ = std::vector<Resolved>(scan_.periods.size());  // by period
    // Node-based: resolved_ points into it.
    std::unordered_map<ResolutionKey, Resolution, ResolutionHash> resolutions_;
    std::unordered_map<int, std::string> ends_of_year_;  // end_of_year()'s
    // subject()'s working strings, kept between figures: allocating them for
    // every figure was a large share of its cost.
    mutable struct {
        std::u32string subject, stripped;
    } scratch_;
    const Document& document_;  // its bytes: named() copies a subject read in place from them
    mutable RespectiveItems respective_;  // respective_items()'s last list
    // clause_start()'s last answer: where it was asked, and the clause start;
    // and the line it was on, [line, line_next), most often asked about again.
    mutable struct {
        std::size_t pos = U32::npos, start = 0;
        std::size_t line = 0, line_next = 0;
    } last_clause_;
    std::size_t figure_sentence_ = 0;  // the last figure's sentence, by index (claim_for())
    std::size_t sentence_end_ = 0;     // where the sentence after it starts (or the text ends)
    // Whether a period is a goal's (claim_for()), for the last one asked
    // about by address: the figures of a sentence share theirs, and each
    // kept period stays where it is while the Builder lives.
    struct {
        const std::string* period = nullptr;
        bool future = false;
    } last_future_;
    // claim_for()'s periods of the sentence before the figure, kept from one
    // figure of a sentence to the next, which only reads on from the last.
    struct SentencePeriods {
        std::size_t ss = U32::npos;  // the sentence's start
        int context_year = 0;        // the paragraph's year, the first context
        std::size_t next = 0;        // the index of the first period not read
        std::vector<const grammar::Period*> ps;  // read, less streaks and bases of comparisons
        bool last_is_list = false;               // the last of ps is a list (7、8月): respective_month() asks
        const std::string* period = nullptr;    // the last one's resolved value (as_of), or null
        int year = 0;                           // the context of the next
        // words_.first_from() the start, by Word up to 其中; kUnread: not looked up yet.
        std::size_t word_at[kOfWhich + 1] = {};
        std::size_t of_which = U32::npos;  // of_which_at_head(ss)
    } sentence_;
};

}  // namespace claimlint::building
