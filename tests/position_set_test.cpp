// The claims builder's bit set of text positions: single positions and spans
// across word boundaries.
#include "src/claims/position_set.hpp"

#include <gtest/gtest.h>

#include <utility>

namespace claimlint {
namespace {

TEST(PositionSet, ContainsWhatWasAdded) {
    PositionSet s(200);
    for (std::size_t p : {0, 63, 64, 200}) s.add(p);
    for (std::size_t p : {0, 63, 64, 200}) EXPECT_TRUE(s.contains(p)) << p;
    for (std::size_t p : {1, 62, 65, 199}) EXPECT_FALSE(s.contains(p)) << p;
}

TEST(PositionSet, HoldsARangeAsItsPositionsOneByOne) {
    const std::pair<std::size_t, std::size_t> ranges[] = {{3, 9}, {60, 70}, {100, 300}, {5, 5}, {64, 128}, {0, 64}};
    for (auto [from, to] : ranges) {
        PositionSet s(300);
        s.add_range(from, to);
        for (std::size_t p = 0; p <= 300; ++p) EXPECT_EQ(s.contains(p), p >= from && p < to) << from << ' ' << p;
    }
}

TEST(PositionSet, FindsAPositionInASpanOnlyInsideIt) {
    PositionSet s(300);
    s.add(70);
    s.add(200);
    EXPECT_TRUE(s.any_in(70, 71));
    EXPECT_TRUE(s.any_in(0, 71));
    EXPECT_TRUE(s.any_in(10, 250));
    EXPECT_TRUE(s.any_in(71, 201));
    EXPECT_FALSE(s.any_in(0, 70));
    EXPECT_FALSE(s.any_in(71, 200));
    EXPECT_FALSE(s.any_in(201, 301));
    EXPECT_FALSE(s.any_in(70, 70));
    EXPECT_FALSE(s.any_in(71, 128));
}

TEST(PositionSet, FindsTheLastPositionInASpan) {
    PositionSet s(300);
    s.add(5);
    s.add(70);
    s.add(200);
    EXPECT_EQ(s.last_in(0, 301), 200u);
    EXPECT_EQ(s.last_in(0, 200), 70u);
    EXPECT_EQ(s.last_in(70, 71), 70u);
    EXPECT_EQ(s.last_in(6, 70), PositionSet::npos);
    EXPECT_EQ(s.last_in(0, 70), 5u);
    EXPECT_EQ(s.last_in(71, 200), PositionSet::npos);
    EXPECT_EQ(s.last_in(201, 301), PositionSet::npos);
    EXPECT_EQ(s.last_in(70, 70), PositionSet::npos);
    EXPECT_EQ(s.last_in(64, 128), 70u);
    EXPECT_EQ(s.last_in(6, 64), PositionSet::npos);
}

}  // namespace
}  // namespace claimlint
