// libFuzzer target: arbitrary bytes through Document, the grammar, claims
// and the checks.
//
// Bad input must be reported with claimlint::InputError and nothing else; any
// other exception escapes so that libFuzzer reports it as a crash. For text
// that decodes, the scanner's spans and intervals must be well formed.
// Build with -DCLAIMLINT_FUZZ=ON and Clang; run with fuzz/run.sh.

#include "grammar/scanner.hpp"
#include "src/checks/corpus.hpp"
#include "src/document.hpp"
#include "src/extraction.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace {

std::optional<claimlint::Document> decode(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        return claimlint::Document::from_bytes("fuzz.txt", std::move(bytes));
    } catch (const claimlint::InputError&) {
        return std::nullopt;  // reported to the user as a clean error: fine
    }
}

inline void check(bool ok) {
    if (!ok) __builtin_trap();
}

// A span of code points [begin, end) of the document: non-empty, inside the
// text, and covering at least one source byte.
void check_span(const claimlint::Document& doc, std::size_t begin, std::size_t end) {
    check(begin < end);
    check(end <= doc.size());
    check(doc.byte_offset(begin) < doc.byte_offset(end));
    check(doc.byte_offset(end) <= doc.bytes().size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<claimlint::Document> doc = decode(data, size);
    if (!doc || doc->is_binary()) return 0;

    const std::u32string_view text = doc->normalised();
    check(text.size() == doc->size());
    const claimlint::grammar::ScanResult r = claimlint::grammar::scan(text);

    std::size_t previous_begin = 0;
    for (const claimlint::grammar::Quantity& q : r.quantities) {
        check_span(*doc, q.begin, q.end);
        check(q.begin >= previous_begin);  // text order
        previous_begin = q.begin;

        const claimlint::grammar::Interval& iv = q.interval;
        if (iv.low.value && iv.high.value) check(*iv.low.value <= *iv.high.value);

        // Exercise the formatting paths too (sanitizers watch them).
        volatile std::size_t sink = iv.to_string().size() + q.value.to_string().size() +
                                    claimlint::grammar::to_string(q.kind).size() +
                                    claimlint::grammar::to_string(q.qualifier).size();
        (void)sink;
    }

    previous_begin = 0;
    for (const claimlint::grammar::Period& p : r.periods) {
        check_span(*doc, p.begin, p.end);
        check(p.begin >= previous_begin);  // text order
        previous_begin = p.begin;
        volatile std::size_t sink = claimlint::grammar::to_string(p.kind).size();
        (void)sink;
    }

    // Claims for every figure, and the checks over the document (twice, as
    // two documents, so that cross-document comparisons run too).
    claimlint::Corpus corpus;
    for (int copy = 0; copy < 2; ++copy) {
        corpus.docs.push_back(std::make_unique<claimlint::Document>(*doc));
        try {
            corpus.extractions.push_back(claimlint::extract(*corpus.docs.back()));
        } catch (const claimlint::InputError&) {
            return 0;  // a malformed suppression marker, reported to the user
        }
        const claimlint::Extraction& ex = corpus.extractions.back();
        check(ex.claims.size() == ex.scan.quantities.size());
        // Suppression markers are hidden from the grammar; otherwise it sees the text as is.
        if (ex.markers.empty()) check(ex.claims.size() == r.quantities.size());
    }
    static const claimlint::Config config = claimlint::load_config_text("", "fuzz");
    for (const claimlint::Diagnostic& d : claimlint::run_checks(corpus, config, "zh")) {
        check(d.location.begin < d.location.end && d.location.end <= d.location.doc->size());
    }
    return 0;
}
