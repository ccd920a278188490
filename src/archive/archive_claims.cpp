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
    std::set<std::string> draft_files;
    for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
        draft_files.insert(same_file(corpus.docs[d]->path()));
        for (ClaimRecord& r : keyed_records(corpus.extractions[d])) drafts.push_back(std::move(r));
    }
    try {
        Archive archive(db, false);
        auto on = [&](const char* rule) { return find_rule(rule) && config.rule_enabled(*find_rule(rule)); };
        std::vector<ClaimRecord> out =
            archive.related_claims(drafts, {on("period-differs"), on("scope-differs"), on("target-vs-actual")});
        std::erase_if(out, [&](const ClaimRecord& r) { return draft_files.count(same_file(r.file)) != 0; });
        return out;
    } catch (const sqlite::Error& e) {
        throw ArchiveError(e.what());
    }
}

}  // namespace claimlint
