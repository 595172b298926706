#pragma once
// Qt Charts where a picture says more than the table: hourly distribution (offered, answered,
// lost by hour), service level over time, talk buckets per operator, channel comparison, busy
// hour per day, groups and operators side by side, staffing (required vs present).
#include "supervisor-gui/core/report_data.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace kxcti::supervisor {

// A new chart for the report (the caller owns it), or nullptr when a chart would not help
// (a list of calls) or there is nothing to draw.
QChart* build_chart(const ReportData& report);
bool has_chart(const QString& report_name);

} // namespace kxcti::supervisor
