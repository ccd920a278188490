#include "src/check_stream.hpp"

#include "src/checks/cross_context.hpp"
#include "src/fingerprint.hpp"
#include "src/suppressions.hpp"

#include <functional>

namespace claimlint {
namespace {

void tally(RunSummary& summary, const std::string& rule, bool holds) {
    ++summary.relations[rule].found;
    summary.relations[rule].verified += holds ? 1 : 0;
}

}  // namespace

CheckStream::CheckStream(const Config& config, std::string lang, RunSummary& summary, unsigned jobs)
    : config_(config), lang_(std::move(lang)), summary_(summary), jobs_(jobs) {}

CheckStream::Checked CheckStream::check(std::unique_ptr<Document> doc, Extraction ex, bool focus) {
    Checked out;
    out.path_ = doc->path();
    out.bytes_ = doc->bytes().size();
    out.claims_ = ex.claims.size();
    for (const Claim& c : ex.claims) out.keyed_ += c.key.empty() ? 0 : 1;
    out.marked_ = !ex.markers.empty();
    Corpus one;
    one.docs.push_back(std::move(doc));
    one.extractions.push_back(std::move(ex));
    CheckContext ctx(one, config_, lang_);
    gather_keyed(ctx, out.facts_);
    gather_document(ctx, 0, focus, out.facts_);
    {
        // The document goes: its records refer to pooled copies instead.
        std::lock_guard lock(pool_lock_);
        for (ClaimRecord& rec : out.facts_.records) pool_.pool(rec);
    }
    if (!focus) return out;
    std::vector<Diagnostic> diags;
    run_document_rules(ctx, diags);
    for (const Relation& r : ctx.relations()) out.relations_.emplace_back(r.rule, r.holds);
    if (diags.empty()) return out;
    // Fingerprints read the claims, which go with the document.
    assign_fingerprints(one, diags);
    for (Diagnostic& d : diags) {
        d.location.doc = nullptr;
        for (Related& r : d.related) r.location.doc = nullptr;
    }
    out.found_ = Found{out.path_, std::hash<std::string>()(one.docs[0]->bytes()), std::move(diags)};
    return out;
}

void CheckStream::add(Checked checked) {
    ++summary_.files;
    summary_.claims += checked.claims_;
    summary_.claims_compared += checked.keyed_;
    if (checked.marked_) marked_.push_back(checked.path_);
    for (const auto& [rule, holds] : checked.relations_) tally(summary_, rule, holds);
    if (checked.found_) found_.push_back(std::move(*checked.found_));
    facts_.absorb(std::move(checked.facts_));
}

std::vector<ClaimRecord> CheckStream::keyed_records() const {
    std::vector<ClaimRecord> out;
    for (const ClaimRecord& r : facts_.records) {
        if (!r.claim().key.empty()) out.push_back(r);
    }
    return out;
}

std::vector<Diagnostic> CheckStream::finish(const ArchiveClaims* archive, Corpus& documents) {
    SourceCache sources;
    const std::size_t gathered = facts_.records.size();
    std::vector<RecordRelation> relations;
    std::vector<Diagnostic> out = run_cross_checks(
        facts_, config_, lang_, archive ? &archive->records : nullptr, nullptr,
        [&](std::size_t i) {
            return i < gathered ? sources.locate(facts_.records[i]) : archive->sources->locate(facts_.records[i]);
        },
        &relations, jobs_);
    for (const RecordRelation& r : relations) tally(summary_, r.rule, r.holds);
    facts_ = CrossFacts();
    pool_ = FigurePool();
    std::vector<std::string> paths;
    for (const Found& f : found_) paths.push_back(f.path);
    sources.prefetch(paths, jobs_);
    for (auto& [path, hash, diags] : found_) {
        const Document* doc = &sources.document(path);
        // The findings' positions are those of the text that was checked.
        if (std::hash<std::string>()(doc->bytes()) != hash) {
            throw InputError(path, Position{0, 0}, "the file changed while it was being checked");
        }
        for (Diagnostic& d : diags) {
            d.location.doc = doc;
            for (Related& r : d.related) r.location.doc = doc;
            out.push_back(std::move(d));
        }
    }
    found_.clear();
    sources.prefetch(marked_, jobs_);
    for (const std::string& path : marked_) sources.document(path);
    documents = read_back(sources, jobs_);
    apply_suppressions(documents, config_, lang_, out);
    sort_diagnostics(out);
    return out;
}

}  // namespace claimlint
