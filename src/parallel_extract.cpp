#include "src/parallel_extract.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace claimlint {

ExtractedFile extract_file(const std::string& path, const std::function<ClaimOptions(const std::string&)>& options_for,
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

unsigned effective_jobs(unsigned jobs) {
    if (jobs != 0) return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

void for_each_in_order(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& work,
                       const std::function<void(std::size_t)>& deliver) {
    jobs = std::min<unsigned>(effective_jobs(jobs), static_cast<unsigned>(std::max<std::size_t>(n, 1)));
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            work(i);
            deliver(i);
        }
        return;
    }
    // Workers take the next index; the calling thread delivers each once it
    // is done and everything before it is delivered. `window` bounds how far
    // ahead of delivery the workers may run.
    const std::size_t window = std::size_t(jobs) * 4;
    std::mutex m;
    std::condition_variable cv;
    std::vector<char> done(n, 0);
    std::vector<std::exception_ptr> failed(n);
    std::size_t next = 0, delivered = 0;
    bool stop = false;
    auto run = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return stop || next >= n || next < delivered + window; });
                if (stop || next >= n) return;
                i = next++;
            }
            std::exception_ptr error;
            try {
                work(i);
            } catch (...) {
                error = std::current_exception();
            }
            {
                std::lock_guard lock(m);
                done[i] = 1;
                failed[i] = error;
            }
            cv.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(run);
    auto finish = [&] {
        {
            std::lock_guard lock(m);
            stop = true;
        }
        cv.notify_all();
        for (auto& t : threads) t.join();
    };
    try {
        for (std::size_t i = 0; i < n; ++i) {
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return done[i] != 0; });
                delivered = i + 1;
                if (failed[i]) std::rethrow_exception(failed[i]);
            }
            cv.notify_all();
            deliver(i);
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

}  // namespace claimlint
