// The region lexicon, loaded once from its embedded TOML.
#include "src/claims/regions.hpp"

#include "grammar/char_set.hpp"
#include "grammar/utf8.hpp"
#include "grammar/x3_config.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <toml++/toml.h>
#include <unordered_map>

namespace claimlint {
namespace claims_data {
extern const char* const kRegionsToml;
}

namespace {

struct Lexicon {
    std::deque<Region> regions;
    std::unordered_map<std::string, const Region*> by_name;  // the first region of each name
    grammar::SymbolTable<const Region*> forms;  // longest match
    // The first and second characters of the forms: most of the text is
    // ruled out before the symbol table is tried.
    MentionChars chars;
};

RegionLevel level_of(const std::string& s) {
    if (s == "country") return RegionLevel::country;
    if (s == "province") return RegionLevel::province;
    if (s == "city") return RegionLevel::city;
    if (s == "prefecture") return RegionLevel::prefecture;
    if (s == "district") return RegionLevel::district;
    if (s == "organisation") return RegionLevel::organisation;
    throw std::runtime_error("src/claims/lexicon/regions.toml: unknown level '" + s + "'");
}

const Lexicon& lexicon() {
    static const Lexicon* lex = [] {
        auto* l = new Lexicon();
        toml::table t = toml::parse(std::string_view(claims_data::kRegionsToml),
                                    std::string_view("src/claims/lexicon/regions.toml"));
        for (const toml::node& n : *t["region"].as_array()) {
            const toml::table& r = *n.as_table();
            Region& region = l->regions.emplace_back();
            region.name = r["name"].value_or(std::string());
            region.level = level_of(r["level"].value_or(std::string()));
            l->by_name.emplace(region.name, &region);
            auto add = [&](const std::string& form) {
                std::u32string key = grammar::to_u32(form);
                if (key.empty()) return;
                l->chars.first.add(key[0]);
                if (key.size() > 1) {
                    l->chars.second.add(key[1]);
                } else {
                    l->chars.one_character_form = true;
                }
                l->forms.add(key, &region);
            };
            add(region.name);
            if (const toml::array* forms = r["forms"].as_array()) {
                for (const toml::node& f : *forms) add(f.value_or(std::string()));
            }
        }
        return l;
    }();
    return *lex;
}

// Tries mentions at ascending positions, each once; mentions do not overlap.
class MentionFinder {
public:
    explicit MentionFinder(std::u32string_view text)
        : lex_(lexicon()), b_(text.data()), e_(text.data() + text.size()), done_(b_) {}
    // Whether a mention may start at p, one of the text's positions.
    bool may_start(const char32_t* p) const {
        const MentionChars& c = lex_.chars;
        return c.first.may_contain(*p) && (c.one_character_form || (p + 1 < e_ && c.second.may_contain(p[1])));
    }
    void try_at(const char32_t* p) {
        if (p < done_) return;
        const Region* region = nullptr;
        grammar::Iterator it = p;
        if (grammar::x3::parse(it, e_, lex_.forms, region) && region) {
            out_.push_back({static_cast<std::size_t>(p - b_), static_cast<std::size_t>(it - b_), region});
            done_ = it;
        }
    }
    void reserve(std::size_t mentions) { out_.reserve(mentions); }
    std::vector<RegionMention> take() { return std::move(out_); }

private:
    const Lexicon& lex_;
    const char32_t* b_;
    const char32_t* e_;
    const char32_t* done_;  // the end of the last mention
    std::vector<RegionMention> out_;
};

}  // namespace

const MentionChars& mention_chars() { return lexicon().chars; }

std::vector<RegionMention> find_regions(std::u32string_view text) {
    // Only short texts come here (a subject phrase; the whole document's
    // mentions are found from word_starts()' candidates), tried at every
    // position where a form's first two characters stand.
    MentionFinder finder(text);
    for (const char32_t* p = text.data(); p < text.data() + text.size(); ++p) {
        if (finder.may_start(p)) finder.try_at(p);
    }
    return finder.take();
}

std::vector<RegionMention> find_regions(std::u32string_view text, std::span<const std::size_t> candidates) {
    MentionFinder finder(text);
    finder.reserve(candidates.size());  // each mention starts at a candidate
    for (std::size_t at : candidates) finder.try_at(text.data() + at);
    return finder.take();
}

// Hashed: the document's facts look up every place it names, several times.
const Region* region_named(const std::string& name) {
    const auto& by_name = lexicon().by_name;
    auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : it->second;
}

}  // namespace claimlint
