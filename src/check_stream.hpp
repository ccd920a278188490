// `check` one document at a time: each document is checked by the rules that
// read it alone as soon as it is extracted, and only what the cross-document
// rules need is kept (src/checks/cross_facts.hpp); the documents are read
// again at the end for the findings that point into them. The diagnostics are
// those run_checks gives on the whole corpus, in memory that grows with the
// claims, not with the text.
#pragma once

#include "src/checks/cross_facts.hpp"
#include "src/report.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimlint {

class CheckStream {
public:
    // Counts files, claims and relations into `summary`.
    CheckStream(const Config& config, std::string lang, RunSummary& summary);

    // Checks a document on its own and keeps its facts; the document and its
    // extraction are dropped. `focus`: its findings are looked for (the
    // others are only compared with).
    void add(std::unique_ptr<Document> doc, Extraction ex, bool focus);
    // The keyed claims of every document added (what check --db looks up).
    std::vector<ClaimRecord> keyed_records() const;
    // Runs the cross-document rules (with the archive's records, if any),
    // reads back into `documents` those the findings point at, applies
    // suppressions and sorts. Throws InputError when a file changed since it
    // was read.
    std::vector<Diagnostic> finish(const ArchiveClaims* archive, Corpus& documents);

private:
    const Config& config_;
    std::string lang_;
    RunSummary& summary_;
    CrossFacts facts_{true};
    // Findings of the one-document rules, their documents detached: read
    // back by path, and compared by a hash of their bytes.
    struct Found {
        std::string path;
        std::size_t hash = 0;
        std::vector<Diagnostic> diags;
    };
    std::vector<Found> found_;
    std::vector<std::string> marked_;  // documents with suppression markers
};

}  // namespace claimlint
