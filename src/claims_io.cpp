#include "src/claims_io.hpp"

#include "grammar/interned.hpp"

#include <algorithm>

namespace claimlint {
namespace {

using nlohmann::json;

// The fields of a record that the claim record is made of, as read: each
// with its JSON type (discarded: absent) and its value if a string, a count
// or a boolean. Filled from a parsed tree or straight from the text.
enum Name {
    // top level
    kType, kKey, kFile, kDate, kSentence, kLine, kColumn, kStartByte, kEndByte, kText, kExact, kDigits, kUnit,
    kDimension, kKind, kQualifier, kInterval, kScope, kSubject, kPeriod, kMeasure, kDirection, kModality,
    // in "exact"
    kExactValue, kExactValueHigh, kExactPlace, kExactInclusive, kNames
};
constexpr std::string_view kNamesOf[kNames] = {
    "type", "key", "file", "date", "sentence", "line", "column", "start_byte", "end_byte", "text", "exact", "digits",
    "unit", "dimension", "kind", "qualifier", "interval", "scope", "subject", "period", "measure", "direction",
    "modality", "value", "value_high", "place", "inclusive_bound"};
constexpr const char* kExactNamesOf[] = {"exact.value", "exact.value_high", "exact.place", "exact.inclusive_bound"};

struct Value {
    json::value_t type = json::value_t::discarded;
    std::string text;
    std::uint64_t count = 0;
    bool flag = false;
};

struct Fields {
    json::value_t type = json::value_t::discarded;  // of the record itself
    Value values[kNames];
};

// The top-level field `name`, or kExact's members; kNames if not read.
Name find_name(std::string_view name, bool in_exact) {
    int from = in_exact ? kExactValue : 0, to = in_exact ? kNames : kExactValue;
    for (int i = from; i < to; ++i) {
        if (kNamesOf[i] == name) return static_cast<Name>(i);
    }
    return kNames;
}

void set(Value& v, const json& j) {
    v.type = j.type();
    if (j.is_string()) v.text = j.get_ref<const std::string&>();
    else if (j.is_number_unsigned()) v.count = j.get<std::uint64_t>();
    else if (j.is_boolean()) v.flag = j.get<bool>();
}

Fields fields_of(const json& j) {
    Fields f;
    f.type = j.type();
    if (!j.is_object()) return f;
    for (const auto& [name, value] : j.items()) {
        if (Name n = find_name(name, false); n != kNames) set(f.values[n], value);
    }
    if (auto exact = j.find("exact"); exact != j.end() && exact->is_object()) {
        for (const auto& [name, value] : exact->items()) {
            if (Name n = find_name(name, true); n != kNames) set(f.values[n], value);
        }
    }
    return f;
}

// Reads a record's fields as the parser meets them; the rest is skipped.
class FieldReader : public nlohmann::json_sax<json> {
public:
    explicit FieldReader(Fields& f) : f_(f) {}

    bool null() override {
        scalar(json::value_t::null);
        return true;
    }
    bool boolean(bool b) override {
        if (Value* v = scalar(json::value_t::boolean)) v->flag = b;
        return true;
    }
    bool number_integer(number_integer_t) override {
        scalar(json::value_t::number_integer);
        return true;
    }
    bool number_unsigned(number_unsigned_t n) override {
        if (Value* v = scalar(json::value_t::number_unsigned)) v->count = n;
        return true;
    }
    bool number_float(number_float_t, const string_t&) override {
        scalar(json::value_t::number_float);
        return true;
    }
    bool string(string_t& s) override {
        if (Value* v = scalar(json::value_t::string)) v->text = s;
        return true;
    }
    bool binary(binary_t&) override {
        scalar(json::value_t::binary);
        return true;
    }
    bool start_object(std::size_t) override {
        if (depth_ == 0) f_.type = json::value_t::object;
        else if (Value* v = scalar(json::value_t::object); v && current_ == kExact) in_exact_ = true;
        ++depth_;
        return true;
    }
    bool end_object() override {
        if (--depth_ == 1) in_exact_ = false;
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 0) f_.type = json::value_t::array;
        else scalar(json::value_t::array);
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (depth_ == 1) current_ = find_name(k, false);
        else if (depth_ == 2 && in_exact_) current_ = find_name(k, true);
        else return true;
        // A repeated "exact" replaces the whole object, as in a parsed tree.
        if (current_ == kExact) {
            for (int i = kExactValue; i < kNames; ++i) f_.values[i] = Value();
        }
        return true;
    }
    // As json::parse would: the first error is thrown.
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override { throw e; }

private:
    // The field a value at this point is, if one that is read (it takes
    // the value's type); null otherwise. (The callbacks return true:
    // false would stop the parser.)
    Value* scalar(json::value_t type) {
        bool member = depth_ == 1 || (depth_ == 2 && in_exact_);
        if (!member || current_ == kNames) return nullptr;
        Value& v = f_.values[current_];
        v.type = type;
        return &v;
    }

    Fields& f_;
    int depth_ = 0;
    bool in_exact_ = false;
    Name current_ = kNames;
};

const Value& field(const Fields& f, Name name) {
    const Value& v = f.values[name];
    if (v.type == json::value_t::discarded) {
        throw RecordError("missing field '" + std::string(kNamesOf[name]) + "'");
    }
    return v;
}

const char* label(Name name) { return name >= kExactValue ? kExactNamesOf[name - kExactValue] : kNamesOf[name].data(); }

std::string text_of(const Fields& f, Name name) {
    const Value& v = field(f, name);
    if (v.type != json::value_t::string) throw RecordError(std::string("field '") + label(name) + "' is not a string");
    return v.text;
}

std::optional<std::string> optional_text(const Fields& f, Name name) {
    const Value& v = field(f, name);
    if (v.type == json::value_t::null) return std::nullopt;
    if (v.type != json::value_t::string) {
        throw RecordError(std::string("field '") + label(name) + "' is not a string or null");
    }
    return v.text;
}

// Positions are 32-bit in a record (documents are under 4 GiB); a larger
// count in a record read back is an error, not a wrapped position.
std::uint32_t count_of(const Fields& f, Name name) {
    const Value& v = field(f, name);
    if (v.type != json::value_t::number_unsigned) {
        throw RecordError(std::string("field '") + label(name) + "' is not a count");
    }
    if (v.count > std::numeric_limits<std::uint32_t>::max()) {
        throw RecordError(std::string("field '") + label(name) + "' is too large");
    }
    return static_cast<std::uint32_t>(v.count);
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

namespace {

std::optional<ClaimRecord> claim_record_of(const Fields& j) {
    if (j.type != json::value_t::object) throw RecordError("not a JSON object");
    std::string type = text_of(j, kType);
    if (type == "period") return std::nullopt;
    if (type != "quantity") throw RecordError("unknown record type '" + type + "'");
    auto key = optional_text(j, kKey);
    if (!key) return std::nullopt;
    ClaimRecord r;
    r.set_origin(text_of(j, kFile), optional_text(j, kDate).value_or(""));
    r.sentence = count_of(j, kSentence);
    r.line = count_of(j, kLine);
    r.column = count_of(j, kColumn);
    r.start_byte = count_of(j, kStartByte);
    r.end_byte = count_of(j, kEndByte);
    r.text = text_of(j, kText);
    grammar::Quantity q;
    if (field(j, kExact).type != json::value_t::object) throw RecordError("field 'exact' is not an object");
    q.value = decimal_of(text_of(j, kExactValue), "exact.value");
    if (auto high = optional_text(j, kExactValueHigh)) q.value_high = decimal_of(*high, "exact.value_high");
    q.place = decimal_of(text_of(j, kExactPlace), "exact.place");
    const Value& inclusive = field(j, kExactInclusive);
    if (inclusive.type != json::value_t::boolean) throw RecordError("field 'exact.inclusive_bound' is not a boolean");
    q.inclusive_bound = inclusive.flag;
    q.digits = grammar::Numeral(text_of(j, kDigits));
    q.unit = grammar::interned(text_of(j, kUnit));
    q.dimension = grammar::interned(text_of(j, kDimension));
    q.kind = enum_of(text_of(j, kKind), kKinds, "kind");
    q.qualifier = enum_of(text_of(j, kQualifier), kQualifiers, "qualifier");
    q.interval = interval_of(text_of(j, kInterval));
    Claim c;
    c.scope = optional_text(j, kScope);
    c.subject = optional_text(j, kSubject);
    c.period = optional_text(j, kPeriod);
    c.measure = optional_text(j, kMeasure);
    c.direction = optional_text(j, kDirection);
    c.modality = optional_text(j, kModality);
    c.key = *key;
    if (!c.scope || !c.subject || !c.period || !c.measure || !c.modality) {
        throw RecordError("a record with a key needs scope, subject, period, measure and modality");
    }
    r.own(std::move(q), std::move(c));
    return r;
}

}  // namespace

std::optional<ClaimRecord> claim_record_from_json(const json& j) { return claim_record_of(fields_of(j)); }

ParsedRecord parse_record(std::string_view line) {
    Fields f;
    FieldReader reader(f);
    json::sax_parse(line.begin(), line.end(), &reader);
    ParsedRecord out;
    // What json::value("type", "") would say of the type: a type that is not
    // a string is an error of the JSON, not of the record.
    if (const Value& type = f.values[kType]; f.type == json::value_t::object && type.type != json::value_t::discarded) {
        if (type.type != json::value_t::string) static_cast<void>(json(type.type).get<std::string>());
        out.quantity = type.text == "quantity";
    }
    if (out.quantity && f.values[kFile].type == json::value_t::string) out.file = f.values[kFile].text;
    out.claim = claim_record_of(f);
    return out;
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
            {"digits", q.digits.view()},
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

ClaimRecord claim_record(const Document& doc, const Extraction& ex, std::size_t i, const ClaimRecord* like) {
    const grammar::Quantity& q = ex.scan.quantities[i];
    Position p = doc.position(q.begin);
    auto sentence = static_cast<std::size_t>(
        std::upper_bound(ex.sentence_starts.begin(), ex.sentence_starts.end(), q.begin) - ex.sentence_starts.begin());
    ClaimRecord r;
    r.set_origin(doc.path(), ex.facts.date.value_or(""), like);
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
