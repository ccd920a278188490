// Dispatch and lifecycle. Every handler reads its params through .at() and
// the helpers below, so a malformed request throws a json exception that
// becomes an InvalidParams answer instead of undefined behaviour.
#include "src/lsp/server.hpp"

#include "src/lsp/uri.hpp"

#include <algorithm>
#include <filesystem>

namespace claimlint::lsp {

using nlohmann::json;

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700, kInvalidRequest = -32600, kMethodNotFound = -32601, kInvalidParams = -32602,
              kInternalError = -32603, kServerNotInitialized = -32002, kRequestCancelled = -32800;

struct BadParams : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::int64_t integer(const json& j) {
    if (j.is_number_unsigned()) return static_cast<std::int64_t>(std::min<std::uint64_t>(j.get<std::uint64_t>(), INT64_MAX));
    if (j.is_number_integer()) return j.get<std::int64_t>();
    throw BadParams("expected an integer, got " + std::string(j.type_name()));
}

LspPosition position_of(const json& j) { return {integer(j.at("line")), integer(j.at("character"))}; }

const std::string& uri_of(const json& params) { return params.at("textDocument").at("uri").get_ref<const std::string&>(); }

bool is_document_path(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".md" || ext == ".markdown";
}

}  // namespace

void Cancellations::add(const json& id) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (ids_.size() < 10000) ids_.insert(id.dump());  // a client cancelling without end cannot exhaust memory
}

bool Cancellations::take(const json& id) {
    std::lock_guard<std::mutex> lock(mutex_);
    return ids_.erase(id.dump()) != 0;
}

Server::Server(MessageWriter& out, ServerOptions opts) : out_(out), opts_(std::move(opts)) {
    features_.lang = opts_.lang;
}

void Server::reply(const json& id, json result) {
    out_.send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::reply_error(const json& id, int code, const std::string& message) {
    out_.send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::log(int type, const std::string& message) {
    out_.send({{"jsonrpc", "2.0"}, {"method", "window/logMessage"}, {"params", {{"type", type}, {"message", message}}}});
}

void Server::show(int type, const std::string& message) {
    out_.send({{"jsonrpc", "2.0"}, {"method", "window/showMessage"}, {"params", {{"type", type}, {"message", message}}}});
}

void Server::framing_error(const std::string& what) {
    log(1, "claimlint: " + what);
    reply_error(nullptr, kParseError, what);
}

void Server::handle(const json& message) {
    if (!message.is_object()) {
        reply_error(nullptr, kInvalidRequest, "a message must be a JSON object");
        return;
    }
    auto id_it = message.find("id");
    bool has_id = id_it != message.end();
    bool valid_id = has_id && (id_it->is_string() || id_it->is_number_integer());
    auto method_it = message.find("method");
    if (method_it == message.end()) {
        if (has_id && (message.contains("result") || message.contains("error"))) return;  // a reply to our request
        reply_error(valid_id ? *id_it : json(nullptr), kInvalidRequest, "a message needs a method");
        return;
    }
    if (!method_it->is_string() || (has_id && !valid_id)) {
        reply_error(valid_id ? *id_it : json(nullptr), kInvalidRequest, "method must be a string and id a number or string");
        return;
    }
    const std::string& method = method_it->get_ref<const std::string&>();
    static const json no_params = json::object();
    auto params_it = message.find("params");
    const json& params = params_it == message.end() ? no_params : *params_it;
    try {
        if (has_id) request(*id_it, method, params);
        else notification(method, params);
    } catch (const json::exception& e) {
        if (has_id) reply_error(*id_it, kInvalidParams, std::string("invalid params: ") + e.what());
        else log(1, "claimlint: " + method + ": invalid params: " + e.what());
    } catch (const BadParams& e) {
        if (has_id) reply_error(*id_it, kInvalidParams, std::string("invalid params: ") + e.what());
        else log(1, "claimlint: " + method + ": invalid params: " + e.what());
    } catch (const std::exception& e) {
        if (has_id) reply_error(*id_it, kInternalError, e.what());
        else log(1, "claimlint: " + method + ": " + e.what());
    }
}

void Server::request(const json& id, const std::string& method, const json& params) {
    if (cancelled_->take(id)) {
        reply_error(id, kRequestCancelled, "cancelled");
        return;
    }
    if (method == "initialize") {
        if (state_ != State::starting) return reply_error(id, kInvalidRequest, "initialize was already received");
        json result = initialize(params);
        state_ = State::running;
        return reply(id, std::move(result));
    }
    if (state_ == State::starting) return reply_error(id, kServerNotInitialized, "the server is not initialized yet");
    if (state_ == State::shut_down) return reply_error(id, kInvalidRequest, "the server is shutting down");
    if (method == "shutdown") {
        flush();  // publish what a pending re-check would have
        state_ = State::shut_down;
        shutdown_ = true;
        return reply(id, nullptr);
    }
    index();
    if (method == "textDocument/hover") {
        std::optional<std::size_t> slot = open_slot(params);
        return reply(id, slot ? hover(ws_, *slot, position_of(params.at("position")), features_) : json(nullptr));
    }
    if (method == "textDocument/codeAction") {
        std::optional<std::size_t> slot = open_slot(params);
        return reply(id, slot ? code_actions(ws_, *slot, params, features_) : json::array());
    }
    if (method == "textDocument/diagnostic") return reply(id, pull_diagnostics(params));
    reply_error(id, kMethodNotFound, "method not found: " + method);
}

void Server::notification(const std::string& method, const json& params) {
    if (method == "exit") {
        exited_ = true;
        return;
    }
    if (state_ == State::starting || state_ == State::shut_down) return;  // dropped, as the specification says
    if (method == "initialized") return initialized();
    if (method == "textDocument/didOpen") return did_open(params);
    if (method == "textDocument/didChange") return did_change(params);
    if (method == "textDocument/didSave") return did_save(params);
    if (method == "textDocument/didClose") return did_close(params);
    if (method == "workspace/didChangeWatchedFiles") return watched_files(params);
    // $/cancelRequest is handled as the message arrives (Cancellations);
    // $/setTrace, didChangeConfiguration and the like need nothing from us.
    if (method == "$/cancelRequest" && params.contains("id")) {
        cancelled_->add(params.at("id"));
        return;
    }
}

json Server::initialize(const json& params) {
    const json caps = params.is_object() ? params.value("capabilities", json::object()) : json::object();
    // The client's encodings, in its order of preference; ours: UTF-8 (the
    // text's own), UTF-32, and UTF-16 which every client must accept.
    std::vector<std::string> offered;
    bool legacy = false;  // clangd's offsetEncoding extension, as Neovim 0.7 speaks it
    if (caps.is_object() && caps.contains("general") && caps.at("general").is_object() &&
        caps.at("general").contains("positionEncodings") && caps.at("general").at("positionEncodings").is_array()) {
        for (const json& e : caps.at("general").at("positionEncodings")) {
            if (e.is_string()) offered.push_back(e.get<std::string>());
        }
    } else if (caps.is_object() && caps.contains("offsetEncoding") && caps.at("offsetEncoding").is_array()) {
        legacy = true;
        for (const json& e : caps.at("offsetEncoding")) {
            if (e.is_string()) offered.push_back(e.get<std::string>());
        }
    }
    features_.encoding = PositionEncoding::utf16;
    for (const char* preferred : {"utf-8", "utf-32"}) {
        if (std::find(offered.begin(), offered.end(), preferred) != offered.end()) {
            features_.encoding = *parse_encoding(preferred);
            break;
        }
    }
    if (caps.is_object() && caps.contains("workspace") && caps.at("workspace").is_object()) {
        const json& w = caps.at("workspace");
        watch_files_ = w.contains("didChangeWatchedFiles") && w.at("didChangeWatchedFiles").is_object() &&
                       w.at("didChangeWatchedFiles").value("dynamicRegistration", false) == true;
    }

    std::vector<std::string> roots;
    if (params.contains("workspaceFolders") && params.at("workspaceFolders").is_array()) {
        for (const json& f : params.at("workspaceFolders")) {
            if (f.is_object() && f.contains("uri") && f.at("uri").is_string()) {
                if (auto p = uri_to_path(f.at("uri").get<std::string>())) roots.push_back(*p);
            }
        }
    }
    if (roots.empty() && params.contains("rootUri") && params.at("rootUri").is_string()) {
        if (auto p = uri_to_path(params.at("rootUri").get<std::string>())) roots.push_back(*p);
    }
    if (roots.empty() && params.contains("rootPath") && params.at("rootPath").is_string()) {
        roots.push_back(params.at("rootPath").get<std::string>());
    }
    ws_.set_roots(roots);

    if (params.contains("initializationOptions") && params.at("initializationOptions").is_object()) {
        const json& o = params.at("initializationOptions");
        if (o.contains("lang") && o.at("lang").is_string() && (o.at("lang") == "zh" || o.at("lang") == "en")) {
            features_.lang = o.at("lang").get<std::string>();
        }
        if (o.contains("debounceMs") && o.at("debounceMs").is_number_integer()) {
            opts_.debounce = std::chrono::milliseconds(std::clamp<std::int64_t>(integer(o.at("debounceMs")), 0, 10000));
        }
        if (o.contains("ruleDocs") && o.at("ruleDocs").is_string()) {
            features_.rule_doc_template = o.at("ruleDocs").get<std::string>();
        }
    }

    json capabilities = {
        {"positionEncoding", to_string(features_.encoding)},
        {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
        {"hoverProvider", true},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
        {"diagnosticProvider", {{"identifier", "claimlint"}, {"interFileDependencies", true}, {"workspaceDiagnostics", false}}},
    };
    json result = {{"capabilities", capabilities}, {"serverInfo", {{"name", "claimlint"}, {"version", CLAIMLINT_VERSION}}}};
    if (legacy) result["offsetEncoding"] = to_string(features_.encoding);
    return result;
}

void Server::initialized() {
    index();
    if (watch_files_) {
        json watchers = json::array();
        for (const char* glob : {"**/*.txt", "**/*.md", "**/*.markdown", "**/.claimlint.toml"}) {
            watchers.push_back({{"globPattern", glob}});
        }
        out_.send({{"jsonrpc", "2.0"},
                   {"id", "claimlint-" + std::to_string(next_request_id_++)},
                   {"method", "client/registerCapability"},
                   {"params",
                    {{"registrations",
                      {{{"id", "claimlint-watch"},
                        {"method", "workspace/didChangeWatchedFiles"},
                        {"registerOptions", {{"watchers", watchers}}}}}}}}});
    }
}

void Server::index() {
    if (indexed_) return;
    indexed_ = true;
    if (auto problem = ws_.reload_config()) show(1, "claimlint: " + *problem + " (using the defaults)");
    for (const std::string& p : ws_.index_all()) log(2, "claimlint: " + p);
    log(3, "claimlint: indexed " + std::to_string(ws_.size()) + " documents");
}

std::optional<std::size_t> Server::open_slot(const json& params) {
    refresh();
    return ws_.slot_of_uri(uri_of(params));
}

void Server::did_open(const json& params) {
    const json& td = params.at("textDocument");
    const std::string& uri = td.at("uri").get_ref<const std::string&>();
    std::string language = td.value("languageId", "");
    if (language != "plaintext" && language != "markdown" && language != "text" && !is_document_path(uri)) return;
    index();
    std::int64_t version = td.contains("version") ? integer(td.at("version")) : 0;
    ws_.open(uri, td.at("text").get<std::string>(), version);
    publish();  // a newly opened buffer is checked at once
}

void Server::did_change(const json& params) {
    WorkspaceDoc* doc = ws_.find(uri_of(params));
    if (!doc || !doc->open) return;  // not a document we check
    std::string text = doc->text;
    for (const json& change : params.at("contentChanges")) {
        if (change.contains("range")) {
            const json& r = change.at("range");
            apply_edit(text, position_of(r.at("start")), position_of(r.at("end")),
                       change.at("text").get_ref<const std::string&>(), features_.encoding);
        } else {
            text = change.at("text").get<std::string>();
        }
    }
    doc->text = std::move(text);  // only once every change was valid
    if (params.at("textDocument").contains("version")) doc->version = integer(params.at("textDocument").at("version"));
    doc->stale = true;
    schedule();
}

void Server::did_save(const json& params) {
    WorkspaceDoc* doc = ws_.find(uri_of(params));
    if (!doc || !doc->open || !params.contains("text")) return;
    doc->text = params.at("text").get<std::string>();
    doc->stale = true;
    schedule();
}

void Server::did_close(const json& params) {
    const std::string& uri = uri_of(params);
    WorkspaceDoc* doc = ws_.find(uri);
    if (!doc || !doc->open) return;
    ws_.close(uri);
    if (published_.erase(uri)) {
        out_.send({{"jsonrpc", "2.0"},
                   {"method", "textDocument/publishDiagnostics"},
                   {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
    }
    schedule();  // the file on disk may say something else than the buffer did
}

void Server::watched_files(const json& params) {
    bool config_changed = false;
    for (const json& change : params.at("changes")) {
        std::optional<std::string> path = uri_to_path(change.at("uri").get<std::string>());
        if (!path) continue;
        if (std::filesystem::path(*path).filename() == ".claimlint.toml") {
            config_changed = true;
            continue;
        }
        if (!is_document_path(*path)) continue;
        if (integer(change.at("type")) == 3) {
            ws_.file_deleted(*path);
        } else if (auto problem = ws_.file_changed(*path)) {
            log(2, "claimlint: " + *problem);
        }
    }
    if (config_changed) {
        if (auto problem = ws_.reload_config()) show(1, "claimlint: " + *problem + " (using the defaults)");
    }
    schedule();
}

json Server::pull_diagnostics(const json& params) {
    refresh();
    json items = json::array();
    if (std::optional<std::size_t> slot = ws_.slot_of_uri(uri_of(params))) {
        const Document* doc = ws_.corpus().docs[*slot].get();
        for (const Diagnostic& d : ws_.check(features_.lang)) {
            if (d.location.doc == doc) items.push_back(lsp_diagnostic(ws_, d, features_));
        }
    }
    return {{"kind", "full"}, {"items", std::move(items)}};
}

void Server::refresh() {
    if (!ws_.has_stale()) return;
    for (const std::string& p : ws_.refresh()) log(2, "claimlint: " + p);
}

void Server::publish() {
    deadline_.reset();
    refresh();
    const std::vector<Diagnostic>& diags = ws_.check(features_.lang);
    std::map<std::size_t, json> by_slot;
    for (std::size_t slot = 0; slot < ws_.size(); ++slot) {
        if (ws_.doc(slot).open) by_slot[slot] = json::array();
    }
    for (const Diagnostic& d : diags) {
        std::optional<std::size_t> slot = ws_.slot_of(d.location.doc);
        if (slot && ws_.doc(*slot).open) by_slot[*slot].push_back(lsp_diagnostic(ws_, d, features_));
    }
    for (auto& [slot, items] : by_slot) {
        const WorkspaceDoc& doc = ws_.doc(slot);
        auto it = published_.find(doc.uri);
        if (it != published_.end() && it->second == items) continue;  // nothing new to show
        published_[doc.uri] = items;
        out_.send({{"jsonrpc", "2.0"},
                   {"method", "textDocument/publishDiagnostics"},
                   {"params", {{"uri", doc.uri}, {"version", doc.checked_version}, {"diagnostics", std::move(items)}}}});
    }
}

void Server::schedule() { deadline_ = Clock::now() + opts_.debounce; }

void Server::run_due(Clock::time_point now) {
    if (deadline_ && now >= *deadline_ && state_ == State::running) publish();
}

void Server::flush() {
    if (deadline_ && state_ == State::running) publish();
}

}  // namespace claimlint::lsp
