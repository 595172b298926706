#pragma once
// The definitions a report's figures follow, as the engine states them. ReportDone carries the
// thresholds the server used but not the definitions' text, so the client asks the same engine
// (kxcti_reports, linked in) to describe the report over no calls, with the server's thresholds
// read back from ReportDone: the wording then names the same T, S and W as the server's run.
#include "supervisor-gui/core/report_data.h"

namespace kxcti::supervisor {

// figure -> how it was computed; empty for a report the engine does not know.
KeyValues report_definitions(const QString& name, const KeyValues& server_parameters);

} // namespace kxcti::supervisor
