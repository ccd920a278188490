// The numeral character test is a hashed table lookup: it must hold for the
// numeral characters and for nothing else.
#include "grammar/numbers.hpp"

#include <gtest/gtest.h>

namespace claimlint::grammar {
namespace {

TEST(Numbers, ChineseNumeralCharIsExact) {
    const std::u32string_view numerals = detail::kChineseNumeralChars;
    for (char32_t c = 0; c < 0x110000; ++c) {
        ASSERT_EQ(is_chinese_numeral_char(c), numerals.find(c) != std::u32string_view::npos) << std::hex << static_cast<std::uint32_t>(c);
    }
    EXPECT_FALSE(is_chinese_numeral_char(static_cast<char32_t>(0xFFFFFFFF)));
}

}  // namespace
}  // namespace claimlint::grammar
