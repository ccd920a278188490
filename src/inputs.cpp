// Walks folders for documents; the order is sorted so output is deterministic.
#include "src/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace claimlint {
namespace fs = std::filesystem;

namespace {

bool is_document(const fs::path& p) {
    auto ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".md" || ext == ".markdown";
}

bool is_hidden(const fs::path& p) {
    auto name = p.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

}  // namespace

InputList expand_inputs(const std::vector<std::string>& paths) {
    InputList out;
    for (const std::string& arg : paths) {
        std::error_code ec;
        fs::file_status st = fs::status(arg, ec);
        if (ec || !fs::exists(st)) {
            out.errors.push_back(arg + ": no such file or directory");
            continue;
        }
        if (fs::is_directory(st)) {
            fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
            if (ec) {
                out.errors.push_back(arg + ": " + ec.message());
                continue;
            }
            for (; it != end; it.increment(ec)) {
                if (ec) {
                    out.errors.push_back(arg + ": " + ec.message());
                    break;
                }
                if (is_hidden(it->path())) {
                    if (it->is_directory()) it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file() && is_document(it->path())) out.files.push_back(it->path().string());
            }
        } else {
            out.files.push_back(arg);
        }
    }
    std::sort(out.files.begin(), out.files.end());
    out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
    return out;
}

}  // namespace claimlint
