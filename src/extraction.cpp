// Turns the grammar's spans into records with file positions.
#include "src/extraction.hpp"

#include "grammar/scanner.hpp"
#include "src/sentences.hpp"

#include <algorithm>

namespace claimlint {
namespace {

using nlohmann::ordered_json;

// Exact decimals as JSON numbers: integers stay integers; other values are
// printed through double, whose shortest form reproduces the decimal text.
ordered_json number_json(const std::optional<grammar::Decimal>& d) {
    if (!d) return nullptr;
    if (d->exponent() >= 0 && d->exponent() <= 18) {
        std::int64_t v = d->mantissa();
        bool ok = true;
        for (int e = d->exponent(); e > 0 && ok; --e) ok = !__builtin_mul_overflow(v, 10, &v);
        if (ok) return v;
    }
    return d->to_double();
}

void add_position(ordered_json& r, const Document& doc, std::size_t begin, std::size_t end) {
    Position a = doc.position(begin), b = doc.position(end);
    r["file"] = doc.path();
    r["line"] = a.line;
    r["column"] = a.column;
    r["end_line"] = b.line;
    r["end_column"] = b.column;
    r["start_byte"] = doc.byte_offset(begin);
    r["end_byte"] = doc.byte_offset(end);
    r["text"] = std::string(doc.source(begin, end));
}

std::size_t sentence_of(const std::vector<std::size_t>& starts, std::size_t pos) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin());
}

ordered_json period_json(const Document& doc, const grammar::Period& p) {
    ordered_json r;
    r["type"] = "period";
    add_position(r, doc, p.begin, p.end);
    r["kind"] = "period";
    r["period_kind"] = std::string(grammar::to_string(p.kind));
    r["value"] = p.value;
    return r;
}

}  // namespace

Extraction extract(const Document& doc, const ClaimOptions& opts) {
    Extraction ex;
    ex.doc = &doc;
    if (doc.is_binary()) return ex;
    ex.markers = find_markers(doc);
    // Claims are read from a copy without the markers (a reason may hold
    // figures, dates and places); positions are the same in both.
    std::optional<Document> masked;
    if (!ex.markers.empty()) masked = mask_markers(doc, ex.markers);
    const Document& text = masked ? *masked : doc;
    ex.scan = grammar::scan(text.normalised());
    ex.sentence_starts = sentence_starts(text.normalised());
    std::vector<RegionMention> regions = find_regions(text.normalised());
    ex.facts = infer_facts(text, ex.scan, opts, regions);
    ex.claims = build_claims(text, ex.scan, ex.facts, opts, ex.sentence_starts, regions);
    return ex;
}

std::vector<ordered_json> to_records(const Extraction& ex) {
    const Document& doc = *ex.doc;
    const auto& qs = ex.scan.quantities;
    const auto& ps = ex.scan.periods;
    std::vector<ordered_json> out;
    out.reserve(qs.size() + ps.size());
    std::size_t pi = 0, pj = 0;  // periods: next to emit, first of the current sentence
    for (std::size_t qi = 0; qi < qs.size(); ++qi) {
        const grammar::Quantity& q = qs[qi];
        while (pi < ps.size() && ps[pi].begin <= q.begin) out.push_back(period_json(doc, ps[pi++]));
        ordered_json r;
        r["type"] = "quantity";
        add_position(r, doc, q.begin, q.end);
        r["value"] = number_json(q.value);
        r["value_high"] = number_json(q.value_high);
        r["low"] = number_json(q.interval.low.value);
        r["high"] = number_json(q.interval.high.value);
        r["interval"] = q.interval.to_string();
        r["digits"] = q.digits;
        r["unit"] = q.unit;
        r["dimension"] = q.dimension;
        r["kind"] = std::string(grammar::to_string(q.kind));
        r["qualifier"] = std::string(grammar::to_string(q.qualifier));
        ordered_json periods = ordered_json::array();
        std::size_t sentence = sentence_of(ex.sentence_starts, q.begin);
        while (pj < ps.size() && sentence_of(ex.sentence_starts, ps[pj].begin) < sentence) ++pj;
        for (std::size_t k = pj; k < ps.size() && sentence_of(ex.sentence_starts, ps[k].begin) == sentence; ++k) {
            periods.push_back({{"text", std::string(doc.source(ps[k].begin, ps[k].end))},
                               {"value", ps[k].value},
                               {"start_byte", doc.byte_offset(ps[k].begin)},
                               {"end_byte", doc.byte_offset(ps[k].end)}});
        }
        r["periods"] = std::move(periods);
        const Claim* c = qi < ex.claims.size() ? &ex.claims[qi] : nullptr;
        auto field = [&](const std::optional<std::string> Claim::*f) -> ordered_json {
            if (!c || !(c->*f)) return nullptr;
            return *(c->*f);
        };
        r["subject"] = field(&Claim::subject);
        r["scope"] = field(&Claim::scope);
        r["period"] = field(&Claim::period);
        r["measure"] = field(&Claim::measure);
        r["direction"] = field(&Claim::direction);
        r["modality"] = field(&Claim::modality);
        r["key"] = c && !c->key.empty() ? ordered_json(c->key) : ordered_json(nullptr);
        // What `reconcile` needs beyond the above to compare the claim as `check` does.
        r["sentence"] = sentence;
        r["date"] = ex.facts.date ? ordered_json(*ex.facts.date) : ordered_json(nullptr);
        r["exact"] = {{"value", q.value.to_string()},
                      {"value_high", q.value_high ? ordered_json(q.value_high->to_string()) : ordered_json(nullptr)},
                      {"place", q.place.to_string()},
                      {"inclusive_bound", q.inclusive_bound}};
        out.push_back(std::move(r));
    }
    while (pi < ps.size()) out.push_back(period_json(doc, ps[pi++]));
    return out;
}

void write_jsonl(std::ostream& out, const Extraction& ex) {
    for (const auto& r : to_records(ex)) out << r.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_text(std::ostream& out, const Extraction& ex) {
    for (const auto& r : to_records(ex)) {
        out << r["file"].get<std::string>() << ':' << r["line"] << ':' << r["column"] << ": ";
        if (r["type"] == "period") {
            out << "period " << r["value"].get<std::string>();
        } else {
            out << r["kind"].get<std::string>() << ' ' << r["value"].dump();
            if (!r["value_high"].is_null()) out << ".." << r["value_high"].dump();
            out << ' ' << (r["unit"].get<std::string>().empty() ? "\"\"" : r["unit"].get<std::string>()) << ' '
                << r["qualifier"].get<std::string>() << ' ' << r["interval"].get<std::string>();
        }
        out << "  " << r["text"].get<std::string>() << '\n';
    }
}

}  // namespace claimlint
