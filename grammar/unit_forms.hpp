// The unit lexicon's forms, matched longest first at a place in the text.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace claimlint::grammar {

struct UnitInfo;

// The unit forms by the low twelve bits of their first character, longest
// first within each slot: the first form of a slot that the text starts
// with is the longest unit there. The scanner asks for nearly every figure,
// inline (the call cost as much as the match); an X3 symbol table walked a
// tree node by node for each character, and its parse set-up cost as much
// again.
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

}  // namespace claimlint::grammar
