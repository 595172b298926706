#include "callerid-display/ui/popup_stack.h"

#include <QGuiApplication>
#include <QScreen>

namespace kxcti::callerid {
namespace {
// Room between the pop-ups and from the screen's edge: apart at a glance, not wasteful.
constexpr int kMargin = 12;
constexpr int kSpacing = 8;
} // namespace

PopupStack::PopupStack(RingTracker& tracker, QObject* parent) : QObject(parent), tracker_(tracker) {
    connect(&tracker_, &RingTracker::added, this, &PopupStack::add);
    connect(&tracker_, &RingTracker::changed, this, &PopupStack::update);
    connect(&tracker_, &RingTracker::removed, this, &PopupStack::remove);
}

PopupStack::~PopupStack() {
    for (const auto& w : std::as_const(windows_))
        if (w) delete w.data();
}

void PopupStack::setCorner(PopupCorner corner) {
    corner_ = corner;
    restack();
}

PopupWindow* PopupStack::popup(const QString& key) const { return windows_.value(key); }

QList<PopupWindow*> PopupStack::popups() const {
    QList<PopupWindow*> out;
    const auto& keys = tracker_.keys();
    for (auto it = keys.rbegin(); it != keys.rend(); ++it)
        if (auto* w = popup(*it)) out << w;
    return out;
}

void PopupStack::add(const QString& key) {
    const auto* call = tracker_.find(key);
    if (!call) return;
    auto* w = new PopupWindow(key, timeout_s_);
    connect(w, &PopupWindow::copyRequested, this, &PopupStack::copyRequested);
    connect(w, &PopupWindow::crmRequested, this, &PopupStack::crmRequested);
    connect(w, &PopupWindow::dismissRequested, &tracker_, &RingTracker::dismiss);
    windows_.insert(key, w);
    w->show_call(*call, history_rows_);
    restack();
    w->show();
    emit shown(key);
}

void PopupStack::update(const QString& key) {
    auto* w = popup(key);
    const auto* call = tracker_.find(key);
    if (!w || !call) return;
    w->show_call(*call, history_rows_);
    restack();
}

void PopupStack::remove(const QString& key) {
    if (PopupWindow* w = windows_.take(key)) w->close();  // WA_DeleteOnClose
    restack();
}

void PopupStack::restack() {
    const auto* screen = QGuiApplication::primaryScreen();
    if (!screen) return;
    const auto area = screen->availableGeometry();
    const bool bottom = corner_ == PopupCorner::BottomRight || corner_ == PopupCorner::BottomLeft;
    const bool right = corner_ == PopupCorner::BottomRight || corner_ == PopupCorner::TopRight;
    int offset = kMargin;
    for (auto* w : popups()) {
        const auto size = w->sizeHint().expandedTo(w->minimumSize());
        const int x = right ? area.right() - kMargin - size.width() : area.left() + kMargin;
        const int y = bottom ? area.bottom() - offset - size.height() : area.top() + offset;
        w->resize(size);
        w->move(x, y);
        offset += size.height() + kSpacing;
    }
}

} // namespace kxcti::callerid
