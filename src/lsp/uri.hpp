// file:// URIs to filesystem paths and back (RFC 3986 percent-encoding).
#pragma once

#include <optional>
#include <string>

namespace claimlint::lsp {

// The path of a file: URI (file:///a/b%20c.md → /a/b c.md), nullopt for
// other schemes (untitled:, a remote file system) or a malformed URI.
std::optional<std::string> uri_to_path(const std::string& uri);
// An absolute path as a file: URI, percent-encoding what must be.
std::string path_to_uri(const std::string& path);

}  // namespace claimlint::lsp
