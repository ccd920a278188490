// The baseline file is JSON: {"claimlint_baseline": 1, "findings": [...]}.
// Paths are stored as given on the command line, normalised, so a baseline
// written and checked from the same directory matches.
#include "src/baseline.hpp"

#include "src/json_writer.hpp"
#include "src/place.hpp"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

namespace claimlint {
namespace {

std::string path_key(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().generic_string();
}

}  // namespace

std::vector<BaselineEntry> load_baseline(const std::string& path) {
    if (!std::filesystem::exists(path)) throw InputError(path, {0, 0}, "baseline file not found");
    Document doc = Document::load(path);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(doc.bytes());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based, just past the offending byte.
        std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, doc.bytes().size());
        std::size_t cp = 0;
        while (cp < doc.size() && doc.byte_offset(cp) < at) ++cp;
        throw InputError(path, doc.position(cp), "not a claimlint baseline: invalid JSON");
    }
    auto fail = [&](const std::string& what) { throw InputError(path, {0, 0}, "not a claimlint baseline: " + what); };
    if (!j.is_object() || j.value("claimlint_baseline", 0) != 1) fail("expected {\"claimlint_baseline\": 1, …}");
    if (!j.contains("findings") || !j["findings"].is_array()) fail("no \"findings\" list");
    std::vector<BaselineEntry> out;
    for (const auto& f : j["findings"]) {
        if (!f.is_object() || !f.contains("file") || !f.contains("rule") || !f.contains("fingerprint") ||
            !f["file"].is_string() || !f["rule"].is_string() || !f["fingerprint"].is_string()) {
            fail("finding " + std::to_string(out.size() + 1) + " needs file, rule and fingerprint strings");
        }
        out.push_back({path_key(f["file"].get<std::string>()), f["rule"].get<std::string>(),
                       f["fingerprint"].get<std::string>()});
    }
    return out;
}

// Written finding by finding, not built as one tree.
void write_baseline(std::ostream& out, const std::vector<Diagnostic>& diags) {
    JsonWriter w(out, 2);
    w.begin_object();
    w.key("claimlint_baseline").value(1);
    w.key("findings").begin_array();
    for (const Diagnostic& d : diags) {
        if (d.suppression) continue;
        w.begin_object();
        w.key("file").value(path_key(*d.location.place->path));
        w.key("rule").value(d.rule);
        w.key("fingerprint").value(d.fingerprint);
        w.key("line").value(d.location.place->begin.line);
        w.key("message").value(d.message);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.newline();
}

BaselineResult apply_baseline(const std::vector<BaselineEntry>& baseline, std::vector<Diagnostic>& diags) {
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> left;
    for (const BaselineEntry& e : baseline) ++left[{e.file, e.rule, e.fingerprint}];
    BaselineResult r;
    std::erase_if(diags, [&](const Diagnostic& d) {
        if (d.suppression) return false;
        auto it = left.find({path_key(*d.location.place->path), d.rule, d.fingerprint});
        if (it == left.end() || it->second == 0) return false;
        --it->second;
        ++r.matched;
        return true;
    });
    for (const auto& [key, n] : left) r.stale += n;
    return r;
}

}  // namespace claimlint
