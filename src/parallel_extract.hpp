// Reading and extracting many documents on several threads. Results are
// handed back in input order, so everything downstream (reports, indexes)
// is the same for any number of threads.
#pragma once

#include "src/config.hpp"
#include "src/extraction.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct ExtractedFile {
    std::string path;
    std::unique_ptr<Document> doc;  // null when the file could not be read
    Extraction extraction;          // its doc pointer is doc.get()
    std::optional<InputError> error;
    bool skipped = false;  // `skip` said the document needs no extraction
    bool binary() const { return doc && doc->is_binary(); }
};

// 0 means every core.
unsigned effective_jobs(unsigned jobs);

// Calls `work(i)` for i in [0, n) on `jobs` threads and `deliver(i)` on the
// calling thread in order of i, each once work(i) is done. `work` keeps its
// result where `deliver` finds it; at most a few results per thread wait, so
// memory stays bounded. An exception from either is rethrown here.
void for_each_in_order(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& work,
                       const std::function<void(std::size_t)>& deliver);

// Loads and extracts one file (what each worker of check, index and extract does).
ExtractedFile extract_file(const std::string& path, const std::function<ClaimOptions(const std::string&)>& options_for,
                           const std::function<bool(const Document&)>& skip = {});

}  // namespace claimlint
