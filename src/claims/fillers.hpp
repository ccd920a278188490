// Words around a subject that are not part of what is measured (fillers),
// and stripping them.
#pragma once

#include "src/claims/claim.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimlint::building {

// A list of words by their first character (AtEnd: their last), longest
// first: only the few words that can match at the end looked at are
// compared (fillers, and right_subject()'s predicates). Which end is a
// template parameter: a flag tested at run time cost two branches a word.
// Entries are grouped by the low twelve bits of that character, and each
// group's range found by one table look-up: nearly every group holds one
// character's words only, and most characters have none, an empty range,
// so the look-up is also the test for whether any word ends there.
template <bool AtEnd>
class FillerIndex {
public:
    template <std::size_t N>
    explicit FillerIndex(const std::u32string_view (&words)[N]) {
        static_assert(N < 256, "a group's range is kept in bytes");
        for (std::u32string_view w : words) {
            entries_.push_back({AtEnd ? w.back() : w.front(), static_cast<std::uint32_t>(w.size()), w.data()});
        }
        std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
            if (bucket(a.key) != bucket(b.key)) return bucket(a.key) < bucket(b.key);
            return a.key != b.key ? a.key < b.key : a.size > b.size;
        });
        for (std::size_t i = entries_.size(); i-- > 0;) {
            Range& r = groups_[bucket(entries_[i].key)];
            if (r.end == 0) r.end = static_cast<std::uint8_t>(i + 1);
            r.begin = static_cast<std::uint8_t>(i);
        }
    }
    // The length of the longest word of the list at that end of s, or 0.
    std::size_t longest(std::u32string_view s) const {
        if (s.empty()) return 0;
        const char32_t c = AtEnd ? s.back() : s.front();
        const Range r = groups_[bucket(c)];
        for (std::size_t i = r.begin; i < r.end; ++i) {
            const Entry& e = entries_[i];
            if (e.key != c || e.size > s.size()) continue;
            // The character the entry is found by is c: the others are compared.
            if (AtEnd ? same(s.data() + s.size() - e.size, e.word, e.size - 1)
                      : same(s.data() + 1, e.word + 1, e.size - 1)) {
                return e.size;
            }
        }
        return 0;
    }

private:
    static std::size_t bucket(char32_t c) { return c & 0xFFF; }
    // Whether the n characters at `at` are those of `word`:
    // char_traits<char32_t>::compare orders each pair of characters, twice
    // the work of telling them equal.
    static bool same(const char32_t* at, const char32_t* word, std::size_t n) {
        for (std::size_t k = 0; k < n; ++k) {
            if (at[k] != word[k]) return false;
        }
        return true;
    }
    struct Entry {
        char32_t key;  // the first or last character
        std::uint32_t size;
        const char32_t* word;  // the list's own, which outlives the index
    };
    struct Range {
        std::uint8_t begin = 0, end = 0;  // entries_[begin, end)
    };
    std::vector<Entry> entries_;
    std::array<Range, 4096> groups_{};  // each bucket's entries
};

// Verbs removed from inside a subject (汽车产业完成产值 → 汽车产业产值).
inline constexpr std::u32string_view kInsideVerbs[] = {U"完成", U"实现", U"达到", U"累计", U"新增", U"实施", U"了"};

// Whether strip_words reads c inside a subject: a verb's first character,
// or 等 (examples before it name members of the group after it).
constexpr bool read_inside(char32_t c) {
    return c == U'等' || std::any_of(std::begin(kInsideVerbs), std::end(kInsideVerbs),
                                     [c](std::u32string_view v) { return v.front() == c; });
}

// Strips the fillers around a subject; a known subject (新增城镇就业) is kept
// whole as soon as it appears, and its group's first entry is then set in
// `*canonical` when that is given (the caller need not look it up again).
// The result is a view into `s`, or into `buffer` when words inside it had
// to be removed (rare); `buffer` must not hold `s`. `none_inside`: the
// caller has read s (or a phrase holding it) and no character of it is one
// read_inside() holds, so s is not read for them again.
std::u32string_view strip_words(std::u32string_view s, const SubjectSynonyms* known, std::u32string& buffer,
                                const std::string** canonical = nullptr, bool none_inside = false);

// A verb coordinated with another (新建扩建, 新建及改善提升, 建成和在建)
// names a kind of work, part of what is counted, not a change.
bool coordinated_verb(std::u32string_view rest);

}  // namespace claimlint::building
