// Where a location is and what it shows, read from its document while the
// document is loaded. Reports read nothing else, so `check` can let each
// document go as soon as the locations in it are placed, instead of keeping
// every document a finding points into until the report is written.
#pragma once

#include "src/checks/diagnostic.hpp"
#include "src/columns.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimlint {

// What a report format shows beyond positions and the located text.
struct PlaceDetail {
    bool line = false;     // SARIF: the line's text and its primaryLocationLineHash
    bool excerpt = false;  // text: the source line and carets
};
PlaceDetail detail_for(const std::string& format);

struct Place {
    std::shared_ptr<const std::string> path;  // shared by the places in a file
    Columns begin, end;
    std::size_t begin_byte = 0, end_byte = 0;
    std::string text;        // as written
    std::string normalised;  // the text as the checks read it (fingerprints read it)
    // Only with PlaceDetail::line.
    std::string line;  // the line `begin` is on, without its break
    std::string line_hash;
    // Only with PlaceDetail::excerpt.
    std::string excerpt, carets;
};

// The location's file: its place's, or its document's until it is placed.
const std::string& path_of(const Location& l);

// Places locations in one document; `path` is shared by all of them.
class Placer {
public:
    Placer(const Document& doc, PlaceDetail detail);
    // Sets l.place (l is in the document).
    void place(Location& l);

private:
    const Document& doc_;
    PlaceDetail detail_;
    std::shared_ptr<const std::string> path_;
    std::vector<std::string> line_hashes_;
};

// Places every location of `diags` that still has its document (and keeps
// the document pointer: the caller holds the documents).
void place_all(std::vector<Diagnostic>& diags, PlaceDetail detail);

}  // namespace claimlint
