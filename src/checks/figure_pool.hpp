// Figures and claims shared by the records that state the same: a fact
// restated a thousand times is kept once, so what `check` keeps for its
// cross-document rules grows with the distinct claims more than with the text.
// Claim keys are numbered as they are pooled, so that the rules group
// records by key without hashing every record's key again.
#pragma once

#include "grammar/quantity.hpp"
#include "src/checks/claim_record.hpp"
#include "src/claims/claim.hpp"

#include <cstdint>
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
    void pool(ClaimRecord& rec);

private:
    struct Figure {
        grammar::Quantity q;
        Claim c;
        std::uint32_t key_id = 0;
    };
    // Looked up without a copy: by the figure and claim being pooled.
    struct View {
        const grammar::Quantity& q;
        const Claim& c;
    };
    static View view(const Figure& f) { return {f.q, f.c}; }
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(const Figure& f) const { return (*this)(view(f)); }
        std::size_t operator()(const View& v) const;
    };
    struct Equal {
        using is_transparent = void;
        bool operator()(const View& a, const View& b) const;
        bool operator()(const Figure& a, const Figure& b) const { return (*this)(view(a), view(b)); }
        bool operator()(const Figure& a, const View& b) const { return (*this)(view(a), b); }
        bool operator()(const View& a, const Figure& b) const { return (*this)(a, view(b)); }
    };
    std::unordered_set<Figure, Hash, Equal> figures_;
    // Each distinct key, viewed in the first pooled claim that has it.
    std::unordered_map<std::string_view, std::uint32_t> key_ids_;
};

}  // namespace claimlint
