// The arithmetic relations (勾稽关系) the relation rules must find among the
// seeds' own figures, each verified; and mutations of those figures beyond
// their stated precision, each caught by the right rule at the changed figure.
// Skipped, with a message, when ../shared/corpus is not beside the repository.
#include "src/checks/corpus.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

constexpr const char* k000 = "000_5dc3ee0c97d0bd16.txt";
constexpr const char* k001 = "001_723053cbd841b231.txt";
constexpr const char* k002 = "002_81a7656ff7c24efb.txt";
constexpr const char* k003 = "003_7f22500536915bc1.txt";
const char* const kSeeds[] = {k000, k001, k002, k003, "004_8a33019c41eb3625.txt"};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The seeds as a corpus, with `edit` replacing one occurrence of a text in one file.
struct Edit {
    const char* file;
    std::string from, to;
};

struct Run {
    Corpus corpus;
    std::vector<Diagnostic> diags;
    std::vector<Relation> relations;
};

std::unique_ptr<Run> check_seeds(const Edit* edit = nullptr) {
    auto run = std::make_unique<Run>();
    for (const char* name : kSeeds) {
        std::string bytes = read(test::corpus_dir() / "seeds" / name);
        if (edit && edit->file == std::string(name)) {
            std::size_t at = bytes.find(edit->from);
            EXPECT_NE(at, std::string::npos) << edit->from << " not in " << name;
            if (at != std::string::npos) bytes.replace(at, edit->from.size(), edit->to);
        }
        run->corpus.docs.push_back(std::make_unique<Document>(Document::from_bytes(name, bytes)));
        run->corpus.extractions.push_back(extract(*run->corpus.docs.back()));
    }
    Config config;
    run->diags = run_checks(run->corpus, config, "en", &run->relations);
    return run;
}

std::string figure(const Run& run, ClaimRef r) {
    const auto& q = run.corpus.extractions[r.doc].scan.quantities[r.quantity];
    return std::string(run.corpus.docs[r.doc]->source(q.begin, q.end));
}

std::string describe(const Run& run, const Relation& rel) {
    std::ostringstream s;
    s << rel.rule << ' ' << run.corpus.docs[rel.figures[0].doc]->path() << ':';
    for (ClaimRef f : rel.figures) s << ' ' << figure(run, f);
    s << (rel.holds ? " (holds)" : " (violated)");
    return s.str();
}

class SeedRelations : public ::testing::Test {
protected:
    void SetUp() override {
        if (test::corpus_dir().empty()) GTEST_SKIP() << "../shared/corpus/seeds not found; relation tests skipped";
    }
};

struct ExpectedRelation {
    const char* rule;
    const char* file;
    std::vector<std::string> figures;  // source texts, in any order
};

const ExpectedRelation kExpected[] = {
    {"share-mismatch", k003, {"3280亿元", "628.9亿元", "近20%"}},
    {"growth-mismatch", k001, {"500万千瓦", "50%", "1500万千瓦"}},
    {"growth-mismatch", k000, {"80%", "10个工作日", "2个工作日"}},
    {"threshold-claim", k002, {"913亿元"}},
    {"threshold-claim", k002, {"905.4亿元"}},
    {"sum-exceeds-total", k003, {"1679.1亿元", "627亿元"}},
    {"sum-exceeds-total", k001, {"242.7亿元", "62.4亿元"}},
    {"sum-exceeds-total", k002, {"377户", "845户"}},
    {"sum-exceeds-total", k002, {"154户", "410户"}},
    {"share-mismatch", k002, {"11家", "22%"}},
    {"share-mismatch", k002, {"11家", "30%"}},
};

TEST_F(SeedRelations, EveryListedRelationIsFoundAndVerified) {
    auto run = check_seeds();
    for (const ExpectedRelation& e : kExpected) {
        SCOPED_TRACE(std::string(e.rule) + " in " + e.file);
        bool found = false;
        for (const Relation& rel : run->relations) {
            if (rel.rule != e.rule || run->corpus.docs[rel.figures[0].doc]->path() != e.file) continue;
            std::vector<std::string> figs;
            for (ClaimRef f : rel.figures) figs.push_back(figure(*run, f));
            auto want = e.figures;
            std::sort(figs.begin(), figs.end());
            std::sort(want.begin(), want.end());
            if (figs != want) continue;
            found = true;
            EXPECT_TRUE(rel.holds) << describe(*run, rel);
        }
        if (!found) {
            std::string all;
            for (const Relation& rel : run->relations) all += "\n  " + describe(*run, rel);
            ADD_FAILURE() << "not found; relations found:" << all;
        }
    }
}

TEST_F(SeedRelations, NoRelationRuleWarnsOnTheSeeds) {
    auto run = check_seeds();
    for (const Relation& rel : run->relations) EXPECT_TRUE(rel.holds) << describe(*run, rel);
    EXPECT_TRUE(run->diags.empty());
}

// 是上年的近5倍 and 增长63倍 name a base the seeds never state: no relation,
// so nothing is counted as verified.
TEST_F(SeedRelations, MultiplesWithoutAStatedBaseAreNotRelations) {
    auto run = check_seeds();
    for (const Relation& rel : run->relations) EXPECT_NE(rel.rule, "multiple-mismatch") << describe(*run, rel);
}

// A seed figure changed beyond its interval: the rule fires with the changed
// figure at the diagnostic or at one of its notes.
struct Mutation {
    const char* rule;
    Edit edit;
    const char* figure;  // the changed figure as it now reads
};

const Mutation kMutations[] = {
    {"share-mismatch", {k003, "资金到位率近20%", "资金到位率近30%"}, "近30%"},
    {"share-mismatch", {k003, "资金到位率近20%", "资金到位率近15%"}, "近15%"},
    {"share-mismatch", {k003, "实际到位资金628.9亿元", "实际到位资金728.9亿元"}, "728.9亿元"},
    {"share-mismatch", {k003, "实际到位资金628.9亿元", "实际到位资金528.9亿元"}, "528.9亿元"},
    {"share-mismatch", {k003, "签约额3280亿元", "签约额2800亿元"}, "2800亿元"},
    {"share-mismatch", {k003, "签约额3280亿元", "签约额4280亿元"}, "4280亿元"},
    {"share-mismatch", {k002, "上市企业11家", "上市企业3家"}, "3家"},
    {"share-mismatch", {k002, "上市企业11家", "上市企业5家"}, "5家"},
    {"growth-mismatch", {k001, "增长50%，超过", "增长40%，超过"}, "40%"},
    {"growth-mismatch", {k001, "增长50%，超过", "增长60%，超过"}, "60%"},
    {"growth-mismatch", {k001, "新增装机容量500万千瓦", "新增装机容量450万千瓦"}, "450万千瓦"},
    {"growth-mismatch", {k001, "新增装机容量500万千瓦", "新增装机容量550万千瓦"}, "550万千瓦"},
    {"growth-mismatch", {k001, "总装机容量达到1500万千瓦", "总装机容量达到1800万千瓦"}, "1800万千瓦"},
    {"growth-mismatch", {k001, "总装机容量达到1500万千瓦", "总装机容量达到1200万千瓦"}, "1200万千瓦"},
    {"growth-mismatch", {k000, "压缩80%", "压缩70%"}, "70%"},
    {"growth-mismatch", {k000, "压缩80%", "压缩90%"}, "90%"},
    {"growth-mismatch", {k000, "缩减为2个工作日", "缩减为3个工作日"}, "3个工作日"},
    {"growth-mismatch", {k000, "时限的10个工作日", "时限的15个工作日"}, "15个工作日"},
    {"threshold-claim", {k002, "GDP完成913亿元", "GDP完成890亿元"}, "890亿元"},
    {"threshold-claim", {k002, "规上工业产值905.4亿元", "规上工业产值899.4亿元"}, "899.4亿元"},
    {"threshold-claim", {k002, "GDP完成913亿元", "GDP完成813亿元"}, "813亿元"},
    {"threshold-claim", {k002, "规上工业产值905.4亿元", "规上工业产值805.4亿元"}, "805.4亿元"},
    {"sum-exceeds-total", {k003, "其中出口627亿元", "其中出口1727亿元"}, "1727亿元"},
    {"sum-exceeds-total", {k003, "进出口实现1679.1亿元", "进出口实现579.1亿元"}, "579.1亿元"},
    {"sum-exceeds-total", {k001, "肉牛活体抵押贷款62.4亿元", "肉牛活体抵押贷款262.4亿元"}, "262.4亿元"},
    {"sum-exceeds-total", {k001, "肉牛贷款余额242.7亿元", "肉牛贷款余额42.7亿元"}, "42.7亿元"},
    {"sum-exceeds-total", {k002, "新认定高企377户", "新认定高企977户"}, "977户"},
    {"sum-exceeds-total", {k002, "总数达845户", "总数达345户"}, "345户"},
    {"sum-exceeds-total", {k002, "企业154户", "企业454户"}, "454户"},
    {"sum-exceeds-total", {k002, "总数达410户", "总数达110户"}, "110户"},
};

class SeedMutation : public ::testing::TestWithParam<Mutation> {
protected:
    void SetUp() override {
        if (test::corpus_dir().empty()) GTEST_SKIP() << "../shared/corpus/seeds not found; mutation tests skipped";
    }
};

TEST_P(SeedMutation, IsCaughtAtTheChangedFigure) {
    const Mutation& m = GetParam();
    auto run = check_seeds(&m.edit);
    bool caught = false;
    std::string seen;
    for (const Diagnostic& d : run->diags) {
        seen += "\n  " + d.rule + ": " + d.message;
        if (d.rule != m.rule) continue;
        auto at = [&](const Location& l) { return std::string(l.doc->source(l.begin, l.end)) == m.figure; };
        caught = caught || at(d.location) ||
                 std::any_of(d.related.begin(), d.related.end(), [&](const Related& r) { return at(r.location); });
    }
    EXPECT_TRUE(caught) << m.rule << " not reported at " << m.figure << "; diagnostics:" << seen;
}

std::string mutation_name(const ::testing::TestParamInfo<Mutation>& info) {
    std::string r = info.param.rule;
    std::replace(r.begin(), r.end(), '-', '_');
    return r + "_" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedMutation, ::testing::ValuesIn(kMutations), mutation_name);

}  // namespace
}  // namespace claimlint
