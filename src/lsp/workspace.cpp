// Slots are swapped out on removal so that the Corpus stays dense; nothing
// outside this file keeps a slot number across a change of the workspace.
#include "src/lsp/workspace.hpp"

#include "src/inputs.hpp"
#include "src/lsp/uri.hpp"

#include <filesystem>
#include <system_error>

namespace claimlint::lsp {
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 32u << 20;  // larger files are not prose drafts

}  // namespace

Workspace::Workspace() : config_(load_config_text("", "defaults")) {}

void Workspace::set_roots(std::vector<std::string> roots) {
    roots_.clear();
    for (std::string& r : roots) roots_.push_back(fs::path(r).lexically_normal().string());
}

std::optional<std::string> Workspace::reload_config() {
    ++generation_;
    config_ = load_config_text("", "defaults");
    if (roots_.empty()) return std::nullopt;
    std::error_code ec;
    for (fs::path dir = fs::path(roots_.front()); !dir.empty(); dir = dir.parent_path()) {
        fs::path candidate = dir / ".claimlint.toml";
        if (fs::exists(candidate, ec)) {
            try {
                config_ = load_config(candidate.string());
            } catch (const InputError& e) {
                return e.path() + ":" + std::to_string(e.position().line) + ":" + std::to_string(e.position().column) +
                       ": error: " + e.what();
            }
            break;
        }
        if (dir == dir.parent_path()) break;
    }
    // Dates and home regions come from the config: every document is re-read.
    for (WorkspaceDoc& d : docs_) d.stale = true;
    return std::nullopt;
}

std::string Workspace::key_of(const std::string& uri) const {
    std::optional<std::string> path = uri_to_path(uri);
    return path ? fs::path(*path).lexically_normal().string() : uri;
}

std::string Workspace::display_of(const std::string& key) const {
    for (const std::string& root : roots_) {
        fs::path rel = fs::path(key).lexically_relative(root);
        if (!rel.empty() && *rel.begin() != "..") return rel.string();
    }
    return key;
}

std::size_t Workspace::slot_for(const std::string& key) {
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    std::size_t slot = docs_.size();
    by_key_.emplace(key, slot);
    WorkspaceDoc d;
    d.key = key;
    d.uri = key.rfind('/', 0) == 0 ? path_to_uri(key) : key;
    d.display = display_of(key);
    docs_.push_back(std::move(d));
    corpus_.docs.push_back(nullptr);
    corpus_.extractions.emplace_back();
    install(slot, "");
    return slot;
}

void Workspace::install(std::size_t slot, std::string bytes) {
    ++generation_;
    WorkspaceDoc& d = docs_[slot];
    std::unique_ptr<Document> doc;
    try {
        doc = std::make_unique<Document>(Document::from_bytes(d.display, std::move(bytes)));
    } catch (const InputError&) {
        doc.reset();  // JSON text is valid UTF-8; only a file can get here, and it was validated on load
    }
    if (!doc || doc->is_binary()) doc = std::make_unique<Document>(Document::from_bytes(d.display, ""));
    corpus_.extractions[slot] = extract(*doc, config_.options_for(d.display));
    corpus_.extractions[slot].doc = doc.get();
    if (corpus_.docs[slot]) by_doc_.erase(corpus_.docs[slot].get());
    by_doc_[doc.get()] = slot;
    corpus_.docs[slot] = std::move(doc);
    d.lines = std::make_unique<LineIndex>(corpus_.docs[slot]->bytes());
    d.checked_version = d.version;
    d.stale = false;
}

std::optional<std::string> Workspace::load_from_disk(const std::string& path) {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return path + ": error: " + ec.message();
    if (size > kMaxFileBytes) return path + ": note: not checked, larger than 32 MiB";
    try {
        Document doc = Document::load(path);
        if (doc.is_binary()) return path + ": note: skipped binary file (contains NUL bytes)";
        std::size_t slot = slot_for(path);
        install(slot, doc.bytes());
    } catch (const InputError& e) {
        std::string where = e.position().line ? ":" + std::to_string(e.position().line) + ":" +
                                                    std::to_string(e.position().column)
                                              : "";
        return e.path() + where + ": error: " + e.what();
    }
    return std::nullopt;
}

std::vector<std::string> Workspace::index_all() {
    std::vector<std::string> problems;
    InputList inputs = expand_inputs(roots_);
    problems = inputs.errors;
    for (const std::string& file : inputs.files) {
        std::string key = fs::path(file).lexically_normal().string();
        auto it = by_key_.find(key);
        if (it != by_key_.end() && docs_[it->second].open) continue;
        if (auto p = load_from_disk(key)) problems.push_back(*p);
    }
    return problems;
}

std::optional<std::string> Workspace::file_changed(const std::string& path) {
    std::string key = fs::path(path).lexically_normal().string();
    if (display_of(key) == key) return std::nullopt;  // outside the workspace folders: not ours to read
    auto it = by_key_.find(key);
    if (it != by_key_.end() && docs_[it->second].open) return std::nullopt;
    std::optional<std::string> problem = load_from_disk(key);
    if (problem && by_key_.count(key)) remove(by_key_.at(key));  // what was indexed is no longer there
    return problem;
}

void Workspace::file_deleted(const std::string& path) {
    auto it = by_key_.find(fs::path(path).lexically_normal().string());
    if (it != by_key_.end() && !docs_[it->second].open) remove(it->second);
}

void Workspace::open(const std::string& uri, std::string text, std::int64_t version) {
    std::size_t slot = slot_for(key_of(uri));
    WorkspaceDoc& d = docs_[slot];
    d.uri = uri;
    d.open = true;
    d.version = version;
    d.text = std::move(text);
    d.stale = true;
}

WorkspaceDoc* Workspace::find(const std::string& uri) {
    auto it = by_key_.find(key_of(uri));
    return it == by_key_.end() ? nullptr : &docs_[it->second];
}

std::optional<std::size_t> Workspace::slot_of_uri(const std::string& uri) const {
    auto it = by_key_.find(key_of(uri));
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
}

void Workspace::close(const std::string& uri) {
    auto it = by_key_.find(key_of(uri));
    if (it == by_key_.end()) return;
    std::size_t slot = it->second;
    WorkspaceDoc& d = docs_[slot];
    d.open = false;
    d.text.clear();
    d.text.shrink_to_fit();
    std::string key = d.key;
    bool in_workspace = d.display != key;  // under a folder: the file on disk counts again
    std::error_code ec;
    if (!in_workspace || !fs::is_regular_file(key, ec) || load_from_disk(key)) remove(by_key_.at(key));
}

void Workspace::remove(std::size_t slot) {
    ++generation_;
    std::size_t last = docs_.size() - 1;
    by_key_.erase(docs_[slot].key);
    by_doc_.erase(corpus_.docs[slot].get());
    if (slot != last) {
        docs_[slot] = std::move(docs_[last]);
        corpus_.docs[slot] = std::move(corpus_.docs[last]);
        corpus_.extractions[slot] = std::move(corpus_.extractions[last]);
        by_key_[docs_[slot].key] = slot;
        by_doc_[corpus_.docs[slot].get()] = slot;
    }
    docs_.pop_back();
    corpus_.docs.pop_back();
    corpus_.extractions.pop_back();
}

bool Workspace::has_stale() const {
    for (const WorkspaceDoc& d : docs_) {
        if (d.stale) return true;
    }
    return false;
}

std::vector<std::string> Workspace::refresh() {
    std::vector<std::string> problems;
    for (std::size_t slot = 0; slot < docs_.size(); ++slot) {
        WorkspaceDoc& d = docs_[slot];
        if (!d.stale) continue;
        if (d.open) {
            install(slot, d.text);
        } else if (auto p = load_from_disk(d.key)) {
            problems.push_back(*p);
            d.stale = false;  // keep what was read before
        }
    }
    return problems;
}

const std::vector<Diagnostic>& Workspace::check(const std::string& lang) {
    if (checked_generation_ != generation_ || checked_lang_ != lang) {
        // Only the open buffers are being edited: their findings are what is
        // shown, so the rest of the workspace is only compared with.
        std::vector<bool> focus(docs_.size());
        for (std::size_t slot = 0; slot < docs_.size(); ++slot) focus[slot] = docs_[slot].open;
        diagnostics_ = run_checks(corpus_, config_, lang, nullptr, nullptr, &focus);
        checked_generation_ = generation_;
        checked_lang_ = lang;
    }
    return diagnostics_;
}

std::optional<std::size_t> Workspace::slot_of(const Document* doc) const {
    auto it = by_doc_.find(doc);
    if (it == by_doc_.end()) return std::nullopt;
    return it->second;
}

}  // namespace claimlint::lsp
