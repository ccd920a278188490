// Builds a claim for every quantity from the clause around it, the sentence,
// the paragraph's opening period and the current section heading.
#include "grammar/char_set.hpp"
#include "grammar/clause_punctuation.hpp"
#include "grammar/context.hpp"
#include "grammar/numbers.hpp"
#include "grammar/utf8.hpp"
#include "src/claims/claim.hpp"
#include "src/claims/nearby_search.hpp"
#include "src/claims/periods.hpp"
#include "src/claims/organisations.hpp"
#include "src/claims/regions.hpp"
#include "src/claims/word_positions.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>

namespace claimlint {
namespace {

using grammar::Kind;
using U32 = std::u32string_view;

// The grammar's clause punctuation, and 、 (list items are clauses here).
bool is_clause_break(char32_t c) { return c == U'、' || grammar::is_clause_punctuation(c); }

bool contains_any(U32 s, std::initializer_list<U32> words) {
    for (U32 w : words) {
        if (s.find(w) != U32::npos) return true;
    }
    return false;
}

// Where the first word that makes a statement a goal rather than a result
// stands in `s`, or npos.
std::size_t first_target_cue(U32 s) {
    static const U32 cues[] = {U"力争", U"预期目标", U"预期增长", U"目标", U"计划", U"确保", U"冲刺", U"力求", U"预计",
                               U"将达到", U"将实现", U"将新建", U"将建成", U"将突破", U"将完成", U"将新增"};
    // 计划 and 目标 are also nouns: 培训计划，完成… ends a name; 目标责任制,
    // 计划单列市 and 计划生育 are terms. Neither makes what follows a goal.
    auto noun_at = [&](std::size_t at, U32 cue) {
        if (cue != U"计划" && cue != U"目标") return false;
        U32 rest = s.substr(at + cue.size());
        // 主要目标：… announces goals; 培训计划，… ends a name.
        if (rest.empty() || (grammar::is_clause_break(rest[0]) && rest[0] != U'：') || rest[0] == U'的') return true;
        for (U32 term : {U32(U"责任"), U32(U"考核"), U32(U"单列"), U32(U"生育")}) {
            if (rest.starts_with(term)) return true;
        }
        return false;
    };
    // One pass over the sentence, trying the cues only where one can start
    // (a search per cue read every sentence sixteen times).
    static const grammar::CharSet firsts = grammar::CharSet::first_of(cues);
    for (std::size_t at = 0; at < s.size(); ++at) {
        if (!firsts.may_contain(s[at])) continue;
        for (U32 c : cues) {
            if (s.substr(at).starts_with(c) && !noun_at(at, c)) return at;
        }
    }
    return U32::npos;
}

bool section_is_plan(U32 heading) {
    return contains_any(heading, {U"安排", U"目标", U"任务", U"计划", U"打算", U"展望", U"预期"});
}

// A section heading of a report: a short line without sentence-final
// punctuation that is numbered (一、 （一）) or names a part of a report
// (回顾, 安排). A news article's subtitles do not open sections.
bool is_section_heading(U32 line, const std::vector<const grammar::Period*>& periods_in_line) {
    std::size_t b = 0, e = line.size();
    while (b < e && (line[b] == U' ' || line[b] == U'\u3000' || line[b] == U'\t')) ++b;
    while (e > b && (line[e - 1] == U' ' || line[e - 1] == U'\u3000' || line[e - 1] == U'\r')) --e;
    if (e == b || e - b > 40) return false;
    char32_t last = line[e - 1];
    if (last == U'。' || last == U'！' || last == U'？' || last == U'；' || last == U'，' || last == U'：') return false;
    U32 l = line.substr(b, e - b);
    if (l.size() <= 12 && !l.starts_with(U"-") && !periods_in_line.empty()) return true;  // 奋进二〇二四
    bool numbered = (l.size() > 1 && grammar::is_chinese_numeral_char(l[0]) && l[1] == U'、') ||
                    l.starts_with(U"（") || l.starts_with(U"(") || l.starts_with(U"第");
    return numbered || contains_any(l, {U"回顾", U"安排", U"目标任务", U"工作计划", U"展望"});
}

struct Context {
    std::optional<std::string> period;  // absolute
    int year = 0;
    bool plan = false;  // a work-plan section (三、2023年工作安排)
    std::optional<std::string> scope;  // a paragraph that opens with 在中韩示范区，
};

// Growth and change words, and their direction.
struct Cue {
    U32 word;
    char direction;
};
constexpr std::array<Cue, 22> kGrowthCues{{
    {U"下降", '-'}, {U"降低", '-'}, {U"减少", '-'}, {U"降幅", '-'}, {U"压减", '-'}, {U"压缩", '-'},
    {U"回落", '-'}, {U"收窄", '-'}, {U"缩小", '-'}, {U"增长", '+'}, {U"增速", '+'}, {U"增幅", '+'},
    {U"提高", '+'}, {U"上升", '+'}, {U"提升", '+'}, {U"增加", '+'}, {U"高出", '+'}, {U"同比", '+'},
    {U"比上年", '+'}, {U"较上年", '+'}, {U"翻", '+'}, {U"增", '+'},
}};
constexpr std::array<Cue, 12> kChangeCues{{
    {U"减少", '-'}, {U"减产", '-'}, {U"净减", '-'}, {U"新增", '+'}, {U"增加", '+'}, {U"增产", '+'},
    {U"新建", '+'}, {U"新认定", '+'}, {U"新登记", '+'}, {U"新引进", '+'}, {U"增收", '+'}, {U"净增", '+'},
}};

// The cue that ends last in s; of cues ending at the same place, the first
// listed. Scanned from the end: the cue is usually just before the figure.
template <std::size_t N>
const Cue* last_cue(U32 s, const std::array<Cue, N>& cues) {
    for (std::size_t end = s.size(); end > 0; --end) {
        U32 head = s.substr(0, end);
        for (const Cue& c : cues) {
            if (c.word.back() == head.back() && head.ends_with(c.word)) return &c;
        }
    }
    return nullptr;
}

// A verb coordinated with another (新建扩建, 新建及改善提升, 建成和在建)
// names a kind of work, part of what is counted, not a change.
bool coordinated_verb(U32 rest) {
    if (rest.empty()) return false;
    if (rest[0] == U'及' || rest[0] == U'和' || rest[0] == U'或' || rest[0] == U'、') return true;
    return rest.size() >= 2 && rest[1] == U'建';
}

// 全省/我省 → the home province; 全市/我市, 全区/我区, 全州 → the home entity of
// that level: which of the document's homes a two-character home word names.
std::string DocumentFacts::* home_member(char32_t a, char32_t b) {
    if (a != U'全' && a != U'我' && a != U'本') return nullptr;
    switch (b) {
        case U'省': return &DocumentFacts::home_province;
        case U'市': return &DocumentFacts::home_city;
        case U'区': return a == U'本' ? nullptr : &DocumentFacts::home_district;
        case U'州': return a == U'本' ? nullptr : &DocumentFacts::home_prefecture;
        default: return nullptr;
    }
}

// Leading and trailing words that are not part of what is measured.
constexpr U32 kLeading[] = {
    U"其中", U"同时", U"此外", U"另外", U"全年", U"累计", U"共计", U"共", U"先后", U"截至目前", U"目前",
    U"今年以来", U"以来", U"新增", U"新建", U"新认定", U"增加", U"实现", U"完成", U"的", U"在", U"和", U"及", U"已有",
    U"实施", U"打造", U"争取", U"建设", U"制定", U"开展", U"精准", U"发行", U"组织", U"举办", U"带动", U"推动", U"加快",
    U"建成", U"并", U"各类", U"各级", U"率先", U"入选", U"启动", U"办理", U"冲刺", U"省政府", U"省直部门",
};
constexpr U32 kTrailing[] = {
    U"同比增长", U"比上年增长", U"较上年增长", U"比上年增加", U"较上年增加", U"较上年减少", U"比上年", U"较上年",
    U"同比", U"增长", U"下降", U"减少", U"增加", U"提高到", U"提高", U"提升", U"上升", U"降低", U"增至", U"达到",
    U"达", U"为", U"是", U"实现", U"完成", U"突破", U"超过", U"分别为", U"分别达到", U"分别", U"共", U"累计",
    U"增速", U"增幅", U"降幅", U"占比达", U"占比", U"稳居全国", U"位居全国", U"居全国", U"居", U"排名", U"位列",
    U"保持", U"稳定在", U"总数达", U"均", U"已", U"了", U"的", U"在", U"至", U"由", U"从", U"约", U"近", U"压减",
    U"拉动", U"新增", U"收窄", U"回落", U"扩大", U"缩小", U"减", U"发展到", U"较", U"等", U"额度", U"比", U"预期",
    U"率先", U"比同期", U"同期", U"跃", U"每人每年", U"每人每月", U"每年", U"每月", U"月人均", U"年人均", U"年均",
    U"稳步跨上", U"跨上", U"稳步", U"力争", U"力求", U"确保", U"控制在",
};

// A filler list by its words' first (or last) character, longest first:
// only the few words that can match at the end looked at are compared.
class FillerIndex {
public:
    FillerIndex(std::span<const U32> words, bool by_last) : by_last_(by_last) {
        for (U32 w : words) entries_.emplace_back(by_last ? w.back() : w.front(), w);
        std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first : a.second.size() > b.second.size();
        });
    }
    // The length of the longest filler at that end of s, or 0.
    std::size_t longest(U32 s) const {
        if (s.empty()) return 0;
        char32_t c = by_last_ ? s.back() : s.front();
        auto it = std::lower_bound(entries_.begin(), entries_.end(), c,
                                   [](const std::pair<char32_t, U32>& e, char32_t v) { return e.first < v; });
        for (; it != entries_.end() && it->first == c; ++it) {
            if (by_last_ ? s.ends_with(it->second) : s.starts_with(it->second)) return it->second.size();
        }
        return 0;
    }

private:
    bool by_last_;
    std::vector<std::pair<char32_t, U32>> entries_;
};

// Strips the fillers around a subject; a known subject (新增城镇就业) is kept
// whole as soon as it appears.
std::u32string strip_words(std::u32string s, const SubjectSynonyms* known = nullptr) {
    static const FillerIndex trailing(kTrailing, true), leading(kLeading, false);
    for (bool changed = true; changed && !s.empty();) {
        if (known && known->contains(U32(s))) return s;
        changed = false;
        // The longest filler at each end first (月人均 before 均).
        std::size_t tail = trailing.longest(s);
        if (tail > 0) {
            s.resize(s.size() - tail);
            changed = true;
        }
        std::size_t head = leading.longest(s);
        if (head > 0 && !coordinated_verb(U32(s).substr(head))) {
            s.erase(0, head);
            changed = true;
        }
    }
    // 将X由原来A缩减为B: what changed is A's subject, after 由.
    if (s.starts_with(U"将")) {
        if (std::size_t at = s.find(U'由'); at != std::u32string::npos && s.size() - at > 3) {
            s.erase(0, at + 1);
            for (U32 w : {U32(U"原来的"), U32(U"原来"), U32(U"原")}) {
                if (U32(s).starts_with(w)) {
                    s.erase(0, w.size());
                    break;
                }
            }
        }
    }
    // Verbs inside: 汽车产业完成产值 → 汽车产业产值 (most subjects hold none).
    static constexpr U32 kVerbs[] = {U"完成", U"实现", U"达到", U"累计", U"新增", U"实施", U"了"};
    static const grammar::CharSet verb_first = grammar::CharSet::first_of(kVerbs);
    if (std::any_of(s.begin(), s.end(), [](char32_t c) { return verb_first.may_contain(c); })) {
        for (U32 verb : kVerbs) {
            for (std::size_t at = s.find(verb); at != std::u32string::npos; at = s.find(verb)) s.erase(at, verb.size());
        }
    }
    // Examples before 等 name members of the group after it: 长春光华微电子等国家级…企业.
    if (std::size_t at = s.rfind(U"等"); at != std::u32string::npos && at > 0 && s.size() - at > 2) s.erase(0, at + 1);
    return s;
}

class Builder {
public:
    Builder(const Document& doc, const grammar::ScanResult& scan, const DocumentFacts& facts, const ClaimOptions& opts,
            const std::vector<std::size_t>& sentences, const std::vector<RegionMention>& regions)
        : text_(doc.normalised()), scan_(scan), facts_(facts),
          synonyms_(opts.synonyms ? *opts.synonyms : SubjectSynonyms::builtin()),
          sentences_(sentences), places_(doc.normalised(), regions), regions_(places_.mentions()) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (text_[i] == U'\n') line_starts_.push_back(i + 1);
        }
    }

    std::vector<Claim> run() {
        std::vector<Claim> out;
        out.reserve(scan_.quantities.size());
        std::size_t line_begin = std::size_t(-1);
        Context section{std::nullopt, facts_.reference_year, false, std::nullopt};
        Context paragraph = section;
        std::size_t walked = 0;  // lines before this offset have been walked
        for (std::size_t i = 0; i < scan_.quantities.size(); ++i) {
            const grammar::Quantity& q = scan_.quantities[i];
            std::size_t lb = line_start(q.begin);
            if (lb != line_begin) {
                walk_lines(walked, lb, section);
                walked = line_end(lb) + 1;
                if (!continues_paragraph(lb)) paragraph = paragraph_context(lb, section);
                line_begin = lb;
            }
            out.push_back(claim_for(i, paragraph, out));
        }
        return out;
    }

private:
    // Line boundaries looked up: paragraphs can be long and hold many figures.
    std::size_t line_start(std::size_t pos) const { return line_starts_[line_search_.upper_bound(pos) - 1]; }
    std::size_t line_end(std::size_t pos) const {
        std::size_t next = line_search_.upper_bound(pos);
        return next == line_starts_.size() ? text_.size() : line_starts_[next] - 1;
    }
    // A line that carries on a paragraph broken by a hard line break (…位列千万级
    // 机场第1\n\n位。…): the line before is a paragraph's text that stops
    // without ending its sentence.
    bool continues_paragraph(std::size_t lb) const {
        constexpr std::size_t kShortest = 15;  // a shorter line is a title
        std::size_t pe = lb;
        while (pe > 0 && (text_[pe - 1] == U'\n' || text_[pe - 1] == U' ' || text_[pe - 1] == U'\u3000')) --pe;
        if (pe == 0) return false;
        std::size_t pb = line_start(pe - 1);
        U32 line = text_.substr(pb, pe - pb);
        if (line.size() < kShortest || U32(U"。！？!?；;：:…”」）)").find(line.back()) != U32::npos) return false;
        // A subtitle (增长“内力” 制度型开放蹄疾步稳) has no clause punctuation.
        if (line.find_first_of(U"，。；") == U32::npos) return false;
        return !is_section_heading(line, periods_in(pb, pe));
    }

    // Whether a goal word stands in the sentence starting at ss before pos; the
    // first one of each sentence is found once.
    bool target_cue_before(std::size_t ss, std::size_t pos) {
        std::size_t next = sentence_search_.upper_bound(ss);
        std::size_t& cue = first_cue_[next - 1];
        if (cue == kUnread) {
            std::size_t se = next == sentences_.size() ? text_.size() : sentences_[next];
            cue = first_target_cue(text_.substr(ss, se - ss));
            if (cue != U32::npos) cue += ss;
        }
        return cue != U32::npos && cue < pos;
    }
    std::size_t sentence_start(std::size_t pos) const { return sentences_[sentence_search_.upper_bound(pos) - 1]; }
    // Clause punctuation inside quotation marks (“阀、管、灶”) does not end a clause.
    std::size_t clause_start(std::size_t pos) const {
        int depth = 0;
        for (std::size_t lb = line_start(pos); pos > lb; --pos) {
            char32_t c = text_[pos - 1];
            if (c == U'”') ++depth;
            else if (c == U'“' && depth > 0) --depth;
            else if (depth == 0 && is_clause_break(c)) break;
        }
        return pos;
    }

    // The first period that starts at or after `from`, or one that starts
    // before and reaches in (7、8、9、10月份 split by 、), as an index.
    std::size_t first_period_from(std::size_t from) const {
        std::size_t i = period_search_.lower_bound(from);
        return i > 0 && scan_.periods[i - 1].end > from ? i - 1 : i;
    }

    // Periods that start in [from, to), excluding streaks.
    std::vector<const grammar::Period*> periods_in(std::size_t from, std::size_t to) const {
        std::vector<const grammar::Period*> out;
        for (std::size_t i = first_period_from(from); i < scan_.periods.size() && scan_.periods[i].begin < to; ++i) {
            if (scan_.periods[i].kind != grammar::PeriodKind::streak) out.push_back(&scan_.periods[i]);
        }
        return out;
    }

    // Walks the lines in [from, to): headings set the section, paragraphs
    // that open with a period are remembered for a later 这一年.
    void walk_lines(std::size_t from, std::size_t to, Context& section) {
        for (std::size_t lb = from; lb < to;) {
            std::size_t le = line_end(lb);
            U32 line = text_.substr(lb, le - lb);
            auto ps = periods_in(lb, le);
            if (is_section_heading(line, ps)) {
                bool plan = section_is_plan(line);
                if (!ps.empty() || plan) {
                    section = Context{std::nullopt, facts_.reference_year, plan, std::nullopt};
                    // The last year-bearing period of the heading: 过去五年和2022年工作回顾 → 2022.
                    for (auto it = ps.rbegin(); it != ps.rend(); ++it) {
                        if (auto r = resolve_period((*it)->value, facts_.reference_year, facts_)) {
                            section.period = r;
                            section.year = last_year_of(*r) ? last_year_of(*r) : facts_.reference_year;
                            break;
                        }
                    }
                }
            } else {
                (void)paragraph_context(lb, section);
            }
            lb = le + 1;
        }
    }

    // A paragraph that opens with a period (2023年，… / 五年来，…) carries it;
    // one that opens with 这一年 refers back to the last such opening.
    Context paragraph_context(std::size_t lb, const Context& section) {
        Context c = section;
        if (text_.substr(lb).starts_with(U"这一年")) {
            if (last_opening_) c = *last_opening_;
            return c;
        }
        std::size_t le = line_end(lb);
        U32 line = text_.substr(lb, le - lb);
        std::size_t lead = line.find_first_not_of(U" \u3000-\t");
        // 在中韩示范区，…: the paragraph is about that place.
        if (lead != U32::npos && line[lead] == U'在') {
            for (RegionMention m : regions_in(lb + lead + 1, le)) {
                if (m.begin == 0 && lb + lead + 1 + m.end < le && text_[lb + lead + 1 + m.end] == U'，') {
                    c.scope = m.region->name;
                }
                break;
            }
        }
        if (lead != U32::npos && (line.substr(lead).starts_with(U"截至目前") || line.substr(lead).starts_with(U"目前"))) {
            c.period = facts_.date ? *facts_.date : "end:" + std::to_string(section.year);
            return c;
        }
        auto ps = periods_in(lb, le);
        if (ps.empty()) return c;
        const grammar::Period* p = ps.front();
        for (std::size_t i = lb; i < p->begin; ++i) {
            char32_t ch = text_[i];
            if (ch != U' ' && ch != U'\u3000' && ch != U'-' && ch != U'\t' && ch != U'截' && ch != U'至') return c;
        }
        if (auto r = resolve_period(p->value, section.year, facts_)) {
            c.period = as_of(*p, *r);
            c.year = last_year_of(*r) ? last_year_of(*r) : section.year;
            last_opening_ = c;
        }
        return c;
    }

    // A period of the text resolved in the context of a year, kept for the
    // next figure of the sentence, which resolves the same periods again.
    struct Resolved {
        int context_year = 0;
        bool done = false;
        std::optional<std::string> value, as_of;  // as_of(): the value read after 截至
        int last_year = 0;                         // last_year_of(value)
    };
    const Resolved& resolved(const grammar::Period& p, int context_year) {
        Resolved& r = resolved_[static_cast<std::size_t>(&p - scan_.periods.data())];
        if (!r.done || r.context_year != context_year) {
            r.context_year = context_year;
            r.done = true;
            r.value = resolve_period(p.value, context_year, facts_);
            r.as_of = r.value ? std::optional<std::string>(as_of(p, *r.value)) : std::nullopt;
            r.last_year = r.value ? last_year_of(*r.value) : 0;
        }
        return r;
    }

    // 截至2023年: the state at the end of that year or month, not a flow over it.
    std::string as_of(const grammar::Period& p, const std::string& resolved) const {
        bool until = p.begin >= 2 && (text_.substr(p.begin - 2, 2) == U"截至" || text_.substr(p.begin - 2, 2) == U"截止");
        if (!until || resolved.starts_with("end:") || resolved.find("..") != std::string::npos ||
            resolved.size() > 7) {
            return resolved;
        }
        return "end:" + resolved;
    }

    Claim claim_for(std::size_t index, const Context& paragraph, const std::vector<Claim>& previous) {
        const grammar::Quantity& q = scan_.quantities[index];
        Claim c;
        std::size_t ss = sentence_start(q.begin);
        std::size_t cs = clause_start(q.begin);
        U32 sentence_left = text_.substr(ss, q.begin - ss);
        // Left context of the clause, after any earlier figure in it.
        std::size_t ls = cs;
        if (index > 0 && scan_.quantities[index - 1].end > ls && scan_.quantities[index - 1].end <= q.begin) {
            const grammar::Quantity& before = scan_.quantities[index - 1];
            // 5000万元以上项目2899个: a threshold that names a category stays in the subject.
            bool names_category = before.inclusive_bound || before.qualifier == grammar::Qualifier::at_least;
            // 粮食单产居全国13个粮食主产省第1位: a count inside the ranking frame
            // is not what is ranked; the subject stands before the verb.
            bool in_frame = q.kind == Kind::rank &&
                            grammar::ranking_verb(text_, q.begin, grammar::kRankingFrameWindow).first < before.begin;
            if (in_frame) ls = cs;
            else if (!names_category) ls = before.end;
            else ls = std::max(ls, before.begin);
        }
        U32 left = text_.substr(ls, q.begin - ls);
        const Claim* prev_in_sentence =
            index > 0 && scan_.quantities[index - 1].begin >= ss ? &previous[index - 1] : nullptr;
        // A sentence that opens with 其中 breaks down the figure before it: it
        // inherits that figure's scope and period.
        const Claim* whole = nullptr;
        U32 sentence_head = text_.substr(ss, std::min<std::size_t>(4, q.begin - ss));
        if (sentence_head.find(U"其中") != U32::npos && index > 0 && scan_.quantities[index - 1].begin < ss) {
            whole = &previous[index - 1];
            if (!prev_in_sentence) prev_in_sentence = whole;
        }

        // Period: the nearest one before the figure in its sentence, else the paragraph's.
        Context ctx = paragraph;
        auto ps = periods_in(ss, q.begin);
        // 比上年同期增长, 较去年: the base of a comparison, not the figure's period.
        std::erase_if(ps, [&](const grammar::Period* p) {
            char32_t before = p->begin > 0 ? text_[p->begin - 1] : U'\0';
            return before == U'比' || before == U'较' || before == U'于' || text_.substr(p->end).starts_with(U"同期");
        });
        // The last period of the sentence before the figure; an earlier year in
        // the sentence is the context of a later 全年 or 1—11月 (2020年全年).
        int sentence_year = paragraph.year;
        for (const grammar::Period* p : ps) {
            if (const Resolved& r = resolved(*p, sentence_year); r.value) {
                ctx.period = r.as_of;
                if (r.last_year) sentence_year = r.last_year;
            }
        }
        // A paragraph that opens with 其中 breaks down what the paragraph before
        // reported, in that paragraph's period (发布…(9月份)排名。\n其中，…第3位).
        if (ps.empty() && ss == line_start(ss) && sentence_head.find(U"其中") != U32::npos) {
            std::size_t prev = ss;
            while (prev > 0 && text_[prev - 1] == U'\n') --prev;
            if (prev > 0) prev = line_start(prev - 1);
            int year = paragraph.year;
            for (const grammar::Period* p : periods_in(prev, ss)) {
                if (auto r = resolve_period(p->value, year, facts_)) ctx.period = r;
            }
        }
        if (auto month = respective_month(ps, q.begin, sentence_year)) ctx.period = month;
        if (!ctx.period && whole && whole->period) ctx.period = whole->period;
        if ((!ctx.period || ps.empty()) && words_.occurs(kCurrently, ss, q.begin)) {
            ctx.period = facts_.date ? *facts_.date : "end:" + std::to_string(facts_.reference_year);
        }
        // 近年来: some recent years, no period that can be told.
        bool undated =
            ps.empty() && (words_.occurs(kRecentYears, ss, q.begin) || words_.occurs(kRecentFewYears, ss, q.begin));
        // 由115家优化整合至90家, 权重由5%提至10%: the figure before the change is
        // an earlier state, of no stated time.
        if (index + 1 < scan_.quantities.size()) {
            const grammar::Quantity& next = scan_.quantities[index + 1];
            U32 join = text_.substr(q.end, next.begin > q.end ? next.begin - q.end : 0);
            U32 lead = text_.substr(ls, q.begin - ls);
            std::size_t from = lead.find_last_of(U"由从");
            // 从一季度7.9%收窄至…: a period of its own dates it.
            bool own_period = from != U32::npos && !periods_in(ls + from, q.begin).empty();
            if (next.begin < line_end(q.begin) && join.size() <= 8 && join.find_first_of(U"，。；") == U32::npos &&
                join.find_first_of(U"至到为") != U32::npos && from != U32::npos && !own_period) {
                undated = true;
            }
        }
        if (undated) ctx.period.reset();
        // Nothing in the text dates the figure: the document's year is a guess,
        // a safe one only for a review published early in the next year.
        bool guessed = false;
        if (!ctx.period && ctx.year != 0 && !undated) {
            ctx.period = std::to_string(ctx.year);
            guessed = true;
        }
        bool annual_review = facts_.date && facts_.reference_year == facts_.year - 1;
        c.period = ctx.period;

        // A goal: in a work-plan section, with a goal word, or about a year the
        // document has not reached.
        bool future = ctx.period && facts_.year != 0 && year_of(*ctx.period) > facts_.reference_year &&
                      !ctx.period->starts_with("end:") && (!facts_.date || *ctx.period > *facts_.date);
        c.modality = ctx.plan || future || target_cue_before(ss, q.begin) ? "target" : "actual";
        measure(q, left, sentence_left, c);
        // 11月末，…信贷投放新增1480.5亿元: a change up to a point in time
        // accumulates from the start of that year.
        if (c.measure == "change" && c.period && c.period->starts_with("end:") && c.period->size() == 11) {
            c.period = c.period->substr(4, 4) + "-01.." + c.period->substr(4);
        }
        // 分别压减5%和15%, 新建3家…和2家…: a figure joined to the one before by a
        // conjunction is measured the same way.
        if (prev_in_sentence && index > 0 && scan_.quantities[index - 1].kind == q.kind) {
            U32 joint = text_.substr(scan_.quantities[index - 1].end, q.begin - scan_.quantities[index - 1].end);
            if (joint == U"和" || joint == U"、" || joint == U"及" || joint == U"与") {
                c.measure = prev_in_sentence->measure;
                c.direction = prev_in_sentence->direction;
            }
        }
        // A universe (全国261个地级市) is no figure to take the scope from.
        const Claim* prev_for_scope = prev_in_sentence;
        for (std::size_t k = index; prev_for_scope && k > 0 && universe_count(k - 1); --k) {
            prev_for_scope = k >= 2 && scan_.quantities[k - 2].begin >= ss ? &previous[k - 2] : nullptr;
        }
        c.scope = scope(index, ss, cs, prev_for_scope, paragraph.scope);
        // 由115家优化整合至90家, 权重由5%提至10%: the new value of the same subject.
        bool new_value = index > 0 && ls == scan_.quantities[index - 1].end && ls > cs &&
                         (left.find(U"至") != U32::npos || left.find(U"到") != U32::npos);
        c.subject = new_value && prev_in_sentence ? prev_in_sentence->subject : counted_noun(q, cs, ls);
        // 创新型省份建设180项重点任务, 紧扣…目标责任制330项重点任务: the noun after
        // the count names the kind, the words before it which ones. They stay
        // out of the subject but in the key, so two different sets of 重点任务
        // are never compared.
        std::optional<std::string> which;
        if (c.subject && !new_value) which = subject(cs, q.begin, cs, nullptr);
        if (!c.subject) c.subject = subject(ls, q.begin, cs, prev_in_sentence, q.kind == Kind::rank);
        if (auto distributed = respective(index, ss)) {
            if (distributed->subject) c.subject = distributed->subject;
            if (distributed->scope) c.scope = distributed->scope;
        }
        if (q.kind == Kind::pp && prev_in_sentence) c.subject = comparison_subject(ls, q.begin, prev_in_sentence);
        // 达到月人均1031元和749元，均达到上年城乡低保标准的1.68倍: a multiple
        // measures what reaches it, not its base; with nothing named before the
        // verb, that is the figure before.
        if (q.kind == Kind::multiple && prev_in_sentence && prev_in_sentence->subject && left.ends_with(U"的")) {
            for (U32 verb : {U32(U"达到"), U32(U"相当于"), U32(U"是"), U32(U"为")}) {
                std::size_t at = left.find(verb);
                if (at == U32::npos) continue;
                U32 named = left.substr(0, at);
                if (named.starts_with(U"均") || named.starts_with(U"都")) named.remove_prefix(1);
                if (named.size() < 2) c.subject = prev_in_sentence->subject;
                break;
            }
        }
        // 增长7.5%，增速居全国第8位: the rank of the growth stated before it.
        // 出口增速居全国第9位: the same, with the growth not stated (the subject
        // lost 增速 as a trailing filler).
        if (q.kind == Kind::rank && left.find(U"增速") != U32::npos) {
            bool stated = false;
            for (std::size_t k = index; k > 0 && scan_.quantities[k - 1].begin >= ss; --k) {
                const Claim& before = previous[k - 1];
                if (before.measure == "growth" && before.subject) {
                    c.subject = *before.subject + "增速";
                    stated = true;
                    break;
                }
            }
            if (!stated && c.subject && !c.subject->ends_with("增速")) c.subject = *c.subject + "增速";
            if (!stated && !c.subject) c.subject = earlier_growth_subject(ss, cs);
        }
        // A scope that heads the subject (吉化公司产值), or follows the one it is
        // done for (商会共为吉林省招商引资…), is not part of it.
        if (c.scope && c.subject && c.subject->size() > c.scope->size() + 3) {
            std::size_t at = c.subject->find(*c.scope);
            bool for_whom = at != std::string::npos && at >= 3 &&
                            (c.subject->compare(at - 3, 3, "为") == 0 || c.subject->compare(at - 3, 3, "向") == 0);
            if (at == 0 || for_whom) c.subject = synonyms_.normalise(c.subject->substr(at + c.scope->size()));
        }
        // An event frame before the clause (…招商引资座谈会上，) is part of what is measured.
        if (c.subject) {
            if (std::string f = frame(ss, cs); !c.subject->starts_with(f)) c.subject = f + *c.subject;
        }

        // Durations frame a statement (五年, 连续3年) and a bare head noun (项目,
        // 投资) names no particular quantity: neither is compared.
        if (q.kind != Kind::duration && c.scope && c.subject && c.period && c.measure && c.modality &&
            !synonyms_.is_generic(*c.subject) && (!guessed || annual_review)) {
            c.key = *c.scope + "|" + *c.subject + "|" + *c.period + "|" + *c.measure + "|" + c.direction.value_or("") +
                    "|" + *c.modality;
            // 其中…: a part of the figure before, never compared with a whole.
            if (U32(text_.substr(cs, q.begin - cs)).starts_with(U"其中") || words_.occurs(kOfWhich, ss, q.begin)) {
                c.key += "|part";
            }
            if (which) c.key += "|of:" + *which;
        }
        return c;
    }

    void measure(const grammar::Quantity& q, U32 left, U32 sentence_left, Claim& c) const {
        switch (q.kind) {
            case Kind::rank: c.measure = "rank"; return;
            case Kind::multiple: c.measure = "multiple"; return;
            case Kind::duration: c.measure = "level"; return;
            case Kind::pp: {
                c.measure = "pp_change";
                const Cue* cue = last_cue(left, kGrowthCues);
                c.direction = std::string(1, cue ? cue->direction : '+');
                if (left.find(U"低于") != U32::npos) c.direction = "-";
                return;
            }
            case Kind::percent: {
                // A part of a named whole (占工业总产值的41.1%, 97.2%的重点边境村);
                // a ratio named as the subject (优良天数比例93.4%) is a level.
                const std::size_t share_at = left.rfind(U"占");
                const bool part_of = q.end < text_.size() && text_[q.end] == U'的';
                const Cue* cue = last_cue(left, kGrowthCues);
                const std::size_t cue_end = cue ? left.rfind(cue->word) + cue->word.size() : 0;
                if ((share_at != U32::npos && (!cue || left.rfind(cue->word) < share_at)) || (part_of && !cue)) {
                    c.measure = "share";
                } else if (cue && cue_end < left.size() && (left[cue_end] == U'至' || left[cue_end] == U'到')) {
                    // 提升至52.1%: the value reached, not the change; unless what
                    // moved is itself a rate of growth (降幅…收窄至1.6%).
                    const std::size_t verb_at = sentence_left.size() - (left.size() - cue_end + cue->word.size());
                    const Cue* rate = last_cue(sentence_left.substr(0, verb_at), kGrowthCues);
                    if (rate && (rate->word == U"降幅" || rate->word == U"增幅" || rate->word == U"增速")) {
                        c.measure = "growth";
                        c.direction = std::string(1, rate->direction);
                    } else {
                        c.measure = "level";
                    }
                } else if (cue) {
                    c.measure = "growth";
                    c.direction = std::string(1, cue->direction);
                } else if (left.empty() && sentence_left.find(U"增长") != U32::npos) {
                    c.measure = "growth";  // 分别增长5%和15%: the second figure
                    c.direction = std::string(1, '+');
                } else {
                    c.measure = "level";
                }
                return;
            }
            default: {
                // The change word may head a list: 新增A股上市公司2家、新三板挂牌公司1家.
                std::size_t seg = static_cast<std::size_t>(left.data() - text_.data());
                while (seg > 0 && text_[seg - 1] != U'，' && text_[seg - 1] != U'。' && text_[seg - 1] != U'；' &&
                       text_[seg - 1] != U'\n') {
                    --seg;
                }
                U32 segment = text_.substr(seg, static_cast<std::size_t>(left.data() - text_.data()) + left.size() - seg);
                const Cue* cue = last_cue(segment, kChangeCues);
                if (cue && !coordinated_verb(segment.substr(segment.rfind(cue->word) + cue->word.size()))) {
                    c.measure = "change";
                    c.direction = std::string(1, cue->direction);
                } else {
                    c.measure = "level";
                }
                return;
            }
        }
    }

    // Whose figure: a place in the clause, else 全省/全市… in it, else a place
    // heading an earlier segment of the sentence, else 全省/全市… earlier in the
    // sentence, else the figure before in the sentence (or the whole a 其中
    // breaks down), else the paragraph's place, else the document's home. A
    // statement after ； has its own subject: the search stops there.
    std::optional<std::string> scope(std::size_t index, std::size_t ss, std::size_t cs, const Claim* prev,
                                     const std::optional<std::string>& paragraph) const {
        const grammar::Quantity& q = scan_.quantities[index];
        std::size_t qb = q.begin;
        // 长春、吉林、珲春、延吉4个综试区, 中车长客、…等5家企业: the places and
        // organisations listed before a count are what it counts, not whose it is.
        if (q.kind == Kind::count) {
            if (std::size_t list = members_before(ss, qb); list < qb) {
                qb = list;
                cs = list;
            }
        }
        if (auto r = explicit_scope(cs, qb, q.kind)) return r;
        if (auto g = home_word(text_.substr(cs, qb - cs))) return *g;
        std::size_t statement = words_.last(kSemicolon, ss, qb);
        statement = statement == WordPositions::npos ? ss : statement + 1;
        // Heads of the comma-separated segments before the figure, nearest first,
        // at most three back; items joined by 、 share their segment's head.
        constexpr int kSegments = 3;
        std::size_t window = qb;
        for (std::size_t at = qb, n = 0; at > statement && n < kSegments; ++n) {
            std::size_t seg = at;
            while (seg > statement && text_[seg - 1] != U'，' && text_[seg - 1] != U',') --seg;
            if (auto r = head_scope(seg, at)) return r;
            window = seg;
            if (seg == statement) break;
            at = seg - 1;
        }
        if (auto g = home_word(text_.substr(window, qb - window))) return *g;
        if (prev && (statement == ss || scan_.quantities[index - 1].begin >= statement)) {
            return prev->scope;
        }
        if (paragraph) return paragraph;
        if (!facts_.home_entity.empty()) return facts_.home_entity;
        return std::nullopt;
    }

    // 居全国13个粮食主产省, 在全国261个地级市: the universe a count is taken from.
    static bool universe_word(char32_t before) { return before == U'居' || before == U'在'; }
    bool universe_count(std::size_t index) const {
        const grammar::Quantity& q = scan_.quantities[index];
        if (q.kind != Kind::count) return false;
        auto it = std::lower_bound(regions_.begin(), regions_.end(), q.begin,
                                   [](const RegionMention& m, std::size_t v) { return m.end < v; });
        return it != regions_.end() && it->end == q.begin && it->begin > 0 && universe_word(text_[it->begin - 1]);
    }

    // Where a list of members directly before a count starts (the segment's
    // 、-joined items, or items before 等), or qb when there is none.
    std::size_t members_before(std::size_t ss, std::size_t qb) const {
        std::size_t p = qb;
        bool listed = p > ss && text_[p - 1] == U'等';
        if (listed) --p;
        std::size_t seg = p;
        while (seg > ss && text_[seg - 1] != U'，' && text_[seg - 1] != U'；' && text_[seg - 1] != U'：') --seg;
        U32 items = text_.substr(seg, p - seg);
        if (items.empty() || quantity_in(seg, p) || (!listed && items.find(U'、') == U32::npos)) return qb;
        // Each item a short name: a longer one is a clause of its own.
        for (std::size_t b = 0; b <= items.size();) {
            std::size_t e = std::min(items.find(U'、', b), items.size());
            if (e - b < 2 || e - b > 12) return qb;
            b = e + 1;
        }
        return seg;
    }

    // The home a home word in the text names (home_member), unknown when the
    // document has none. Outer nullopt: no such word.
    std::optional<std::optional<std::string>> home_word(U32 text) const {
        // The last of the words in the text: every word is two characters, so
        // one scan from the end finds it (this runs for every figure).
        const std::string* home = nullptr;
        for (std::size_t i = text.size(); i-- > 1;) {
            if (auto m = home_member(text[i - 1], text[i])) {
                home = &(facts_.*m);
                break;
            }
        }
        if (!home) return std::nullopt;
        if (home->empty()) return std::optional<std::string>();
        return std::optional<std::string>(*home);
    }

    // A place named in [cs, qb) that says whose figure it is, if any.
    std::optional<std::string> explicit_scope(std::size_t cs, std::size_t qb, Kind kind) const {
        const bool rank = kind == Kind::rank;
        U32 clause = text_.substr(cs, qb - cs);
        std::size_t skipped_end = U32::npos;  // the end of a place passed over
        // The first place that says whose figure it is.
        for (RegionMention m : regions_in(cs, qb)) {
            char32_t before = m.begin > 0 ? clause[m.begin - 1] : U'\0';
            if (kind == Kind::count && m.end == clause.size() && universe_word(before)) return m.region->name;
            // 居全国, 高出全国, 为吉林省 (a beneficiary), 与山东, 深入广东、上海:
            // not whose figure it is, nor are the places listed after it.
            static const grammar::CharSet comparing = grammar::CharSet::of(U"居出于占比较与同向赴到至从为对入");
            bool listed = skipped_end != U32::npos && m.begin == skipped_end + 1 &&
                          (before == U'、' || before == U'和' || before == U'及');
            if (comparing.may_contain(before) || listed) {
                skipped_end = m.end;
                continue;
            }
            U32 after = clause.substr(m.end);
            // 在长春市率先: the place it was first in, not whose figure it is.
            if (after.starts_with(U"前") || after.starts_with(U"平均") || after.starts_with(U"第") ||
                after.starts_with(U"首位") || after.starts_with(U"率先")) {
                continue;
            }
            if (m.region->level == RegionLevel::country) {
                // 全国 is the universe of a ranking, and inside a name (全国人大, 全国重点实验室)
                // it is no scope; it is one at the head of a clause or after 在.
                if (rank) continue;
                bool head = clause.substr(0, m.begin).find_first_not_of(U" \u3000") == U32::npos;
                if (!head && before != U'在') continue;
            }
            return m.region->name;
        }
        return place_at_head(cs, qb);
    }

    // A place at the very head of the clause [cs, qb) (after a period).
    // Where [cs, qb) starts once a leading period (2023年，… 1—11月…) is skipped.
    std::size_t after_leading_periods(std::size_t cs, std::size_t qb) const {
        // The periods of periods_in(cs, qb), read in place: this runs several times a figure.
        std::size_t b = cs;
        for (std::size_t i = first_period_from(cs); i < scan_.periods.size() && scan_.periods[i].begin < qb; ++i) {
            const grammar::Period& p = scan_.periods[i];
            if (p.kind != grammar::PeriodKind::streak && p.begin == b) b = p.end;
        }
        return b;
    }

    std::optional<std::string> head_scope(std::size_t cs, std::size_t qb) const {
        std::size_t b = after_leading_periods(cs, qb);
        for (RegionMention m : regions_in(b, qb)) {
            if (m.begin == 0 && m.region->level != RegionLevel::country) return m.region->name;
            break;
        }
        return place_at_head(cs, qb);
    }

    // A place the lexicon does not know, at the head of a clause: two to four
    // characters and 市/县/州 (蛟河市5G基站…). 城市, 全市 and the like are not places.
    std::optional<std::string> place_at_head(std::size_t cs, std::size_t qb) const {
        std::size_t b = after_leading_periods(cs, qb);
        static const grammar::CharSet not_first =
            grammar::CharSet::of(U"全本该各我城都省市县每其此这那新占比较居在为与向到赴从对一二三四五六七八九十");
        if (b >= qb || not_first.may_contain(text_[b])) return std::nullopt;
        for (std::size_t len = 3; len <= 4 && b + len <= qb; ++len) {
            char32_t last = text_[b + len - 1];
            if (last != U'市' && last != U'县' && last != U'州') continue;
            // 市场, 市民, 县域, 州府…: the character starts another word.
            static const grammar::CharSet not_next = grammar::CharSet::of(U"场民值面级委政长区容域府内外里属直辖");
            if (b + len < qb && not_next.may_contain(text_[b + len])) continue;
            U32 name = text_.substr(b, len);
            bool han = std::all_of(name.begin(), name.end(), [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; });
            if (han && !name.ends_with(U"城市") && !name.ends_with(U"都市")) return grammar::to_utf8(name);
        }
        return std::nullopt;
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
        std::span<const RegionMention> absolute() const { return {b_, e_}; }

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

    bool quantity_starts_at(std::size_t pos) const {
        std::size_t i = quantity_search_.lower_bound(pos);
        return i < scan_.quantities.size() && scan_.quantities[i].begin == pos;
    }

    // A change in percentage points is about the rate of the figure before it
    // (增长7.2%，增速比全省高2.6个百分点): that subject, plus the comparison.
    std::optional<std::string> comparison_subject(std::size_t from, std::size_t qb, const Claim* prev) const {
        if (!prev || !prev->subject) return std::nullopt;
        // What the rate is compared with: 高出全国, 比全省高. Against its own past
        // (同比上升) it is the rate itself.
        std::u32string s;
        for (std::size_t i = from; i < qb; ++i) {
            if (text_[i] != U' ' && text_[i] != U'\u3000') s.push_back(text_[i]);
        }
        for (U32 w : {U32(U"比上年同期"), U32(U"比上年"), U32(U"较上年"), U32(U"同比"), U32(U"增速"), U32(U"增幅"),
                      U32(U"上升"), U32(U"提高"), U32(U"下降"), U32(U"降低"), U32(U"回落"), U32(U"加快"),
                      U32(U"放缓"), U32(U"了")}) {
            for (std::size_t at = s.find(w); at != std::u32string::npos; at = s.find(w)) s.erase(at, w.size());
        }
        if (s.empty()) return prev->subject;
        return *prev->subject + "增速" + grammar::to_utf8(s);
    }

    // Where the last 分别 in [from, to) starts, or npos: the occurrences are
    // found once, not searched for again for every figure of a sentence.
    std::size_t last_respectively(std::size_t from, std::size_t to) const {
        return words_.last(kRespectively, from, to);
    }

    // 分别: A、B分别增长x%、y% gives x to A and y to B. Nullopt unless the
    // subjects and the figures pair up one to one.
    struct Respective {
        std::optional<std::string> scope, subject;
    };
    std::optional<Respective> respective(std::size_t index, std::size_t ss) const {
        const grammar::Quantity& q = scan_.quantities[index];
        std::size_t at = last_respectively(ss, q.begin);
        if (at == U32::npos) return std::nullopt;
        // The figures after 分别 in this sentence, of this kind.
        std::vector<std::size_t> figures;
        auto first = std::lower_bound(scan_.quantities.begin(), scan_.quantities.end(), at,
                                      [](const grammar::Quantity& f, std::size_t v) { return f.begin < v; });
        // The figures after 分别 up to the end of their clause (the list
        // 10.6万家和8.1万家 may be followed by another clause with figures).
        for (auto i = static_cast<std::size_t>(first - scan_.quantities.begin()); i < scan_.quantities.size(); ++i) {
            const grammar::Quantity& f = scan_.quantities[i];
            if (f.begin > at && sentence_start(f.begin) != ss) break;
            if (!figures.empty()) {
                std::size_t from = scan_.quantities[figures.back()].end;
                if (text_.substr(from, f.begin - from).find_first_of(U"，；,;") != U32::npos) break;
            }
            if (f.kind == q.kind) figures.push_back(i);
        }
        auto k = std::find(figures.begin(), figures.end(), index) - figures.begin();
        // The subjects before 分别, back to the clause's comma.
        std::size_t seg = at;
        while (seg > ss && text_[seg - 1] != U'，' && text_[seg - 1] != U'；' && text_[seg - 1] != U'：') --seg;
        std::vector<std::pair<std::size_t, std::size_t>> items;
        std::size_t b = seg;
        for (std::size_t i = seg; i <= at; ++i) {
            if (i == at || text_[i] == U'、' || text_[i] == U'和' || text_[i] == U'及' || text_[i] == U'与') {
                if (i > b) items.emplace_back(b, i);
                b = i + 1;
            }
        }
        if (items.size() < 2 || items.size() != figures.size() || k >= static_cast<std::ptrdiff_t>(items.size())) {
            return std::nullopt;
        }
        auto [ib, ie] = items[static_cast<std::size_t>(k)];
        // 金赛、凯莱英产值分别达到…: items that are places or organisations say
        // whose figure each is; what is measured follows the last of them.
        Respective r;
        auto heads = [&](std::pair<std::size_t, std::size_t> item) {
            auto named = regions_in(item.first, item.second);
            return !named.empty() && named.front().begin == 0;
        };
        if (std::all_of(items.begin(), items.end(), heads)) {
            r.scope = regions_in(ib, ie).front().region->name;
            auto [lb, le] = items.back();
            auto last = regions_in(lb, le);
            std::size_t head = !last.empty() && last.front().begin == 0 ? lb + last.front().end : lb;
            r.subject = subject(head, le, head, nullptr);
            return r;
        }
        r.subject = subject(ib, ie, ib, nullptr);
        return r;
    }

    // The frame of a clause: an earlier clause of the sentence that ends in
    // 上/期间/时 (在…座谈会上，…), without its marker; "" when there is none.
    std::string frame(std::size_t ss, std::size_t cs) const {
        if (cs <= ss + 1) return "";
        std::size_t e = cs - 1;  // the clause break before this clause
        std::size_t b = clause_start(e);
        if (b < ss) b = ss;
        U32 prev = text_.substr(b, e - b);
        // A frame holds no figure of its own (…800亿斤以上， is not a frame).
        if (quantity_in(b, e)) return "";
        for (U32 marker : {U32(U"会上"), U32(U"期间"), U32(U"论坛上"), U32(U"仪式上")}) {
            if (prev.size() > marker.size() + 2 && prev.size() <= 24 && prev.ends_with(marker)) {
                U32 body = prev.substr(0, prev.size() - marker.size());
                if (marker.ends_with(U"上")) body = prev.substr(0, prev.size() - 1);
                if (body.starts_with(U"在")) body.remove_prefix(1);
                return grammar::to_utf8(body);
            }
        }
        return "";
    }

    // The noun after a figure when it is what the figure measures: not after
    // 为 (为5600户…家庭实施适老化改造: the beneficiaries, not the work), not a
    // bare head noun unless nothing precedes the figure in its clause (、4万户企业).
    std::optional<std::string> counted_noun(const grammar::Quantity& q, std::size_t cs, std::size_t ls) const {
        if (q.begin > 0 && text_[q.begin - 1] == U'为') {
            if (auto done = beneficiaries(q)) return done;
        }
        auto noun = right_subject(q);
        if (!noun) return std::nullopt;
        bool bare_clause = text_.substr(cs, q.begin - cs).find_first_not_of(U" \u3000") == U32::npos;
        if ((synonyms_.is_generic(*noun) || q.kind == Kind::duration) && !bare_clause) return std::nullopt;
        // 货值1020万元人民币货物整装待发: a measure noun right before the amount
        // says what it is; a verb there (推进吉林化纤20万吨碳纤维项目) does not.
        if (q.kind == Kind::amount && ls < q.begin && U32(U"值额量价费金资").find(text_[q.begin - 1]) != U32::npos) {
            return std::nullopt;
        }
        return noun;
    }

    // 为5600户特殊困难老年人家庭实施适老化改造: who benefits and what is done
    // for them, without the verb.
    std::optional<std::string> beneficiaries(const grammar::Quantity& q) const {
        if (q.kind != Kind::count) return std::nullopt;
        std::size_t e = q.end;
        while (e < text_.size() && !is_clause_break(text_[e]) && e - q.end <= 24) ++e;
        if (e - q.end > 24 || quantity_in(q.end, e)) return std::nullopt;
        std::u32string s(text_.substr(q.end, e - q.end));
        for (U32 verb : {U32(U"实施"), U32(U"开展"), U32(U"提供"), U32(U"免费")}) {
            for (std::size_t at = s.find(verb); at != std::u32string::npos; at = s.find(verb)) s.erase(at, verb.size());
        }
        s = strip_words(std::move(s));
        if (s.size() < 2) return std::nullopt;
        return synonyms_.normalise(grammar::to_utf8(s));
    }

    // 新建3家全国重点实验室, 300多万经营主体开具证明, 半天会期: a figure followed
    // by the noun it counts, up to its predicate, 的 or the clause's end.
    std::optional<std::string> right_subject(const grammar::Quantity& q) const {
        if (q.kind != Kind::count && q.kind != Kind::amount && q.kind != Kind::duration && q.kind != Kind::percent) {
            return std::nullopt;
        }
        static const grammar::CharSet not_noun =
            grammar::CharSet::of(U"的增下上占居是为较比同以左分均实达至到等和及或与其将已在并共总累");
        // The noun ends where its predicate starts: 15个贫困县全部摘帽, 4个…综试区获批.
        static const U32 predicate[] = {
            U"全部", U"获批", U"获得", U"获评", U"入选", U"作了", U"建成", U"扎实", U"顺利", U"成功", U"正式",
            U"均", U"已", U"万众", U"列为", U"跻身", U"被", U"参加", U"完成", U"实现", U"达到", U"申报", U"晋升",
            U"开具", U"集中签", U"签约", U"落地", U"建设", U"开展", U"提供", U"实施", U"免费", U"进入", U"纳入",
            U"开工", U"投产", U"上榜", U"通过", U"累计", U"共", U"分别", U"同比", U"增长", U"比上年", U"排名",
            U"超过",
        };
        // Named a member of a category (45个村镇获评“全国乡村旅游重点村镇”):
        // the category is what is counted.
        static const U32 named_as[] = {U"获评", U"入选", U"列为", U"被命名为", U"命名为", U"跻身", U"被评为", U"认定为"};
        static const grammar::CharSet predicate_first = [] {
            grammar::CharSet f = grammar::CharSet::first_of(predicate);
            for (U32 p : named_as) f.add(p.front());
            f.add(U'在');
            return f;
        }();
        constexpr std::size_t kLongest = 20;  // a longer run is a clause, not a noun phrase
        std::size_t e = q.end;
        // 97.2%的重点边境村: the part a share is of follows 的.
        if (q.kind == Kind::percent) {
            if (e >= text_.size() || text_[e] != U'的') return std::nullopt;
            ++e;
        }
        if (e >= text_.size() || not_noun.may_contain(text_[e])) return std::nullopt;
        std::u32string s;
        bool ended = false;
        for (std::size_t i = e; i < text_.size() && s.size() <= kLongest && !ended; ++i) {
            char32_t c = text_[i];
            // 5个高速公路项目631公里: the next figure ends the noun; 115家优化整合
            // 至90家 has a predicate, not a noun, before it. After an amount
            // (发行专项债券51.75亿元支持肉牛项目47个) it is another statement.
            if ((c >= U'0' && c <= U'9') || quantity_starts_at(i)) {
                if (s.find_first_of(U"至到为") != std::u32string::npos || q.kind != Kind::count) return std::nullopt;
                ended = true;
                break;
            }
            // 36个省会及副省级城市: a conjunction joins nouns, unless a figure follows.
            bool joins_figure = (c == U'和' || c == U'与' || c == U'及') && i + 1 < text_.size() &&
                                ((text_[i + 1] >= U'0' && text_[i + 1] <= U'9') || quantity_starts_at(i + 1));
            if (is_clause_break(c) || joins_figure || c == U'的' || c == U'（' || c == U'(') {
                ended = true;
                break;
            }
            if (c < 0x3000 && c != U'“' && c != U'”') return std::nullopt;  // Latin text, brackets: not a noun phrase
            if (s.size() >= 2 && predicate_first.may_contain(c)) {
                U32 rest = text_.substr(i);
                for (U32 p : named_as) {
                    if (rest.starts_with(p)) return category(i + p.size());
                }
                for (U32 p : predicate) ended = ended || rest.starts_with(p);
                // 7个地级市在全国…排名; 在建项目 is a noun.
                ended = ended || (c == U'在' && i + 1 < text_.size() && U32(U"建岗校职线编册读").find(text_[i + 1]) == U32::npos);
                if (ended) break;
            }
            s.push_back(c);
        }
        if (!ended || s.size() < 2) return std::nullopt;
        s = strip_words(std::move(s));
        if (s.size() < 2) return std::nullopt;
        return synonyms_.normalise(grammar::to_utf8(s));
    }

    // The category a count's members are named to, from `at` to the clause's
    // end or 的, without enclosing quotation marks.
    std::optional<std::string> category(std::size_t at) const {
        std::size_t e = at;
        while (e < text_.size() && !is_clause_break(text_[e]) && text_[e] != U'的' && e - at <= 24) ++e;
        U32 name = text_.substr(at, e - at);
        if (name.starts_with(U"“") && name.ends_with(U"”") && name.find(U'“', 1) == U32::npos) {
            name = name.substr(1, name.size() - 2);
        }
        if (name.size() < 2 || e - at > 24 || quantity_in(at, e)) return std::nullopt;
        return synonyms_.normalise(grammar::to_utf8(name));
    }

    // 7、8、9、10月份增速分别居全国第2位、第1位…: the i-th figure after 分别
    // is about the i-th month of the list.
    std::optional<std::string> respective_month(const std::vector<const grammar::Period*>& ps, std::size_t qb,
                                                int year) const {
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

    // 规模以上工业增加值增速降幅收窄，其中…增速居全国第2位: the growth an
    // earlier clause of the sentence names.
    std::optional<std::string> earlier_growth_subject(std::size_t ss, std::size_t cs) const {
        std::size_t at = U32(text_.substr(ss, cs > ss ? cs - ss : 0)).rfind(U"增速");
        if (at == U32::npos || at == 0) return std::nullopt;
        std::size_t head = ss + at, clause = head;
        while (clause > ss && !grammar::is_clause_break(text_[clause - 1])) --clause;
        auto named = subject(clause, head, clause, nullptr);
        if (!named || synonyms_.is_generic(*named)) return std::nullopt;
        return *named + "增速";
    }

    std::optional<std::string> subject(std::size_t from, std::size_t qb, std::size_t cs, const Claim* prev,
                                       bool rank = false) const {
        // Drop periods, places and 全省-style words, then the verbs and fillers around.
        std::u32string s;
        s.reserve(qb > from ? qb - from : 0);
        // The periods of periods_in(cs, qb) and the places of regions_in(from,
        // qb), walked in place.
        const std::vector<grammar::Period>& ps = scan_.periods;
        std::span<const RegionMention> regions = regions_in(from, qb).absolute();
        std::size_t pi = first_period_from(cs), ri = 0;
        for (std::size_t i = from; i < qb;) {
            while (pi < ps.size() && (ps[pi].kind == grammar::PeriodKind::streak || ps[pi].end <= i)) ++pi;
            if (pi < ps.size() && ps[pi].begin <= i) {
                i = ps[pi].end;
                continue;
            }
            while (ri < regions.size() && regions[ri].end <= i) ++ri;
            // 吉林一号: a place followed by a numeral and 号 names a thing.
            bool in_name = ri < regions.size() && regions[ri].end + 1 < qb &&
                           grammar::is_chinese_numeral_char(text_[regions[ri].end]) && text_[regions[ri].end + 1] == U'号';
            // Only a place that leads the phrase is its scope (吉林省二手车出口);
            // inside it, it belongs to the name (全国乡村旅游重点村镇). One the
            // figure is for (为吉林省招商引资) is neither.
            if (ri < regions.size() && regions[ri].begin <= i && !in_name && s.empty()) {
                i = regions[ri].end;
                continue;
            }
            if (s.empty() && (text_[i] == U'为' || text_[i] == U'向') && ri < regions.size() &&
                regions[ri].begin == i + 1) {
                i = regions[ri].end;
                continue;
            }
            if (s.empty() && (text_[i] == U'全' || text_[i] == U'我' || text_[i] == U'本') && i + 2 <= qb) {
                U32 rest = text_.substr(i, 2);
                if (rest == U"全省" || rest == U"我省" || rest == U"本省" || rest == U"全区" || rest == U"全市" ||
                    rest == U"全州" || rest == U"全国") {
                    i += 2;
                    continue;
                }
            }
            if (text_[i] != U' ' && text_[i] != U'\u3000' && text_[i] != U'—' && text_[i] != U'-') s.push_back(text_[i]);
            ++i;
        }
        // A share's subject is the part before 占; a rank's, the part before 居.
        if (auto at = s.find(U"占"); at != std::u32string::npos && !U32(s).substr(at).starts_with(U"占有")) s.resize(at);
        // Ranking verbs (居全国, 在全省…中排) end the subject at the first one
        // from its third character on; 居民 is no verb, and 在 alone ends
        // only a rank's subject.
        static const U32 cuts[] = {U"稳居", U"位居", U"跃居", U"居", U"位列", U"排名", U"在全", U"在"};
        static const grammar::CharSet cut_first = grammar::CharSet::first_of(cuts);
        for (std::size_t at = 2; at < s.size(); ++at) {
            if (!cut_first.may_contain(s[at])) continue;
            bool cut = false;
            for (U32 w : cuts) {
                if (!U32(s).substr(at).starts_with(w)) continue;
                bool word = w == U"居" && at + 1 < s.size() && (s[at + 1] == U'民' || s[at + 1] == U'住');
                bool place = w == U"在" && !rank;
                if (!word && !place) {
                    cut = true;
                    break;
                }
            }
            if (cut) {
                s.resize(at);
                break;
            }
        }
        // 在长春市率先压缩: a place after 在 is where, not what (looked for only
        // where a 在 stands).
        bool zai = s.size() > 3 && s.find(U'在', 2) != std::u32string::npos;
        for (const RegionMention& m : zai ? find_regions(U32(s)) : std::vector<RegionMention>()) {
            if (m.begin >= 3 && s[m.begin - 1] == U'在') {
                s.resize(m.begin - 1);
                break;
            }
        }
        // Brackets left open by the cut (在全省9个市（州）中排): no usable subject.
        if (s.find_first_of(U"（）()【】") != std::u32string::npos &&
            std::count(s.begin(), s.end(), U'（') != std::count(s.begin(), s.end(), U'）')) {
            s.clear();
        }
        // …政务部门依托…平台编制政务数据资源目录8.8万个: the object of the verb
        // is what is counted, not who acts.
        static const U32 object_verbs[] = {U"编制", U"审议", U"支持", U"实施", U"归集", U"培育", U"帮助"};
        static const grammar::CharSet verb_first = grammar::CharSet::first_of(object_verbs);
        std::size_t object = 0;  // after the last such verb with a noun of two characters or more after it
        for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
            if (!verb_first.may_contain(s[i])) continue;
            for (U32 v : object_verbs) {
                if (U32(s).substr(i).starts_with(v) && s.size() - i - v.size() >= 2) object = i + v.size();
            }
        }
        s.erase(0, object);
        const std::u32string written = s;
        s = strip_words(std::move(s), &synonyms_);
        // 正常年景下粮食产量: a condition before a known subject is not part of it.
        if (std::size_t at = s.rfind(U'下'); at != std::u32string::npos && at >= 2 &&
            synonyms_.contains(U32(s).substr(at + 1))) {
            s.erase(0, at + 1);
        }
        // 完成投资, 实现投资: a verb that makes the bare head noun a statistic.
        if (synonyms_.is_generic(U32(s)) && synonyms_.is_generic(U32(written))) s = written;
        // 带动全省农民人均增收: a home word left after the verb (全省性 is an adjective).
        if (s.size() > 3 && home_member(s[0], s[1]) && s[2] != U'性') s.erase(0, 2);
        // 为吉林省招商引资…: the place it is done for is no part of what is measured.
        if (s.size() > 3 && (s[0] == U'为' || s[0] == U'向')) {
            auto places = find_regions(U32(s).substr(1));
            if (!places.empty() && places.front().begin == 0) s.erase(0, 1 + places.front().end);
        }
        // 粮食生产再获大丰收，增产8.32亿斤: a change of output, of what the
        // sentence says is produced, when the lexicon knows that output.
        if (s == U"增产" || s == U"减产") {
            std::size_t ss = sentence_start(qb);
            U32 opening = text_.substr(ss, qb - ss);
            if (std::size_t at = opening.find(U"生产"); at != U32::npos && at >= 2) {
                std::string output = grammar::to_utf8(opening.substr(0, at)) + "产量";
                if (synonyms_.contains(output)) return synonyms_.normalise(output);
            }
        }
        // 总数达845户, 总额30.5亿元: the total of the subject before.
        if (prev && prev->subject && (s == U"总数" || s == U"总量")) return prev->subject;
        // 增长8.9%，增速居全国第5位: the growth of the subject before.
        if (prev && prev->subject && (s == U"增速" || s == U"增幅")) {
            return prev->subject->ends_with("增速") ? *prev->subject : *prev->subject + "增速";
        }
        // 增产8.32亿斤，总产量816.16亿斤: the total of the same subject.
        if (prev && prev->subject && s.size() > 2 && s[0] == U'总' &&
            prev->subject->ends_with(grammar::to_utf8(U32(s).substr(1)))) {
            return prev->subject;
        }
        if (prev && prev->subject && (s == U"总额" || s == U"面积" || s == U"金额")) {
            return synonyms_.normalise(*prev->subject + grammar::to_utf8(s));
        }
        if (s.size() < 2) {
            if (prev && prev->subject) return prev->subject;
            return std::nullopt;
        }
        return synonyms_.normalise(grammar::to_utf8(s));
    }

    U32 text_;
    const grammar::ScanResult& scan_;
    const DocumentFacts& facts_;
    const SubjectSynonyms& synonyms_;
    const std::vector<std::size_t>& sentences_;
    PlaceMentions places_;
    const std::vector<RegionMention>& regions_;  // every place and organisation mention of the text
    std::vector<std::size_t> line_starts_;
    NearbySearch<std::size_t> line_search_{line_starts_}, sentence_search_{sentences_};
    NearbySearch<grammar::Period> period_search_{scan_.periods};
    NearbySearch<grammar::Quantity> quantity_search_{scan_.quantities};
    NearbySearch<RegionMention> region_search_{regions_};
    // Words asked about for every figure of a sentence, found once.
    enum Word : std::size_t { kRespectively, kCurrently, kRecentYears, kRecentFewYears, kOfWhich, kSemicolon };
    static constexpr U32 kWords[] = {U"分别", U"目前", U"近年来", U"近几年", U"其中", U"；"};
    WordPositions words_{text_, kWords};
    // By sentence: where its first goal word stands (npos: none), looked for once.
    static constexpr std::size_t kUnread = U32::npos - 1;
    std::vector<std::size_t> first_cue_ = std::vector<std::size_t>(sentences_.size(), kUnread);
    std::optional<Context> last_opening_;
    std::vector<Resolved> resolved_ = std::vector<Resolved>(scan_.periods.size());  // by period
};

}  // namespace

std::vector<Claim> build_claims(const Document& doc, const grammar::ScanResult& scan, const DocumentFacts& facts,
                                const ClaimOptions& opts, const std::vector<std::size_t>& sentences,
                                const std::vector<RegionMention>& regions) {
    return Builder(doc, scan, facts, opts, sentences, regions).run();
}

}  // namespace claimlint
