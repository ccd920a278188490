// Clause punctuation, inline for the loops that test every character they
// walk; grammar::is_clause_break (context.hpp) is the same test, out of line.
#pragma once

namespace claimlint::grammar {

inline bool is_clause_punctuation(char32_t c) {
    switch (c) {
        case U'，': case U'。': case U'；': case U'！': case U'？': case U'：': case U'\n': case U'\r':
        case U',': case U';': case U'!': case U'?':
            return true;
        default:
            return false;
    }
}

}  // namespace claimlint::grammar
