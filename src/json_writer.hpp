// JSON written as it is produced, for outputs too large to hold as one tree
// (a report of a million findings, a stream of extraction records). The
// layout is that of nlohmann's dump(indent) (or dump(-1) on one line), so the
// bytes are those of the tree the caller would otherwise have built; strings
// and floating-point numbers go through nlohmann's own serializer, with
// invalid UTF-8 replaced by U+FFFD as dump(…, error_handler_t::replace) does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class JsonWriter {
public:
    // `indent` < 0: everything on one line, as dump(-1). Output is buffered
    // and written to `out` in large pieces; flush() or the destructor writes
    // the rest.
    explicit JsonWriter(std::ostream& out, int indent = -1);
    // A writer for a slice of a large array formatted apart (on another
    // thread): it writes the array's values as if it were open at `depth`
    // (1: inside the top-level value) with `before` of its values written.
    JsonWriter(std::ostream& out, int indent, std::size_t depth, std::size_t before);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    ~JsonWriter();

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    // The next member of the open object; its value follows.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(std::uint64_t n);
    JsonWriter& value(std::int64_t n);
    JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
    JsonWriter& value(double d);
    JsonWriter& value(bool b);
    JsonWriter& value(std::nullptr_t);
    // A small tree (a summary, one result), laid out at the current depth.
    JsonWriter& value(const nlohmann::ordered_json& tree);
    JsonWriter& value(const nlohmann::json& tree);

    // Counts `n` values of the innermost open array written by slice
    // writers, so that what follows is laid out after them.
    JsonWriter& written_elsewhere(std::size_t n);
    // Ends a line of output (JSON Lines, or after the document).
    JsonWriter& newline();
    void flush();

private:
    void before_value();
    JsonWriter& open(char bracket);   // an object or array
    JsonWriter& close(char bracket);
    void string(std::string_view s);
    void write(std::string_view s) { buffer_.append(s); }
    void line_break(std::size_t depth);
    template <typename Json>
    void dump(const Json& tree);

    std::ostream& out_;
    int indent_;
    std::string buffer_;
    std::vector<std::size_t> members_;  // of each open object or array
    bool after_key_ = false;
    // What dump() uses inside (its string escaping is not public), appending
    // to buffer_; strings are dumped from scalar_.
    nlohmann::detail::serializer<nlohmann::json> serializer_;
    nlohmann::detail::serializer<nlohmann::ordered_json> ordered_serializer_;
    nlohmann::json scalar_;
};

}  // namespace claimlint
