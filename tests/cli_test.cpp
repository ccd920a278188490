// The command line as a user runs it: exit codes, messages, JSON records.
#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

using Result = test::Run;

// Runs claimlint with `args`, capturing stdout and stderr together.
Result run(const std::string& args) { return test::run_command(std::string(CLAIMLINT_BINARY) + " " + args + " 2>&1"); }

class CliTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("claimlint_cli_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string write(const std::string& name, const std::string& bytes) {
        fs::path p = dir_ / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }
    fs::path dir_;
};

TEST_F(CliTest, ExtractPrintsOneRecordPerExpression) {
    std::string f = write("a.txt", "2023年，吉林省外贸进出口实现1679.1亿元，同比增长7.7%。");
    Result r = run("extract " + f);
    ASSERT_EQ(r.status, 0) << r.out;
    std::vector<nlohmann::json> recs;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) recs.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(recs.size(), 3u) << r.out;
    EXPECT_EQ(recs[0]["type"], "period");
    EXPECT_EQ(recs[0]["value"], "2023");
    EXPECT_EQ(recs[1]["text"], "1679.1亿元");
    EXPECT_EQ(recs[1]["value"], 167910000000LL);
    EXPECT_EQ(recs[1]["unit"], "CNY");
    EXPECT_EQ(recs[1]["kind"], "amount");
    EXPECT_EQ(recs[1]["line"], 1);
    EXPECT_EQ(recs[1]["column"], 17);
    EXPECT_EQ(recs[1]["end_column"], 25);
    EXPECT_EQ(recs[1]["start_byte"], 40);
    EXPECT_EQ(recs[1]["periods"][0]["value"], "2023");
    EXPECT_EQ(recs[2]["text"], "7.7%");
    EXPECT_EQ(recs[2]["interval"], "[7.65, 7.75)");
    // The growth takes the subject of the clause before it.
    EXPECT_EQ(recs[1]["subject"], "外贸进出口");
    EXPECT_EQ(recs[2]["subject"], "外贸进出口");
    EXPECT_EQ(recs[2]["scope"], "吉林省");
    EXPECT_EQ(recs[2]["period"], "2023");
    EXPECT_EQ(recs[2]["measure"], "growth");
    EXPECT_EQ(recs[2]["direction"], "+");
    EXPECT_EQ(recs[2]["modality"], "actual");
    EXPECT_EQ(recs[2]["key"], "吉林省|外贸进出口|2023|growth|+|actual");
}

TEST_F(CliTest, TextFormat) {
    std::string f = write("a.txt", "近20%");
    Result r = run("extract --format text " + f);
    ASSERT_EQ(r.status, 0);
    EXPECT_NE(r.out.find(":1:1: percent 20 % nearly [18, 20]  近20%"), std::string::npos) << r.out;
}

TEST_F(CliTest, InvalidUtf8IsAnErrorWithPosition) {
    std::string f = write("bad.txt", "好\n增长\xFF");
    Result r = run("extract " + f);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("bad.txt:2:3: error: invalid UTF-8"), std::string::npos) << r.out;
}

TEST_F(CliTest, BinaryFileIsSkippedWithAMessage) {
    std::string f = write("b.txt", std::string("5家\0\0", 6));
    Result r = run("extract " + f);
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("skipped binary file"), std::string::npos) << r.out;
}

TEST_F(CliTest, MissingPathAndBadUsage) {
    EXPECT_EQ(run("extract " + (dir_ / "nope.txt").string()).status, 2);
    EXPECT_EQ(run("extract --format xml " + write("a.txt", "")).status, 2);
    EXPECT_EQ(run("frobnicate").status, 2);
}

TEST_F(CliTest, FoldersAreWalkedInSortedOrderAndOutputIsDeterministic) {
    write("b.md", "新增5家。");
    write("a.txt", "新增3家。");
    write("skip.csv", "新增9家。");
    Result r1 = run("extract " + dir_.string());
    Result r2 = run("extract " + dir_.string());
    ASSERT_EQ(r1.status, 0);
    EXPECT_EQ(r1.out, r2.out);
    EXPECT_LT(r1.out.find("a.txt"), r1.out.find("b.md"));
    EXPECT_EQ(r1.out.find("skip.csv"), std::string::npos);
}

TEST_F(CliTest, InputFilesAreNotModified) {
    std::string bytes = "\xEF\xBB\xBF增长７．７％\r\n";
    std::string f = write("a.txt", bytes);
    ASSERT_EQ(run("extract " + f).status, 0);
    std::ifstream in(f, std::ios::binary);
    std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(after, bytes);
}

}  // namespace
}  // namespace claimlint
