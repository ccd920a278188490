// Figures and claims shared by the records that state the same: a fact
// restated a thousand times is kept once, so what `check` keeps for its
// cross-document rules grows with the distinct claims more than with the text.
#pragma once

#include "grammar/quantity.hpp"
#include "src/claims/claim.hpp"

#include <unordered_set>
#include <utility>

namespace claimlint {

class FigurePool {
public:
    using Figure = std::pair<grammar::Quantity, Claim>;
    // The pooled copy of a figure and its claim. The figure's span (begin,
    // end) is not kept: records locate their figures by byte offsets.
    const Figure& intern(const grammar::Quantity& q, const Claim& c);
    std::size_t size() const { return figures_.size(); }

private:
    // Looked up without a copy: by the figure and claim being interned.
    struct View {
        const grammar::Quantity& q;
        const Claim& c;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(const Figure& f) const { return (*this)(View{f.first, f.second}); }
        std::size_t operator()(const View& v) const;
    };
    struct Equal {
        using is_transparent = void;
        bool operator()(const View& a, const View& b) const;
        bool operator()(const Figure& a, const Figure& b) const { return (*this)(View{a.first, a.second}, View{b.first, b.second}); }
        bool operator()(const Figure& a, const View& b) const { return (*this)(View{a.first, a.second}, b); }
        bool operator()(const View& a, const Figure& b) const { return (*this)(a, View{b.first, b.second}); }
    };
    std::unordered_set<Figure, Hash, Equal> figures_;
};

}  // namespace claimlint
