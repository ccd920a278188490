// Editors differ in what they escape (VS Code writes file:///c%3A/…, Neovim
// leaves most bytes alone), so decoding accepts any escaping and encoding
// escapes everything but the unreserved characters and '/'.
#include "src/lsp/uri.hpp"

#include <cctype>

namespace claimlint::lsp {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<std::string> uri_to_path(const std::string& uri) {
    const std::string scheme = "file://";
    if (uri.size() < scheme.size() || uri.compare(0, scheme.size(), scheme) != 0) return std::nullopt;
    std::string rest = uri.substr(scheme.size());
    // file://localhost/x and file:///x name the same file; other hosts are not ours.
    if (rest.rfind("localhost/", 0) == 0) rest.erase(0, 9);
    if (rest.empty() || rest[0] != '/') return std::nullopt;
    std::size_t cut = rest.find_first_of("?#");
    if (cut != std::string::npos) rest.resize(cut);
    std::string path;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '%') {
            if (i + 2 >= rest.size() || hex_value(rest[i + 1]) < 0 || hex_value(rest[i + 2]) < 0) return std::nullopt;
            char c = static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
            if (c == '\0') return std::nullopt;
            path.push_back(c);
            i += 2;
        } else {
            path.push_back(rest[i]);
        }
    }
    return path;
}

std::string path_to_uri(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file://";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri.push_back(static_cast<char>(c));
        } else {
            uri.push_back('%');
            uri.push_back(hex[c >> 4]);
            uri.push_back(hex[c & 15]);
        }
    }
    return uri;
}

}  // namespace claimlint::lsp
