// The grammar's search for a few code points (grammar/code_point_search.hpp),
// for the passes of src/ that use it unqualified.
#pragma once

#include "grammar/code_point_search.hpp"

namespace claimlint {
using grammar::for_each_of;
}  // namespace claimlint
