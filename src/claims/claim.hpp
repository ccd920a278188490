// A claim: what a figure states — whose (scope), what (subject), when
// (period), how (measure, direction) and whether it is a result or a goal
// (modality). Field notation: ../shared/corpus/gold/CLAIMS.md.
#pragma once

#include "grammar/char_set.hpp"
#include "grammar/quantity.hpp"
#include "src/claims/regions.hpp"
#include "src/default_init_allocator.hpp"
#include "src/document.hpp"

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimlint {

struct Claim {
    // User-provided, so that the builder's emplace_back() (one a figure)
    // sets the members rather than zeroing the whole struct first.
    Claim() {}
    std::optional<std::string> scope, subject, period, measure, direction, modality;
    // scope|subject|period|measure|direction|modality when all but direction
    // are known; empty otherwise (the figure is not compared).
    std::string key;
};

// What the document says about itself, or what the user's configuration says.
struct DocumentFacts {
    std::optional<std::string> date;  // YYYY-MM-DD
    int year = 0;                     // the document's year (0: unknown)
    int reference_year = 0;           // the year its undated figures are about
    std::string home_province;        // 全省/我省/本省
    std::string home_entity;          // the scope of figures that name none
    // 全市 / 全区 / 全州: the city, district or prefecture the document is
    // clearly about (mentioned most, and at least twice as often as the next);
    // empty when it cannot be told.
    std::string home_city, home_district, home_prefecture;
};

// Subject synonym groups: every spelling maps to the group's first entry.
class SubjectSynonyms {
public:
    static const SubjectSynonyms& builtin();
    void add_group(const std::vector<std::string>& group);
    // By value: most subjects have no synonym and are handed back without a copy.
    std::string normalise(std::string subject) const;
    bool contains(const std::string& subject) const { return canonical_.count(subject) != 0; }
    // The same look-up for text still in UTF-32, without converting it.
    bool contains(std::u32string_view subject) const { return canonical(subject) != nullptr; }
    // The group's first entry for a subject still in UTF-32, or null when
    // it is in no group.
    const std::string* canonical(std::u32string_view subject) const {
        if (!known_filter_.may_hold(subject)) return nullptr;
        auto it = known_.find(subject);
        return it == known_.end() ? nullptr : &it->second;
    }
    // Whether a known word could end `text`: its last character ends one.
    bool may_end_known(std::u32string_view text) const {
        return !text.empty() && known_last_.may_contain(text.back());
    }
    // A bare head noun (项目, 投资, 总额) that names no particular quantity.
    bool is_generic(const std::string& subject) const {
        return (generic_bytes_ >> std::min<std::size_t>(subject.size(), 63) & 1) != 0 && generic_.count(subject) != 0;
    }
    bool is_generic(std::u32string_view subject) const {
        return generic_filter_.may_hold(subject) && generic32_.contains(subject);
    }
    void add_generic(const std::string& word);

private:
    // A bit per slot of a word list's words, by a hash of their first and
    // last characters and length: a string whose bit is clear is none of the
    // words. Nearly every string the builder asks about is answered here,
    // without a hash table look-up, and the 512 bytes stay in cache. (Testing
    // the three apart let through most subjects of two to four characters,
    // and read two 8 KB character sets.)
    class WordFilter {
    public:
        void add(std::u32string_view word) { bits_.set(slot(word)); }
        bool may_hold(std::u32string_view text) const { return bits_[slot(text)]; }

    private:
        static std::size_t slot(std::u32string_view s) {
            if (s.empty()) return 0;
            const std::uint32_t h = (s.front() * 0x9E3779B1u ^ s.back()) * 0x85EBCA6Bu ^
                                    static_cast<std::uint32_t>(s.size()) * 0xC2B2AE35u;
            return h >> 20;  // the high bits, which the products mix
        }
        std::bitset<4096> bits_;
    };

    // Lexicon words rarely share their length and both ends: the hashes mix
    // only those, since hashing every byte of every phrase looked up cost
    // more than the rare extra comparison.
    static std::size_t mix(std::uint64_t head, std::uint64_t tail, std::size_t size) {
        return static_cast<std::size_t>(((head * 0x9E3779B97F4A7C15ull) ^ tail ^ (std::uint64_t{size} << 58)) *
                                        0xC2B2AE3D27D4EB4Full);
    }
    struct U32Hash {  // the two characters at each end
        using is_transparent = void;
        std::size_t operator()(std::u32string_view s) const {
            if (s.size() < 2) return s.empty() ? 0 : s[0];
            return mix((std::uint64_t{s[0]} << 21) ^ s[1], (std::uint64_t{s[s.size() - 2]} << 21) ^ s.back(), s.size());
        }
    };
    struct Utf8Hash {  // the eight bytes at each end
        std::size_t operator()(const std::string& s) const {
            std::uint64_t head = 0, tail = 0;
            std::size_t n = std::min<std::size_t>(8, s.size());
            std::memcpy(&head, s.data(), n);
            std::memcpy(&tail, s.data() + s.size() - n, n);
            return mix(head, tail, s.size());
        }
    };
    // Open addressing (the keys in the table's own array): most look-ups
    // that pass the filters are hits, and a node-based table's bucket, node
    // and key were three loads apart.
    using U32Set = boost::unordered_flat_set<std::u32string, U32Hash, std::equal_to<>>;
    using U32Map = boost::unordered_flat_map<std::u32string, std::string, U32Hash, std::equal_to<>>;
    // Hashed: the builder looks every subject up, several times a figure;
    // the UTF-32 sets index the same words for the builder's own strings.
    std::unordered_map<std::string, std::string, Utf8Hash> canonical_;
    std::unordered_set<std::string, Utf8Hash> generic_;
    U32Map known_;  // canonical_ keyed by the words in UTF-32
    U32Set generic32_;
    WordFilter known_filter_, generic_filter_;  // of known_'s and generic32_'s words
    grammar::CharSet known_last_;                // the last characters of known_'s words
    // Bit n: a generic word is n bytes long in UTF-8 (63: 63 or more). The
    // builder asks about every compared claim's subject, nearly all longer
    // than any generic word, and those are answered without hashing.
    std::uint64_t generic_bytes_ = 0;
};

struct ClaimOptions {
    std::optional<std::string> date;         // overrides what the text says
    std::optional<std::string> home_region;  // overrides the inferred home entity
    const SubjectSynonyms* synonyms = nullptr;  // default: the built-in groups
};

// Where the words either step looks for across the whole text may start,
// and where its sentences start, ascending, found in one pass over the text
// and sorted there to the indexes that read them, so that each walks only
// its own.
struct WordStarts {
    // Written by index, sized ahead by the pass: not zeroed first.
    using Positions = std::vector<std::size_t, DefaultInitAllocator<std::size_t>>;
    std::vector<std::size_t> sentences;  // sentence_starts(text) (src/sentences.hpp)
    Positions places;  // a place form's first character followed by its second (find_regions)
    Positions homes;   // a home word (全省, 我市…: home_word())
    // How many of them name a home of each level (organisation is the last):
    // counted as found, for infer_facts().
    std::array<int, static_cast<std::size_t>(RegionLevel::organisation) + 1> homes_by_level{};
    Positions words;   // a first character of the builder's other words (分别, 公司…)
};
WordStarts word_starts(std::u32string_view text);

// `regions` are the place mentions of the whole text (find_regions), found
// once and shared by both steps; `starts` are word_starts(text).
DocumentFacts infer_facts(const Document& doc, const grammar::ScanResult& scan, const ClaimOptions& opts,
                          const std::vector<RegionMention>& regions, const WordStarts& starts);

// One claim per quantity of `scan`, in the same order. `sentences` are the
// text's sentence starts (src/sentences.hpp).
std::vector<Claim> build_claims(const Document& doc, const grammar::ScanResult& scan, const DocumentFacts& facts,
                                const ClaimOptions& opts, const std::vector<std::size_t>& sentences,
                                const std::vector<RegionMention>& regions, const WordStarts& starts);

}  // namespace claimlint
