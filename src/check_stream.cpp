#include "src/check_stream.hpp"

#include "src/checks/cross_context.hpp"
#include "src/fingerprint.hpp"
#include "src/markers.hpp"
#include "src/parallel_extract.hpp"
#include "src/suppressions.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <new>
#include <thread>
#include <unordered_map>

namespace claimlint {
namespace {

void tally(RunSummary& summary, const std::string& rule, bool holds) {
    ++summary.relations[rule].found;
    summary.relations[rule].verified += holds ? 1 : 0;
}

}  // namespace

CheckStream::CheckStream(const Config& config, std::string lang, RunSummary& summary, unsigned jobs,
                         std::size_t expected)
    : config_(config), lang_(std::move(lang)), summary_(summary), jobs_(jobs), expected_(expected) {}

CheckStream::Checked CheckStream::check(std::unique_ptr<Document> doc, Extraction ex, bool focus) {
    Checked out;
    out.path_ = doc->path();
    out.bytes_ = doc->bytes().size();
    out.claims_ = ex.claims.size();
    for (const Claim& c : ex.claims) out.keyed_ += c.key.empty() ? 0 : 1;
    out.marked_ = !ex.markers.empty();
    out.focus_ = focus;
    Corpus one;
    one.docs.push_back(std::move(doc));
    one.extractions.push_back(std::move(ex));
    CheckContext ctx(one, config_, lang_);
    gather_keyed(ctx, out.facts_);
    gather_document(ctx, 0, focus, out.facts_);
    // The document goes: its records refer to pooled copies instead.
    for (ClaimRecord& rec : out.facts_.records) pool_->pool(rec);
    out.facts_.drop_refs();
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
    if (!checked.focus_) unreported_.insert(checked.path_);
    for (const auto& [rule, holds] : checked.relations_) tally(summary_, rule, holds);
    if (checked.found_) found_.push_back(std::move(*checked.found_));
    ++added_;
    reserve_records(checked.facts_.records.size());
    facts_.absorb(std::move(checked.facts_));
}

// Every document's records go into one vector, about 100 bytes each (2 GB at
// 1 GB of text), on the thread that delivers the documents. Grown by
// doubling, it would move them all about once more; once a sample of the
// documents is in, it is made room for the rest at the rate so far instead
// (capacity never written takes no memory).
void CheckStream::reserve_records(std::size_t more) {
    std::vector<ClaimRecord>& records = facts_.records;
    const std::size_t need = records.size() + more;
    if (need <= records.capacity()) return;
    std::size_t room = std::max(need, records.capacity() * 2);
    if (added_ >= std::max<std::size_t>(256, expected_ / 64) && added_ < expected_) {
        room = std::max(room, need / added_ * expected_ / 4 * 5);
    }
    try {
        records.reserve(room);
    } catch (const std::bad_alloc&) {
        records.reserve(need);  // a sample unlike the rest asked for too much
    }
}

std::vector<ClaimRecord> CheckStream::keyed_records() const {
    std::vector<ClaimRecord> out;
    for (const ClaimRecord& r : facts_.records) {
        if (!r.claim().key.empty()) out.push_back(r);
    }
    return out;
}

std::vector<Diagnostic> CheckStream::finish(const ArchiveClaims* archive, PlaceDetail detail) {
    // Every document a finding points into or with suppression markers, once
    // each: read back on the jobs threads, its findings' locations placed and
    // its markers looked for, and let go, so the documents are never all
    // held. In the order their read errors are reported: the one-document
    // rules' findings in the order of the run, then the marked documents,
    // then those of the cross-document findings.
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
    for (Found& f : found_) {
        PlacedFile& pf = file(f.path);
        pf.hash = f.hash;
        pf.found = &f.diags;
    }
    for (const std::string& path : marked_) file(path);

    SourceCache sources;  // what the cross-document rules read while they run
    const std::size_t gathered = facts_.records.size();
    std::unordered_map<std::size_t, Located> located;  // the findings' figures, by record
    auto will_locate = [&](const std::vector<std::size_t>& at) {
        for (std::size_t i : at) {
            if (i < gathered) file(facts_.records[i].file()).records.push_back(i);
        }
        for_each_in_order(
            files.size(), jobs_, [&](std::size_t i) { read_back(files[i], sources, detail); },
            [&](std::size_t i) {
                for (auto& [r, l] : files[i].located) located.emplace(r, std::move(l));
                files[i].located = {};
            });
        sources.release();
    };
    std::vector<RecordRelation> relations;
    std::vector<Diagnostic> out = run_cross_checks(
        facts_, config_, lang_, archive ? &archive->records : nullptr, nullptr,
        [&](std::size_t i) {
            if (i >= gathered) return archive->sources->locate(facts_.records[i]);
            auto it = located.find(i);
            if (it == located.end()) return sources.locate(facts_.records[i]);  // while the rules run
            if (it->second.error) throw *it->second.error;
            return it->second.at;
        },
        &relations, jobs_, will_locate,
        unreported_.empty() ? ReportedRecord()
                            : ReportedRecord([&](std::size_t i) { return !unreported_.count(facts_.records[i].file()); }));
    for (const RecordRelation& r : relations) tally(summary_, r.rule, r.holds);
    // The records and their pooled figures (millions of small blocks) are
    // freed while the rest of the phase runs, not before it; joined on return.
    std::jthread release;
    auto free_records = [facts = std::move(facts_), pool = std::move(pool_)]() mutable {
        facts = CrossFacts();
        pool.reset();
    };
    if (effective_jobs(jobs_) > 1) release = std::jthread(std::move(free_records));
    else free_records();
    facts_ = CrossFacts();
    located = {};
    for (const PlacedFile& f : files) {
        if (f.error) throw *f.error;
    }
    // A marker that no longer parses, as a read of the documents in path order finds it first.
    for (const auto& [path, i] : file_of) {
        if (files[i].marker_error) throw *files[i].marker_error;
    }

    for (Found& f : found_) {
        for (Diagnostic& d : f.diags) out.push_back(std::move(d));
    }
    found_.clear();
    // The archive's documents (check --db) have no markers that apply.
    for (Diagnostic& d : out) {
        if (d.location.place) files[file_of.at(path_of(d.location))].diags.push_back(&d);
    }
    for_each_in_order(files.size(), jobs_, [&](std::size_t i) { apply_markers(files[i], detail); }, [](std::size_t) {});
    for (PlacedFile& f : files) {
        if (f.error) throw *f.error;
        for (Diagnostic& d : f.unused) out.push_back(std::move(d));
    }
    apply_accepted(config_, lang_, out);
    sort_diagnostics(out);
    return out;
}

// Positions are placed in the text first seen: the one checked, or for a file
// without findings of its own the one read back first (markers are applied in
// it later). A file that changed since is an error, not a position past its end.
void CheckStream::require_unchanged(PlacedFile& f, const Document& doc) {
    std::size_t h = std::hash<std::string>()(doc.bytes());
    if (!f.hash) f.hash = h;
    else if (*f.hash != h) throw InputError(f.path, Position{0, 0}, "the file changed while it was being checked");
}

void CheckStream::read_back(PlacedFile& f, SourceCache& sources, PlaceDetail detail) const {
    std::unique_ptr<Document> read;
    const Document* doc = sources.cached(f.path);
    try {
        if (!doc) {
            read = std::make_unique<Document>(Document::load(f.path));
            doc = read.get();
        }
    } catch (const InputError& e) {
        f.error = e;
        for (std::size_t r : f.records) f.located.emplace_back(r, Located{{}, e});
        return;
    }
    try {
        require_unchanged(f, *doc);
    } catch (const InputError& e) {
        f.error = e;
    }
    try {
        f.markers = !find_markers(*doc).empty();
    } catch (const InputError& e) {
        f.marker_error = e;
    }
    Placer placer(*doc, detail);
    if (f.found && !f.error) {
        for (Diagnostic& d : *f.found) {
            placer.place(d.location);
            for (Related& r : d.related) placer.place(r.location);
        }
    }
    for (std::size_t r : f.records) {
        try {
            Location l = locate_in(*doc, facts_.records[r]);
            placer.place(l);
            l.doc = nullptr;  // it goes
            f.located.emplace_back(r, Located{std::move(l), std::nullopt});
        } catch (const InputError& e) {
            f.located.emplace_back(r, Located{{}, e});
        }
    }
}

void CheckStream::apply_markers(PlacedFile& f, PlaceDetail detail) const {
    if (!f.markers) return;
    std::unique_ptr<Document> doc;
    std::vector<SuppressionMarker> markers;
    try {
        doc = std::make_unique<Document>(Document::load(f.path));
        require_unchanged(f, *doc);
        markers = find_markers(*doc);
    } catch (const InputError& e) {
        f.error = e;
        return;
    }
    for (Diagnostic* d : f.diags) d->location.doc = doc.get();
    claimlint::apply_markers(markers, *doc, f.diags, config_, lang_, f.unused);
    Placer placer(*doc, detail);
    auto place = [&](Location& l) {
        placer.place(l);
        l.doc = nullptr;  // it goes
    };
    for (Diagnostic* d : f.diags) {
        d->location.doc = nullptr;
        if (d->suppression && d->suppression->location.doc == doc.get()) place(d->suppression->location);
    }
    for (Diagnostic& d : f.unused) place(d.location);
}

}  // namespace claimlint
