// The one place that configures Spirit X3 for claimlint: Unicode mode and
// the iterator every parser runs on (one char32_t per code point).
#pragma once

#ifndef BOOST_SPIRIT_X3_UNICODE
#define BOOST_SPIRIT_X3_UNICODE
#endif
#include <boost/spirit/home/x3.hpp>

namespace claimlint::grammar {

namespace x3 = boost::spirit::x3;
using Iterator = const char32_t*;

template <typename T>
using SymbolTable = x3::symbols_parser<boost::spirit::char_encoding::unicode, T>;

}  // namespace claimlint::grammar
