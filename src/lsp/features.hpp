// What the server answers with, built from the workspace's checks and
// extractions: LSP diagnostics, hovers and code actions.
#pragma once

#include "src/lsp/text_position.hpp"
#include "src/lsp/workspace.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace claimlint::lsp {

struct FeatureOptions {
    PositionEncoding encoding = PositionEncoding::utf16;
    std::string lang = "zh";
    // Where a rule's documentation lives, with {id} for the rule id; empty:
    // the rules/ID.toml of the source tree when it is there, else none.
    std::string rule_doc_template;
};

// The LSP range of code points [begin, end) of the document in `slot`.
nlohmann::json lsp_range(const Workspace& ws, std::size_t slot, std::size_t begin, std::size_t end,
                         PositionEncoding enc);
// The code point at an LSP position of the document in `slot`.
std::size_t code_point_at(const Workspace& ws, std::size_t slot, LspPosition pos, PositionEncoding enc);

// One LSP Diagnostic: severity, code, codeDescription, source, related locations.
nlohmann::json lsp_diagnostic(const Workspace& ws, const Diagnostic& d, const FeatureOptions& opts);
// A rule's documentation URI, or empty.
std::string rule_doc_uri(const std::string& rule, const FeatureOptions& opts);

// The Hover for the figure at `pos`, or null when there is none.
nlohmann::json hover(const Workspace& ws, std::size_t slot, LspPosition pos, const FeatureOptions& opts);

// Quick fixes for the claimlint diagnostics in a textDocument/codeAction
// request: a suppression marker on the line before, never a changed number.
nlohmann::json code_actions(const Workspace& ws, std::size_t slot, const nlohmann::json& params,
                            const FeatureOptions& opts);

}  // namespace claimlint::lsp
