// Reading documents: encodings, line endings, bad input, position maps.
#include "src/document.hpp"

#include <cstdio>
#include <gtest/gtest.h>

namespace claimlint {
namespace {

TEST(Document, KeepsBytesAndMapsCodePointsToBytes) {
    std::string text = "增长7.7%";
    Document d = Document::from_bytes("a.txt", text);
    EXPECT_EQ(d.bytes(), text);
    ASSERT_EQ(d.size(), 6u);
    EXPECT_EQ(d.byte_offset(0), 0u);
    EXPECT_EQ(d.byte_offset(2), 6u);  // two 3-byte characters
    EXPECT_EQ(d.byte_offset(6), text.size());
    EXPECT_EQ(d.source(2, 6), "7.7%");
}

TEST(Document, FoldsFullWidthDigitsAndNumericPunctuation) {
    Document d = Document::from_bytes("a.txt", "增长７．７％，共１，６７９．１亿元");
    std::u32string_view n = d.normalised();
    EXPECT_EQ(n.substr(2, 4), U"7.7%");
    EXPECT_EQ(n[6], U'，');  // clause comma stays
    EXPECT_EQ(n.substr(8, 7), U"1,679.1");
    // The source text of a span is the original bytes.
    EXPECT_EQ(d.source(2, 6), "７．７％");
}

TEST(Document, FoldsDashesAndTildes) {
    Document d = Document::from_bytes("a.txt", "1—11月，15%～20%，1－2个");
    std::u32string_view n = d.normalised();
    EXPECT_EQ(n[1], U'-');
    EXPECT_EQ(n.find(U'~'), 9u);
    EXPECT_NE(n.find(U"1-2个"), std::u32string_view::npos);
}

TEST(Document, BomIsNotPartOfTheText) {
    Document d = Document::from_bytes("a.txt", "\xEF\xBB\xBF" "5家");
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d.byte_offset(0), 3u);
    EXPECT_EQ(d.position(0).column, 1u);
}

TEST(Document, LinesAndColumnsInCodePoints) {
    Document d = Document::from_bytes("a.txt", "第一行\r\n第二行5家\n\n𠀀3个");
    // "5" is the 4th code point of line 2.
    auto pos5 = d.normalised().find(U'5');
    EXPECT_EQ(d.position(pos5).line, 2u);
    EXPECT_EQ(d.position(pos5).column, 4u);
    // Characters outside the BMP count as one column.
    auto pos3 = d.normalised().find(U'3');
    EXPECT_EQ(d.position(pos3).line, 4u);
    EXPECT_EQ(d.position(pos3).column, 2u);
}

TEST(Document, InvalidUtf8NamesLineAndColumn) {
    try {
        Document::from_bytes("bad.txt", "第一行\n增长\xE4\xB8" "7%");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "bad.txt");
        EXPECT_EQ(e.position().line, 2u);
        EXPECT_EQ(e.position().column, 3u);
        EXPECT_NE(std::string(e.what()).find("invalid UTF-8"), std::string::npos);
    }
}

TEST(Document, RejectsOverlongAndSurrogates) {
    EXPECT_THROW(Document::from_bytes("a", "\xC0\xAF"), InputError);
    EXPECT_THROW(Document::from_bytes("a", "\xED\xA0\x80"), InputError);
    EXPECT_THROW(Document::from_bytes("a", "\xF4\x90\x80\x80"), InputError);
    EXPECT_THROW(Document::from_bytes("a", "\xE4\xB8"), InputError);  // truncated at end
}

// Inside a run of ideographs the decoder reads four bytes at a time; a bad
// sequence there is reported as anywhere else, at its own position.
TEST(Document, InvalidSequencesInsideARunAreReportedWhereTheyAre) {
    for (std::string bad : {"\xE0\x80\x80", "\xED\xA0\x80", "\xE4\x41\x80", "\x80", "\xF0\x80\x80\x80"}) {
        try {
            Document::from_bytes("bad.txt", "第一行\n增长" + bad + "增长增长增长");
            ADD_FAILURE() << "expected InputError";
        } catch (const InputError& e) {
            EXPECT_EQ(e.position().line, 2u);
            EXPECT_EQ(e.position().column, 3u);
            EXPECT_NE(std::string(e.what()).find("at offset 16)"), std::string::npos) << e.what();
        }
    }
}

TEST(Document, FoldsTheLastCodePointToo) {
    EXPECT_EQ(Document::from_bytes("a.txt", "增长７％").normalised(), U"增长7%");
    EXPECT_EQ(Document::from_bytes("a.txt", "共1，６７９").normalised(), U"共1,679");
    EXPECT_EQ(Document::from_bytes("a.txt", "增长1—").normalised(), U"增长1-");
}

TEST(Document, TwoAndFourByteSequencesBetweenIdeographs) {
    Document d = Document::from_bytes("a.txt", "增·长𠀀增a，５");
    EXPECT_EQ(d.normalised(), U"增·长𠀀增a，5");
    const std::size_t offsets[] = {0, 3, 5, 8, 12, 15, 16, 19, 22};
    for (std::size_t cp = 0; cp <= d.size(); ++cp) EXPECT_EQ(d.byte_offset(cp), offsets[cp]) << cp;
}

TEST(Document, NulBytesMeanBinary) {
    Document d = Document::from_bytes("a.bin", std::string("PK\0\3", 4));
    EXPECT_TRUE(d.is_binary());
    EXPECT_EQ(d.size(), 0u);
}

TEST(Document, EmptyIsFine) {
    Document d = Document::from_bytes("e.txt", "");
    EXPECT_FALSE(d.is_binary());
    EXPECT_EQ(d.size(), 0u);
    EXPECT_EQ(d.position(0).line, 1u);
}

TEST(Document, LongLines) {
    std::string line;
    for (int i = 0; i < 200000; ++i) line += "增长7.7%，";
    Document d = Document::from_bytes("long.txt", line);
    EXPECT_EQ(d.size(), 200000u * 7);
    EXPECT_EQ(d.position(d.size() - 1).column, d.size());
}

TEST(Document, MissingFileIsAnInputError) {
    EXPECT_THROW(Document::load("/nonexistent/claimlint/x.txt"), InputError);
}

// A path that opens but cannot be read (a directory) says why, naming it.
TEST(Document, UnreadablePathSaysWhy) {
    try {
        Document::load("/");
        FAIL() << "a directory was read as a document";
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "/");
        EXPECT_EQ(std::string(e.what()), "cannot read file: Is a directory");
    }
}

TEST(Document, LoadReadsTheWholeFile) {
    const std::string path = testing::TempDir() + "claimlint_document_load.txt";
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "2023年，全省外贸进出口增长7.7%。\n";  // larger than one read
    {
        FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
    Document d = Document::load(path);
    std::remove(path.c_str());
    EXPECT_EQ(d.bytes(), text);
    EXPECT_EQ(d.path(), path);
}

}  // namespace
}  // namespace claimlint
