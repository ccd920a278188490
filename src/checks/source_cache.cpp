#include "src/checks/source_cache.hpp"

#include "src/checks/corpus.hpp"

#include <algorithm>

namespace claimlint {

const Document& SourceCache::document(const std::string& path) {
    auto& slot = docs_[path];
    if (!slot) {
        try {
            slot = std::make_unique<Document>(Document::load(path));
        } catch (...) {
            docs_.erase(path);
            throw;
        }
    }
    return *slot;
}

Location SourceCache::locate(const ClaimRecord& r) {
    const Document& doc = document(r.file());
    std::size_t begin = doc.code_point_at_byte(r.start_byte), end = doc.code_point_at_byte(r.end_byte);
    if (end > doc.size() || doc.byte_offset(begin) != r.start_byte || doc.byte_offset(end) != r.end_byte ||
        doc.source(begin, end) != r.text) {
        throw InputError(r.file(), Position{r.line, r.column},
                         "the file no longer has '" + r.text + "' here: it changed after its claims were extracted");
    }
    return Location{&doc, begin, end};
}

std::vector<std::unique_ptr<Document>> SourceCache::release() {
    std::vector<std::unique_ptr<Document>> out;
    for (auto& [path, doc] : docs_) out.push_back(std::move(doc));
    docs_.clear();
    return out;
}

Corpus read_back(SourceCache& sources) {
    Corpus corpus;
    corpus.docs = sources.release();
    for (const auto& doc : corpus.docs) {
        Extraction ex;
        ex.doc = doc.get();
        ex.markers = find_markers(*doc);
        corpus.extractions.push_back(std::move(ex));
    }
    return corpus;
}

}  // namespace claimlint
