// JSON-RPC over a byte stream with LSP's base protocol framing:
// `Content-Length: N\r\n\r\n` followed by N bytes of UTF-8 JSON.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

namespace claimlint::lsp {

struct Incoming {
    enum class Kind { message, error, eof };
    Kind kind = Kind::eof;
    nlohmann::json body;  // for message
    std::string error;    // for error (and for an eof in the middle of a message)
};

// Reads one framed message at a time. Broken framing or JSON gives an
// `error` and the reader carries on with the next header block.
class MessageReader {
public:
    explicit MessageReader(std::istream& in, std::size_t max_body = std::size_t(64) << 20);
    Incoming next();

private:
    std::istream& in_;
    std::size_t max_body_;
    // One header line without its terminator; false at end of input.
    bool read_line(std::string& line, bool& too_long);
};

// Writes framed messages; safe to call from several threads.
class MessageWriter {
public:
    explicit MessageWriter(std::ostream& out) : out_(out) {}
    void send(const nlohmann::json& message);

private:
    std::ostream& out_;
    std::mutex mutex_;
};

// The body as UTF-8 JSON text (invalid UTF-8 in strings is replaced, never thrown).
std::string dump(const nlohmann::json& j);

}  // namespace claimlint::lsp
