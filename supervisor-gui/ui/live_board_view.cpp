#include "supervisor-gui/ui/live_board_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {
// Wallboard type: readable from across a room on a 1080p screen.
constexpr double kWallboardScale = 2.0;

QTableView* board_table(QWidget* parent, QAbstractItemModel* model, const QString& name) {
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}
} // namespace

LiveBoardView::LiveBoardView(LiveBoard& board, QWidget* parent) : QWidget(parent), board_(board) {
    group_table_ = board_table(this, &board.groups(), u"groupBoard"_s);
    operator_table_ = board_table(this, &board.operators(), u"operatorBoard"_s);
    updated_ = new QLabel(this);
    updated_->setObjectName(u"boardUpdated"_s);
    auto* layout = new QVBoxLayout(this);
    auto* gl = new QLabel(tr("Groups"), this);
    auto* ol = new QLabel(tr("Operators"), this);
    for (auto* l : {gl, ol}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    layout->addWidget(gl);
    layout->addWidget(group_table_, 2);
    layout->addWidget(ol);
    layout->addWidget(operator_table_, 3);
    layout->addWidget(updated_);
    connect(&board_, &LiveBoard::todayRefreshed, this, &LiveBoardView::show_updated);
    show_updated();
}

void LiveBoardView::show_updated() {
    if (board_.updated().isNull()) updated_->setText(tr("Today's figures: waiting for the server…"));
    else updated_->setText(tr("Today's figures as of %1").arg(QLocale().toString(board_.updated().time(), QLocale::ShortFormat)));
}

void LiveBoardView::set_wallboard(bool on) {
    if (on == wallboard_) return;
    wallboard_ = on;
    if (normal_point_size_ <= 0) normal_point_size_ = group_table_->font().pointSizeF();
    for (auto* t : {group_table_, operator_table_}) {
        QFont f = t->font();
        f.setPointSizeF(on ? normal_point_size_ * kWallboardScale : normal_point_size_);
        t->setFont(f);
        t->horizontalHeader()->setFont(f);
        t->verticalHeader()->setDefaultSectionSize(static_cast<int>(QFontMetricsF(f).height()) + 8);
    }
}

} // namespace kxcti::supervisor
