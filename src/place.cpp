#include "src/place.hpp"

#include "grammar/utf8.hpp"
#include "src/fingerprint.hpp"
#include "src/report.hpp"

#include <cctype>
#include <map>

namespace claimlint {
namespace {

constexpr std::size_t kContext = 30;  // code points the text report shows on each side of a span

// GitHub's primaryLocationLineHash for every line: the line's text without
// white space, hashed, and ":n" for its n-th occurrence in the file.
std::vector<std::string> line_hashes(const Document& doc) {
    std::vector<std::string> hashes;
    std::map<std::string, int> seen;
    std::u32string_view text = doc.normalised();
    for (std::size_t b = 0; b <= text.size();) {
        std::size_t e = b;
        while (e < text.size() && text[e] != U'\n') ++e;
        std::string compact;
        for (char c : doc.source(b, e)) {
            if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
        }
        std::string h = stable_hash(compact);
        hashes.push_back(h + ":" + std::to_string(++seen[h]));
        b = e + 1;
    }
    return hashes;
}

// The text report's view of a span: its line (a window around the span when
// the line is long) and carets under the span, aligned by display width.
void excerpt(const Document& doc, std::size_t begin, std::size_t end_cp, Place& p) {
    std::u32string_view text = doc.normalised();
    std::size_t ls = begin, le = begin;
    while (ls > 0 && text[ls - 1] != U'\n') --ls;
    while (le < text.size() && text[le] != U'\n' && text[le] != U'\r') ++le;
    std::size_t end = std::min(end_cp, le);
    std::size_t from = begin - ls > kContext ? begin - kContext : ls;
    std::size_t to = le - end > kContext ? end + kContext : le;
    std::string line = "  ", marks = "  ";
    if (from > ls) {
        line += "…";
        marks += std::string(static_cast<std::size_t>(display_width(U'…')), ' ');
    }
    // Show the source as written (the normalised view folds digits).
    line += std::string(doc.source(from, to));
    if (to < le) line += "…";
    for (std::size_t i = from; i < end; ++i) {
        char32_t c = text[i];
        int w = display_width(c);
        if (i < begin) {
            marks += c == U'\t' ? std::string("\t") : std::string(static_cast<std::size_t>(w), ' ');
        } else {
            marks += std::string(static_cast<std::size_t>(w), i == begin ? '^' : '~');
            if (i == begin && w > 1) marks.back() = '~';
        }
    }
    p.excerpt = std::move(line);
    p.carets = std::move(marks);
}

}  // namespace

PlaceDetail detail_for(const std::string& format) {
    PlaceDetail d;
    d.line = format == "sarif";
    d.excerpt = format == "text";
    return d;
}

const std::string& path_of(const Location& l) { return l.place ? *l.place->path : l.doc->path(); }

Placer::Placer(const Document& doc, PlaceDetail detail)
    : doc_(doc), detail_(detail), path_(std::make_shared<const std::string>(doc.path())) {}

void Placer::place(Location& l) {
    auto p = std::make_shared<Place>();
    p->path = path_;
    p->begin = columns_at(doc_, l.begin);
    p->end = columns_at(doc_, l.end);
    p->begin_byte = doc_.byte_offset(l.begin);
    p->end_byte = doc_.byte_offset(l.end);
    p->text = doc_.source(l.begin, l.end);
    p->normalised = grammar::to_utf8(doc_.normalised().substr(l.begin, l.end - l.begin));
    if (detail_.line) {
        p->line = line_text(doc_, l.begin);
        // Every line is hashed, for the n-th occurrence of its text: once per
        // document, and only if something in it is placed.
        if (line_hashes_.empty()) line_hashes_ = line_hashes(doc_);
        p->line_hash = line_hashes_.at(std::min(p->begin.line, line_hashes_.size()) - 1);
    }
    if (detail_.excerpt) excerpt(doc_, l.begin, l.end, *p);
    l.place = std::move(p);
}

void place_all(std::vector<Diagnostic>& diags, PlaceDetail detail) {
    std::map<const Document*, Placer> placers;
    auto place = [&](Location& l) {
        if (!l.doc || l.place) return;
        placers.try_emplace(l.doc, *l.doc, detail).first->second.place(l);
    };
    for (Diagnostic& d : diags) {
        place(d.location);
        for (Related& r : d.related) place(r.location);
        if (d.suppression) place(d.suppression->location);
    }
}

}  // namespace claimlint
