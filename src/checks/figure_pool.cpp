#include "src/checks/figure_pool.hpp"

#include <functional>
#include <tuple>

namespace claimlint {
namespace {

// Decimals are compared as written (mantissa and exponent), not by value:
// 1.0 and 1 print differently.
auto exact(const grammar::Decimal& d) { return std::pair(d.mantissa(), d.exponent()); }
auto exact(const std::optional<grammar::Decimal>& d) {
    return d ? std::tuple(true, d->mantissa(), d->exponent()) : std::tuple(false, std::int64_t(0), 0);
}
auto bound(const grammar::Bound& b) { return std::tuple(exact(b.value), b.inclusive); }

auto fields(const grammar::Quantity& q) {
    return std::tie(q.digits, q.unit, q.dimension, q.kind, q.qualifier, q.negative_context, q.inclusive_bound);
}
auto values(const grammar::Quantity& q) {
    return std::tuple(exact(q.value), exact(q.value_high), exact(q.place), bound(q.interval.low),
                      bound(q.interval.high));
}
auto fields(const Claim& c) {
    return std::tie(c.key, c.scope, c.subject, c.period, c.measure, c.direction, c.modality);
}

}  // namespace

std::size_t FigurePool::Hash::operator()(const View& v) const {
    // The key and the figure as written tell most figures apart; equality decides.
    std::size_t h = std::hash<std::string>()(v.c.key);
    h = h * 31 + std::hash<std::string>()(v.q.digits);
    h = h * 31 + std::hash<std::string>()(v.q.unit);
    h = h * 31 + std::hash<std::int64_t>()(v.q.value.mantissa());
    return h * 31 + (v.c.subject ? std::hash<std::string>()(*v.c.subject) : 0);
}

bool FigurePool::Equal::operator()(const View& a, const View& b) const {
    return fields(a.c) == fields(b.c) && fields(a.q) == fields(b.q) && values(a.q) == values(b.q);
}

const FigurePool::Figure& FigurePool::intern(const grammar::Quantity& q, const Claim& c) {
    if (auto it = figures_.find(View{q, c}); it != figures_.end()) return *it;
    Figure f{q, c};
    f.first.begin = f.first.end = 0;
    return *figures_.insert(std::move(f)).first;
}

}  // namespace claimlint
