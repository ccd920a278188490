// A one-line progress display on standard error for long runs (indexing or
// checking thousands of files). Shown only when enabled (stderr is a
// terminal): logs and pipes stay quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace claimlint {

class Progress {
public:
    Progress(std::ostream& err, std::string verb, std::size_t total, bool enabled);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // One more file done, of `bytes` bytes. Redraws at most ten times a second.
    void advance(std::size_t bytes);

private:
    void draw();

    std::ostream& err_;
    std::string verb_;
    std::size_t total_, done_ = 0, bytes_ = 0;
    bool enabled_, drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace claimlint
