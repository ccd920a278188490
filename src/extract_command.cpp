// The extract command: read, scan and print each document in path order.
#include "src/extract_command.hpp"

#include "src/check_command.hpp"
#include "src/document.hpp"
#include "src/extraction.hpp"
#include "src/inputs.hpp"
#include "src/parallel_extract.hpp"

#include <optional>
#include <ostream>
#include <sstream>

namespace claimlint {

int run_extract(const ExtractOptions& opts, std::ostream& out, std::ostream& err) {
    int status = 0;
    InputList inputs = expand_inputs(opts.paths);
    for (const std::string& e : inputs.errors) {
        err << "claimlint: error: " << e << '\n';
        status = 2;
    }
    Config config;
    try {
        config = load_config(opts.config);
    } catch (const InputError& e) {
        print_input_error(err, e);
        return 2;
    }
    auto options_for = [&](const std::string& path) { return config.options_for(path, opts.date); };
    // The records are formatted on the worker threads too (they are many
    // times the size of the text), and written here in the order of the files.
    struct Done {
        std::string path;
        std::optional<InputError> error;
        bool binary = false;
        std::string records;
    };
    std::vector<std::optional<Done>> done(inputs.files.size());
    for_each_in_order(inputs.files.size(), opts.jobs, [&](std::size_t i) {
        ExtractedFile f = extract_file(inputs.files[i], options_for);
        Done d{f.path, f.error, f.binary(), {}};
        if (!f.error && !f.binary()) {
            std::ostringstream text;
            if (opts.format == "text") write_text(text, f.extraction);
            else write_jsonl(text, f.extraction);
            d.records = std::move(text).str();
        }
        done[i] = std::move(d);
    }, [&](std::size_t i) {
        Done d = std::move(*done[i]);
        done[i].reset();
        if (d.error) {
            print_input_error(err, *d.error);
            status = 2;
        } else if (d.binary) {
            err << d.path << ": note: skipped binary file (contains NUL bytes)\n";
        } else {
            out.write(d.records.data(), static_cast<std::streamsize>(d.records.size()));
        }
    });
    out.flush();
    return status;
}

}  // namespace claimlint
