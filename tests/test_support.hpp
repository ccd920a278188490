// Helpers shared by the tests: paths and running the grammar on UTF-8 text.
#pragma once

#include "grammar/scanner.hpp"
#include "src/document.hpp"

#include <filesystem>
#include <string>

namespace claimlint::test {

inline std::filesystem::path source_dir() { return CLAIMLINT_SOURCE_DIR; }

// The shared corpus beside the repository, or empty when it is not there.
inline std::filesystem::path corpus_dir() {
    auto p = source_dir().parent_path() / "shared" / "corpus";
    return std::filesystem::exists(p / "seeds") ? p : std::filesystem::path();
}

// Scans UTF-8 text through the same normalisation as a document.
inline grammar::ScanResult scan_utf8(const std::string& text) {
    Document doc = Document::from_bytes("<test>", text);
    return grammar::scan(doc.normalised());
}

}  // namespace claimlint::test
