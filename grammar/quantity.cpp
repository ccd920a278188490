// Names of kinds and qualifiers, and interval notation.
#include "grammar/quantity.hpp"

namespace claimlint::grammar {

std::string_view to_string(Kind k) {
    switch (k) {
        case Kind::amount: return "amount";
        case Kind::count: return "count";
        case Kind::percent: return "percent";
        case Kind::pp: return "pp";
        case Kind::multiple: return "multiple";
        case Kind::rank: return "rank";
        case Kind::duration: return "duration";
        case Kind::other: return "other";
    }
    return "other";
}

std::string_view to_string(Qualifier q) {
    switch (q) {
        case Qualifier::exact: return "exact";
        case Qualifier::about: return "about";
        case Qualifier::nearly: return "nearly";
        case Qualifier::over: return "over";
        case Qualifier::at_least: return "at_least";
        case Qualifier::below: return "below";
        case Qualifier::more: return "more";
        case Qualifier::range: return "range";
    }
    return "exact";
}

std::string Interval::to_string() const {
    std::string s = low.value && low.inclusive ? "[" : "(";
    s += low.value ? low.value->to_string() : "-inf";
    s += ", ";
    s += high.value ? high.value->to_string() : "inf";
    s += high.value && high.inclusive ? "]" : ")";
    return s;
}

namespace {
// Is `hi` (an upper bound) strictly below `lo` (a lower bound)?
bool below(const Bound& hi, const Bound& lo) {
    if (!hi.value || !lo.value) return false;
    if (*hi.value < *lo.value) return true;
    return *hi.value == *lo.value && !(hi.inclusive && lo.inclusive);
}
}  // namespace

bool overlaps(const Interval& a, const Interval& b) { return !below(a.high, b.low) && !below(b.high, a.low); }

}  // namespace claimlint::grammar
