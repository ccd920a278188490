// The pool behind interned(): a set never shrinks, and its nodes never move.
#include "grammar/interned.hpp"

#include <mutex>
#include <set>
#include <string>

namespace claimlint::grammar {

std::string_view interned(std::string_view text) {
    static std::mutex lock;
    static auto* pool = new std::set<std::string, std::less<>>();  // never destroyed: views outlive statics
    std::lock_guard<std::mutex> held(lock);
    auto it = pool->find(text);
    if (it == pool->end()) it = pool->emplace(text).first;
    return *it;
}

}  // namespace claimlint::grammar
