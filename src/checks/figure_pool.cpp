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

std::size_t FigurePool::hash(const grammar::Quantity& q, const Claim& c, std::size_t key_hash) {
    // The key and the figure as written tell most figures apart; equality decides.
    std::size_t h = key_hash;
    h = h * 31 + std::hash<std::string>()(q.digits);
    h = h * 31 + std::hash<std::string>()(q.unit);
    h = h * 31 + std::hash<std::int64_t>()(q.value.mantissa());
    return h * 31 + (c.subject ? std::hash<std::string>()(*c.subject) : 0);
}

std::size_t FigurePool::Hash::operator()(const Figure& f) const {
    return hash(f.q, f.c, std::hash<std::string>()(f.c.key));
}

bool FigurePool::Equal::operator()(const View& a, const View& b) const {
    return fields(a.c) == fields(b.c) && fields(a.q) == fields(b.q) && values(a.q) == values(b.q);
}

void FigurePool::pool(ClaimRecord& rec) {
    const std::size_t key_hash = std::hash<std::string>()(rec.claim().key);
    const View v{rec.quantity(), rec.claim(), hash(rec.quantity(), rec.claim(), key_hash)};
    const std::size_t s = (key_hash >> 16) % kShards;  // not the low bits the shard's buckets use
    Shard& shard = shards_[s];
    std::lock_guard lock(shard.lock);
    auto it = shard.figures.find(v);
    if (it == shard.figures.end()) {
        auto known = shard.key_ids.find(rec.claim().key);
        const auto id = known != shard.key_ids.end() ? known->second : next_key_id_++;
        Figure f{rec.quantity(), rec.claim(), id};
        f.q.begin = f.q.end = 0;
        it = shard.figures.insert(std::move(f)).first;
        // Viewed in the pooled claim, whose node does not move.
        if (known == shard.key_ids.end()) shard.key_ids.emplace(it->c.key, id);
    }
    rec.refer(it->q, it->c);
    rec.key_id = it->key_id;
}

}  // namespace claimlint
