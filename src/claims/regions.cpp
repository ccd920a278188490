// The region lexicon, loaded once from its embedded TOML.
#include "src/claims/regions.hpp"

#include "grammar/utf8.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <toml++/toml.h>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {
namespace claims_data {
extern const char* const kRegionsToml;
}

namespace {

struct Lexicon {
    std::deque<Region> regions;
    // form -> region, and the longest form length for the scan window
    std::unordered_map<std::u32string, const Region*> forms;
    std::size_t longest = 0;
    std::unordered_set<char32_t> first;  // first characters of all forms
};

RegionLevel level_of(const std::string& s) {
    if (s == "country") return RegionLevel::country;
    if (s == "province") return RegionLevel::province;
    if (s == "city") return RegionLevel::city;
    if (s == "prefecture") return RegionLevel::prefecture;
    if (s == "district") return RegionLevel::district;
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
            auto add = [&](const std::string& form) {
                std::u32string key = grammar::to_u32(form);
                l->longest = std::max(l->longest, key.size());
                l->first.insert(key[0]);
                l->forms.emplace(std::move(key), &region);
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

}  // namespace

std::vector<RegionMention> find_regions(std::u32string_view text) {
    const Lexicon& lex = lexicon();
    std::vector<RegionMention> out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t best = 0;
        const Region* region = nullptr;
        if (!lex.first.count(text[i])) {
            ++i;
            continue;
        }
        for (std::size_t len = std::min(lex.longest, text.size() - i); len >= 2; --len) {
            auto it = lex.forms.find(std::u32string(text.substr(i, len)));
            if (it != lex.forms.end()) {
                best = len;
                region = it->second;
                break;
            }
        }
        if (region) {
            out.push_back({i, i + best, region});
            i += best;
        } else {
            ++i;
        }
    }
    return out;
}

const Region* region_named(const std::string& name) {
    for (const Region& r : lexicon().regions) {
        if (r.name == name) return &r;
    }
    return nullptr;
}

}  // namespace claimlint
