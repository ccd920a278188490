// Intervals from the digits as written and the qualifier words around them.
#include "grammar/interval.hpp"

namespace claimlint::grammar {
namespace {

Decimal abs(const Decimal& d) { return d.negative() ? d.negated() : d; }

Bound closed(const std::optional<Decimal>& v) { return Bound{v, true}; }
Bound open(const std::optional<Decimal>& v) { return Bound{v, false}; }

}  // namespace

void detail::set_interval_general(Interval& r, const Decimal& v, const Decimal& place,
                                  const std::optional<Decimal>& high, Qualifier q, Kind kind, bool inclusive_bound,
                                  const Tolerances& tol) {
    // Every path below sets both bounds.
    auto half = place.scaled(1, 2);
    switch (q) {
        case Qualifier::exact:
            if (kind == Kind::rank || !half) {
                r.low = closed(v);
                r.high = closed(v);
            } else {
                r.low = closed(v.sub(*half));
                r.high = open(v.add(*half));
            }
            break;
        case Qualifier::about: {
            Decimal w = half.value_or(Decimal());
            if (auto rel = abs(v).scaled(tol.about_percent, 100); rel && *rel > w) w = *rel;
            r.low = closed(v.sub(w));
            r.high = closed(v.add(w));
            break;
        }
        case Qualifier::nearly:
            // A little short of v in magnitude: 近-20% lies in [-20, -18].
            if (v.negative()) {
                r.low = closed(v);
                r.high = closed(v.scaled(100 - tol.nearly_percent, 100));
            } else {
                r.low = closed(v.scaled(100 - tol.nearly_percent, 100));
                r.high = closed(v);
            }
            break;
        case Qualifier::over:
            r.low = inclusive_bound ? closed(v) : open(v);
            r.high = open(std::nullopt);
            break;
        case Qualifier::at_least:
            r.low = closed(v);
            r.high = open(std::nullopt);
            break;
        case Qualifier::below:
            r.low = open(std::nullopt);
            r.high = inclusive_bound ? closed(v) : open(v);
            break;
        case Qualifier::more:
            r.low = closed(v);
            r.high = open(v.add(v.last_nonzero_place()));
            break;
        case Qualifier::range:
            r.low = closed(v);
            r.high = closed(high.value_or(v));
            break;
    }
    // An arithmetic overflow leaves a bound unknown: widen it rather than guess.
}

Interval interval_for(const Decimal& v, const Decimal& place, const std::optional<Decimal>& high, Qualifier q,
                      Kind kind, bool inclusive_bound, const Tolerances& tol) {
    Interval r;
    set_interval(r, v, place, high, q, kind, inclusive_bound, tol);
    return r;
}

}  // namespace claimlint::grammar
