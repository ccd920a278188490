// The language server's text plumbing: message framing, positions in the
// three encodings, incremental edits and file URIs.
#include "src/lsp/framing.hpp"
#include "src/lsp/text_position.hpp"
#include "src/lsp/uri.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace claimlint::lsp {
namespace {

using Kind = Incoming::Kind;

TEST(LspFraming, ReadsMessagesAndRecoversFromBrokenOnes) {
    std::istringstream in(
        "Content-Length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"a\":1}"
        "content-length:7\n\n{\"b\":2}"          // lower case, bare \n: accepted
        "Content-Length: 3\r\n\r\n{x}"             // not JSON
        "Content-Length: 12x\r\n\r\n"              // bad length
        "X-Other: 1\r\n\r\n"                       // no length
        "\r\n\r\nContent-Length: 2\r\n\r\n[]"      // blank lines between messages
        "Content-Length: 10\r\n\r\n{\"c\"");       // cut short
    MessageReader reader(in);
    Incoming m = reader.next();
    ASSERT_EQ(m.kind, Kind::message);
    EXPECT_EQ(m.body["a"], 1);
    m = reader.next();
    ASSERT_EQ(m.kind, Kind::message);
    EXPECT_EQ(m.body["b"], 2);
    EXPECT_EQ(reader.next().error, "message body is not valid JSON");
    EXPECT_EQ(reader.next().error, "invalid Content-Length '12x'");
    EXPECT_EQ(reader.next().error, "missing Content-Length header");
    m = reader.next();
    ASSERT_EQ(m.kind, Kind::message);
    EXPECT_TRUE(m.body.is_array());
    m = reader.next();
    EXPECT_EQ(m.kind, Kind::eof);
    EXPECT_EQ(m.error, "end of input inside a message body");
    EXPECT_EQ(reader.next().kind, Kind::eof);
}

TEST(LspFraming, SkipsAnOversizedBodyAndStaysInStep) {
    std::istringstream in("Content-Length: 21\r\n\r\n[1,2,3,4,5,6,7,8,9,0]Content-Length: 2\r\n\r\n{}");
    MessageReader reader(in, 10);
    Incoming m = reader.next();
    EXPECT_EQ(m.kind, Kind::error);
    EXPECT_NE(m.error.find("exceeds the limit"), std::string::npos);
    m = reader.next();
    ASSERT_EQ(m.kind, Kind::message);
    EXPECT_TRUE(m.body.is_object());
}

TEST(LspFraming, WritesContentLengthInBytes) {
    std::ostringstream out;
    MessageWriter writer(out);
    writer.send({{"t", "增长"}});
    EXPECT_EQ(out.str(), "Content-Length: 14\r\n\r\n{\"t\":\"增长\"}");
}

TEST(LspPositions, CountsEachEncoding) {
    // "a增🚢b": 1 + 3 + 4 + 1 bytes; UTF-16 units 1, 1, 2, 1.
    const std::string text = "x\na增🚢b\r\nlast";
    LineIndex index(text);
    ASSERT_EQ(index.line_count(), 3u);
    const std::size_t b = text.find('b');
    EXPECT_EQ(index.position(b, PositionEncoding::utf8), (LspPosition{1, 8}));
    EXPECT_EQ(index.position(b, PositionEncoding::utf16), (LspPosition{1, 4}));
    EXPECT_EQ(index.position(b, PositionEncoding::utf32), (LspPosition{1, 3}));
    for (PositionEncoding e : {PositionEncoding::utf8, PositionEncoding::utf16, PositionEncoding::utf32}) {
        EXPECT_EQ(index.offset(index.position(b, e), e), b);
        EXPECT_EQ(index.offset({2, 0}, e), text.find("last"));
    }
    EXPECT_EQ(index.line_text(1), "a增🚢b");
}

TEST(LspPositions, ClampsAndRoundsDownInsideACharacter) {
    const std::string text = "a🚢b\nc";
    LineIndex index(text);
    EXPECT_EQ(index.offset({0, 2}, PositionEncoding::utf16), 1u);     // between the surrogates: the ship's start
    EXPECT_EQ(index.offset({0, 3}, PositionEncoding::utf16), 5u);     // after the ship
    EXPECT_EQ(index.offset({0, 99}, PositionEncoding::utf16), 6u);    // past the line: its end, before \n
    EXPECT_EQ(index.offset({7, 0}, PositionEncoding::utf16), text.size());
    EXPECT_EQ(index.offset({-1, -1}, PositionEncoding::utf16), 0u);
    EXPECT_EQ(index.position(3, PositionEncoding::utf32), (LspPosition{0, 1}));  // a byte inside the ship
    EXPECT_EQ(index.position(999, PositionEncoding::utf8), (LspPosition{1, 1}));
}

TEST(LspPositions, AppliesIncrementalEdits) {
    std::string text = "增长7.9%\r\n下一行";
    apply_edit(text, {0, 4}, {0, 5}, "7", PositionEncoding::utf16);
    EXPECT_EQ(text, "增长7.7%\r\n下一行");
    apply_edit(text, {0, 6}, {1, 0}, "。", PositionEncoding::utf32);  // join the lines
    EXPECT_EQ(text, "增长7.7%。下一行");
    apply_edit(text, {0, 0}, {0, 0}, "🚢", PositionEncoding::utf8);
    EXPECT_EQ(text, "🚢增长7.7%。下一行");
}

TEST(LspUri, RoundTripsPathsWithSpacesAndChinese) {
    const std::string path = "/work/草稿 2024/draft#1.md";
    std::string uri = path_to_uri(path);
    EXPECT_EQ(uri.find(' '), std::string::npos);
    EXPECT_EQ(uri_to_path(uri), path);
    EXPECT_EQ(uri_to_path("file:///a/b%20c.md"), "/a/b c.md");
    EXPECT_EQ(uri_to_path("file://localhost/a.md"), "/a.md");
    EXPECT_EQ(uri_to_path("untitled:Untitled-1"), std::nullopt);
    EXPECT_EQ(uri_to_path("file:///a%2"), std::nullopt);
    EXPECT_EQ(uri_to_path("file:///a%00b"), std::nullopt);
}

}  // namespace
}  // namespace claimlint::lsp
