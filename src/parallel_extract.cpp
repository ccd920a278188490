#include "src/parallel_extract.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace claimlint {
namespace {

ExtractedFile extract_one(const std::string& path, const std::function<ClaimOptions(const std::string&)>& options_for,
                          const std::function<bool(const Document&)>& skip) {
    ExtractedFile f;
    f.path = path;
    try {
        auto doc = std::make_unique<Document>(Document::load(path));
        f.skipped = skip && skip(*doc);
        if (!doc->is_binary() && !f.skipped) {
            f.extraction = extract(*doc, options_for(path));
            f.extraction.doc = doc.get();
        }
        f.doc = std::move(doc);
    } catch (const InputError& e) {
        f.doc.reset();
        f.error = e;
    }
    return f;
}

}  // namespace

unsigned effective_jobs(unsigned jobs) {
    if (jobs != 0) return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

void extract_files(const std::vector<std::string>& files, unsigned jobs,
                   const std::function<ClaimOptions(const std::string&)>& options_for,
                   const std::function<void(ExtractedFile&&)>& sink, Progress* progress,
                   const std::function<bool(const Document&)>& skip) {
    jobs = std::min<unsigned>(effective_jobs(jobs), static_cast<unsigned>(std::max<std::size_t>(files.size(), 1)));
    auto deliver = [&](ExtractedFile&& f) {
        std::size_t bytes = f.doc ? f.doc->bytes().size() : 0;
        sink(std::move(f));
        if (progress) progress->advance(bytes);
    };
    if (jobs <= 1) {
        for (const std::string& path : files) deliver(extract_one(path, options_for, skip));
        return;
    }
    // Workers take the next index; results wait in `ready` until the calling
    // thread has delivered everything before them. `window` bounds how far
    // ahead of delivery the workers may run.
    const std::size_t window = std::size_t(jobs) * 4;
    std::mutex m;
    std::condition_variable cv;
    std::vector<std::optional<ExtractedFile>> ready(files.size());
    std::size_t next = 0, delivered = 0;
    bool stop = false;
    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return stop || next >= files.size() || next < delivered + window; });
                if (stop || next >= files.size()) return;
                i = next++;
            }
            ExtractedFile f = extract_one(files[i], options_for, skip);
            {
                std::lock_guard lock(m);
                ready[i] = std::move(f);
            }
            cv.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);
    try {
        for (std::size_t i = 0; i < files.size(); ++i) {
            ExtractedFile f;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return ready[i].has_value(); });
                f = std::move(*ready[i]);
                ready[i].reset();
                delivered = i + 1;
            }
            cv.notify_all();
            deliver(std::move(f));
        }
    } catch (...) {
        {
            std::lock_guard lock(m);
            stop = true;
        }
        cv.notify_all();
        for (auto& t : threads) t.join();
        throw;
    }
    for (auto& t : threads) t.join();
}

}  // namespace claimlint
