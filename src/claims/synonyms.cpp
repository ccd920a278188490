// Subject synonyms (src/claims/lexicon/subjects.toml plus the user's groups).
#include "src/claims/claim.hpp"

#include "grammar/utf8.hpp"

#include <toml++/toml.h>

namespace claimlint {
namespace claims_data {
extern const char* const kSubjectsToml;
}

const SubjectSynonyms& SubjectSynonyms::builtin() {
    static const SubjectSynonyms* s = [] {
        auto* syn = new SubjectSynonyms();
        toml::table t = toml::parse(std::string_view(claims_data::kSubjectsToml),
                                    std::string_view("src/claims/lexicon/subjects.toml"));
        for (const toml::node& g : *t["groups"].as_array()) {
            std::vector<std::string> group;
            for (const toml::node& w : *g.as_array()) group.push_back(w.value_or(std::string()));
            syn->add_group(group);
        }
        if (const toml::array* generic = t["generic"].as_array()) {
            for (const toml::node& w : *generic) syn->add_generic(w.value_or(std::string()));
        }
        return syn;
    }();
    return *s;
}

void SubjectSynonyms::add_group(const std::vector<std::string>& group) {
    if (group.empty()) return;
    for (const std::string& w : group) {
        canonical_[w] = group.front();
        std::u32string w32 = grammar::to_u32(w);
        known_filter_.add(w32);
        if (!w32.empty()) known_last_.add(w32.back());
        known_[std::move(w32)] = group.front();
    }
}

void SubjectSynonyms::add_generic(const std::string& word) {
    generic_.insert(word);
    generic_bytes_ |= std::uint64_t{1} << std::min<std::size_t>(word.size(), 63);
    std::u32string word32 = grammar::to_u32(word);
    generic_filter_.add(word32);
    generic32_.insert(std::move(word32));
}

std::string SubjectSynonyms::normalise(std::string subject) const {
    auto it = canonical_.find(subject);
    return it == canonical_.end() ? std::move(subject) : it->second;
}

}  // namespace claimlint
