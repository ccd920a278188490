#include "src/archive/archive_claims.hpp"

#include "src/archive/archive.hpp"
#include "src/claims_io.hpp"

#include <filesystem>
#include <set>

namespace claimlint {
namespace {

std::string same_file(const std::string& path) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
    return (ec ? std::filesystem::path(path).lexically_normal() : p).string();
}

}  // namespace

std::vector<ClaimRecord> archive_claims_for(const std::string& db, const Corpus& corpus, const Config& config) {
    std::vector<ClaimRecord> drafts;
    std::set<std::string> draft_files, draft_names;
    for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
        const std::string& path = corpus.docs[d]->path();
        draft_files.insert(same_file(path));
        draft_names.insert(std::filesystem::path(path).filename().string());
        draft_names.insert(std::filesystem::path(same_file(path)).filename().string());
        for (ClaimRecord& r : keyed_records(corpus.extractions[d])) drafts.push_back(std::move(r));
    }
    try {
        Archive archive(db, false);
        auto on = [&](const char* rule) { return find_rule(rule) && config.rule_enabled(*find_rule(rule)); };
        std::vector<ClaimRecord> out =
            archive.related_claims(drafts, {on("period-differs"), on("scope-differs"), on("target-vs-actual")});
        // Resolving every archived path would cost a system call per claim:
        // only those named like a draft can be one.
        std::erase_if(out, [&](const ClaimRecord& r) {
            return draft_names.count(std::filesystem::path(r.file).filename().string()) != 0 &&
                   draft_files.count(same_file(r.file)) != 0;
        });
        return out;
    } catch (const sqlite::Error& e) {
        throw ArchiveError(e.what());
    }
}

}  // namespace claimlint
