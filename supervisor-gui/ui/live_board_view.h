#pragma once
// The live board on screen: groups (waiting, longest wait, today's answered / lost / service
// level) over operators (state, time in state, calls and missed today), coloured by the
// thresholds. Wallboard mode: large type for a wall screen (the main window goes full screen).
#include "supervisor-gui/core/live_board.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class LiveBoardView : public QWidget {
    Q_OBJECT
public:
    LiveBoardView(LiveBoard& board, QWidget* parent = nullptr);

    QTableView* group_table() const { return group_table_; }
    QTableView* operator_table() const { return operator_table_; }
    void set_wallboard(bool on);
    bool wallboard() const { return wallboard_; }

private:
    void show_updated();

    LiveBoard& board_;
    QTableView* group_table_;
    QTableView* operator_table_;
    QLabel* updated_;
    bool wallboard_ = false;
    qreal normal_point_size_ = 0;
};

} // namespace kxcti::supervisor
