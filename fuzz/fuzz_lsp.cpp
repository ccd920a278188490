// libFuzzer target: arbitrary bytes as the language server's input stream,
// through the framing reader and the dispatch of every message.
//
// The first byte picks whether a well-formed initialize (with one of the
// three position encodings) and initialized come first, so that the fuzzer
// reaches the document handlers without having to invent the handshake.
// The server must never crash, and everything it writes must be framed
// JSON. No workspace folder is given, so nothing is read from disk.
// Build with -DCLAIMLINT_FUZZ=ON and Clang; run with fuzz/run.sh BUILD 30 lsp.

#include "src/lsp/server.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

namespace {

inline void check(bool ok) {
    if (!ok) __builtin_trap();
}

std::string frame(const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Every message the server wrote parses back with its declared length.
void check_output(const std::string& out) {
    std::size_t at = 0;
    while (at < out.size()) {
        std::size_t end = out.find("\r\n\r\n", at);
        check(end != std::string::npos && out.compare(at, 16, "Content-Length: ") == 0);
        std::size_t n = std::stoul(out.substr(at + 16, end - at - 16));
        check(end + 4 + n <= out.size());
        check(!nlohmann::json::parse(out.substr(end + 4, n), nullptr, false).is_discarded());
        at = end + 4 + n;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    std::string input;
    if (data[0] & 1) {
        static const char* encodings[] = {"utf-8", "utf-16", "utf-32"};
        input = frame(std::string(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":[")") +
                      encodings[(data[0] >> 1) % 3] + R"("]}}}})");
        input += frame(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
    }
    input.append(reinterpret_cast<const char*>(data) + 1, size - 1);

    std::istringstream in(input);
    std::ostringstream out;
    {
        claimlint::lsp::MessageWriter writer(out);
        claimlint::lsp::Server server(writer);
        claimlint::lsp::MessageReader reader(in);
        for (;;) {
            claimlint::lsp::Incoming m = reader.next();
            if (m.kind == claimlint::lsp::Incoming::Kind::eof) break;
            if (m.kind == claimlint::lsp::Incoming::Kind::message) server.handle(m.body);
            else server.framing_error(m.error);
            if (server.exited()) break;
        }
        server.flush();  // the debounced re-check a pause in typing would run
    }
    check_output(out.str());
    return 0;
}
