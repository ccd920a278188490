// Text diagnostics. Long paragraphs are shown as a window around the figure
// so that the caret line stays readable (cut in src/place.cpp).
#include "src/place.hpp"
#include "src/report.hpp"

#include <unicode/uchar.h>

namespace claimlint {
namespace {

const char* colour_of(Severity s) {
    switch (s) {
        case Severity::error: return "\033[1;31m";
        case Severity::warning: return "\033[1;35m";
        case Severity::note: return "\033[1;36m";
    }
    return "";
}

void location_prefix(std::ostream& out, const Location& l, bool colour) {
    const Place& p = *l.place;
    if (colour) out << "\033[1m";
    out << *p.path << ':' << p.begin.line << ':' << p.begin.code_point << ": ";
    if (colour) out << "\033[0m";
}

void source_excerpt(std::ostream& out, const Location& l, bool colour) {
    out << l.place->excerpt << '\n';
    if (colour) out << "\033[1;32m";
    out << l.place->carets;
    if (colour) out << "\033[0m";
    out << '\n';
}

}  // namespace

int display_width(char32_t c) {
    if (c == U'\t') return 1;
    auto ea = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
    if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) return 2;
    if (u_getCombiningClass(static_cast<UChar32>(c)) != 0) return 0;
    return 1;
}

Totals count_findings(const std::vector<Diagnostic>& diags) {
    Totals t;
    for (const Diagnostic& d : diags) {
        if (d.suppression) ++t.suppressed;
        else if (d.severity == Severity::error) ++t.error;
        else if (d.severity == Severity::warning) ++t.warning;
        else ++t.note;
    }
    return t;
}

void write_text_report(std::ostream& out, const std::vector<Diagnostic>& diags, bool colour) {
    for (const Diagnostic& d : diags) {
        if (d.suppression) continue;
        location_prefix(out, d.location, colour);
        if (colour) out << colour_of(d.severity);
        out << to_string(d.severity) << ':';
        if (colour) out << "\033[0m";
        out << ' ' << d.message << " [" << d.rule << "]\n";
        source_excerpt(out, d.location, colour);
        for (const Related& r : d.related) {
            location_prefix(out, r.location, colour);
            if (colour) out << colour_of(Severity::note);
            out << "note:";
            if (colour) out << "\033[0m";
            out << ' ' << r.message << '\n';
            source_excerpt(out, r.location, colour);
        }
    }
}

}  // namespace claimlint
