// Rule fixtures (fixtures/rules/*.md): readable documents with the
// diagnostics they must produce written inside, like clang's -verify.
//
//   # rule-id
//   ```toml                      (optional settings, .claimlint.toml schema)
//   ```
//   ## must warn: what it shows   (or: ## must stay silent: …) — one case, checked alone
//   ### doc: name.txt (2024-01-20)  (a document of the case; the date is optional)
//   text…
//   %% expect rule-id "flagged text"   the diagnostic's span lies in this text
//   %% expect-note "text"             a related note lies in this text
//   %% expect-none                    the case produces nothing
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct FixtureDoc {
    std::string name;
    std::optional<std::string> date;
    std::string text;  // without directive lines
};

struct Expectation {
    std::string rule;  // empty for a note
    std::string doc;   // the document the directive follows
    std::string text;
    int line = 0;      // in the fixture file
};

struct FixtureCase {
    std::string title;
    bool must_warn = false;
    int line = 0;
    std::vector<FixtureDoc> docs;
    std::vector<Expectation> expect;
    bool expect_none = false;
};

struct Fixture {
    std::string rule;
    std::string settings;  // TOML
    std::vector<FixtureCase> cases;
};

// Throws std::runtime_error naming the line of a malformed fixture.
Fixture parse_fixture(const std::string& text);

}  // namespace claimlint
