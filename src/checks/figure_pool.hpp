// Figures and claims shared by the records that state the same: a fact
// restated a thousand times is kept once, so what `check` keeps for its
// cross-document rules grows with the distinct claims more than with the text.
// Claim keys are numbered as they are pooled, so that the rules group
// records by key without hashing every record's key again.
#pragma once

#include "grammar/quantity.hpp"
#include "src/checks/claim_record.hpp"
#include "src/claims/claim.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimlint {

class FigurePool {
public:
    // Points `rec` at the pooled copy of its figure and claim (added on
    // first use), and sets its key_id. The figure's span (begin, end) is not
    // kept: records locate their figures by byte offsets. Ids depend on the
    // order figures arrive in: they tell keys apart, they do not sort them.
    // Safe on several threads at once.
    void pool(ClaimRecord& rec);

private:
    struct Figure {
        grammar::Quantity q;
        Claim c;
        std::uint32_t key_id = 0;
    };
    static std::size_t hash(const grammar::Quantity& q, const Claim& c, std::size_t key_hash);
    static bool equal(const Figure& f, const grammar::Quantity& q, const Claim& c);
    // Open addressing, each slot the figure's hash and where it is: a lookup
    // reads one slot and, when the hashes match, the figure. (A node-based
    // set reads a bucket, the node before and the node: each a cache miss
    // once the pool outgrows the caches, as it does at 100 MB of text.)
    struct Slot {
        std::size_t hash = 0;
        Figure* figure = nullptr;
    };
    // Figures are spread over shards by their key, each with its own lock,
    // so that the extraction threads seldom wait for each other. A key's
    // figures are all in one shard: it sees the key first, and numbers it.
    static constexpr std::size_t kShards = 64;
    struct Shard {
        std::mutex lock;
        std::vector<Slot> slots;      // a power of two, at most half full
        std::deque<Figure> figures;   // which do not move
        // Each distinct key, viewed in the first pooled claim that has it.
        std::unordered_map<std::string_view, std::uint32_t> key_ids;

        Slot& slot_for(std::size_t hash, const grammar::Quantity& q, const Claim& c);
        void grow();
    };
    std::array<Shard, kShards> shards_;
    std::atomic<std::uint32_t> next_key_id_{0};
};

}  // namespace claimlint
