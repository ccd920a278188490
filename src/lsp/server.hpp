// `claimlint lsp`: a Language Server Protocol 3.17 server. The core takes
// one decoded message at a time and writes through a MessageWriter, so that
// tests and the fuzzer drive it in-process; run_server() adds the stdio
// loop with a reader thread and the debounce timer.
#pragma once

#include "src/lsp/features.hpp"
#include "src/lsp/framing.hpp"
#include "src/lsp/workspace.hpp"

#include <chrono>
#include <iosfwd>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

namespace claimlint::lsp {

struct ServerOptions {
    // Quiet time after the last edit before a buffer is re-checked; the
    // client's initializationOptions.debounceMs overrides it.
    std::chrono::milliseconds debounce{150};
    std::string lang = "zh";  // initializationOptions.lang
};

// Request ids cancelled by $/cancelRequest; the reader thread adds them as
// soon as they arrive, so that queued requests are answered as cancelled.
class Cancellations {
public:
    void add(const nlohmann::json& id);
    bool take(const nlohmann::json& id);  // true (and forgets it) when `id` was cancelled

private:
    std::mutex mutex_;
    std::set<std::string> ids_;
};

class Server {
public:
    using Clock = std::chrono::steady_clock;

    explicit Server(MessageWriter& out, ServerOptions opts = {});

    // One message: a request, a notification, or a response to our request.
    void handle(const nlohmann::json& message);
    // Broken framing or JSON: a ParseError response and a log message.
    void framing_error(const std::string& what);

    // The debounced re-check: when it is due, running it, and running
    // whatever is pending right now.
    std::optional<Clock::time_point> deadline() const { return deadline_; }
    void run_due(Clock::time_point now);
    void flush();

    bool exited() const { return exited_; }
    int exit_code() const { return shutdown_ ? 0 : 1; }
    const std::shared_ptr<Cancellations>& cancellations() const { return cancelled_; }
    const Workspace& workspace() const { return ws_; }
    PositionEncoding encoding() const { return features_.encoding; }

private:
    enum class State { starting, running, shut_down };

    MessageWriter& out_;
    ServerOptions opts_;
    FeatureOptions features_;
    Workspace ws_;
    State state_ = State::starting;
    bool shutdown_ = false, exited_ = false, indexed_ = false, watch_files_ = false;
    std::optional<Clock::time_point> deadline_;
    std::map<std::string, nlohmann::json> published_;  // uri → diagnostics last sent
    std::shared_ptr<Cancellations> cancelled_ = std::make_shared<Cancellations>();
    int next_request_id_ = 1;

    void request(const nlohmann::json& id, const std::string& method, const nlohmann::json& params);
    void notification(const std::string& method, const nlohmann::json& params);
    void reply(const nlohmann::json& id, nlohmann::json result);
    void reply_error(const nlohmann::json& id, int code, const std::string& message);
    void log(int type, const std::string& message);
    void show(int type, const std::string& message);

    nlohmann::json initialize(const nlohmann::json& params);
    void initialized();
    void index();
    void did_open(const nlohmann::json& params);
    void did_change(const nlohmann::json& params);
    void did_save(const nlohmann::json& params);
    void did_close(const nlohmann::json& params);
    void watched_files(const nlohmann::json& params);
    nlohmann::json pull_diagnostics(const nlohmann::json& params);

    void refresh();   // re-extracts stale buffers
    void publish();   // checks the workspace, sends what changed for open buffers
    void schedule();  // a re-check after the debounce delay
    std::optional<std::size_t> open_slot(const nlohmann::json& params);
};

// Serves LSP over the streams until `exit` or the end of the input; returns
// the exit status (0 after shutdown, 1 otherwise). `detach_reader` leaves the
// reader thread blocked on a stream that never ends (std::cin) at exit.
int run_server(std::istream& in, std::ostream& out, ServerOptions opts = {}, bool detach_reader = false);

}  // namespace claimlint::lsp
