// GitHub Actions workflow commands: `::warning file=…,line=…,col=…::message`.
// Escaping follows the runner's rules (toolkit's command.ts): in the message,
// % CR LF become %25 %0D %0A; in properties also : and , (%3A, %2C). Columns
// are UTF-16 code units, as in the SARIF output. GitHub shows only the first
// ten annotations of each level per step, so a summary line with the totals
// follows.
#include "src/place.hpp"
#include "src/report.hpp"

namespace claimlint {
namespace {

std::string escape(const std::string& s, bool property) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

const char* command_of(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "notice";
    }
    return "warning";
}

}  // namespace

void write_github_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary) {
    for (const Diagnostic& d : diags) {
        if (d.suppression) continue;
        const Location& l = d.location;
        const Columns &a = l.place->begin, &b = l.place->end;
        // The related figures go into the message: GitHub has no related locations.
        std::string message = d.message;
        for (const Related& r : d.related) {
            const Place& p = *r.location.place;
            message += "\n" + *p.path + ":" + std::to_string(p.begin.line) + ":" + std::to_string(p.begin.utf16) +
                       ": " + r.message;
        }
        out << "::" << command_of(d.severity) << " file=" << escape(*l.place->path, true) << ",line=" << a.line
            << ",endLine=" << b.line << ",col=" << a.utf16 << ",endColumn=" << b.utf16
            << ",title=" << escape("claimlint " + d.rule, true) << "::" << escape(message, false) << '\n';
    }
    Totals t = count_findings(diags);
    out << "claimlint: " << t.error << (t.error == 1 ? " error, " : " errors, ") << t.warning
        << (t.warning == 1 ? " warning, " : " warnings, ") << t.note << (t.note == 1 ? " note" : " notes");
    if (t.suppressed) out << " (" << t.suppressed << " suppressed)";
    if (summary.baseline) {
        out << "; baseline " << summary.baseline->path << ": " << summary.baseline->matched << " matched, "
            << summary.baseline->stale << " no longer occur";
    }
    if (t.error > 10 || t.warning > 10 || t.note > 10) {
        out << "; GitHub shows at most 10 annotations of each level per step, run with --format text for all";
    }
    out << '\n';
}

}  // namespace claimlint
