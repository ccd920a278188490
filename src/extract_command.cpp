// The extract command: read, scan and print each document in path order.
#include "src/extract_command.hpp"

#include "src/check_command.hpp"
#include "src/document.hpp"
#include "src/parallel_extract.hpp"
#include "src/extraction.hpp"
#include "src/inputs.hpp"

#include <ostream>

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
    extract_files(inputs.files, opts.jobs, options_for, [&](ExtractedFile&& f) {
        if (f.error) {
            print_input_error(err, *f.error);
            status = 2;
        } else if (f.binary()) {
            err << f.path << ": note: skipped binary file (contains NUL bytes)\n";
        } else if (opts.format == "text") {
            write_text(out, f.extraction);
        } else {
            write_jsonl(out, f.extraction);
        }
    });
    out.flush();
    return status;
}

}  // namespace claimlint
