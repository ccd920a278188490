// Header parsing is strict about what it accepts (a decimal Content-Length)
// and lenient about what it ignores (other headers, bare \n line ends).
#include "src/lsp/framing.hpp"

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>

namespace claimlint::lsp {
namespace {

constexpr std::size_t kMaxHeaderLine = 4096;

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

MessageReader::MessageReader(std::istream& in, std::size_t max_body) : in_(in), max_body_(max_body) {}

bool MessageReader::read_line(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    std::streambuf* buf = in_.rdbuf();
    bool any = false;
    for (;;) {
        int c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) return any;
        any = true;
        if (c == '\n') break;
        if (line.size() < kMaxHeaderLine) line.push_back(static_cast<char>(c));
        else too_long = true;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

Incoming MessageReader::next() {
    std::string line;
    bool too_long = false, seen_header = false;
    std::optional<std::size_t> length;
    std::string problem;
    for (;;) {
        if (!read_line(line, too_long)) {
            Incoming eof;
            if (seen_header) eof.error = "end of input inside a message header";
            return eof;
        }
        if (line.empty() && !too_long) {
            if (!seen_header) continue;  // stray blank lines between messages
            break;
        }
        seen_header = true;
        if (too_long) {
            problem = "header line longer than " + std::to_string(kMaxHeaderLine) + " bytes";
            continue;
        }
        std::size_t colon = line.find(':');
        if (colon == std::string::npos) {
            if (problem.empty()) problem = "malformed header line (no ':')";
            continue;
        }
        std::string_view name = trim(std::string_view(line).substr(0, colon));
        std::string_view value = trim(std::string_view(line).substr(colon + 1));
        if (!iequals(name, "Content-Length")) continue;  // Content-Type and others: nothing to do
        if (value.empty() || value.size() > 18 ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            problem = "invalid Content-Length '" + std::string(value.substr(0, 40)) + "'";
            continue;
        }
        length = std::stoull(std::string(value));
    }
    if (problem.empty() && !length) problem = "missing Content-Length header";
    if (problem.empty() && *length > max_body_) {
        problem = "message of " + std::to_string(*length) + " bytes exceeds the limit of " + std::to_string(max_body_);
        // Skip the body so that the next header block is read in step.
        in_.ignore(static_cast<std::streamsize>(*length));
    }
    if (!problem.empty()) return {Incoming::Kind::error, nullptr, problem};

    std::string body(*length, '\0');
    in_.read(body.data(), static_cast<std::streamsize>(body.size()));
    if (static_cast<std::size_t>(in_.gcount()) != body.size()) {
        return {Incoming::Kind::eof, nullptr, "end of input inside a message body"};
    }
    Incoming m;
    m.body = nlohmann::json::parse(body, nullptr, false);
    if (m.body.is_discarded()) return {Incoming::Kind::error, nullptr, "message body is not valid JSON"};
    m.kind = Incoming::Kind::message;
    return m;
}

std::string dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

void MessageWriter::send(const nlohmann::json& message) {
    std::string body = dump(message);
    std::lock_guard<std::mutex> lock(mutex_);
    out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out_.flush();
}

}  // namespace claimlint::lsp
