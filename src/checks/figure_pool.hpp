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
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

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
    // Looked up without a copy: by the figure and claim being pooled, hashed
    // before the shard is locked.
    struct View {
        const grammar::Quantity& q;
        const Claim& c;
        std::size_t hash;
    };
    static std::size_t hash(const grammar::Quantity& q, const Claim& c, std::size_t key_hash);
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(const Figure& f) const;
        std::size_t operator()(const View& v) const { return v.hash; }
    };
    struct Equal {
        using is_transparent = void;
        bool operator()(const View& a, const View& b) const;
        bool operator()(const Figure& a, const Figure& b) const { return (*this)(view(a), view(b)); }
        bool operator()(const Figure& a, const View& b) const { return (*this)(view(a), b); }
        bool operator()(const View& a, const Figure& b) const { return (*this)(a, view(b)); }
        static View view(const Figure& f) { return {f.q, f.c, 0}; }
    };
    // Figures are spread over shards by their key, each with its own lock,
    // so that the extraction threads seldom wait for each other. A key's
    // figures are all in one shard: it sees the key first, and numbers it.
    static constexpr std::size_t kShards = 64;
    struct Shard {
        std::mutex lock;
        std::unordered_set<Figure, Hash, Equal> figures;
        // Each distinct key, viewed in the first pooled claim that has it.
        std::unordered_map<std::string_view, std::uint32_t> key_ids;
    };
    std::array<Shard, kShards> shards_;
    std::atomic<std::uint32_t> next_key_id_{0};
};

}  // namespace claimlint
