// Suppression markers found wherever their line is: the keyword is looked
// for at every 27th character first.
#include "src/markers.hpp"

#include <gtest/gtest.h>

#include <string>

namespace claimlint {
namespace {

TEST(Markers, FoundAfterAPrefixOfAnyLength) {
    for (std::size_t len = 0; len < 60; ++len) {
        std::string prefix;
        for (std::size_t i = 0; i < len; ++i) prefix += "增";
        if (len > 0) prefix += "\n";
        Document d = Document::from_bytes(
            "a.txt", prefix + "<!-- claimlint-disable-next-line unit-mismatch: 口径不同 -->\n增长7%\n");
        std::vector<SuppressionMarker> markers = find_markers(d);
        ASSERT_EQ(markers.size(), 1u) << len;
        EXPECT_EQ(markers[0].begin, len > 0 ? len + 1 : 0) << len;
        EXPECT_EQ(markers[0].reason, "口径不同");
        EXPECT_EQ(markers[0].target_line, len > 0 ? 3u : 2u);
    }
}

TEST(Markers, KeywordInProseIsNoMarker) {
    Document d = Document::from_bytes("a.txt", "见 claimlint-disable-next-line 的说明。\n");
    EXPECT_TRUE(find_markers(d).empty());
}

TEST(Markers, AtTheEndWithoutAReasonIsAnError) {
    Document d = Document::from_bytes("a.txt", "增长7%\nclaimlint-disable-next-line");
    EXPECT_THROW(find_markers(d), InputError);
}

TEST(Markers, TwoMarkers) {
    Document d = Document::from_bytes("a.txt",
                                      "claimlint-disable-next-line unit-mismatch: 甲\n增长7%\n"
                                      "claimlint-disable-next-line unit-mismatch: 乙\n增长8%\n");
    std::vector<SuppressionMarker> markers = find_markers(d);
    ASSERT_EQ(markers.size(), 2u);
    EXPECT_EQ(markers[0].reason, "甲");
    EXPECT_EQ(markers[1].reason, "乙");
    EXPECT_EQ(markers[1].target_line, 4u);
}

}  // namespace
}  // namespace claimlint
