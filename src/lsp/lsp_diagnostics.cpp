// Diagnostics in LSP form: positions converted from code points through the
// original bytes, so that the client's encoding is honoured exactly.
#include "src/lsp/features.hpp"
#include "src/lsp/uri.hpp"

#include <algorithm>
#include <filesystem>

namespace claimlint::lsp {

using nlohmann::json;

static json position_json(LspPosition p) { return {{"line", p.line}, {"character", p.character}}; }

json lsp_range(const Workspace& ws, std::size_t slot, std::size_t begin, std::size_t end, PositionEncoding enc) {
    const Document& doc = *ws.corpus().docs[slot];
    const LineIndex& lines = *ws.doc(slot).lines;
    begin = std::min(begin, doc.size());
    end = std::clamp(end, begin, doc.size());
    return {{"start", position_json(lines.position(doc.byte_offset(begin), enc))},
            {"end", position_json(lines.position(doc.byte_offset(end), enc))}};
}

std::size_t code_point_at(const Workspace& ws, std::size_t slot, LspPosition pos, PositionEncoding enc) {
    const Document& doc = *ws.corpus().docs[slot];
    return doc.code_point_at_byte(ws.doc(slot).lines->offset(pos, enc));
}

std::string rule_doc_uri(const std::string& rule, const FeatureOptions& opts) {
    if (!opts.rule_doc_template.empty()) return render(opts.rule_doc_template, {{"id", rule}});
#ifdef CLAIMLINT_RULES_DIR
    std::filesystem::path file = std::filesystem::path(CLAIMLINT_RULES_DIR) / (rule + ".toml");
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec)) return path_to_uri(file.string());
#endif
    return "";
}

json lsp_diagnostic(const Workspace& ws, const Diagnostic& d, const FeatureOptions& opts) {
    json out;
    std::optional<std::size_t> slot = ws.slot_of(d.location.doc);
    out["range"] = lsp_range(ws, slot.value_or(0), d.location.begin, d.location.end, opts.encoding);
    static constexpr int kSeverity[] = {3, 2, 1};  // note → Information, warning, error
    out["severity"] = kSeverity[static_cast<int>(d.severity)];
    out["code"] = d.rule;
    if (std::string href = rule_doc_uri(d.rule, opts); !href.empty()) out["codeDescription"] = {{"href", href}};
    out["source"] = "claimlint";
    out["message"] = d.message;
    json related = json::array();
    for (const Related& r : d.related) {
        std::optional<std::size_t> other = ws.slot_of(r.location.doc);
        if (!other) continue;
        related.push_back({{"location",
                            {{"uri", ws.doc(*other).uri},
                             {"range", lsp_range(ws, *other, r.location.begin, r.location.end, opts.encoding)}}},
                           {"message", r.message}});
    }
    if (!related.empty()) out["relatedInformation"] = std::move(related);
    return out;
}

}  // namespace claimlint::lsp
