// Documents read back for the figures of claim records. Records carry no
// text beyond the figure, but reports show the figure's line: `reconcile`
// and `check --db` read again only the files their findings point at.
#pragma once

#include "src/checks/claim_record.hpp"
#include "src/checks/diagnostic.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace claimlint {

// Safe to use from several threads at once.
class SourceCache {
public:
    // The figure's location in its file. Throws InputError when the file
    // cannot be read or no longer holds the figure at the recorded bytes
    // (it changed after its claims were extracted or indexed).
    Location locate(const ClaimRecord& r);
    const Document& document(const std::string& path);
    // The document of `path` if it was read, else null.
    const Document* cached(const std::string& path);
    // Hands the documents over (in path order), emptying the cache; the
    // locations given out stay valid as long as the documents live.
    std::vector<std::unique_ptr<Document>> release();

private:
    std::mutex lock_;
    std::map<std::string, std::unique_ptr<Document>> docs_;
};

// The record's figure in `doc`, its file (as SourceCache::locate).
Location locate_in(const Document& doc, const ClaimRecord& r);

}  // namespace claimlint
