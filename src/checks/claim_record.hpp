// A figure and its claim without its document's text: everything the
// claim-key rules compare and report. `check` builds records from its
// documents; `reconcile` reads them from `extract --format jsonl` output;
// `check --db` reads them from the archive index. All three then run the same
// rules (run_record_checks), so their findings are the same.
#pragma once

#include "grammar/quantity.hpp"
#include "src/checks/diagnostic.hpp"
#include "src/claims/claim.hpp"
#include "src/config.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace claimlint {

struct ClaimRecord {
    // The file as the user named it, and the document's date (YYYY-MM-DD;
    // empty when unknown).
    const std::string& file() const { return origin_ ? origin_->first : none(); }
    const std::string& date() const { return origin_ ? origin_->second : none(); }
    void set_origin(std::string file, std::string date) {
        origin_ = std::make_shared<const std::pair<std::string, std::string>>(std::move(file), std::move(date));
    }
    // The records of one document share its file and date: a record costs
    // little more than its numbers (check keeps millions of them).
    void share_origin(const ClaimRecord& other) {
        if (other.origin_ != origin_ && other.file() == file() && other.date() == date()) origin_ = other.origin_;
    }
    // Shares the copy `like` has when it is of this file and date, else
    // makes one.
    void set_origin(const std::string& file_name, const std::string& date_text, const ClaimRecord* like) {
        if (like && like->origin_ && like->file() == file_name && like->date() == date_text) origin_ = like->origin_;
        else set_origin(file_name, date_text);
    }
    // Same file and date, known without comparing them.
    bool shares_origin(const ClaimRecord& other) const { return origin_ && origin_ == other.origin_; }
    std::uint32_t sentence = 0;               // index of the figure's sentence in its document
    std::uint32_t line = 0, column = 0;       // 1-based, code points
    std::uint32_t start_byte = 0, end_byte = 0;  // in the file's bytes
    // The number FigurePool gave claim().key: records pooled together have
    // equal ids exactly when their keys are equal, so the rules group them
    // without hashing the keys. kUnpooled for records not pooled. It fills
    // what was padding: a record stays 104 bytes.
    static constexpr std::uint32_t kUnpooled = UINT32_MAX;
    std::uint32_t key_id = kUnpooled;
    std::string text;                         // the figure as written
    // What publication order compares: date, file, position.
    std::tuple<const std::string&, const std::string&, std::uint32_t> published() const {
        return {date(), file(), start_byte};
    }

    // begin/end of the quantity: code points, when read from a document.
    const grammar::Quantity& quantity() const { return *quantity_; }
    const Claim& claim() const { return *claim_; }
    // Refers to a figure of an extraction that outlives the record (check
    // keeps its documents' figures once, not twice).
    void refer(const grammar::Quantity& q, const Claim& c) {
        quantity_ = &q;
        claim_ = &c;
    }
    // Keeps its own figure (records read from JSON or from the index).
    void own(grammar::Quantity q, Claim c) {
        owned_ = std::make_shared<const std::pair<grammar::Quantity, Claim>>(std::move(q), std::move(c));
        refer(owned_->first, owned_->second);
    }

private:
    static const std::string& none() {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const std::pair<std::string, std::string>> origin_;
    const grammar::Quantity* quantity_ = nullptr;
    const Claim* claim_ = nullptr;
    std::shared_ptr<const std::pair<grammar::Quantity, Claim>> owned_;
};

// A finding of a claim-key rule: at records[at], with notes at other records.
struct RecordFinding {
    std::string rule;
    Severity severity = Severity::warning;
    std::string message;
    std::size_t at = 0;
    std::vector<std::pair<std::size_t, std::string>> related;  // record, note message
};

// cross-document-mismatch, within-document-mismatch, unit-mismatch,
// period-differs, scope-differs and target-vs-actual over keyed records, in
// any order (they are compared in publication order: date, file, position).
// `compared`, when given, leaves out the records it marks false.
std::vector<RecordFinding> run_record_checks(const std::vector<ClaimRecord>& records, const Config& config,
                                             const std::string& lang);

// The rules run_record_checks applies.
bool is_record_rule(const std::string& rule);

// Shared with CheckContext, so that every command words findings the same way.
// The interval of a figure with the configured tolerances.
grammar::Interval configured_interval(const Config& config, const grammar::Quantity& q);
// Message placeholders: value, scope, subject, period, measure, unit, file, line.
std::map<std::string, std::string> claim_fields(const Claim& c, const grammar::Quantity& q, const std::string& source,
                                                const std::string& file, std::size_t line, const std::string& prefix,
                                                bool zh);
// A rule's message `key` (message, note, or e.g. "grouping") in the language.
std::string rule_text(const std::string& rule, const std::string& key, const std::map<std::string, std::string>& values,
                      bool zh);

}  // namespace claimlint
