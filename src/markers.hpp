// Inline suppression markers. A marker applies to the next non-blank line,
// to the findings of the rules it names, optionally only at one figure:
//
//   <!-- claimlint-disable-next-line cross-document-mismatch: 口径不同，见统计局说明 -->
//   <!-- claimlint-disable-next-line cross-document-mismatch[7.9%], unit-mismatch: 理由 -->
//
// The marker opens its line; the HTML comment is optional (a line of its own
// in a .txt file); the reason after the colon is required. The marker's own
// text is not read for claims.
#pragma once

#include "src/document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct MarkerTarget {
    std::string rule;
    std::optional<std::string> figure;  // only the finding at this figure, as written
};

struct SuppressionMarker {
    std::size_t begin = 0, end = 0;  // the marker, comment delimiters included (code points)
    std::vector<MarkerTarget> targets;
    std::string reason;
    std::size_t target_line = 0;     // 1-based; 0 when no line follows
};

inline constexpr std::string_view kMarkerKeyword = "claimlint-disable-next-line";

// Every marker of `doc`, in text order. Throws InputError at a marker
// without a reason, without a rule, or naming an unknown rule.
std::vector<SuppressionMarker> find_markers(const Document& doc);

// A copy of `doc` with each marker's code points replaced by spaces: the same
// code point positions, nothing for the grammar to read.
Document mask_markers(const Document& doc, const std::vector<SuppressionMarker>& markers);

}  // namespace claimlint
