#include "server/accounts/seats.h"

namespace kxcti::server::accounts {

std::string seat_name(SeatKind kind) { return kind == SeatKind::Supervisor ? "Supervisor" : "Caller ID"; }

std::optional<SeatKind> seat_for(protocol::ClientKind kind, protocol::Role role) {
    using protocol::ClientKind;
    using protocol::Role;
    switch (kind) {
    case ClientKind::Supervisor: return SeatKind::Supervisor;
    case ClientKind::CallerId: return SeatKind::CallerId;
    case ClientKind::Cli:
        if (role == Role::Admin) return std::nullopt;
        return role == Role::Operator ? SeatKind::CallerId : SeatKind::Supervisor;
    }
    return std::nullopt;
}

Seats::Seats(unsigned supervisor_seats, unsigned callerid_seats) : state_(std::make_shared<State>()) {
    state_->limit[0] = supervisor_seats;
    state_->limit[1] = callerid_seats;
}

std::optional<Seats::Ticket> Seats::take(SeatKind kind) {
    const int i = kind == SeatKind::Supervisor ? 0 : 1;
    std::lock_guard lock(state_->mutex);
    if (state_->used[i] >= state_->limit[i]) return std::nullopt;
    return Ticket(state_, kind, ++state_->used[i]);
}

unsigned Seats::in_use(SeatKind kind) const {
    std::lock_guard lock(state_->mutex);
    return state_->used[kind == SeatKind::Supervisor ? 0 : 1];
}

unsigned Seats::limit(SeatKind kind) const {
    std::lock_guard lock(state_->mutex);
    return state_->limit[kind == SeatKind::Supervisor ? 0 : 1];
}

Seats::Ticket& Seats::Ticket::operator=(Ticket&& other) noexcept {
    if (this != &other) {
        release();
        state_ = std::move(other.state_);
        kind_ = other.kind_;
        number_ = other.number_;
    }
    return *this;
}

void Seats::Ticket::release() {
    if (!state_) return;
    std::lock_guard lock(state_->mutex);
    --state_->used[kind_ == SeatKind::Supervisor ? 0 : 1];
    state_.reset();
}

} // namespace kxcti::server::accounts
