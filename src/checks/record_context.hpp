// What the claim-key rules receive: the keyed records in publication order,
// the configuration, and the way a finding is worded.
#pragma once

#include "src/checks/claim_record.hpp"


namespace claimlint {

class RecordContext {
public:
    // `compared`, when given, leaves out the records it marks false.
    RecordContext(const std::vector<ClaimRecord>& records, const Config& config, std::string lang,
                  const std::vector<bool>* compared = nullptr);

    // Indexes of the records, in publication order (date, file, position).
    const std::vector<std::size_t>& ordered() const { return order_; }
    const ClaimRecord& record(std::size_t i) const { return records_[i]; }
    const Config& config() const { return config_; }
    // Publication order of any two records (date, file, position).
    bool earlier(std::size_t a, std::size_t b) const {
        const ClaimRecord& x = records_[a];
        const ClaimRecord& y = records_[b];
        return x.shares_origin(y) ? x.start_byte < y.start_byte : x.published() < y.published();
    }
    const Claim& claim(std::size_t i) const { return records_[i].claim(); }
    const grammar::Quantity& quantity(std::size_t i) const { return records_[i].quantity(); }
    grammar::Interval interval(std::size_t i) const { return configured_interval(config_, quantity(i)); }
    bool same_doc(std::size_t a, std::size_t b) const {
        return records_[a].shares_origin(records_[b]) || records_[a].file() == records_[b].file();
    }
    bool same_sentence(std::size_t a, std::size_t b) const {
        return same_doc(a, b) && records_[a].sentence == records_[b].sentence;
    }
    bool enabled(const std::string& rule) const;
    std::string text(const std::string& rule, const std::string& key,
                     const std::map<std::string, std::string>& values) const {
        return rule_text(rule, key, values, zh_);
    }
    std::map<std::string, std::string> fields(std::size_t i, const std::string& prefix = "") const;
    // A finding of `rule` at `at` with a note at `other`, unless the rule is
    // off; `extra` adds placeholders to the message and the note.
    void report(const std::string& rule, std::size_t at, std::size_t other, std::vector<RecordFinding>& out,
                const std::map<std::string, std::string>& extra = {}) const;

private:
    const std::vector<ClaimRecord>& records_;
    const Config& config_;
    bool zh_;
    std::vector<std::size_t> order_;
};

// The groups the rules compare within, besides the claim key: the key without
// its period (by_period) or scope (period-differs, scope-differs), and
// without its modality (target-vs-actual). The archive index looks them up.
std::string context_group(const Claim& c, bool by_period);
std::string goal_key(const Claim& c);

// The rules (src/checks/key_conflicts.cpp, context_differs.cpp, target_vs_actual.cpp).
void check_key_conflicts(const RecordContext& ctx, std::vector<RecordFinding>& out);
void check_context_differs(const RecordContext& ctx, std::vector<RecordFinding>& out);
void check_target_vs_actual(const RecordContext& ctx, std::vector<RecordFinding>& out);

}  // namespace claimlint
