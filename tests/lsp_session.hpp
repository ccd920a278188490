// Drives the language server in-process through its stdio framing: a script
// of messages in, every framed message that came out, decoded.
#pragma once

#include "src/lsp/server.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace claimlint::test {

using nlohmann::json;

inline std::string frame(const json& message) {
    std::string body = message.dump();
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

inline json request(int id, const std::string& method, json params = json::object()) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

inline json notification(const std::string& method, json params = json::object()) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

inline std::string file_uri(const std::filesystem::path& p) { return "file://" + p.string(); }

inline std::filesystem::path lsp_workspace() { return source_dir() / "fixtures" / "lsp" / "workspace"; }

// The initialize request for `root` offering `encodings` (none: the field is absent).
inline json initialize(int id, const std::filesystem::path& root, const std::vector<std::string>& encodings = {}) {
    json caps = json::object();
    if (!encodings.empty()) caps["general"] = {{"positionEncodings", encodings}};
    return request(id, "initialize", {{"processId", nullptr}, {"rootUri", file_uri(root)}, {"capabilities", caps}});
}

inline json did_open(const std::string& uri, const std::string& text, int version = 1) {
    return notification("textDocument/didOpen",
                        {{"textDocument", {{"uri", uri}, {"languageId", "markdown"}, {"version", version}, {"text", text}}}});
}

struct Transcript {
    std::vector<json> messages;
    int status = -1;

    // Responses to request `id` (normally exactly one).
    std::vector<json> responses(const json& id) const {
        std::vector<json> out;
        for (const json& m : messages) {
            if (m.contains("id") && m["id"] == id && !m.contains("method")) out.push_back(m);
        }
        return out;
    }
    json response(const json& id) const {
        auto r = responses(id);
        EXPECT_EQ(r.size(), 1u) << "responses to id " << id.dump();
        return r.empty() ? json() : r.front();
    }
    // publishDiagnostics params for `uri`, in the order sent.
    std::vector<json> published(const std::string& uri) const {
        std::vector<json> out;
        for (const json& m : messages) {
            if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri) {
                out.push_back(m["params"]);
            }
        }
        return out;
    }
};

// Decodes the framed output of the server; a framing mistake fails the test.
inline std::vector<json> unframe(const std::string& out) {
    std::vector<json> messages;
    std::size_t at = 0;
    while (at < out.size()) {
        std::size_t end = out.find("\r\n\r\n", at);
        EXPECT_NE(end, std::string::npos) << "unterminated header";
        if (end == std::string::npos) break;
        std::string header = out.substr(at, end - at);
        EXPECT_EQ(header.rfind("Content-Length: ", 0), 0u) << header;
        std::size_t n = std::stoul(header.substr(16));
        messages.push_back(json::parse(out.substr(end + 4, n)));
        at = end + 4 + n;
    }
    return messages;
}

// Runs the server over the raw bytes and returns what it wrote.
inline Transcript run_raw(const std::string& input, lsp::ServerOptions opts = {}) {
    std::istringstream in(input);
    std::ostringstream out;
    Transcript t;
    t.status = lsp::run_server(in, out, opts);
    t.messages = unframe(out.str());
    return t;
}

// Runs a script of messages. Debounce 0 by default: every edit is
// published before the next message is read, so each step can be seen.
inline Transcript run_script(const std::vector<json>& script, std::chrono::milliseconds debounce = {}) {
    std::string input;
    for (const json& m : script) input += frame(m);
    lsp::ServerOptions opts;
    opts.debounce = debounce;
    return run_raw(input, opts);
}

}  // namespace claimlint::test
