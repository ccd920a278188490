#include "src/claims_io.hpp"

#include <algorithm>

namespace claimlint {
namespace {

using nlohmann::json;

const json& field(const json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end()) throw RecordError(std::string("missing field '") + name + "'");
    return *it;
}

std::string text_of(const json& j, const char* name) {
    const json& v = field(j, name);
    if (!v.is_string()) throw RecordError(std::string("field '") + name + "' is not a string");
    return v.get<std::string>();
}

std::optional<std::string> optional_text(const json& j, const char* name) {
    const json& v = field(j, name);
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) throw RecordError(std::string("field '") + name + "' is not a string or null");
    return v.get<std::string>();
}

std::size_t count_of(const json& j, const char* name) {
    const json& v = field(j, name);
    if (!v.is_number_unsigned()) throw RecordError(std::string("field '") + name + "' is not a count");
    return v.get<std::size_t>();
}

grammar::Decimal decimal_of(const std::string& text, const char* name) {
    auto d = grammar::Decimal::parse(text);
    if (!d) throw RecordError(std::string("field '") + name + "' is not a decimal: " + text);
    return *d;
}

template <typename E, std::size_t N>
E enum_of(const std::string& text, const E (&all)[N], const char* name) {
    for (E e : all) {
        if (grammar::to_string(e) == text) return e;
    }
    throw RecordError(std::string("field '") + name + "' has an unknown value: " + text);
}

// "[7.65, 7.75)", "(5400, inf)", "(-inf, 5]": Interval::to_string read back.
grammar::Interval interval_of(const std::string& s) {
    grammar::Interval iv;
    std::size_t comma = s.find(", ");
    if (s.size() < 5 || (s.front() != '[' && s.front() != '(') || (s.back() != ']' && s.back() != ')') ||
        comma == std::string::npos) {
        throw RecordError("field 'interval' is not an interval: " + s);
    }
    std::string lo = s.substr(1, comma - 1), hi = s.substr(comma + 2, s.size() - comma - 3);
    if (lo != "-inf") iv.low.value = decimal_of(lo, "interval");
    if (hi != "inf") iv.high.value = decimal_of(hi, "interval");
    iv.low.inclusive = s.front() == '[';
    iv.high.inclusive = s.back() == ']';
    if (!iv.low.value) iv.low.inclusive = true;
    if (!iv.high.value) iv.high.inclusive = true;
    return iv;
}

constexpr grammar::Kind kKinds[] = {grammar::Kind::amount, grammar::Kind::count,    grammar::Kind::percent,
                                    grammar::Kind::pp,     grammar::Kind::multiple, grammar::Kind::rank,
                                    grammar::Kind::duration, grammar::Kind::other};
constexpr grammar::Qualifier kQualifiers[] = {
    grammar::Qualifier::exact, grammar::Qualifier::about, grammar::Qualifier::nearly, grammar::Qualifier::over,
    grammar::Qualifier::at_least, grammar::Qualifier::below, grammar::Qualifier::more, grammar::Qualifier::range};

}  // namespace

std::optional<ClaimRecord> claim_record_from_json(const json& j) {
    if (!j.is_object()) throw RecordError("not a JSON object");
    std::string type = text_of(j, "type");
    if (type == "period") return std::nullopt;
    if (type != "quantity") throw RecordError("unknown record type '" + type + "'");
    auto key = optional_text(j, "key");
    if (!key) return std::nullopt;
    ClaimRecord r;
    r.set_origin(text_of(j, "file"), optional_text(j, "date").value_or(""));
    r.sentence = count_of(j, "sentence");
    r.line = count_of(j, "line");
    r.column = count_of(j, "column");
    r.start_byte = count_of(j, "start_byte");
    r.end_byte = count_of(j, "end_byte");
    r.text = text_of(j, "text");
    grammar::Quantity q;
    const json& exact = field(j, "exact");
    if (!exact.is_object()) throw RecordError("field 'exact' is not an object");
    q.value = decimal_of(text_of(exact, "value"), "exact.value");
    if (auto high = optional_text(exact, "value_high")) q.value_high = decimal_of(*high, "exact.value_high");
    q.place = decimal_of(text_of(exact, "place"), "exact.place");
    const json& inclusive = field(exact, "inclusive_bound");
    if (!inclusive.is_boolean()) throw RecordError("field 'exact.inclusive_bound' is not a boolean");
    q.inclusive_bound = inclusive.get<bool>();
    q.digits = text_of(j, "digits");
    q.unit = text_of(j, "unit");
    q.dimension = text_of(j, "dimension");
    q.kind = enum_of(text_of(j, "kind"), kKinds, "kind");
    q.qualifier = enum_of(text_of(j, "qualifier"), kQualifiers, "qualifier");
    q.interval = interval_of(text_of(j, "interval"));
    Claim c;
    c.scope = optional_text(j, "scope");
    c.subject = optional_text(j, "subject");
    c.period = optional_text(j, "period");
    c.measure = optional_text(j, "measure");
    c.direction = optional_text(j, "direction");
    c.modality = optional_text(j, "modality");
    c.key = *key;
    if (!c.scope || !c.subject || !c.period || !c.measure || !c.modality) {
        throw RecordError("a record with a key needs scope, subject, period, measure and modality");
    }
    r.own(std::move(q), std::move(c));
    return r;
}

nlohmann::json claim_record_to_json(const ClaimRecord& r) {
    const grammar::Quantity& q = r.quantity();
    const Claim& c = r.claim();
    auto opt = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
    return {{"type", "quantity"},
            {"file", r.file()},
            {"date", r.date().empty() ? json(nullptr) : json(r.date())},
            {"sentence", r.sentence},
            {"line", r.line},
            {"column", r.column},
            {"start_byte", r.start_byte},
            {"end_byte", r.end_byte},
            {"text", r.text},
            {"digits", q.digits},
            {"unit", q.unit},
            {"dimension", q.dimension},
            {"kind", std::string(grammar::to_string(q.kind))},
            {"qualifier", std::string(grammar::to_string(q.qualifier))},
            {"interval", q.interval.to_string()},
            {"exact",
             {{"value", q.value.to_string()},
              {"value_high", q.value_high ? json(q.value_high->to_string()) : json(nullptr)},
              {"place", q.place.to_string()},
              {"inclusive_bound", q.inclusive_bound}}},
            {"scope", opt(c.scope)},
            {"subject", opt(c.subject)},
            {"period", opt(c.period)},
            {"measure", opt(c.measure)},
            {"direction", opt(c.direction)},
            {"modality", opt(c.modality)},
            {"key", c.key}};
}

ClaimRecord claim_record(const Document& doc, const Extraction& ex, std::size_t i) {
    const grammar::Quantity& q = ex.scan.quantities[i];
    Position p = doc.position(q.begin);
    auto sentence = static_cast<std::size_t>(
        std::upper_bound(ex.sentence_starts.begin(), ex.sentence_starts.end(), q.begin) - ex.sentence_starts.begin());
    ClaimRecord r;
    r.set_origin(doc.path(), ex.facts.date.value_or(""));
    r.sentence = sentence;
    r.line = p.line;
    r.column = p.column;
    r.start_byte = doc.byte_offset(q.begin);
    r.end_byte = doc.byte_offset(q.end);
    r.text = std::string(doc.source(q.begin, q.end));
    r.refer(q, ex.claims[i]);
    return r;
}

std::vector<ClaimRecord> keyed_records(const Extraction& ex) {
    std::vector<ClaimRecord> out;
    for (std::size_t i = 0; i < ex.claims.size(); ++i) {
        if (!ex.claims[i].key.empty()) out.push_back(claim_record(*ex.doc, ex, i));
    }
    return out;
}

}  // namespace claimlint
