// Exact decimals: parsing, printing, arithmetic and precision places.
#include "grammar/decimal.hpp"

#include <gtest/gtest.h>

namespace claimlint::grammar {
namespace {

TEST(Decimal, ParsesAndPrintsWithoutBinaryRounding) {
    EXPECT_EQ(Decimal::parse("16.4")->shifted(8).to_string(), "1640000000");
    EXPECT_EQ(Decimal::parse("1679.1")->shifted(8).to_string(), "167910000000");
    EXPECT_EQ(Decimal::parse("7.70")->to_string(), "7.7");
    EXPECT_EQ(Decimal::parse("-3.25")->to_string(), "-3.25");
    EXPECT_EQ(Decimal::parse("0.05")->to_string(), "0.05");
}

TEST(Decimal, KeepsStatedPrecisionInTheExponent) {
    EXPECT_EQ(Decimal::parse("7.70")->exponent(), -2);
    EXPECT_EQ(Decimal::parse("7.7")->exponent(), -1);
}

TEST(Decimal, RejectsMalformedOrTooLong) {
    EXPECT_FALSE(Decimal::parse(""));
    EXPECT_FALSE(Decimal::parse("1.2.3"));
    EXPECT_FALSE(Decimal::parse("12a"));
    EXPECT_FALSE(Decimal::parse("1234567890123456789"));
}

TEST(Decimal, ComparesByValue) {
    EXPECT_EQ(*Decimal::parse("1.0"), *Decimal::parse("1"));
    EXPECT_LT(*Decimal::parse("7.65"), *Decimal::parse("7.7"));
    EXPECT_GT(*Decimal::parse("-1"), *Decimal::parse("-2"));
}

TEST(Decimal, Arithmetic) {
    EXPECT_EQ(Decimal::parse("7.7")->sub(*Decimal::parse("0.05"))->to_string(), "7.65");
    EXPECT_EQ(Decimal::parse("20")->scaled(9, 10)->to_string(), "18");
    EXPECT_EQ(Decimal::parse("0.1")->scaled(1, 2)->to_string(), "0.05");
    EXPECT_FALSE(Decimal(std::int64_t{1} << 62, 0).mul(4));
}

TEST(Decimal, LastNonzeroPlace) {
    EXPECT_EQ(Decimal::parse("6300")->last_nonzero_place().to_string(), "100");
    EXPECT_EQ(Decimal::parse("6.5")->last_nonzero_place().to_string(), "0.1");
    EXPECT_EQ(Decimal::parse("100")->last_nonzero_place().to_string(), "100");
}

}  // namespace
}  // namespace claimlint::grammar
