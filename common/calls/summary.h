#pragma once
// Derives a call's figures (answered_by, wait, talk, times, outcome) from its legs. Internal to
// kxcti_calls; the rules are documented in call.h and assembler.cpp.
#include "common/calls/call.h"
#include "common/calls/options.h"

namespace kxcti::calls {

// `may_grow`: the call is open and a record that changes its fate may still arrive (e.g. a group
// leg whose answering operator is still talking). Such a call's outcome stays Unknown.
void summarize(Call& call, const AssemblyOptions& options, bool may_grow);

} // namespace kxcti::calls
