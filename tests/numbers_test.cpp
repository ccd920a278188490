// Arabic numbers hold at most 18 significant digits; the numeral character
// test is a hashed table lookup, which must hold for the numeral characters
// and for nothing else.
#include "grammar/numbers.hpp"

#include <gtest/gtest.h>

namespace claimlint::grammar {
namespace {

std::optional<Number> arabic(std::u32string_view text) {
    const char32_t* it = text.data();
    return parse_arabic(it, text.data() + text.size());
}

TEST(Numbers, ArabicHoldsEighteenSignificantDigits) {
    auto n = arabic(U"123456789012345678");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value, Decimal(123456789012345678, 0));
    EXPECT_FALSE(arabic(U"1234567890123456789"));
    // Leading zeros are not significant.
    n = arabic(U"0000000000000000000001");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value, Decimal(1, 0));
    n = arabic(U"0.123456789012345678");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value, Decimal(123456789012345678, -18));
    EXPECT_FALSE(arabic(U"0.1234567890123456789"));
    EXPECT_FALSE(arabic(U"123,456,789,012,345,678,901"));
}

TEST(Numbers, ChineseNumeralCharIsExact) {
    const std::u32string_view numerals = detail::kChineseNumeralChars;
    for (char32_t c = 0; c < 0x110000; ++c) {
        ASSERT_EQ(is_chinese_numeral_char(c), numerals.find(c) != std::u32string_view::npos) << std::hex << static_cast<std::uint32_t>(c);
    }
    EXPECT_FALSE(is_chinese_numeral_char(static_cast<char32_t>(0xFFFFFFFF)));
}

}  // namespace
}  // namespace claimlint::grammar
