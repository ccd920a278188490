#include "src/fingerprint.hpp"

#include "grammar/utf8.hpp"
#include "src/place.hpp"

#include <algorithm>
#include <map>

namespace claimlint {
namespace {

constexpr char kSep = '\x1f';  // cannot occur in a claim field

// The claim about the figure at `l`, or nullptr when `l` is not a figure.
const Claim* claim_at(const Corpus& corpus, const std::map<const Document*, std::size_t>& index, const Location& l) {
    auto it = index.find(l.doc);
    if (it == index.end()) return nullptr;
    const Extraction& ex = corpus.extractions[it->second];
    const auto& qs = ex.scan.quantities;
    auto q = std::lower_bound(qs.begin(), qs.end(), l.begin,
                              [](const grammar::Quantity& a, std::size_t b) { return a.begin < b; });
    if (q == qs.end() || q->begin != l.begin || q->end != l.end) return nullptr;
    return &ex.claims[static_cast<std::size_t>(q - qs.begin())];
}

void describe(std::string& out, const Claim* c, const Location& l) {
    if (c) {
        for (const auto* f : {&c->scope, &c->subject, &c->period, &c->measure, &c->direction, &c->modality}) {
            out += f->value_or("?");
            out += '|';
        }
    }
    if (l.doc) out += grammar::to_utf8(l.doc->normalised().substr(l.begin, l.end - l.begin));
    else out += l.place->normalised;  // placed, its document gone
}

}  // namespace

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string stable_hash(std::string_view text) {
    std::uint64_t h = fnv1a(text);
    static const char* digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = digits[h & 15];
    return out;
}

std::string fingerprint_of(const std::string& rule, const std::vector<std::pair<const Claim*, Location>>& figures) {
    std::string identity = "claimlint/v1";
    identity += kSep;
    identity += rule;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        identity += kSep;
        describe(identity, figures[i].first, figures[i].second);
    }
    return stable_hash(identity);
}

void assign_fingerprints(const Corpus& corpus, std::vector<Diagnostic>& diags) {
    std::map<const Document*, std::size_t> index;
    for (std::size_t i = 0; i < corpus.docs.size(); ++i) index[corpus.docs[i].get()] = i;
    for (Diagnostic& d : diags) {
        if (!d.fingerprint.empty()) continue;
        std::vector<std::pair<const Claim*, Location>> figures{{claim_at(corpus, index, d.location), d.location}};
        for (const Related& r : d.related) figures.emplace_back(claim_at(corpus, index, r.location), r.location);
        d.fingerprint = fingerprint_of(d.rule, figures);
    }
}

}  // namespace claimlint
