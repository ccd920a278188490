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

CheckStream::CheckStream(const Config& config, std::string lang, RunSummary& summary)
    : config_(config), lang_(std::move(lang)), summary_(summary) {}

void CheckStream::add(std::unique_ptr<Document> doc, Extraction ex, bool focus) {
    ++summary_.files;
    summary_.claims += ex.claims.size();
    for (const Claim& c : ex.claims) summary_.claims_compared += c.key.empty() ? 0 : 1;
    if (!ex.markers.empty()) marked_.push_back(doc->path());
    Corpus one;
    one.docs.push_back(std::move(doc));
    one.extractions.push_back(std::move(ex));
    CheckContext ctx(one, config_, lang_);
    facts_.next_document();
    gather_keyed(ctx, facts_);
    gather_document(ctx, 0, focus, facts_);
    if (!focus) return;
    std::vector<Diagnostic> diags;
    run_document_rules(ctx, diags);
    for (const Relation& r : ctx.relations()) tally(summary_, r.rule, r.holds);
    if (diags.empty()) return;
    // Fingerprints read the claims, which go with the document.
    assign_fingerprints(one, diags);
    for (Diagnostic& d : diags) {
        d.location.doc = nullptr;
        for (Related& r : d.related) r.location.doc = nullptr;
    }
    const Document& checked = *one.docs[0];
    found_.push_back({checked.path(), std::hash<std::string>()(checked.bytes()), std::move(diags)});
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
        &relations);
    for (const RecordRelation& r : relations) tally(summary_, r.rule, r.holds);
    facts_ = CrossFacts(true);
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
    for (const std::string& path : marked_) sources.document(path);
    documents = read_back(sources);
    apply_suppressions(documents, config_, lang_, out);
    sort_diagnostics(out);
    return out;
}

}  // namespace claimlint
