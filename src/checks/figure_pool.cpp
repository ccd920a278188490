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

void FigurePool::pool(ClaimRecord& rec) {
    auto it = figures_.find(View{rec.quantity(), rec.claim()});
    if (it == figures_.end()) {
        auto known = key_ids_.find(rec.claim().key);
        const auto id = known != key_ids_.end() ? known->second : static_cast<std::uint32_t>(key_ids_.size());
        Figure f{rec.quantity(), rec.claim(), id};
        f.q.begin = f.q.end = 0;
        it = figures_.insert(std::move(f)).first;
        // Viewed in the pooled claim, whose node does not move.
        if (known == key_ids_.end()) key_ids_.emplace(it->c.key, id);
    }
    rec.refer(it->q, it->c);
    rec.key_id = it->key_id;
}

}  // namespace claimlint
