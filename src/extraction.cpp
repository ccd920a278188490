// Turns the grammar's spans into records with file positions.
#include "src/extraction.hpp"

#include "grammar/scanner.hpp"
#include "src/json_writer.hpp"

#include <algorithm>
#include <variant>

namespace claimlint {
namespace {

// A JSON number, or null for an absent value.
using Number = std::variant<std::nullptr_t, std::int64_t, double>;

// Exact decimals as JSON numbers: integers stay integers; other values are
// printed through double, whose shortest form reproduces the decimal text.
Number number_of(const std::optional<grammar::Decimal>& d) {
    if (!d) return nullptr;
    if (d->exponent() >= 0 && d->exponent() <= 18) {
        std::int64_t v = d->mantissa();
        bool ok = true;
        for (int e = d->exponent(); e > 0 && ok; --e) ok = !__builtin_mul_overflow(v, 10, &v);
        if (ok) return v;
    }
    return d->to_double();
}

void put(JsonWriter& w, const Number& n) {
    std::visit([&](auto v) { w.value(v); }, n);
}

std::string number_text(const Number& n) {
    return std::visit([](auto v) { return nlohmann::json(v).dump(); }, n);
}

void put_optional(JsonWriter& w, const std::optional<std::string>& s) {
    if (s) w.value(*s);
    else w.value(nullptr);
}

void put_position(JsonWriter& w, const Document& doc, std::size_t begin, std::size_t end) {
    Position a = doc.position(begin), b = doc.position(end);
    w.key("file").value(doc.path());
    w.key("line").value(a.line);
    w.key("column").value(a.column);
    w.key("end_line").value(b.line);
    w.key("end_column").value(b.column);
    w.key("start_byte").value(doc.byte_offset(begin));
    w.key("end_byte").value(doc.byte_offset(end));
    w.key("text").value(doc.source(begin, end));
}

std::size_t sentence_of(const std::vector<std::size_t>& starts, std::size_t pos) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin());
}

void put_period(JsonWriter& w, const Document& doc, const grammar::Period& p) {
    w.begin_object();
    w.key("type").value("period");
    put_position(w, doc, p.begin, p.end);
    w.key("kind").value("period");
    w.key("period_kind").value(grammar::to_string(p.kind));
    w.key("value").value(p.value);
    w.end_object();
}

// The periods of sentence `sentence`; `first` is the first period of it or
// of a later one (quantities come in document order).
std::pair<std::size_t, std::size_t> sentence_periods(const Extraction& ex, std::size_t sentence, std::size_t& first) {
    const auto& ps = ex.scan.periods;
    while (first < ps.size() && sentence_of(ex.sentence_starts, ps[first].begin) < sentence) ++first;
    std::size_t end = first;
    while (end < ps.size() && sentence_of(ex.sentence_starts, ps[end].begin) == sentence) ++end;
    return {first, end};
}

void put_quantity(JsonWriter& w, const Extraction& ex, std::size_t qi, std::size_t& first_period) {
    const Document& doc = *ex.doc;
    const grammar::Quantity& q = ex.scan.quantities[qi];
    const auto& ps = ex.scan.periods;
    w.begin_object();
    w.key("type").value("quantity");
    put_position(w, doc, q.begin, q.end);
    put(w.key("value"), number_of(q.value));
    put(w.key("value_high"), number_of(q.value_high));
    put(w.key("low"), number_of(q.interval.low.value));
    put(w.key("high"), number_of(q.interval.high.value));
    w.key("interval").value(q.interval.to_string());
    w.key("digits").value(q.digits.view());
    w.key("unit").value(q.unit);
    w.key("dimension").value(q.dimension);
    w.key("kind").value(grammar::to_string(q.kind));
    w.key("qualifier").value(grammar::to_string(q.qualifier));
    w.key("periods").begin_array();
    const std::size_t sentence = sentence_of(ex.sentence_starts, q.begin);
    auto [from, to] = sentence_periods(ex, sentence, first_period);
    for (std::size_t k = from; k < to; ++k) {
        w.begin_object();
        w.key("text").value(doc.source(ps[k].begin, ps[k].end));
        w.key("value").value(ps[k].value);
        w.key("start_byte").value(doc.byte_offset(ps[k].begin));
        w.key("end_byte").value(doc.byte_offset(ps[k].end));
        w.end_object();
    }
    w.end_array();
    const Claim* c = qi < ex.claims.size() ? &ex.claims[qi] : nullptr;
    static const std::optional<std::string> none;
    put_optional(w.key("subject"), c ? c->subject : none);
    put_optional(w.key("scope"), c ? c->scope : none);
    put_optional(w.key("period"), c ? c->period : none);
    put_optional(w.key("measure"), c ? c->measure : none);
    put_optional(w.key("direction"), c ? c->direction : none);
    put_optional(w.key("modality"), c ? c->modality : none);
    w.key("key");
    if (c && !c->key.empty()) w.value(c->key);
    else w.value(nullptr);
    // What `reconcile` needs beyond the above to compare the claim as `check` does.
    w.key("sentence").value(sentence);
    put_optional(w.key("date"), ex.facts.date);
    w.key("exact").begin_object();
    w.key("value").value(q.value.to_string());
    w.key("value_high");
    if (q.value_high) w.value(q.value_high->to_string());
    else w.value(nullptr);
    w.key("place").value(q.place.to_string());
    w.key("inclusive_bound").value(q.inclusive_bound);
    w.end_object();
    w.end_object();
}

// Calls `period(i)` and `quantity(i)` for each record in document order
// (quantities and periods interleaved by start offset).
template <typename OnPeriod, typename OnQuantity>
void for_each_record(const Extraction& ex, OnPeriod period, OnQuantity quantity) {
    const auto& qs = ex.scan.quantities;
    const auto& ps = ex.scan.periods;
    std::size_t pi = 0;
    for (std::size_t qi = 0; qi < qs.size(); ++qi) {
        while (pi < ps.size() && ps[pi].begin <= qs[qi].begin) period(pi++);
        quantity(qi);
    }
    while (pi < ps.size()) period(pi++);
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
    // One pass finds where sentences, words and place mentions may start.
    WordStarts starts = word_starts(text.normalised());
    ex.sentence_starts = std::move(starts.sentences);
    std::vector<RegionMention> regions = find_regions(text.normalised(), starts.places);
    ex.facts = infer_facts(text, ex.scan, opts, regions, starts);
    ex.claims = build_claims(text, ex.scan, ex.facts, opts, ex.sentence_starts, regions, starts);
    return ex;
}

// Each record is written as it is made: building them as JSON trees first
// made this step several times slower than the extraction.
void write_jsonl(std::ostream& out, const Extraction& ex) {
    JsonWriter w(out);
    std::size_t first_period = 0;
    for_each_record(
        ex, [&](std::size_t i) { put_period(w, *ex.doc, ex.scan.periods[i]); w.newline(); },
        [&](std::size_t i) { put_quantity(w, ex, i, first_period); w.newline(); });
}

void write_text(std::ostream& out, const Extraction& ex) {
    const Document& doc = *ex.doc;
    auto prefix = [&](std::size_t begin) {
        Position p = doc.position(begin);
        out << doc.path() << ':' << p.line << ':' << p.column << ": ";
    };
    for_each_record(
        ex,
        [&](std::size_t i) {
            const grammar::Period& p = ex.scan.periods[i];
            prefix(p.begin);
            out << "period " << p.value << "  " << doc.source(p.begin, p.end) << '\n';
        },
        [&](std::size_t i) {
            const grammar::Quantity& q = ex.scan.quantities[i];
            prefix(q.begin);
            out << grammar::to_string(q.kind) << ' ' << number_text(number_of(q.value));
            if (q.value_high) out << ".." << number_text(number_of(q.value_high));
            out << ' ' << (q.unit.empty() ? "\"\"" : q.unit) << ' ' << grammar::to_string(q.qualifier) << ' '
                << q.interval.to_string() << "  " << doc.source(q.begin, q.end) << '\n';
        });
}

}  // namespace claimlint
