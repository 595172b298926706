#include "common/qtclient/connection.h"

#include <QCoreApplication>

#include <algorithm>

namespace kxcti::qtclient {

std::chrono::milliseconds backoff_delay(unsigned failures, std::chrono::milliseconds initial,
                                        std::chrono::milliseconds max) {
    if (failures <= 1) return std::min(initial, max);
    // Doubling stops at the cap long before the shift could overflow.
    auto delay = initial;
    for (unsigned i = 1; i < failures && delay < max; ++i) delay *= 2;
    return std::min(delay, max);
}

namespace {
QString tr(const char* text) { return QCoreApplication::translate("kxcti::qtclient", text); }
} // namespace

QString state_text(const ConnectionState& s) {
    using Phase = ConnectionState::Phase;
    switch (s.phase) {
    case Phase::Stopped:
        return tr("Not connected");
    case Phase::Connecting:
        return tr("Connecting…");
    case Phase::Connected:
        return s.detail.isEmpty() ? tr("Connected") : tr("Connected (%1)").arg(s.detail);
    case Phase::Reconnecting:
        if (s.retry_in_s < 0) return tr("Disconnected: %1").arg(s.reason);
        return tr("Reconnecting in %1 s: %2").arg(s.retry_in_s).arg(s.reason);
    case Phase::Refused:
        if (s.retry_in_s < 0) return tr("Refused: %1").arg(s.reason);
        return tr("Refused: %1 (retrying in %2 s)").arg(s.reason).arg(s.retry_in_s);
    }
    return {};
}

} // namespace kxcti::qtclient
