// Claim records read back: parse_record, which reads a line of
// `extract --format jsonl` without a JSON tree, agrees with json::parse and
// claim_record_from_json on good records and on the error of a bad one.
#include "src/claims_io.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace claimlint {
namespace {

using nlohmann::json;

// The keyed quantity record `extract` writes for a sentence.
std::string keyed_line() {
    Document doc = Document::from_bytes("s.txt", "2023年，吉林省外贸进出口总值1679.1亿元。");
    ClaimOptions opts;
    opts.date = "2024-01-20";
    Extraction ex = extract(doc, opts);
    std::ostringstream out;
    write_jsonl(out, ex);
    std::istringstream lines(out.str());
    for (std::string line; std::getline(lines, line);) {
        if (line.find("\"key\":\"") != std::string::npos) return line;
    }
    ADD_FAILURE() << "no keyed record in\n" << out.str();
    return "{}";
}

// What reconcile made of a line when it parsed it into a tree.
std::string via_tree(const std::string& line) {
    try {
        json j = json::parse(line);
        bool quantity = j.is_object() && j.value("type", "") == "quantity";
        auto r = claim_record_from_json(j);
        return (quantity ? "quantity" : "") + (r ? " " + claim_record_to_json(*r).dump() : " none");
    } catch (const json::exception& e) {
        return std::string("json error: ") + e.what();
    } catch (const RecordError& e) {
        return std::string("record error: ") + e.what();
    }
}

std::string via_parse_record(const std::string& line) {
    try {
        ParsedRecord p = parse_record(line);
        if (p.quantity && p.file != "s.txt") return "wrong file";
        return (p.quantity ? "quantity" : "") + (p.claim ? " " + claim_record_to_json(*p.claim).dump() : " none");
    } catch (const json::exception& e) {
        return std::string("json error: ") + e.what();
    } catch (const RecordError& e) {
        return std::string("record error: ") + e.what();
    }
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    std::size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
}

TEST(ClaimsIo, ParseRecordReadsWhatTheTreeReads) {
    std::string line = keyed_line();
    std::string tree = via_tree(line);
    EXPECT_EQ(tree.rfind("quantity {", 0), 0u) << tree;
    EXPECT_EQ(via_parse_record(line), tree);
}

TEST(ClaimsIo, ParseRecordFailsAsTheTreeFails) {
    std::string line = keyed_line();
    const std::string cases[] = {
        line.substr(0, line.size() / 2),
        line + " x",
        "[1, 2]",
        "\"quantity\"",
        "{\"type\": 5}",
        "{\"type\": \"period\"}",
        "{\"file\": \"s.txt\"}",
        "{\"type\": \"claim\"}",
        replaced(line, "\"key\":\"", "\"kee\":\""),
        replaced(line, "\"key\":\"", "\"key\":null,\"x\":\""),
        replaced(line, "\"sentence\":", "\"sentence\":-"),
        replaced(line, "\"line\":", "\"line\":[1],\"y\":"),
        replaced(line, "\"text\":", "\"text\":{\"a\":\"b\"},\"y\":"),
        replaced(line, "\"exact\":{", "\"exact\":{\"place\":\"x\"},\"exact\":{"),
        replaced(line, "\"exact\":{", "\"exact\":[],\"z\":{"),
        replaced(line, "\"inclusive_bound\":", "\"inclusive_bound\":\"no\",\"z\":"),
        replaced(line, "\"value\":\"", "\"value\":\"x"),
        replaced(line, "\"kind\":\"", "\"kind\":\"x"),
        replaced(line, "\"interval\":\"", "\"interval\":\"x"),
        replaced(line, "\"scope\":\"", "\"scope\":null,\"w\":\""),
        replaced(line, "\"periods\":[", "\"periods\":[{\"key\":null,\"exact\":1},"),
        replaced(line, "\"start_byte\":", "\"start_byte\":4294967296,\"v\":"),
    };
    for (const std::string& c : cases) EXPECT_EQ(via_parse_record(c), via_tree(c)) << c;
}

// Positions are 32-bit: a larger one is refused, not wrapped to a small one.
TEST(ClaimsIo, ACountPastThirtyTwoBitsIsAnError) {
    std::string line = replaced(keyed_line(), "\"start_byte\":", "\"start_byte\":4294967296,\"v\":");
    EXPECT_EQ(via_parse_record(line), "record error: field 'start_byte' is too large");
}

// A figure's digits are written as they stand in the text, of any length
// (up to 15 bytes they are kept in place, longer ones apart), and read back
// unchanged.
TEST(ClaimsIo, DigitsOfAnyLengthAreWrittenAndReadBack) {
    Document doc = Document::from_bytes("s.txt",
                                        "2023年，吉林省外贸进出口总值12345.678901亿元，出口123456.789012亿元，"
                                        "进口三千三百三十三万三千三百三十三亿元，比上年多3000万至4000万元。");
    ClaimOptions opts;
    opts.date = "2024-01-20";
    std::ostringstream out;
    write_jsonl(out, extract(doc, opts));
    std::istringstream lines(out.str());
    std::vector<std::string> digits;
    for (std::string line; std::getline(lines, line);) {
        json j = json::parse(line);
        if (j.value("type", "") != "quantity") continue;
        digits.push_back(j["digits"]);
        ParsedRecord p = parse_record(line);
        ASSERT_TRUE(p.claim) << line;
        EXPECT_EQ(claim_record_to_json(*p.claim)["digits"], j["digits"]);
    }
    EXPECT_EQ(digits, (std::vector<std::string>{"12345.678901亿", "123456.789012亿", "三千三百三十三万三千三百三十三",
                                                "3000万至4000万元"}));
}

}  // namespace
}  // namespace claimlint
