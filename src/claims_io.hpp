// Claim records in JSON: the quantity records `extract --format jsonl` prints
// carry everything a ClaimRecord holds, so `reconcile` (and the archive
// index, which stores the same JSON) can read them back.
#pragma once

#include "src/checks/claim_record.hpp"
#include "src/extraction.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace claimlint {

// A record that is not what `extract` writes: what is wrong with it.
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The claim record of a quantity record; nullopt for period records and for
// figures without a claim key (they are not compared). Throws RecordError.
std::optional<ClaimRecord> claim_record_from_json(const nlohmann::json& j);

// One line of `extract --format jsonl`, read without building a JSON tree
// (reconcile reads millions): whether it is a quantity record, its file,
// and its claim record as claim_record_from_json gives it. Throws
// nlohmann::json::exception where json::parse would, else RecordError.
struct ParsedRecord {
    bool quantity = false;
    std::optional<std::string> file;  // of a quantity record
    std::optional<ClaimRecord> claim;
};
ParsedRecord parse_record(std::string_view line);

// The fields of a record that claim_record_from_json reads (a keyed record).
nlohmann::json claim_record_to_json(const ClaimRecord& r);

// Quantity `i` of an extraction as a claim record, referring to the
// extraction's figure (it must outlive the record). It shares the origin
// (file and date) of `like` when they are the same.
ClaimRecord claim_record(const Document& doc, const Extraction& ex, std::size_t i, const ClaimRecord* like = nullptr);
// The quantities of an extraction that have a claim key, as claim records.
std::vector<ClaimRecord> keyed_records(const Extraction& ex);

}  // namespace claimlint
