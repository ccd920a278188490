// The documents the language server checks together: every document under
// the workspace folders as read from disk, with open buffers taking
// precedence, kept as one Corpus whose extractions are cached per document.
#pragma once

#include "src/checks/corpus.hpp"
#include "src/config.hpp"
#include "src/lsp/text_position.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimlint::lsp {

struct WorkspaceDoc {
    std::string key;      // the absolute path, or the URI of a document not on disk
    std::string uri;      // as the client spells it when open, else built from the path
    std::string display;  // relative to its workspace folder: messages and config globs
    bool open = false;
    std::int64_t version = 0;          // of the open buffer
    std::string text;                  // the open buffer (empty when not open)
    bool stale = false;                // the buffer changed since it was extracted
    std::int64_t checked_version = 0;  // the version its extraction is of
    std::unique_ptr<LineIndex> lines;  // over the extracted document's bytes
};

class Workspace {
public:
    Workspace();

    void set_roots(std::vector<std::string> roots);
    const std::vector<std::string>& roots() const { return roots_; }
    // Reads the .claimlint.toml found from the first folder upward. A broken
    // file leaves the defaults in place and returns its error message.
    std::optional<std::string> reload_config();
    // Reads every .txt/.md document under the folders that is not open;
    // returns one message per file that could not be read.
    std::vector<std::string> index_all();
    // A file created or changed on disk (ignored while the buffer is open or
    // outside the folders);
    // returns a message when it cannot be read.
    std::optional<std::string> file_changed(const std::string& path);
    void file_deleted(const std::string& path);

    // Open buffers. The text is extracted at the next refresh().
    void open(const std::string& uri, std::string text, std::int64_t version);
    WorkspaceDoc* find(const std::string& uri);
    void close(const std::string& uri);

    // Re-extracts the stale documents only; returns messages for problems.
    std::vector<std::string> refresh();
    bool has_stale() const;
    // Every diagnostic of the workspace; computed again only after a change
    // (a pull request right after a publish costs nothing).
    const std::vector<Diagnostic>& check(const std::string& lang);

    const Corpus& corpus() const { return corpus_; }
    const Config& config() const { return config_; }
    std::size_t size() const { return docs_.size(); }
    WorkspaceDoc& doc(std::size_t slot) { return docs_[slot]; }
    const WorkspaceDoc& doc(std::size_t slot) const { return docs_[slot]; }
    // The slot of a document of the corpus (diagnostic locations).
    std::optional<std::size_t> slot_of(const Document* d) const;
    std::optional<std::size_t> slot_of_uri(const std::string& uri) const;

private:
    std::vector<std::string> roots_;
    Config config_;
    Corpus corpus_;                  // slot i: corpus_.docs[i], corpus_.extractions[i]
    std::vector<WorkspaceDoc> docs_;  // slot i as well
    std::unordered_map<std::string, std::size_t> by_key_;
    std::unordered_map<const Document*, std::size_t> by_doc_;
    std::uint64_t generation_ = 0;  // bumped by every change to the corpus or config
    std::uint64_t checked_generation_ = ~std::uint64_t(0);
    std::string checked_lang_;
    std::vector<Diagnostic> diagnostics_;

    std::string key_of(const std::string& uri) const;
    std::string display_of(const std::string& key) const;
    std::size_t slot_for(const std::string& key);  // adds an empty slot when new
    void install(std::size_t slot, std::string bytes);
    std::optional<std::string> load_from_disk(const std::string& path);
    void remove(std::size_t slot);
};

}  // namespace claimlint::lsp
