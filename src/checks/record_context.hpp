// What the claim-key rules receive: the keyed records in publication order,
// the configuration, and the way a finding is worded.
#pragma once

#include "src/checks/claim_record.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

namespace claimlint {

class RecordContext {
public:
    // `compared`, when given, leaves out the records it marks false. `jobs`:
    // the threads for_each_key_group may use.
    RecordContext(const std::vector<ClaimRecord>& records, const Config& config, std::string lang,
                  const std::vector<bool>* compared = nullptr, unsigned jobs = 1);

    // Indexes of the keyed records, in publication order (date, file, position).
    const std::vector<std::size_t>& ordered() const { return order_; }
    // The keyed records with exactly this key, in publication order.
    std::span<const std::size_t> with_key(std::string_view key) const;
    // Calls `check` with each group of records of one key (in publication
    // order; groups in the order of their keys), on up to `jobs` threads at
    // once, and appends what each call reports to `out` in the order of the
    // groups: the same findings in the same order for any number of threads.
    using GroupCheck = std::function<void(std::span<const std::size_t>, std::vector<RecordFinding>&)>;
    void for_each_key_group(const GroupCheck& check, std::vector<RecordFinding>& out) const;
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
    bool same_doc(std::size_t a, std::size_t b) const { return file_id_[a] == file_id_[b]; }
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
    // order_ in publication order; `heads` start the runs of records of one
    // document in order_, `doc` ranks their documents.
    std::vector<std::size_t> in_publication_order(const std::vector<std::size_t>& heads,
                                                  const std::vector<std::uint32_t>& doc) const;
    void group_by_key();
    void number_files();
    std::span<const std::size_t> key_group(std::size_t g) const;

    const std::vector<ClaimRecord>& records_;
    const Config& config_;
    bool zh_;
    unsigned jobs_;
    std::vector<std::size_t> order_;
    // A number for each record's file, equal for equal files: same_doc is
    // asked for every pair of figures in a small group.
    std::vector<std::uint32_t> file_id_;
    // order_ grouped by key: group g, of key keys_[g] (sorted), is
    // by_key_[group_start_[g], group_start_[g + 1]).
    std::vector<std::string_view> keys_;
    std::vector<std::size_t> by_key_;
    std::vector<std::size_t> group_start_;
};

// The groups the rules compare within, besides the claim key: the key without
// its period (by_period) or scope (period-differs, scope-differs), and
// without its modality (target-vs-actual). The archive index looks them up.
std::string context_group(const Claim& c, bool by_period);
std::string goal_key(const Claim& c);

// The claim-key rules on a context built already (run_record_checks builds one).
void run_record_checks(const RecordContext& ctx, std::vector<RecordFinding>& out);
// The rules (src/checks/key_conflicts.cpp, context_differs.cpp, target_vs_actual.cpp).
void check_key_conflicts(const RecordContext& ctx, std::vector<RecordFinding>& out);
void check_context_differs(const RecordContext& ctx, std::vector<RecordFinding>& out);
void check_target_vs_actual(const RecordContext& ctx, std::vector<RecordFinding>& out);

}  // namespace claimlint
