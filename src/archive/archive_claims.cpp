#include "src/archive/archive_claims.hpp"

#include "src/archive/archive.hpp"
#include "src/checks/record_context.hpp"
#include "src/claims_io.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <set>

namespace claimlint {
namespace {

std::string same_file(const std::string& path) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
    return (ec ? std::filesystem::path(path).lexically_normal() : p).string();
}

// Archived figures are never reported at, only pointed to by the drafts'
// findings, and a rule points to the first figure published that qualifies:
// of the archived figures that compare alike (same key, dimension, unit, kind
// and interval) only the first can be it. A fact restated a hundred times
// then costs one record. Not for target-vs-actual, which points to the
// latest goal.
void keep_first_of_a_kind(std::vector<ClaimRecord>& records, const Config& config) {
    auto kind = [&](const ClaimRecord& r) {
        const grammar::Quantity& q = r.quantity();
        return std::tuple(r.claim().key, q.dimension, q.unit, static_cast<int>(q.kind),
                          configured_interval(config, q).to_string());
    };
    std::vector<std::pair<decltype(kind(records[0])), std::size_t>> kinds;
    kinds.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) kinds.emplace_back(kind(records[i]), i);
    auto published = [&](std::size_t i) { return records[i].published(); };
    std::sort(kinds.begin(), kinds.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : published(a.second) < published(b.second);
    });
    std::vector<bool> keep(records.size(), false);
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (k == 0 || kinds[k].first != kinds[k - 1].first) keep[kinds[k].second] = true;
    }
    std::vector<ClaimRecord> out;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (keep[i]) out.push_back(std::move(records[i]));
    }
    records = std::move(out);
}

}  // namespace

std::vector<ClaimRecord> archive_claims_for(const std::string& db, const std::vector<ClaimRecord>& claims,
                                            const std::vector<std::string>& drafts, const Config& config) {
    try {
        Archive archive(db, false);
        // The drafts' own indexed claims are left out. Resolving every indexed
        // path would cost a system call per file: only those named like a
        // draft can be one.
        std::set<std::string> draft_files, draft_names;
        for (const std::string& path : drafts) {
            draft_files.insert(same_file(path));
            draft_names.insert(std::filesystem::path(path).filename().string());
            draft_names.insert(std::filesystem::path(same_file(path)).filename().string());
        }
        std::set<std::int64_t> left_out;
        for (const std::string& name : draft_names) {
            for (const auto& [id, path] : archive.files_named(name)) {
                if (draft_files.count(same_file(archive.located(path)))) left_out.insert(id);
            }
        }
        auto on = [&](const char* rule) { return find_rule(rule) && config.rule_enabled(*find_rule(rule)); };
        const bool first_of_kind = !on("target-vs-actual");
        std::vector<ClaimRecord> out = archive.related_claims(
            claims, {on("period-differs"), on("scope-differs"), on("target-vs-actual"), first_of_kind}, left_out);
        // The index returns the earliest date of each kind; this picks the
        // first of those, and merges kinds the configured tolerances make alike.
        if (first_of_kind) keep_first_of_a_kind(out, config);
        return out;
    } catch (const sqlite::Error& e) {
        throw ArchiveError(e.what());
    }
}

}  // namespace claimlint
