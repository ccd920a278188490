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
    h = h * 31 + std::hash<std::string_view>()(q.digits.view());
    h = h * 31 + std::hash<std::string_view>()(q.unit);
    h = h * 31 + std::hash<std::int64_t>()(q.value.mantissa());
    h = h * 31 + (c.subject ? std::hash<std::string>()(*c.subject) : 0);
    // Mixed (MurmurHash3's finaliser): a slot is picked by the low bits.
    h = (h ^ (h >> 33)) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 33);
}

bool FigurePool::equal(const Figure& f, const grammar::Quantity& q, const Claim& c) {
    return fields(f.c) == fields(c) && fields(f.q) == fields(q) && values(f.q) == values(q);
}

FigurePool::Slot& FigurePool::Shard::slot_for(std::size_t hash, const grammar::Quantity& q, const Claim& c) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& s = slots[i];
        if (!s.figure || (s.hash == hash && equal(*s.figure, q, c))) return s;
    }
}

void FigurePool::Shard::grow() {
    std::vector<Slot> old(std::max<std::size_t>(64, slots.size() * 2));
    old.swap(slots);
    const std::size_t mask = slots.size() - 1;
    for (const Slot& s : old) {
        if (!s.figure) continue;
        std::size_t i = s.hash & mask;
        while (slots[i].figure) i = (i + 1) & mask;
        slots[i] = s;
    }
}

void FigurePool::pool(ClaimRecord& rec) {
    const grammar::Quantity& q = rec.quantity();
    const Claim& c = rec.claim();
    const std::size_t key_hash = std::hash<std::string>()(c.key);
    const std::size_t h = hash(q, c, key_hash);
    Shard& shard = shards_[(key_hash >> 16) % kShards];  // not the low bits
    std::lock_guard lock(shard.lock);
    if ((shard.figures.size() + 1) * 2 > shard.slots.size()) shard.grow();
    Slot& slot = shard.slot_for(h, q, c);
    if (!slot.figure) {
        auto known = shard.key_ids.find(c.key);
        const auto id = known != shard.key_ids.end() ? known->second : next_key_id_++;
        Figure& f = shard.figures.emplace_back(Figure{q, c, id});
        f.q.begin = f.q.end = 0;
        slot = Slot{h, &f};
        // Viewed in the pooled claim, which does not move.
        if (known == shard.key_ids.end()) shard.key_ids.emplace(f.c.key, id);
    }
    rec.refer(slot.figure->q, slot.figure->c);
    rec.key_id = slot.figure->key_id;
}

}  // namespace claimlint
