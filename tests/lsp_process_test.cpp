// The real `claimlint lsp` binary over pipes, one message at a time, the way
// an editor talks to it: each answer is awaited before the next message.
#include "lsp_session.hpp"

#include <fcntl.h>
#include <functional>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace claimlint::test {
namespace {

class ServerProcess {
public:
    ServerProcess() {
        int to_child[2], from_child[2];
        if (pipe(to_child) != 0 || pipe(from_child) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            dup2(to_child[0], 0);
            dup2(from_child[1], 1);
            close(to_child[1]);
            close(from_child[0]);
            execl(CLAIMLINT_BINARY, CLAIMLINT_BINARY, "lsp", "--lang", "en", static_cast<char*>(nullptr));
            _exit(127);
        }
        close(to_child[0]);
        close(from_child[1]);
        in_ = to_child[1];
        out_ = from_child[0];
        signal(SIGPIPE, SIG_IGN);
    }
    ~ServerProcess() {
        if (in_ >= 0) close(in_);
        if (out_ >= 0) close(out_);
        if (pid_ > 0 && !waited_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }

    void send(const json& m) {
        std::string data = frame(m);
        ASSERT_EQ(write(in_, data.data(), data.size()), static_cast<ssize_t>(data.size()));
    }

    // The next message that satisfies `want`, or null after 20 s.
    json wait_for(const std::function<bool(const json&)>& want) {
        auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        for (;;) {
            while (auto m = take()) {
                if (want(*m)) return *m;
            }
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
            if (left.count() <= 0) return nullptr;
            pollfd p{out_, POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
            char buf[4096];
            ssize_t n = read(out_, buf, sizeof buf);
            if (n <= 0) return nullptr;
            buffer_.append(buf, static_cast<std::size_t>(n));
        }
    }

    int wait_exit() {
        close(in_);
        in_ = -1;
        int status = 0;
        waitpid(pid_, &status, 0);
        waited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    pid_t pid_ = -1;
    int in_ = -1, out_ = -1;
    bool waited_ = false;
    std::string buffer_;

    std::optional<json> take() {
        std::size_t end = buffer_.find("\r\n\r\n");
        if (end == std::string::npos) return std::nullopt;
        std::size_t n = std::stoul(buffer_.substr(16, end - 16));
        if (buffer_.size() < end + 4 + n) return std::nullopt;
        json m = json::parse(buffer_.substr(end + 4, n));
        buffer_.erase(0, end + 4 + n);
        return m;
    }
};

TEST(LspProcess, ChecksADraftOverPipesAndExitsCleanly) {
    ServerProcess server;
    server.send(initialize(1, lsp_workspace(), {"utf-32"}));
    json init = server.wait_for([](const json& m) { return m.value("id", json()) == 1; });
    ASSERT_TRUE(init.is_object()) << "no answer to initialize";
    EXPECT_EQ(init["result"]["capabilities"]["positionEncoding"], "utf-32");
    server.send(notification("initialized"));

    std::string uri = file_uri(lsp_workspace() / "draft.md");
    auto diagnostics_of = [&](int version) {
        return [uri, version](const json& m) {
            return m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri &&
                   m["params"]["version"] == version;
        };
    };
    server.send(did_open(uri, "---\ndate: 2024-02-05\n---\n# 吉林\n\n2023年，全省外贸进出口同比增长7.9%。\n"));
    json pub = server.wait_for(diagnostics_of(1));
    ASSERT_TRUE(pub.is_object()) << "no diagnostics";
    ASSERT_EQ(pub["params"]["diagnostics"].size(), 1u);
    EXPECT_NE(pub["params"]["diagnostics"][0]["message"].get<std::string>().find("intervals do not overlap"), std::string::npos);
    EXPECT_EQ(pub["params"]["diagnostics"][0]["range"]["start"], (json{{"line", 5}, {"character", 17}}));

    // 7.9% → 7.7%: after the debounce the diagnostics are cleared.
    server.send(notification("textDocument/didChange",
                             {{"textDocument", {{"uri", uri}, {"version", 2}}},
                              {"contentChanges", {{{"range", {{"start", {{"line", 5}, {"character", 19}}}, {"end", {{"line", 5}, {"character", 20}}}}},
                                                   {"text", "7"}}}}}));
    pub = server.wait_for(diagnostics_of(2));
    ASSERT_TRUE(pub.is_object()) << "no diagnostics after the edit";
    EXPECT_EQ(pub["params"]["diagnostics"], json::array());

    server.send(request(2, "shutdown", nullptr));
    ASSERT_TRUE(server.wait_for([](const json& m) { return m.value("id", json()) == 2; }).is_object());
    server.send(notification("exit"));
    EXPECT_EQ(server.wait_exit(), 0);
}

}  // namespace
}  // namespace claimlint::test
