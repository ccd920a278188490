// Words around a subject that are not part of what is measured (fillers),
// and stripping them.
#pragma once

#include "src/claims/claim.hpp"

#include <string>
#include <string_view>

namespace claimlint::building {

// Strips the fillers around a subject; a known subject (新增城镇就业) is kept
// whole as soon as it appears, and its group's first entry is then set in
// `*canonical` when that is given (the caller need not look it up again).
// The result is a view into `s`, or into `buffer` when words inside it had
// to be removed (rare); `buffer` must not hold `s`.
std::u32string_view strip_words(std::u32string_view s, const SubjectSynonyms* known, std::u32string& buffer,
                                const std::string** canonical = nullptr);

// A verb coordinated with another (新建扩建, 新建及改善提升, 建成和在建)
// names a kind of work, part of what is counted, not a change.
bool coordinated_verb(std::u32string_view rest);

}  // namespace claimlint::building
