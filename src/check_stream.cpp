#include "src/check_stream.hpp"

#include "src/checks/cross_context.hpp"
#include "src/fingerprint.hpp"
#include "src/markers.hpp"
#include "src/parallel_extract.hpp"
#include "src/suppressions.hpp"

#include <functional>
#include <map>

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

std::vector<Diagnostic> CheckStream::finish(const ArchiveClaims* archive, PlaceDetail detail) {
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

    // Every document a finding points into or with suppression markers,
    // once each: read (again) on the jobs threads, its locations placed and
    // its markers applied, and let go, so the documents are never all held.
    // In the order their read errors are reported: the one-document rules'
    // findings in the order of the run, then the marked documents.
    std::vector<PlacedFile> files;
    std::map<std::string, std::size_t> file_of;
    auto file = [&](const std::string& path) -> PlacedFile& {
        auto [it, added] = file_of.try_emplace(path, files.size());
        if (added) {
            files.emplace_back();
            files.back().path = path;
        }
        return files[it->second];
    };
    const std::size_t crossed = out.size();
    for (Found& f : found_) {
        for (Diagnostic& d : f.diags) out.push_back(std::move(d));
    }
    std::size_t at = crossed;
    for (const Found& f : found_) {
        PlacedFile& pf = file(f.path);
        pf.hash = f.hash;
        // The findings' positions are those of the text that was checked.
        for (std::size_t end = at + f.diags.size(); at < end; ++at) {
            pf.diags.push_back(&out[at]);
            pf.locations.push_back(&out[at].location);
            for (Related& r : out[at].related) pf.locations.push_back(&r.location);
        }
    }
    found_.clear();
    for (const std::string& path : marked_) file(path);
    // The documents the cross-document findings point into are read already.
    std::map<const Document*, std::size_t> read;
    for (std::unique_ptr<Document>& doc : sources.release()) {
        PlacedFile& pf = file(doc->path());
        read[doc.get()] = static_cast<std::size_t>(&pf - files.data());
        pf.doc = std::move(doc);
    }
    for (std::size_t i = 0; i < crossed; ++i) {
        Diagnostic& d = out[i];
        // The archive's documents (check --db) stay with the archive.
        if (auto it = read.find(d.location.doc); it != read.end()) {
            files[it->second].diags.push_back(&d);
            files[it->second].locations.push_back(&d.location);
        }
        for (Related& r : d.related) {
            if (auto it = read.find(r.location.doc); it != read.end()) files[it->second].locations.push_back(&r.location);
        }
    }
    for_each_in_order(files.size(), jobs_, [&](std::size_t i) { place_file(files[i], detail); }, [](std::size_t) {});

    for (const PlacedFile& f : files) {
        if (f.error) throw *f.error;
    }
    // A marker that no longer parses, as a read of the documents in path order finds it first.
    for (const auto& [path, i] : file_of) {
        if (files[i].marker_error) throw *files[i].marker_error;
    }
    for (PlacedFile& f : files) {
        for (Diagnostic& d : f.unused) out.push_back(std::move(d));
    }
    apply_accepted(config_, lang_, out);
    sort_diagnostics(out);
    return out;
}

void CheckStream::place_file(PlacedFile& f, PlaceDetail detail) const {
    try {
        if (!f.doc) f.doc = std::make_unique<Document>(Document::load(f.path));
        if (f.hash && std::hash<std::string>()(f.doc->bytes()) != *f.hash) {
            throw InputError(f.path, Position{0, 0}, "the file changed while it was being checked");
        }
    } catch (const InputError& e) {
        f.error = e;
        return;
    }
    const Document& doc = *f.doc;
    std::vector<SuppressionMarker> markers;
    try {
        markers = find_markers(doc);
    } catch (const InputError& e) {
        f.marker_error = e;
    }
    for (Diagnostic* d : f.diags) d->location.doc = &doc;
    apply_markers(markers, doc, f.diags, config_, lang_, f.unused);
    Placer placer(doc, detail);
    auto place = [&](Location& l) {
        placer.place(l);
        l.doc = nullptr;  // it goes
    };
    for (Location* l : f.locations) place(*l);
    for (Diagnostic* d : f.diags) {
        if (d->suppression && d->suppression->location.doc == &doc) place(d->suppression->location);
    }
    for (Diagnostic& d : f.unused) place(d.location);
    f.doc.reset();
}

}  // namespace claimlint
