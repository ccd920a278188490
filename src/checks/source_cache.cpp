#include "src/checks/source_cache.hpp"

#include "src/checks/corpus.hpp"
#include "src/parallel_extract.hpp"

#include <algorithm>

namespace claimlint {

const Document& SourceCache::document(const std::string& path) {
    {
        std::lock_guard lock(lock_);
        if (auto it = docs_.find(path); it != docs_.end()) return *it->second;
    }
    // Read outside the lock. Two threads that ask at once both read the
    // file, and the first copy is kept: nothing was handed out of the other.
    auto doc = std::make_unique<Document>(Document::load(path));
    std::lock_guard lock(lock_);
    return *docs_.try_emplace(path, std::move(doc)).first->second;
}

const Document* SourceCache::cached(const std::string& path) {
    std::lock_guard lock(lock_);
    auto it = docs_.find(path);
    return it == docs_.end() ? nullptr : it->second.get();
}

Location SourceCache::locate(const ClaimRecord& r) { return locate_in(document(r.file()), r); }

Location locate_in(const Document& doc, const ClaimRecord& r) {
    std::size_t begin = doc.code_point_at_byte(r.start_byte), end = doc.code_point_at_byte(r.end_byte);
    if (end > doc.size() || doc.byte_offset(begin) != r.start_byte || doc.byte_offset(end) != r.end_byte ||
        doc.source(begin, end) != r.text) {
        throw InputError(r.file(), Position{r.line, r.column},
                         "the file no longer has '" + r.text + "' here: it changed after its claims were extracted");
    }
    return Location{&doc, begin, end};
}

std::vector<std::unique_ptr<Document>> SourceCache::release() {
    std::lock_guard lock(lock_);
    std::vector<std::unique_ptr<Document>> out;
    for (auto& [path, doc] : docs_) out.push_back(std::move(doc));
    docs_.clear();
    return out;
}

Corpus read_back(SourceCache& sources, unsigned jobs) {
    Corpus corpus;
    corpus.docs = sources.release();
    corpus.extractions.resize(corpus.docs.size());
    for_each_in_order(
        corpus.docs.size(), jobs,
        [&](std::size_t i) {
            corpus.extractions[i].doc = corpus.docs[i].get();
            corpus.extractions[i].markers = find_markers(*corpus.docs[i]);
        },
        [](std::size_t) {});
    return corpus;
}

}  // namespace claimlint
