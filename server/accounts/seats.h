#pragma once
// Seat limits: how many Supervisor and Caller ID clients may be logged in at once (the
// licence; [clients] supervisor_seats and callerid_seats). A seat is held by a Ticket and
// given back when the ticket is destroyed (the session ends), on any thread.
#include "protocol/message_types.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace kxcti::server::accounts {

enum class SeatKind { Supervisor, CallerId };

std::string seat_name(SeatKind kind);  // "Supervisor", "Caller ID"

// Which seat a login takes: a Supervisor client a supervisor seat, a Caller ID client a
// Caller ID seat; kxcti-cli the seat of the user's role (operator: Caller ID). Admins take no
// seat with kxcti-cli, so that an admin can always get in to sort out a full house.
std::optional<SeatKind> seat_for(protocol::ClientKind kind, protocol::Role role);

class Seats {
    struct State {
        std::mutex mutex;
        unsigned limit[2] = {0, 0};
        unsigned used[2] = {0, 0};
    };

public:
    Seats(unsigned supervisor_seats, unsigned callerid_seats);

    class Ticket {
    public:
        Ticket(std::shared_ptr<State> state, SeatKind kind, unsigned number)
            : state_(std::move(state)), kind_(kind), number_(number) {}
        Ticket(Ticket&& other) noexcept = default;
        Ticket& operator=(Ticket&& other) noexcept;
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;
        ~Ticket() { release(); }
        SeatKind kind() const { return kind_; }
        unsigned number() const { return number_; } // 1-based: "seat 3 of 8"

    private:
        void release();
        std::shared_ptr<State> state_;
        SeatKind kind_;
        unsigned number_;
    };

    // nullopt: every seat of that kind is taken.
    std::optional<Ticket> take(SeatKind kind);
    unsigned in_use(SeatKind kind) const;
    unsigned limit(SeatKind kind) const;

private:
    std::shared_ptr<State> state_;
};

} // namespace kxcti::server::accounts
