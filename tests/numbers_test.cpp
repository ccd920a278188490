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

std::optional<Number> chinese(std::u32string_view text, std::size_t& used) {
    const char32_t* it = text.data();
    auto n = parse_chinese(it, text.data() + text.size());
    used = static_cast<std::size_t>(it - text.data());
    return n;
}

TEST(Numbers, ChineseLoneDigits) {
    std::size_t used = 0;
    auto n = chinese(U"一些", used);
    ASSERT_TRUE(n);
    EXPECT_EQ(used, 1u);
    EXPECT_EQ(n->value, Decimal(1, 0));
    EXPECT_EQ(n->place, Decimal(1, 0));
    EXPECT_TRUE(n->chinese && n->single_digit_yi && !n->single_digit_er && !n->digit_sequence);
    n = chinese(U"二次", used);
    ASSERT_TRUE(n);
    EXPECT_TRUE(n->single_digit_er && !n->single_digit_yi);
    n = chinese(U"两个", used);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value, Decimal(2, 0));
    EXPECT_FALSE(n->single_digit_er);
    n = chinese(U"九", used);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value, Decimal(9, 0));
    // Not lone: a numeral, a decimal point or 零 follows, or 零 alone.
    n = chinese(U"一百", used);
    ASSERT_TRUE(n);
    EXPECT_EQ(used, 2u);
    EXPECT_EQ(n->value, Decimal(100, 0));
    EXPECT_FALSE(n->single_digit_yi);
    n = chinese(U"三点五", used);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value, Decimal(35, -1));
    EXPECT_FALSE(chinese(U"零", used));
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
