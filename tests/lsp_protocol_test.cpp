// The language server driven through its stdio framing, in-process: the
// lifecycle, position encodings, diagnostics against the workspace, edits,
// hover, code actions, pull diagnostics and malformed input.
#include "lsp_session.hpp"

#include <filesystem>
#include <fstream>

namespace claimlint::test {
namespace {

namespace fs = std::filesystem;

// The draft of the fixture workspace with a ship (U+1F6A2, outside the BMP)
// before the figure, so that the encodings give three different columns.
const std::string kDraft = "---\ndate: 2024-02-05\n---\n# 吉林外贸简报（草稿）\n\n🚢2023年，全省外贸进出口同比增长7.9%。\n";

std::string draft_uri() { return file_uri(lsp_workspace() / "draft.md"); }
std::string report_uri() { return file_uri(lsp_workspace() / "reports" / "customs_2023.txt"); }

json range(int l1, int c1, int l2, int c2) {
    return {{"start", {{"line", l1}, {"character", c1}}}, {"end", {{"line", l2}, {"character", c2}}}};
}

json shutdown(int id) { return request(id, "shutdown", nullptr); }

TEST(LspProtocol, NegotiatesThePositionEncoding) {
    struct Case {
        std::vector<std::string> offered;
        const char* chosen;
    } cases[] = {{{}, "utf-16"}, {{"utf-16"}, "utf-16"}, {{"utf-16", "utf-8"}, "utf-8"}, {{"utf-32", "utf-16"}, "utf-32"},
                 {{"ebcdic"}, "utf-16"}};
    for (const Case& c : cases) {
        Transcript t = run_script({initialize(1, lsp_workspace(), c.offered), shutdown(2), notification("exit")});
        json caps = t.response(1)["result"]["capabilities"];
        EXPECT_EQ(caps["positionEncoding"], c.chosen) << json(c.offered).dump();
        EXPECT_EQ(caps["textDocumentSync"]["change"], 2);  // incremental
        EXPECT_TRUE(caps["hoverProvider"].get<bool>());
        EXPECT_TRUE(caps.contains("diagnosticProvider"));
        EXPECT_EQ(t.response(2)["result"], nullptr);
        EXPECT_EQ(t.status, 0);
    }
}

TEST(LspProtocol, AnswersNeovimsOffsetEncodingExtension) {
    json init = initialize(1, lsp_workspace());
    init["params"]["capabilities"]["offsetEncoding"] = {"utf-8", "utf-16"};
    Transcript t = run_script({init, shutdown(2), notification("exit")});
    EXPECT_EQ(t.response(1)["result"]["offsetEncoding"], "utf-8");
}

TEST(LspProtocol, PublishesAConflictWithTheWorkspaceInEachEncoding) {
    // The figure 7.9% of line 5 is after 🚢 (2 UTF-16 units, 4 bytes) and 17
    // characters of which 13 are CJK (3 bytes each); the related 7.7% of the
    // report is at code point 30 of its line 2, all in the BMP.
    struct Case {
        std::vector<std::string> offered;
        int begin, end, related_begin, related_end;
    } cases[] = {{{}, 19, 23, 30, 34}, {{"utf-8"}, 47, 51, 70, 74}, {{"utf-32"}, 18, 22, 30, 34}};
    for (const Case& c : cases) {
        Transcript t = run_script({initialize(1, lsp_workspace(), c.offered), notification("initialized"),
                                   did_open(draft_uri(), kDraft), shutdown(2), notification("exit")});
        std::vector<json> pub = t.published(draft_uri());
        ASSERT_EQ(pub.size(), 1u);
        EXPECT_EQ(pub[0]["version"], 1);
        ASSERT_EQ(pub[0]["diagnostics"].size(), 1u);
        json d = pub[0]["diagnostics"][0];
        EXPECT_EQ(d["range"], range(5, c.begin, 5, c.end)) << json(c.offered).dump();
        EXPECT_EQ(d["code"], "cross-document-mismatch");
        EXPECT_EQ(d["source"], "claimlint");
        EXPECT_EQ(d["severity"], 2);
        EXPECT_NE(d["codeDescription"]["href"].get<std::string>().find("cross-document-mismatch"), std::string::npos);
        EXPECT_NE(d["message"].get<std::string>().find("reports/customs_2023.txt:3"), std::string::npos);
        ASSERT_EQ(d["relatedInformation"].size(), 1u);
        EXPECT_EQ(d["relatedInformation"][0]["location"]["uri"], report_uri());
        EXPECT_EQ(d["relatedInformation"][0]["location"]["range"], range(2, c.related_begin, 2, c.related_end));
    }
}

TEST(LspProtocol, AnEditThatRemovesTheConflictClearsTheDiagnostics) {
    // 7.9 → 7.7: the "9" is UTF-16 units 21..22 of line 5.
    json change = notification("textDocument/didChange",
                               {{"textDocument", {{"uri", draft_uri()}, {"version", 2}}},
                                {"contentChanges", {{{"range", range(5, 21, 5, 22)}, {"text", "7"}}}}});
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), kDraft),
                               change, shutdown(2), notification("exit")});
    std::vector<json> pub = t.published(draft_uri());
    ASSERT_EQ(pub.size(), 2u);
    EXPECT_EQ(pub[0]["diagnostics"].size(), 1u);
    EXPECT_EQ(pub[1]["version"], 2);
    EXPECT_EQ(pub[1]["diagnostics"], json::array());
}

TEST(LspProtocol, EditsAreDebouncedIntoOneCheck) {
    auto edit = [](int version, const char* digit) {
        return notification("textDocument/didChange",
                            {{"textDocument", {{"uri", draft_uri()}, {"version", version}}},
                             {"contentChanges", {{{"range", range(5, 21, 5, 22)}, {"text", digit}}}}});
    };
    // With a long debounce the two edits are checked once, at shutdown.
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), kDraft),
                               edit(2, "7"), edit(3, "8"), shutdown(2), notification("exit")},
                              std::chrono::seconds(60));
    std::vector<json> pub = t.published(draft_uri());
    ASSERT_EQ(pub.size(), 2u);
    EXPECT_EQ(pub[1]["version"], 3);
    EXPECT_EQ(pub[1]["diagnostics"].size(), 1u);  // 7.8% conflicts with 7.7% too
}

TEST(LspProtocol, AnOpenBufferTakesPrecedenceOverTheFileOnDisk) {
    std::ifstream in(lsp_workspace() / "reports" / "customs_2023.txt");
    std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string edited = report;
    edited.replace(edited.find("7.7%"), 4, "7.9%");  // unsaved: now agrees with the draft
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), kDraft),
                               did_open(report_uri(), edited), shutdown(2), notification("exit")});
    std::vector<json> pub = t.published(draft_uri());
    ASSERT_EQ(pub.size(), 2u);
    EXPECT_EQ(pub[0]["diagnostics"].size(), 1u);
    EXPECT_EQ(pub[1]["diagnostics"], json::array());
}

TEST(LspProtocol, CloseClearsTheBuffersDiagnostics) {
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), kDraft),
                               notification("textDocument/didClose", {{"textDocument", {{"uri", draft_uri()}}}}),
                               shutdown(2), notification("exit")});
    std::vector<json> pub = t.published(draft_uri());
    ASSERT_EQ(pub.size(), 2u);
    EXPECT_EQ(pub[1]["diagnostics"], json::array());
}

TEST(LspProtocol, HoverShowsWhatTheFigureStates) {
    json at_figure = request(2, "textDocument/hover", {{"textDocument", {{"uri", draft_uri()}}}, {"position", {{"line", 5}, {"character", 20}}}});
    json off_figure = request(3, "textDocument/hover", {{"textDocument", {{"uri", draft_uri()}}}, {"position", {{"line", 5}, {"character", 8}}}});
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), kDraft),
                               at_figure, off_figure, shutdown(4), notification("exit")});
    json hover = t.response(2)["result"];
    ASSERT_TRUE(hover.is_object());
    EXPECT_EQ(hover["range"], range(5, 19, 5, 23));
    std::string md = hover["contents"]["value"];
    for (const char* expected : {"**7.9%**", "| 主体 | 外贸进出口 |", "| 范围 | 吉林省 |", "| 时期 | 2023 |", "| 度量 | growth |",
                                 "| 情态 | actual |", "[7.85, 7.95) %", "reports/customs_2023.txt:3 **7.7%** [7.65, 7.75) — 区间不重叠"}) {
        EXPECT_NE(md.find(expected), std::string::npos) << expected << "\n" << md;
    }
    EXPECT_EQ(t.response(3)["result"], nullptr);
}

TEST(LspProtocol, CodeActionInsertsAnIndentedSuppressionMarker) {
    std::string indented = kDraft;
    indented.replace(indented.find("🚢"), 0, "  ");
    Transcript first = run_script({initialize(1, lsp_workspace()), notification("initialized"),
                                   did_open(draft_uri(), indented), shutdown(2), notification("exit")});
    json diag = first.published(draft_uri()).at(0)["diagnostics"].at(0);
    json action = request(2, "textDocument/codeAction",
                          {{"textDocument", {{"uri", draft_uri()}}}, {"range", diag["range"]}, {"context", {{"diagnostics", {diag}}}}});
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), indented),
                               action, shutdown(3), notification("exit")});
    json actions = t.response(2)["result"];
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0]["kind"], "quickfix");
    json edits = actions[0]["edit"]["changes"][draft_uri()];
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0]["range"], range(5, 0, 5, 0));
    EXPECT_EQ(edits[0]["newText"], "  <!-- claimlint-disable-next-line cross-document-mismatch: 原因 -->\n");
}

TEST(LspProtocol, PullDiagnosticsMatchThePublishedOnes) {
    json pull = request(2, "textDocument/diagnostic", {{"textDocument", {{"uri", draft_uri()}}}});
    Transcript t = run_script({initialize(1, lsp_workspace()), notification("initialized"), did_open(draft_uri(), kDraft), pull,
                               shutdown(3), notification("exit")});
    json report = t.response(2)["result"];
    EXPECT_EQ(report["kind"], "full");
    EXPECT_EQ(report["items"], t.published(draft_uri()).at(0)["diagnostics"]);
}

// Drives the Server core directly, so that files change between messages.
TEST(LspProtocol, ReadsTheConfigFromTheWorkspaceRootAndWatchesFiles) {
    fs::path root = fs::temp_directory_path() / ("claimlint-lsp-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "reports");
    std::ofstream(root / ".claimlint.toml") << "[rules.cross-document-mismatch]\nseverity = \"error\"\n";
    std::ostringstream out;
    lsp::MessageWriter writer(out);
    lsp::Server server(writer);
    std::string uri = file_uri(root / "draft.md");
    fs::path report = root / "reports" / "customs_2023.txt";
    auto watched = [&](const fs::path& p, int type) {
        server.handle(notification("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", file_uri(p)}, {"type", type}}}}}));
        server.flush();
    };
    auto last = [&] { return Transcript{unframe(out.str())}.published(uri).back()["diagnostics"]; };

    server.handle(initialize(1, root));
    server.handle(notification("initialized"));
    server.handle(did_open(uri, kDraft));
    EXPECT_EQ(last(), json::array());  // nothing to contradict yet

    fs::copy_file(lsp_workspace() / "reports" / "customs_2023.txt", report);
    watched(report, 1);
    ASSERT_EQ(last().size(), 1u);
    EXPECT_EQ(last()[0]["severity"], 1);  // error, as the workspace's .claimlint.toml says
    EXPECT_EQ(last()[0]["relatedInformation"][0]["location"]["uri"], file_uri(report));

    fs::remove(report);
    watched(report, 3);
    EXPECT_EQ(last(), json::array());

    std::ofstream(root / ".claimlint.toml") << "fail_on = 3\n";
    watched(root / ".claimlint.toml", 2);
    std::vector<json> messages = unframe(out.str());
    ASSERT_FALSE(messages.empty());
    EXPECT_EQ(messages.back()["method"], "window/showMessage");
    EXPECT_NE(messages.back()["params"]["message"].get<std::string>().find(".claimlint.toml:1:"), std::string::npos);
    fs::remove_all(root);
}

TEST(LspProtocol, RegistersFileWatchersAndTakesTheTextOfASave) {
    json init = initialize(1, lsp_workspace());
    init["params"]["capabilities"]["workspace"] = {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}};
    std::string fixed = kDraft;
    fixed.replace(fixed.find("7.9%"), 4, "7.7%");
    json save = notification("textDocument/didSave", {{"textDocument", {{"uri", draft_uri()}}}, {"text", fixed}});
    Transcript t = run_script({init, notification("initialized"), did_open(draft_uri(), kDraft), save, shutdown(2),
                               notification("exit")});
    json registration;
    for (const json& m : t.messages) {
        if (m.value("method", "") == "client/registerCapability") registration = m;
    }
    ASSERT_TRUE(registration.is_object());
    json r = registration["params"]["registrations"][0];
    EXPECT_EQ(r["method"], "workspace/didChangeWatchedFiles");
    EXPECT_EQ(r["registerOptions"]["watchers"].size(), 4u);
    std::vector<json> pub = t.published(draft_uri());
    ASSERT_EQ(pub.size(), 2u);
    EXPECT_EQ(pub[1]["diagnostics"], json::array());

    // Without dynamic registration nothing is registered.
    t = run_script({initialize(1, lsp_workspace()), notification("initialized"), shutdown(2), notification("exit")});
    for (const json& m : t.messages) EXPECT_NE(m.value("method", ""), "client/registerCapability");
}

TEST(LspProtocol, MalformedInputIsAnsweredNeverFatal) {
    std::string input = frame(initialize(1, lsp_workspace()));
    input += "Content-Length: 5\r\n\r\n{oops";                       // not JSON
    input += "Content-Type: text/plain\r\n\r\n";                       // no length
    input += "Content-Length: -3\r\n\r\n";                             // bad length
    input += frame(json::array({1, 2}));                               // not an object
    input += frame({{"jsonrpc", "2.0"}, {"id", 2}});                   // no method
    input += frame(request(3, "no/such/method"));
    input += frame(request(4, "textDocument/hover", {{"textDocument", {{"uri", draft_uri()}}}, {"position", "here"}}));
    input += frame(notification("textDocument/didOpen", {{"textDocument", 42}}));  // logged, no reply
    input += frame(notification("$/cancelRequest", {{"id", 5}}));
    input += frame(request(5, "textDocument/hover", {{"textDocument", {{"uri", draft_uri()}}}, {"position", {{"line", 0}, {"character", 0}}}}));
    input += frame(shutdown(6));
    input += frame(request(7, "textDocument/hover", json::object()));
    input += frame(notification("exit"));
    Transcript t = run_raw(input);

    int parse_errors = 0;
    for (const json& m : t.messages) {
        if (m.contains("error") && m["id"].is_null() && m["error"]["code"] == -32700) ++parse_errors;
    }
    EXPECT_EQ(parse_errors, 3);
    EXPECT_EQ(t.response(2)["error"]["code"], -32600);
    EXPECT_EQ(t.response(3)["error"]["code"], -32601);
    EXPECT_EQ(t.response(4)["error"]["code"], -32602);
    EXPECT_EQ(t.response(5)["error"]["code"], -32800);
    EXPECT_EQ(t.response(6)["result"], nullptr);
    EXPECT_EQ(t.response(7)["error"]["code"], -32600);  // after shutdown
    EXPECT_EQ(t.status, 0);
}

TEST(LspProtocol, RequestsBeforeInitializeAndExitWithoutShutdown) {
    Transcript t = run_script({request(1, "textDocument/hover", json::object()), notification("exit")});
    EXPECT_EQ(t.response(1)["error"]["code"], -32002);
    EXPECT_EQ(t.status, 1);
    // The end of input ends the server too, also in the middle of a message.
    t = run_raw(frame(initialize(1, lsp_workspace())) + "Content-Length: 100\r\n\r\n{\"jsonrpc\"");
    EXPECT_EQ(t.response(1)["result"]["capabilities"]["positionEncoding"], "utf-16");
    EXPECT_EQ(t.status, 1);
}

}  // namespace
}  // namespace claimlint::test
