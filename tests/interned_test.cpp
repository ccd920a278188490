// The pool behind a Quantity's unit and dimension when they are not the
// lexicon's own: one lasting copy per distinct text.
#include "grammar/interned.hpp"

#include <gtest/gtest.h>

#include <string>

namespace claimlint::grammar {
namespace {

TEST(Interned, OutlivesItsSourceAndSharesEqualTexts) {
    std::string source = "CNY/千瓦时";
    std::string_view a = interned(source);
    source.assign("changed");
    EXPECT_EQ(a, "CNY/千瓦时");
    std::string_view b = interned(std::string("CNY/") + "千瓦时");
    EXPECT_EQ(a.data(), b.data());
    EXPECT_NE(interned("money:CNY").data(), a.data());
    EXPECT_EQ(interned(""), "");
}

}  // namespace
}  // namespace claimlint::grammar
