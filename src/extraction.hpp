// Extraction of one document: the grammar's findings with their source
// positions, ready for output or for the claims stage.
#pragma once

#include "grammar/quantity.hpp"
#include "src/claims/claim.hpp"
#include "src/document.hpp"
#include "src/markers.hpp"

#include <ostream>

namespace claimlint {

struct Extraction {
    const Document* doc = nullptr;
    grammar::ScanResult scan;
    std::vector<std::size_t> sentence_starts;
    DocumentFacts facts;
    std::vector<Claim> claims;  // one per quantity
    std::vector<SuppressionMarker> markers;
};

// Throws InputError at a malformed suppression marker.
Extraction extract(const Document& doc, const ClaimOptions& opts = {});

// JSON Lines: one object per quantity and per period, in document order
// (quantities and periods interleaved by start offset), keys in a fixed order.
void write_jsonl(std::ostream& out, const Extraction& ex);
// Human-readable: path:line:col: kind value unit qualifier interval «text».
void write_text(std::ostream& out, const Extraction& ex);

}  // namespace claimlint
