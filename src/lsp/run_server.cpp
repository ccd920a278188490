// The stdio loop. A reader thread decodes messages into a queue, so that the
// main thread can wait for "a message or the debounce deadline, whichever
// comes first" on any std::istream, and so that $/cancelRequest is seen
// while earlier requests are still being answered.
#include "src/lsp/server.hpp"

#include <condition_variable>
#include <deque>
#include <istream>
#include <thread>

namespace claimlint::lsp {
namespace {

struct Inbox {
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Incoming> messages;
    bool done = false;
};

void read_all(std::istream& in, std::shared_ptr<Inbox> inbox, std::shared_ptr<Cancellations> cancelled) {
    MessageReader reader(in);
    for (;;) {
        Incoming m = reader.next();
        bool end = m.kind == Incoming::Kind::eof;
        if (m.kind == Incoming::Kind::message && m.body.is_object()) {
            auto method = m.body.find("method"), params = m.body.find("params");
            if (method != m.body.end() && *method == "$/cancelRequest" && params != m.body.end() &&
                params->is_object() && params->contains("id")) {
                cancelled->add(params->at("id"));
            }
        }
        std::lock_guard<std::mutex> lock(inbox->mutex);
        if (end) {
            inbox->done = true;
            if (!m.error.empty()) inbox->messages.push_back({Incoming::Kind::error, nullptr, m.error});
        } else {
            inbox->messages.push_back(std::move(m));
        }
        inbox->ready.notify_one();
        if (end) return;
    }
}

}  // namespace

int run_server(std::istream& in, std::ostream& out, ServerOptions opts, bool detach_reader) {
    MessageWriter writer(out);
    Server server(writer, std::move(opts));
    auto inbox = std::make_shared<Inbox>();
    std::thread reader(read_all, std::ref(in), inbox, server.cancellations());

    while (!server.exited()) {
        std::optional<Incoming> next;
        {
            std::unique_lock<std::mutex> lock(inbox->mutex);
            auto has_work = [&] { return !inbox->messages.empty() || inbox->done; };
            if (auto deadline = server.deadline()) inbox->ready.wait_until(lock, *deadline, has_work);
            else inbox->ready.wait(lock, has_work);
            if (!inbox->messages.empty()) {
                next = std::move(inbox->messages.front());
                inbox->messages.pop_front();
            } else if (inbox->done) {
                break;  // the client is gone: nobody to publish to
            }
        }
        server.run_due(Server::Clock::now());  // due even while messages keep coming
        if (!next) continue;
        if (next->kind == Incoming::Kind::message) server.handle(next->body);
        else server.framing_error(next->error);
    }

    bool finished;
    {
        std::lock_guard<std::mutex> lock(inbox->mutex);
        finished = inbox->done;
    }
    if (finished || !detach_reader) reader.join();
    else reader.detach();  // blocked on a read of std::cin; the process is about to end
    return server.exit_code();
}

}  // namespace claimlint::lsp
