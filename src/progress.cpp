#include "src/progress.hpp"

#include <cstdio>

namespace claimlint {

Progress::Progress(std::ostream& err, std::string verb, std::size_t total, bool enabled)
    : err_(err), verb_(std::move(verb)), total_(total), enabled_(enabled),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() {
    if (!drawn_) return;
    // Erase the line so that the report starts on a clean one.
    err_ << "\r\033[K" << std::flush;
}

void Progress::advance(std::size_t bytes) {
    ++done_;
    bytes_ += bytes;
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done_ != total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    draw();
}

void Progress::draw() {
    double seconds = std::chrono::duration<double>(last_ - start_).count();
    double mb = static_cast<double>(bytes_) / 1e6;
    char line[160];
    std::snprintf(line, sizeof line, "\r\033[Kclaimlint: %s %zu/%zu files, %.1f MB, %.1f MB/s", verb_.c_str(), done_,
                  total_, mb, seconds > 0 ? mb / seconds : 0.0);
    err_ << line << std::flush;
    drawn_ = true;
}

}  // namespace claimlint
