#include "callerid-display/core/ring_tracker.h"

#include <algorithm>

namespace kxcti::callerid {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
} // namespace

RingTracker::RingTracker(QObject* parent) : QObject(parent) {}

void RingTracker::setExtensions(const QStringList& extensions) {
    desk_ = QSet<QString>(extensions.begin(), extensions.end());
}

void RingTracker::setSessionExtensions(const std::vector<std::string>& extensions) {
    session_.clear();
    for (const auto& e : extensions) session_.insert(q(e));
}

bool RingTracker::isMine(const std::string& ext) const {
    if (ext.empty()) return false;
    return (desk_.isEmpty() ? session_ : desk_).contains(q(ext));
}

std::vector<RingingCall>::iterator RingTracker::at(const QString& key) {
    return std::find_if(calls_.begin(), calls_.end(), [&](const RingingCall& c) { return q(c.ring.call_key) == key; });
}

const RingingCall* RingTracker::find(const QString& key) const {
    auto it = std::find_if(calls_.begin(), calls_.end(), [&](const RingingCall& c) { return q(c.ring.call_key) == key; });
    return it == calls_.end() ? nullptr : &*it;
}

void RingTracker::ring(const protocol::CallRinging& e) {
    if (!isMine(e.ext)) return;  // a group's number, or a colleague's extension
    const auto key = q(e.call_key);
    if (auto it = at(key); it != calls_.end()) {
        // Ringing on at another of this desk's extensions: the same caller, one pop-up.
        it->ring.ext = e.ext;
        it->ring.at_us = e.at_us;
        emit changed(key);
        return;
    }
    calls_.push_back({e, false, std::nullopt, {}});
    order_ << key;
    emit added(key);
}

void RingTracker::answered(const protocol::CallAnswered& e) {
    const auto key = q(e.call_key);
    auto it = at(key);
    if (it == calls_.end()) return;
    if (hide_on_ == HideOn::Answer) {
        dismiss(key);
        return;
    }
    if (isMine(e.ext)) {
        it->answered_here = true;
        emit changed(key);
    } else {
        dismiss(key);  // a colleague took it: it is no longer this desk's call
    }
}

void RingTracker::ended(const protocol::CallEnded& e) {
    // An ICD group's own leg ends (outcome Unknown) while an agent still talks: only the end of
    // a leg at this desk, an abandoned call, or an answered leg elsewhere ends the pop-up.
    auto it = at(q(e.call_key));
    if (it == calls_.end()) return;
    const bool here = isMine(e.ext);
    if (here || e.outcome != protocol::CallOutcome::Unknown) dismiss(q(e.call_key));
}

void RingTracker::operatorState(const protocol::OperatorState& e) {
    if (e.activity != protocol::OperatorActivity::Idle || !isMine(e.ext)) return;
    // The desk's extension is idle: every call that rang there (and was not answered here) is
    // over for this desk.
    QStringList gone;
    for (const auto& c : calls_)
        if (c.ring.ext == e.ext) gone << q(c.ring.call_key);
    for (const auto& key : gone) dismiss(key);
}

void RingTracker::setHistory(const QString& key, const protocol::HistoryResult& history) {
    auto it = at(key);
    if (it == calls_.end()) return;
    it->history = history;
    it->history_error.clear();
    emit changed(key);
}

void RingTracker::setHistoryError(const QString& key, const QString& error) {
    auto it = at(key);
    if (it == calls_.end()) return;
    it->history_error = error;
    emit changed(key);
}

void RingTracker::dismiss(const QString& key) {
    auto it = at(key);
    if (it == calls_.end()) return;
    calls_.erase(it);
    order_.removeAll(key);
    emit removed(key);
}

void RingTracker::clear() {
    const auto keys = order_;
    for (const auto& key : keys) dismiss(key);
}

} // namespace kxcti::callerid
