// Extraction over the users' own documents (../shared/corpus/seeds). The
// counts are those listed, expression by expression, in tests/seeds/
// inventory.md. Skipped, with a message, when the corpus is not beside the
// repository.
#include "grammar/utf8.hpp"
#include "src/checks/corpus.hpp"
#include "src/extraction.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace claimlint {
namespace {

class SeedsCorpus : public ::testing::Test {
protected:
    void SetUp() override {
        if (test::corpus_dir().empty()) GTEST_SKIP() << "../shared/corpus/seeds not found; corpus tests skipped";
    }
    static Document load(const std::string& name) {
        return Document::load((test::corpus_dir() / "seeds" / name).string());
    }
};

constexpr const char* k000 = "000_5dc3ee0c97d0bd16.txt";
constexpr const char* k001 = "001_723053cbd841b231.txt";
constexpr const char* k002 = "002_81a7656ff7c24efb.txt";
constexpr const char* k003 = "003_7f22500536915bc1.txt";
constexpr const char* k004 = "004_8a33019c41eb3625.txt";

TEST_F(SeedsCorpus, CountsPerDocument) {
    struct Expected {
        const char* file;
        std::size_t quantities, periods;
    };
    const Expected expected[] = {
        {k000, 75, 46}, {k001, 351, 47}, {k002, 59, 20}, {k003, 28, 14}, {k004, 34, 15},
    };
    for (const Expected& e : expected) {
        Document doc = load(e.file);
        Extraction ex = extract(doc);
        EXPECT_EQ(ex.scan.quantities.size(), e.quantities) << e.file;
        EXPECT_EQ(ex.scan.periods.size(), e.periods) << e.file;
    }
}

// How many figures became claims with a subject, a scope, a period, and a
// complete key (so that they are compared): asserted so coverage cannot drop
// silently. Figures without a key are durations, bare head nouns (项目),
// clauses whose subject was not found, figures of no stated time (近年来, the
// earlier state of 由A…至B), and figures whose period is only the
// document's year guessed (000 and 004 are undated mid-year articles).
TEST_F(SeedsCorpus, ClaimCoveragePerDocument) {
    struct Expected {
        const char* file;
        std::size_t quantities, subject, scope, period, keyed;
    };
    const Expected expected[] = {
        {k000, 75, 71, 75, 72, 32}, {k001, 351, 340, 351, 351, 321}, {k002, 59, 57, 59, 59, 53},
        {k003, 28, 26, 28, 27, 24}, {k004, 34, 32, 34, 34, 6},
    };
    for (const Expected& e : expected) {
        Document doc = load(e.file);
        Extraction ex = extract(doc);
        std::size_t subject = 0, scope = 0, period = 0, keyed = 0;
        for (const Claim& c : ex.claims) {
            subject += c.subject ? 1 : 0;
            scope += c.scope ? 1 : 0;
            period += c.period ? 1 : 0;
            keyed += c.key.empty() ? 0 : 1;
        }
        EXPECT_EQ(ex.claims.size(), e.quantities) << e.file;
        EXPECT_EQ(subject, e.subject) << e.file;
        EXPECT_EQ(scope, e.scope) << e.file;
        EXPECT_EQ(period, e.period) << e.file;
        EXPECT_EQ(keyed, e.keyed) << e.file;
    }
}

// Claims that depend on document context: 001 is dated 2023-01-15 by its
// first line, so its review is about 2022 (and 2018..2022 for 五年来) and its
// 2023 work plan states targets.
TEST_F(SeedsCorpus, ClaimsResolveAgainstTheDocumentDate) {
    struct Expected {
        const char* file;
        const char* text;
        const char* key;
    };
    const Expected expected[] = {
        {k003, "7.7%", "吉林省|外贸进出口|2023|growth|+|actual"},
        {k003, "1679.1亿元", "吉林省|外贸进出口|2023|level||actual"},
        {k000, "54.8万户", "吉林省|新登记经营主体|2023-01..2023-11|change|+|actual"},
        {k001, "13805元", "吉林省|脱贫群众人均纯收入|2018..2022|level||actual"},
        {k001, "3112户", "吉林省|高新技术企业数量|2022|level||actual"},
        {k001, "60.4%", "吉林省|高标准农田|2018..2022|growth|+|actual"},
        {k001, "6%左右", "吉林省|地区生产总值|2023|growth|+|target"},
        {k002, "913亿元", "长春新区|地区生产总值|2023|level||actual"},
    };
    for (const Expected& e : expected) {
        Document doc = load(e.file);
        Extraction ex = extract(doc);
        bool found = false;
        for (std::size_t i = 0; i < ex.scan.quantities.size() && !found; ++i) {
            const auto& q = ex.scan.quantities[i];
            if (doc.source(q.begin, q.end) != e.text) continue;
            found = true;
            EXPECT_EQ(ex.claims[i].key, e.key) << e.file << " " << e.text;
        }
        EXPECT_TRUE(found) << e.text;
    }
}

// The seeds together check clean: honest text raises no warning.
// Adds a document and its extraction to `corpus`.
void add(Corpus& corpus, const std::filesystem::path& path) {
    corpus.docs.push_back(std::make_unique<Document>(Document::load(path.string())));
    corpus.extractions.push_back(extract(*corpus.docs.back()));
}

void add_seeds(Corpus& corpus) {
    for (const char* f : {k000, k001, k002, k003, k004}) add(corpus, test::corpus_dir() / "seeds" / f);
}

TEST_F(SeedsCorpus, CheckIsSilentOnTheSeeds) {
    Corpus corpus;
    add_seeds(corpus);
    Config config = load_config_text("", "test");
    for (const Diagnostic& d : run_checks(corpus, config, "en")) {
        ADD_FAILURE() << d.location.doc->path() << ": " << d.rule << ": " << d.message;
    }
    // With period-differs on, the two 2023 trade growth figures (前11个月 7.5%
    // in 000, 全年 7.7% in 003) are recognised as the same subject and scope.
    config.rules["period-differs"].enabled = true;
    bool trade_note = false;
    for (const Diagnostic& d : run_checks(corpus, config, "en")) {
        EXPECT_EQ(d.severity, Severity::note) << d.message;
        std::string at(d.location.doc->source(d.location.begin, d.location.end));
        if (d.rule == "period-differs" && at == "7.7%" && !d.related.empty()) {
            const Location& r = d.related[0].location;
            trade_note = trade_note || r.doc->source(r.begin, r.end) == "7.5%";
        }
    }
    EXPECT_TRUE(trade_note);
}

// Documents written for the project that restate seed facts
// (fixtures/restated/): changed figures warn at each change with a note at
// the seed; rounded ones and other years, regions and periods stay silent.
// `corpus` owns the documents the diagnostics point into.
std::vector<Diagnostic> check_with_seeds(const std::string& draft, Corpus& corpus) {
    add_seeds(corpus);
    add(corpus, test::source_dir() / "fixtures" / "restated" / draft);
    Config config = load_config_text("", "test");
    return run_checks(corpus, config, "en");
}

TEST_F(SeedsCorpus, ChangedRestatementsWarnAtEachChange) {
    struct Expected {
        const char* here;
        const char* seed;
        const char* there;
    };
    const Expected expected[] = {
        {"1697.1亿元", k003, "1679.1亿元"},
        {"7.9%", k003, "7.7%"},
        {"7.5%", k002, "7.2%"},
        {"3300户", k001, "3112户"},
        {"251.6万辆", k001, "215.6万辆"},  // 一汽's output, an organisation's figure
    };
    Corpus corpus;
    auto diags = check_with_seeds("changed.md", corpus);
    ASSERT_EQ(diags.size(), std::size(expected));
    for (std::size_t i = 0; i < diags.size(); ++i) {
        const Diagnostic& d = diags[i];
        EXPECT_EQ(d.rule, "cross-document-mismatch");
        EXPECT_TRUE(d.location.doc->path().ends_with("changed.md"));
        EXPECT_EQ(d.location.doc->source(d.location.begin, d.location.end), expected[i].here);
        ASSERT_EQ(d.related.size(), 1u);
        const Location& r = d.related[0].location;
        EXPECT_TRUE(r.doc->path().ends_with(expected[i].seed)) << r.doc->path();
        EXPECT_EQ(r.doc->source(r.begin, r.end), expected[i].there);
    }
}

TEST_F(SeedsCorpus, HonestRestatementsAndOtherContextsStaySilent) {
    for (const char* draft : {"honest.md", "elsewhere.md"}) {
        Corpus corpus;
        for (const Diagnostic& d : check_with_seeds(draft, corpus)) {
            ADD_FAILURE() << draft << ": " << d.location.doc->path() << ": " << d.rule << ": " << d.message;
        }
    }
}

// The n-th (0-based) quantity or period whose source text is exactly `text`,
// or whose span contains it when `containing` is set.
struct Spot {
    const char* file;
    const char* text;  // source text of the expected span
    int nth;
    const char* kind;  // quantity kind, or "period"
    const char* value;
    const char* unit;
    const char* qualifier;
};

const Spot kSpots[] = {
    {k003, "1679.1亿元", 0, "amount", "167910000000", "CNY", "exact"},
    {k003, "7.7%", 0, "percent", "7.7", "%", "exact"},
    {k003, "627亿元", 0, "amount", "62700000000", "CNY", "exact"},
    {k003, "23倍", 0, "multiple", "23", "times", "about"},
    {k003, "近20%", 0, "percent", "20", "%", "nearly"},
    {k003, "3280亿元", 0, "amount", "328000000000", "CNY", "exact"},
    {k003, "9567万美元", 0, "amount", "95670000", "USD", "exact"},
    {k003, "1.42亿美元", 0, "amount", "142000000", "USD", "exact"},
    {k003, "14184标箱", 0, "count", "14184", "标箱", "exact"},
    {k003, "第5名", 0, "rank", "5", "rank", "exact"},
    {k003, "超过1亿元", 0, "amount", "100000000", "CNY", "over"},
    {k003, "近1万公里", 0, "amount", "10000", "公里", "nearly"},
    {k003, "2023年10月24日", 0, "period", "2023-10-24", "", ""},
    {k000, "54.8万户", 0, "count", "548000", "户", "exact"},
    {k000, "10.9%", 0, "percent", "10.9", "%", "exact"},
    {k000, "1—11月", 0, "period", "?-01..?-11", "", ""},
    {k000, "3000至4000元", 0, "amount", "3000", "CNY", "range"},
    {k000, "近493万元", 0, "amount", "4930000", "CNY", "nearly"},
    {k000, "300多万", 0, "count", "3000000", "", "more"},
    {k000, "6.5万余件", 0, "count", "65000", "件", "more"},
    {k000, "突破5400亿元", 0, "amount", "540000000000", "CNY", "over"},
    {k000, "第8位", 0, "rank", "8", "rank", "exact"},
    {k000, "1020万元人民币", 0, "amount", "10200000", "CNY", "exact"},
    {k000, "前100名", 0, "rank", "100", "rank", "exact"},
    {k000, "268.1亿条", 0, "count", "26810000000", "条", "exact"},
    {k000, "前11个月", 0, "period", "?-01..?-11", "", ""},
    {k001, "42.1%", 0, "percent", "42.1", "%", "exact"},
    {k001, "31.6个百分点", 0, "pp", "31.6", "pp", "exact"},
    {k001, "第5位", 0, "rank", "5", "rank", "exact"},
    {k001, "3900亿元左右", 0, "amount", "390000000000", "CNY", "about"},
    {k001, "6300多万亩（次）", 0, "amount", "63000000", "亩次", "more"},
    {k001, "500万千瓦", 0, "amount", "5000000", "千瓦", "exact"},
    {k001, "171.8亿千瓦时", 0, "amount", "17180000000", "千瓦时", "exact"},
    {k001, "8.32亿斤", 0, "amount", "832000000", "斤", "exact"},
    {k001, "816.16亿斤", 0, "amount", "81616000000", "斤", "exact"},
    {k001, "25微克每立方米", 0, "amount", "25", "微克每立方米", "exact"},
    {k001, "4.3个百分点", 0, "pp", "4.3", "pp", "exact"},
    {k001, "1－2个", 0, "count", "1", "个", "range"},
    {k001, "6%左右", 0, "percent", "6", "%", "about"},
    {k001, "800亿斤以上", 0, "amount", "80000000000", "斤", "over"},
    {k001, "2.12万人（次）", 0, "count", "21200", "人次", "exact"},
    {k001, "近5倍", 0, "multiple", "5", "times", "nearly"},
    {k001, "三十年", 0, "duration", "30", "年", "exact"},
    {k001, "约4%", 0, "percent", "4", "%", "about"},
    {k001, "前三强", 0, "rank", "3", "rank", "exact"},
    {k001, "前三季度", 0, "period", "?-Q1..?-Q3", "", ""},
    {k001, "11月末", 0, "period", "end:?-11", "", ""},
    {k001, "2023年1月15日", 0, "period", "2023-01-15", "", ""},
    {k002, "913亿元", 0, "amount", "91300000000", "CNY", "exact"},
    {k002, "2615万美元", 0, "amount", "26150000", "USD", "exact"},
    {k002, "半天", 0, "duration", "0.5", "天", "exact"},
    {k002, "56万人口", 0, "count", "560000", "人口", "exact"},
    {k002, "第1", 0, "rank", "1", "rank", "exact"},
    {k004, "超400亿元", 0, "amount", "40000000000", "CNY", "over"},
    {k004, "不低于20%", 0, "percent", "20", "%", "at_least"},
    {k004, "30余份", 0, "count", "30", "份", "more"},
};

class SeedSpot : public ::testing::TestWithParam<Spot> {
protected:
    void SetUp() override {
        if (test::corpus_dir().empty()) GTEST_SKIP() << "../shared/corpus/seeds not found; corpus tests skipped";
    }
};

TEST_P(SeedSpot, Matches) {
    const Spot& s = GetParam();
    Document doc = Document::load((test::corpus_dir() / "seeds" / s.file).string());
    Extraction ex = extract(doc);
    int seen = 0;
    if (std::string(s.kind) == "period") {
        for (const auto& p : ex.scan.periods) {
            if (doc.source(p.begin, p.end) != s.text || seen++ != s.nth) continue;
            EXPECT_EQ(p.value, s.value);
            return;
        }
    } else {
        for (const auto& q : ex.scan.quantities) {
            if (doc.source(q.begin, q.end) != s.text || seen++ != s.nth) continue;
            EXPECT_EQ(grammar::to_string(q.kind), s.kind);
            EXPECT_EQ(q.value.to_string(), s.value);
            EXPECT_EQ(q.unit, s.unit);
            EXPECT_EQ(grammar::to_string(q.qualifier), s.qualifier);
            return;
        }
    }
    ADD_FAILURE() << s.file << ": no " << s.kind << " spanning exactly " << s.text;
}

std::string spot_name(const ::testing::TestParamInfo<Spot>& info) {
    return "spot" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedSpot, ::testing::ValuesIn(kSpots), spot_name);

// Look-alikes that must yield no quantity anywhere in their document.
TEST_F(SeedsCorpus, NonQuantitiesYieldNothing) {
    struct Trap {
        const char* file;
        const char* text;
    };
    const Trap traps[] = {
        {k001, "“一主六双”"}, {k001, "PM2.5"},   {k001, "“十四五”"},  {k001, "第十四届"}, {k001, "一是"},
        {k001, "（一）"},     {k001, "八项规定"}, {k001, "每千人"},     {k001, "5G"},       {k001, "二十大"},
        {k002, "“双九百”"},   {k002, "“2+5+10”"}, {k002, "十大工程"},   {k002, "一步一个脚印"}, {k003, "05"},
        {k004, "一等奖"},     {k004, "4S"},       {k004, "3.0版"},      {k000, "九台"},     {k000, "1+N"},
    };
    for (const Trap& t : traps) {
        Document doc = load(t.file);
        Extraction ex = extract(doc);
        std::string_view bytes = doc.bytes();
        std::size_t found = 0;
        for (std::size_t at = bytes.find(t.text); at != std::string_view::npos; at = bytes.find(t.text, at + 1)) {
            ++found;
            std::size_t end = at + std::string_view(t.text).size();
            for (const auto& q : ex.scan.quantities) {
                std::size_t qb = doc.byte_offset(q.begin), qe = doc.byte_offset(q.end);
                EXPECT_FALSE(qb < end && qe > at) << t.file << ": a quantity overlaps " << t.text << ": "
                                                   << doc.source(q.begin, q.end);
            }
        }
        EXPECT_GT(found, 0u) << t.text << " not in " << t.file;
    }
}

}  // namespace
}  // namespace claimlint
