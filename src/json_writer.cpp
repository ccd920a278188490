#include "src/json_writer.hpp"

#include <charconv>

namespace claimlint {
namespace {

constexpr std::size_t kFlushAt = 1 << 16;
constexpr auto kReplace = nlohmann::json::error_handler_t::replace;

// Printable ASCII without a quote or backslash: nlohmann writes it as it is.
// Keys and most short values are such; they skip the serializer.
bool plain(std::string_view s) {
    for (unsigned char c : s) {
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') return false;
    }
    return true;
}

}  // namespace

void JsonWriter::string(std::string_view s) {
    if (plain(s)) {
        buffer_ += '"';
        buffer_.append(s);
        buffer_ += '"';
        return;
    }
    scalar_.get_ref<std::string&>().assign(s);
    serializer_.dump(scalar_, false, false, 0);
}

JsonWriter::JsonWriter(std::ostream& out, int indent)
    : out_(out),
      indent_(indent),
      serializer_(nlohmann::detail::output_adapter<char, std::string>(buffer_), ' ', kReplace),
      ordered_serializer_(nlohmann::detail::output_adapter<char, std::string>(buffer_), ' ', kReplace),
      scalar_(std::string()) {
    buffer_.reserve(kFlushAt + 4096);
}

JsonWriter::JsonWriter(std::ostream& out, int indent, std::size_t depth, std::size_t before) : JsonWriter(out, indent) {
    members_.assign(depth, 1);
    members_.back() = before;
}

JsonWriter::~JsonWriter() { flush(); }

JsonWriter& JsonWriter::written_elsewhere(std::size_t n) {
    members_.back() += n;
    return *this;
}

void JsonWriter::flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void JsonWriter::line_break(std::size_t depth) {
    if (indent_ < 0) return;
    buffer_ += '\n';
    buffer_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

// A value in an array is preceded by a comma after the first and, laid out,
// by a new line at the array's depth; a member's value follows its key.
void JsonWriter::before_value() {
    if (buffer_.size() >= kFlushAt) flush();
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (members_.empty()) return;
    if (members_.back()++ > 0) buffer_ += ',';
    line_break(members_.size());
}

JsonWriter& JsonWriter::key(std::string_view name) {
    if (buffer_.size() >= kFlushAt) flush();
    if (members_.back()++ > 0) buffer_ += ',';
    line_break(members_.size());
    string(name);
    write(indent_ < 0 ? ":" : ": ");
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::open(char bracket) {
    before_value();
    buffer_ += bracket;
    members_.push_back(0);
    return *this;
}

// nlohmann writes an empty object or array as {} or [] on one line.
JsonWriter& JsonWriter::close(char bracket) {
    std::size_t n = members_.back();
    members_.pop_back();
    if (n > 0) line_break(members_.size());
    buffer_ += bracket;
    return *this;
}

JsonWriter& JsonWriter::begin_object() { return open('{'); }
JsonWriter& JsonWriter::end_object() { return close('}'); }
JsonWriter& JsonWriter::begin_array() { return open('['); }
JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::value(std::string_view s) {
    before_value();
    string(s);
    return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t n) {
    before_value();
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    buffer_.append(digits, end);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n) {
    before_value();
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    buffer_.append(digits, end);
    return *this;
}

// Shortest round-trip form with nlohmann's exponent and ".0" conventions.
JsonWriter& JsonWriter::value(double d) {
    before_value();
    serializer_.dump(nlohmann::json(d), false, false, 0);
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    before_value();
    write(b ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
    before_value();
    write("null");
    return *this;
}

template <typename Json>
void JsonWriter::dump(const Json& tree) {
    before_value();
    auto& serializer = [this]() -> auto& {
        if constexpr (std::is_same_v<Json, nlohmann::json>) return serializer_;
        else return ordered_serializer_;
    }();
    unsigned step = indent_ < 0 ? 0 : static_cast<unsigned>(indent_);
    serializer.dump(tree, indent_ >= 0, false, step, step * static_cast<unsigned>(members_.size()));
}

JsonWriter& JsonWriter::value(const nlohmann::ordered_json& tree) {
    dump(tree);
    return *this;
}

JsonWriter& JsonWriter::value(const nlohmann::json& tree) {
    dump(tree);
    return *this;
}

JsonWriter& JsonWriter::newline() {
    buffer_ += '\n';
    return *this;
}

}  // namespace claimlint
