#include "src/suppressions.hpp"

#include "src/fingerprint.hpp"

namespace claimlint {
namespace {

constexpr const char* kRule = "unused-suppression";

bool figure_matches(const Location& l, const std::string& figure) {
    if (l.doc->source(l.begin, l.end) == figure) return true;
    // The same figure with full-width digits or signs.
    Document written = Document::from_bytes("", figure);
    return l.doc->normalised().substr(l.begin, l.end - l.begin) == written.normalised();
}

bool marker_covers(const SuppressionMarker& m, const Diagnostic& d) {
    if (d.location.doc->position(d.location.begin).line != m.target_line) return false;
    for (const MarkerTarget& t : m.targets) {
        if (t.rule == d.rule && (!t.figure || figure_matches(d.location, *t.figure))) return true;
    }
    return false;
}

// The code point offset of a 1-based line and column.
std::size_t offset_of(const Document& doc, Position p) {
    std::u32string_view text = doc.normalised();
    std::size_t i = 0;
    for (std::size_t line = 1; line < p.line && i < text.size(); ++i) {
        if (text[i] == U'\n') ++line;
    }
    return std::min(i + p.column - 1, text.size());
}

std::string describe_targets(const SuppressionMarker& m) {
    std::string s;
    for (const MarkerTarget& t : m.targets) {
        if (!s.empty()) s += ", ";
        s += t.rule;
        if (t.figure) s += "[" + *t.figure + "]";
    }
    return s;
}

Diagnostic unused_suppression(const RuleInfo& rule, const Config& config, const std::string& lang, Location at,
                              const std::string& target, const std::string& identity) {
    Diagnostic d;
    d.rule = kRule;
    d.severity = config.rule_severity(rule);
    d.message = render(rule.messages.at(lang == "en" ? "en" : "zh"), {{"target", target}});
    d.location = std::move(at);
    d.fingerprint = stable_hash(std::string("claimlint/v1\x1f") + kRule + "\x1f" + identity);
    return d;
}

}  // namespace

void apply_markers(const std::vector<SuppressionMarker>& markers, const Document& doc,
                   const std::vector<Diagnostic*>& diags, const Config& config, const std::string& lang,
                   std::vector<Diagnostic>& unused) {
    std::vector<bool> used(markers.size(), false);
    for (Diagnostic* d : diags) {
        if (d->rule == kRule) continue;
        for (std::size_t m = 0; m < markers.size(); ++m) {
            if (!marker_covers(markers[m], *d)) continue;
            used[m] = true;
            if (!d->suppression) {
                d->suppression = Suppression{"inSource", markers[m].reason, {&doc, markers[m].begin, markers[m].end}};
            }
        }
    }
    const RuleInfo* rule = find_rule(kRule);
    if (!rule || !config.rule_enabled(*rule)) return;
    for (std::size_t m = 0; m < markers.size(); ++m) {
        if (used[m]) continue;
        const SuppressionMarker& u = markers[m];
        bool any_enabled = false;
        for (const MarkerTarget& t : u.targets) {
            const RuleInfo* r = find_rule(t.rule);
            any_enabled = any_enabled || (r && config.rule_enabled(*r));
        }
        if (!any_enabled) continue;
        std::string targets = describe_targets(u);
        std::string where = lang == "en" ? " on line " + std::to_string(u.target_line)
                                         : "（第 " + std::to_string(u.target_line) + " 行）";
        unused.push_back(unused_suppression(*rule, config, lang, {&doc, u.begin, u.end}, targets + where,
                                            targets + "\x1f" + u.reason));
    }
}

void apply_accepted(const Config& config, const std::string& lang, std::vector<Diagnostic>& diags) {
    std::vector<bool> accepted_used(config.suppress.size(), false);
    for (Diagnostic& d : diags) {
        if (d.rule == kRule) continue;
        for (std::size_t a = 0; a < config.suppress.size(); ++a) {
            const AcceptedFinding& f = config.suppress[a];
            if (f.fingerprint != d.fingerprint) continue;
            accepted_used[a] = true;
            if (!d.suppression) {
                Location at;
                if (config.source) {
                    std::size_t b = offset_of(*config.source, f.at);
                    at = {config.source.get(), b, b};
                }
                d.suppression = Suppression{"external", f.reason, at};
            }
        }
    }
    const RuleInfo* rule = find_rule(kRule);
    if (!rule || !config.rule_enabled(*rule) || !config.source) return;
    for (std::size_t a = 0; a < config.suppress.size(); ++a) {
        if (accepted_used[a]) continue;
        const AcceptedFinding& f = config.suppress[a];
        std::size_t b = offset_of(*config.source, f.at);
        std::size_t e = b;
        std::u32string_view text = config.source->normalised();
        while (e < text.size() && text[e] != U'\n' && text[e] != U'\r') ++e;
        diags.push_back(unused_suppression(*rule, config, lang, {config.source.get(), b, e},
                                           "fingerprint " + f.fingerprint, f.fingerprint + "\x1f" + f.reason));
    }
}

void apply_suppressions(const Corpus& corpus, const Config& config, const std::string& lang,
                        std::vector<Diagnostic>& diags) {
    std::map<const Document*, std::vector<Diagnostic*>> in;
    for (Diagnostic& d : diags) in[d.location.doc].push_back(&d);
    std::vector<Diagnostic> unused;
    for (std::size_t i = 0; i < corpus.extractions.size(); ++i) {
        const Document& doc = *corpus.docs[i];
        apply_markers(corpus.extractions[i].markers, doc, in[&doc], config, lang, unused);
    }
    for (Diagnostic& d : unused) diags.push_back(std::move(d));
    apply_accepted(config, lang, diags);
}

}  // namespace claimlint
