// Loads the unit and name lexicons from their TOML text: the units into a
// table of their forms, the names into an X3 symbol table (longest match,
// char32_t keys).
#include "grammar/lexicon.hpp"

#include "grammar/context.hpp"
#include "grammar/utf8.hpp"
#include "grammar/x3_config.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>
#include <toml++/toml.h>

namespace claimlint::grammar {
namespace lexicon_data {
extern const char* const kUnitsToml;
extern const char* const kNamesToml;
}  // namespace lexicon_data

namespace {

// The unit forms by the low twelve bits of their first character, longest
// first within each slot: the first form of a slot that the text starts
// with is the longest unit there. match_unit runs for nearly every figure;
// an X3 symbol table walked a tree node by node for each character, and its
// parse set-up cost as much again.
class UnitForms {
public:
    // The first form added wins, as in a symbol table.
    void add(std::u32string form, const UnitInfo* info) {
        if (!seen_.insert(form).second) return;
        added_.emplace_back(std::move(form), info);
    }
    // Builds the slots; called once, after the last add().
    void seal() {
        std::vector<const std::pair<std::u32string, const UnitInfo*>*> order;
        for (const auto& a : added_) order.push_back(&a);
        std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) {
            unsigned sa = slot(a->first[0]), sb = slot(b->first[0]);
            return sa != sb ? sa < sb : a->first.size() > b->first.size();
        });
        forms_.clear();
        for (auto* a : order) {
            const std::u32string& f = a->first;
            forms_.push_back(Form{f[0], f.size() > 1 ? f[1] : U'\0', f.size(), f.data(), a->second});
        }
        for (std::size_t k = 0; k < forms_.size(); ++k) {
            Range& r = slots_[slot(forms_[k].text[0])];
            if (r.end == r.begin) r.begin = static_cast<std::uint16_t>(k);
            r.end = static_cast<std::uint16_t>(k + 1);
        }
    }
    // The first two characters are compared in the form's entry, before its text.
    const UnitInfo* match(const char32_t*& it, const char32_t* end) const {
        if (it == end) return nullptr;
        const char32_t c = *it;
        const Range r = slots_[slot(c)];
        const auto left = static_cast<std::size_t>(end - it);
        const Form* f = forms_.data() + r.begin;
        for (const Form* last = forms_.data() + r.end; f < last; ++f) {
            if (f->first != c || f->size > left) continue;
            if (f->size > 1) {
                if (f->second != it[1]) continue;
                std::size_t i = 2;
                while (i < f->size && f->text[i] == it[i]) ++i;
                if (i != f->size) continue;
            }
            it += f->size;
            return f->info;
        }
        return nullptr;
    }

private:
    static unsigned slot(char32_t c) { return c & 0xFFF; }
    struct Form {
        char32_t first, second;  // second: U+0000 for a form of one character
        std::size_t size;
        const char32_t* text;  // into added_, which no longer changes
        const UnitInfo* info;
    };
    struct Range {
        std::uint16_t begin = 0, end = 0;
    };
    std::set<std::u32string> seen_;
    std::deque<std::pair<std::u32string, const UnitInfo*>> added_;  // stable addresses for forms_
    std::vector<Form> forms_;
    std::array<Range, 4096> slots_{};
};

struct Lexicons {
    std::deque<UnitInfo> units;  // stable addresses for the unit forms
    UnitForms unit_forms;
    SymbolTable<std::size_t> name_table;
    NameChars name_chars;
};

Kind kind_from_name(const std::string& s, const std::string& where) {
    static const std::pair<const char*, Kind> kinds[] = {
        {"amount", Kind::amount}, {"count", Kind::count},       {"percent", Kind::percent},
        {"pp", Kind::pp},         {"multiple", Kind::multiple}, {"duration", Kind::duration},
    };
    for (auto& [name, kind] : kinds) {
        if (s == name) return kind;
    }
    throw std::runtime_error(where + ": unknown unit kind '" + s + "'");
}

toml::table parse_toml(const char* text, const char* file) {
    try {
        return toml::parse(std::string_view(text), std::string_view(file));
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << file << ":" << e.source().begin.line << ":" << e.source().begin.column << ": "
            << e.description();
        throw std::runtime_error(msg.str());
    }
}

// The scanner steps over a figure's unit and over a name without looking
// inside, and finds the slogan regions at the opening marks it stops at.
bool holds_slogan_opening(std::u32string_view key) { return std::ranges::any_of(key, is_slogan_opening); }
constexpr const char* kNoOpeningMark = "no unit form or name may hold an opening quote or 《";

void load_units(Lexicons& lex) {
    const char* file = "grammar/lexicon/units.toml";
    toml::table t = parse_toml(lexicon_data::kUnitsToml, file);
    const toml::array* units = t["unit"].as_array();
    if (!units) throw std::runtime_error(std::string(file) + ": no [[unit]] entries");
    for (const toml::node& node : *units) {
        const toml::table* u = node.as_table();
        std::ostringstream where;
        where << file << ":" << node.source().begin.line;
        auto canonical = u ? (*u)["canonical"].value<std::string>() : std::nullopt;
        auto kind = u ? (*u)["kind"].value<std::string>() : std::nullopt;
        auto dimension = u ? (*u)["dimension"].value<std::string>() : std::nullopt;
        const toml::array* forms = u ? (*u)["forms"].as_array() : nullptr;
        if (!canonical || !kind || !dimension || !forms || forms->empty()) {
            throw std::runtime_error(where.str() + ": a unit needs forms, canonical, kind and dimension");
        }
        UnitInfo& info = lex.units.emplace_back();
        info.canonical = *canonical;
        info.dimension = *dimension;
        info.kind = kind_from_name(*kind, where.str());
        info.factor = (*u)["factor"].value<double>();
        for (const toml::node& f : *forms) {
            auto form = f.value<std::string>();
            if (!form || form->empty()) throw std::runtime_error(where.str() + ": empty unit form");
            std::u32string key = to_u32(*form);
            if (holds_slogan_opening(key)) throw std::runtime_error(where.str() + ": " + kNoOpeningMark);
            lex.unit_forms.add(std::move(key), &info);
        }
    }
    lex.unit_forms.seal();
}

void load_names(Lexicons& lex) {
    const char* file = "grammar/lexicon/names.toml";
    toml::table t = parse_toml(lexicon_data::kNamesToml, file);
    const toml::array* names = t["names"].as_array();
    if (!names) throw std::runtime_error(std::string(file) + ": no names = [...] list");
    for (const toml::node& n : *names) {
        auto name = n.value<std::string>();
        if (!name || name->empty()) {
            throw std::runtime_error(std::string(file) + ":" + std::to_string(n.source().begin.line) +
                                     ": names must be non-empty strings");
        }
        std::u32string key = to_u32(*name);
        if (holds_slogan_opening(key)) {
            throw std::runtime_error(std::string(file) + ":" + std::to_string(n.source().begin.line) + ": " +
                                     kNoOpeningMark);
        }
        if (key.size() < 2) {
            throw std::runtime_error(std::string(file) + ":" + std::to_string(n.source().begin.line) +
                                     ": names must have two or more characters ('" + *name + "')");
        }
        lex.name_table.add(key, key.size());
        lex.name_chars.first.add(key[0]);
        lex.name_chars.second.add(key[1]);
        for (char32_t c : key) lex.name_chars.any.add(c);
        for (std::size_t i = 0; i + 1 < key.size(); ++i) lex.name_chars.pairs.add(key[i], key[i + 1]);
    }
}

// Apart from lexicons(), so that the guard test inlines into the callers:
// match_unit runs for nearly every figure, and the call cost more than its test.
[[gnu::noinline]] Lexicons* load() {
    auto* l = new Lexicons();
    load_units(*l);
    load_names(*l);
    return l;
}

inline Lexicons& lexicons() {
    static Lexicons* lex = load();
    return *lex;
}

}  // namespace

void load_lexicons() { (void)lexicons(); }

const NameChars& name_chars() { return lexicons().name_chars; }

const UnitInfo* match_unit(const char32_t*& it, const char32_t* end) { return lexicons().unit_forms.match(it, end); }

std::size_t match_name(const char32_t* it, const char32_t* end) {
    std::size_t len = 0;
    Iterator first = it;
    return x3::parse(first, end, lexicons().name_table, len) ? len : 0;
}

}  // namespace claimlint::grammar
