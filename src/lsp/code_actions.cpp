// Code actions: for each claimlint diagnostic in the request, a quick fix
// that inserts a suppression marker with a reason placeholder on the line
// before, indented like that line. A figure is never changed automatically:
// which of two contradicting figures is wrong is for the author to find out.
#include "src/lsp/features.hpp"

#include <set>

namespace claimlint::lsp {

using nlohmann::json;

json code_actions(const Workspace& ws, std::size_t slot, const json& params, const FeatureOptions& opts) {
    json actions = json::array();
    const WorkspaceDoc& doc = ws.doc(slot);
    // The buffer as the client sees it now (an edit may not be extracted yet).
    const std::string& text = doc.open ? doc.text : ws.corpus().docs[slot]->bytes();
    LineIndex lines(text);
    const json* diags = nullptr;
    if (params.contains("context") && params["context"].is_object() && params["context"].contains("diagnostics") &&
        params["context"]["diagnostics"].is_array()) {
        diags = &params["context"]["diagnostics"];
    }
    if (!diags) return actions;
    std::set<std::pair<std::int64_t, std::string>> done;  // one marker per line and rule
    for (const json& d : *diags) {
        if (!d.is_object() || d.value("source", "") != "claimlint" || !d.contains("code") || !d["code"].is_string() ||
            !find_rule(d["code"].get<std::string>()))
            continue;
        const json* start = d.contains("range") && d["range"].is_object() && d["range"].contains("start")
                                ? &d["range"]["start"]
                                : nullptr;
        if (!start || !start->is_object() || !start->contains("line") || !start->at("line").is_number_integer()) continue;
        std::int64_t line = start->at("line").get<std::int64_t>();
        if (line < 0 || static_cast<std::size_t>(line) >= lines.line_count()) continue;
        std::string rule = d["code"].get<std::string>();
        if (!done.insert({line, rule}).second) continue;

        std::string_view content = lines.line_text(static_cast<std::size_t>(line));
        std::size_t indent = content.find_first_not_of(" \t");
        if (indent == std::string_view::npos) indent = content.size();
        std::size_t line_start = lines.offset({line, 0}, PositionEncoding::utf8);
        std::size_t after = line_start + content.size();
        std::string eol = after < text.size() && text.compare(after, 2, "\r\n") == 0 ? "\r\n" : "\n";
        std::string marker = std::string(content.substr(0, indent)) + "<!-- claimlint-disable-next-line " + rule +
                             ": " + (opts.lang == "en" ? "reason" : "原因") + " -->" + eol;
        json edit = {{"range", {{"start", {{"line", line}, {"character", 0}}}, {"end", {{"line", line}, {"character", 0}}}}},
                     {"newText", marker}};
        std::string title = opts.lang == "en" ? "Suppress " + rule + " on this line (give the reason)"
                                              : "在上一行加入抑制标记 " + rule + "（请填写原因）";
        actions.push_back({{"title", title},
                           {"kind", "quickfix"},
                           {"diagnostics", json::array({d})},
                           {"edit", {{"changes", {{doc.uri, json::array({edit})}}}}}});
    }
    return actions;
}

}  // namespace claimlint::lsp
