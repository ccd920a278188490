// Parsing suppression markers on the normalised view (its positions are the
// document's), reporting mistakes at the marker.
#include "src/markers.hpp"

#include "grammar/utf8.hpp"
#include "src/rule_catalog.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace claimlint {
namespace {

bool space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

std::u32string_view trim(std::u32string_view s) {
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

// Parses "rule[figure], rule" into targets.
std::vector<MarkerTarget> parse_targets(std::u32string_view list, const Document& doc, std::size_t at) {
    std::vector<MarkerTarget> out;
    auto fail = [&](const std::string& what) -> void { throw InputError(doc.path(), doc.position(at), what); };
    while (true) {
        list = trim(list);
        if (list.empty()) break;
        std::size_t end = 0;
        int depth = 0;
        while (end < list.size() && !(depth == 0 && (list[end] == U',' || list[end] == U'，'))) {
            if (list[end] == U'[') ++depth;
            if (list[end] == U']') --depth;
            ++end;
        }
        std::u32string_view item = trim(list.substr(0, end));
        MarkerTarget t;
        if (std::size_t open = item.find(U'['); open != std::u32string_view::npos) {
            if (item.back() != U']') fail("a figure in a suppression marker is written rule[figure]");
            t.figure = grammar::to_utf8(trim(item.substr(open + 1, item.size() - open - 2)));
            item = trim(item.substr(0, open));
        }
        t.rule = grammar::to_utf8(item);
        if (!find_rule(t.rule)) fail("unknown rule '" + t.rule + "' in a suppression marker (see claimlint rules)");
        out.push_back(std::move(t));
        if (end >= list.size()) break;
        list.remove_prefix(end + 1);
    }
    if (out.empty()) fail("a suppression marker names the rules it suppresses: " + std::string(kMarkerKeyword) + " RULE: reason");
    return out;
}

// The marker whose keyword is at k, if the keyword opens its line.
std::optional<SuppressionMarker> marker_at(const Document& doc, std::size_t k, std::u32string_view keyword) {
    std::u32string_view text = doc.normalised();
    if (!text.substr(k).starts_with(keyword)) return std::nullopt;
    std::size_t ls = k, le = k;
    while (ls > 0 && text[ls - 1] != U'\n') --ls;
    while (le < text.size() && text[le] != U'\n' && text[le] != U'\r') ++le;
    // A marker opens its line (after white space and an HTML comment's
    // opening): the keyword inside a sentence is prose about markers.
    std::u32string_view before = trim(text.substr(ls, k - ls));
    if (!before.empty() && before != U"<!--") return std::nullopt;
    SuppressionMarker m;
    m.begin = before.empty() ? k : static_cast<std::size_t>(before.data() - text.data());
    m.end = le;
    std::u32string_view body = text.substr(k + keyword.size(), le - k - keyword.size());
    if (std::size_t close = body.find(U"-->"); close != std::u32string_view::npos) {
        m.end = k + keyword.size() + close + 3;
        body = body.substr(0, close);
    }
    std::size_t colon = body.find_first_of(U":：");
    if (colon == std::u32string_view::npos || trim(body.substr(colon + 1)).empty()) {
        throw InputError(doc.path(), doc.position(k),
                         "a suppression marker needs a reason: " + std::string(kMarkerKeyword) + " RULE: reason");
    }
    m.targets = parse_targets(body.substr(0, colon), doc, k);
    m.reason = grammar::to_utf8(trim(body.substr(colon + 1)));
    // The next line with something on it.
    for (std::size_t i = le; i < text.size(); ++i) {
        if (text[i] == U'\n' || text[i] == U'\r' || space(text[i])) continue;
        m.target_line = doc.position(i).line;
        break;
    }
    return m;
}

}  // namespace

std::vector<SuppressionMarker> find_markers(const Document& doc) {
    // The keyword's characters, all ASCII, as a set.
    static constexpr auto kInKeyword = [] {
        std::array<std::uint64_t, 2> set{};
        for (char c : kMarkerKeyword) set[static_cast<unsigned char>(c) >> 6] |= std::uint64_t{1} << (c & 63);
        return set;
    }();
    std::vector<SuppressionMarker> out;
    std::u32string_view text = doc.normalised();
    const std::u32string keyword = grammar::to_u32(kMarkerKeyword);
    const std::size_t n = keyword.size();
    // Each occurrence of the keyword covers one position of the grid n - 1,
    // 2n - 1, …: a character there that the keyword lacks (in Chinese prose,
    // nearly all) rules out the n starts up to it at one test.
    for (std::size_t at = n - 1; at < text.size(); at += n) {
        char32_t c = text[at];
        if (c >= 0x80 || !((kInKeyword[c >> 6] >> (c & 63)) & 1)) continue;
        for (std::size_t k = at + 1 - n; k <= at; ++k) {
            if (text[k] != keyword[0]) continue;
            if (auto m = marker_at(doc, k, keyword)) out.push_back(std::move(*m));
        }
    }
    return out;
}

Document mask_markers(const Document& doc, const std::vector<SuppressionMarker>& markers) {
    std::string bytes;
    std::size_t from = 0;
    for (const SuppressionMarker& m : markers) {
        bytes += doc.source(from, m.begin);
        bytes.append(m.end - m.begin, ' ');
        from = m.end;
    }
    bytes += doc.source(from, doc.size());
    return Document::from_bytes(doc.path(), std::move(bytes));
}

}  // namespace claimlint
