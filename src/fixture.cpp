// The fixture format's parser (the runner is tests/fixtures_test.cpp).
#include "src/fixture.hpp"

#include <sstream>
#include <stdexcept>

namespace claimlint {
namespace {

[[noreturn]] void fail(int line, const std::string& what) {
    throw std::runtime_error("fixture line " + std::to_string(line) + ": " + what);
}

// The text between the first pair of double quotes.
std::string quoted(const std::string& s, int line) {
    auto a = s.find('"'), b = s.rfind('"');
    if (a == std::string::npos || b == a) fail(line, "expected a quoted text: " + s);
    return s.substr(a + 1, b - a - 1);
}

}  // namespace

Fixture parse_fixture(const std::string& text) {
    Fixture f;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    bool in_settings = false;
    FixtureCase* c = nullptr;
    FixtureDoc* d = nullptr;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (in_settings) {
            if (line.rfind("```", 0) == 0) in_settings = false;
            else f.settings += line + "\n";
            continue;
        }
        if (line.rfind("```toml", 0) == 0 && !c) {
            in_settings = true;
        } else if (line.rfind("# ", 0) == 0 && f.rule.empty()) {
            f.rule = line.substr(2);
        } else if (line.rfind("## ", 0) == 0) {
            f.cases.emplace_back();
            c = &f.cases.back();
            d = nullptr;
            c->title = line.substr(3);
            c->line = n;
            if (c->title.rfind("must warn", 0) == 0) c->must_warn = true;
            else if (c->title.rfind("must stay silent", 0) != 0) fail(n, "a case is 'must warn: …' or 'must stay silent: …'");
        } else if (line.rfind("### doc: ", 0) == 0) {
            if (!c) fail(n, "a document outside a case");
            c->docs.emplace_back();
            d = &c->docs.back();
            std::string rest = line.substr(9);
            if (auto p = rest.find(" ("); p != std::string::npos && rest.back() == ')') {
                d->date = rest.substr(p + 2, rest.size() - p - 3);
                rest = rest.substr(0, p);
            }
            d->name = rest;
        } else if (line.rfind("%% ", 0) == 0) {
            if (!c || !d) fail(n, "a directive outside a document");
            std::istringstream dl(line.substr(3));
            std::string verb;
            dl >> verb;
            if (verb == "expect-none") {
                c->expect_none = true;
            } else if (verb == "expect") {
                std::string rule;
                dl >> rule;
                c->expect.push_back({rule, d->name, quoted(line, n), n});
            } else if (verb == "expect-note") {
                c->expect.push_back({"", d->name, quoted(line, n), n});
            } else {
                fail(n, "unknown directive " + verb);
            }
        } else if (d) {
            d->text += line + "\n";
        }
    }
    if (f.rule.empty()) fail(1, "a fixture starts with '# rule-id'");
    return f;
}

}  // namespace claimlint
