// The extract command: read, scan and print each document in path order.
#include "src/extract_command.hpp"

#include "src/document.hpp"
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
    for (const std::string& path : inputs.files) {
        try {
            Document doc = Document::load(path);
            if (doc.is_binary()) {
                err << path << ": note: skipped binary file (contains NUL bytes)\n";
                continue;
            }
            Extraction ex = extract(doc);
            if (opts.format == "text") write_text(out, ex);
            else write_jsonl(out, ex);
        } catch (const InputError& e) {
            err << e.path();
            if (e.position().line != 0) err << ':' << e.position().line << ':' << e.position().column;
            err << ": error: " << e.what() << '\n';
            status = 2;
        }
    }
    out.flush();
    return status;
}

}  // namespace claimlint
