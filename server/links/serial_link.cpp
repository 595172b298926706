// Serial link: open the device with the PBX's settings and read lines. A missing device or a
// read error (USB adapter unplugged) logs one line and reopens after the backoff, forever.
#include "common/util/log.h"
#include "server/links/backoff.h"
#include "server/links/link_core.h"
#include "server/links/link_types.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/serial_port.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>

namespace kxcti::server {
namespace {

namespace asio = boost::asio;

// A few lines per read at 9600 baud (about 960 bytes/s); plenty at any baud.
constexpr std::size_t kReadBytes = 1024;

std::string describe(const SerialSettings& s) {
    char parity = s.parity == Parity::None ? 'N' : s.parity == Parity::Even ? 'E' : 'O';
    return std::to_string(s.baud) + " " + std::to_string(s.data_bits) + parity + std::to_string(s.stop_bits);
}

class SerialLink final : public std::enable_shared_from_this<SerialLink> {
public:
    SerialLink(asio::io_context& io, const LinkConfig& config, LineHandler handler, const Clock& clock)
        : core_(config.name, std::move(handler), clock), settings_(config.serial), port_(io), timer_(io),
          backoff_(config.tcp.backoff_initial, config.tcp.backoff_max) {}

    LinkCore& core() { return core_; }

    void start() {
        std::lock_guard lock(core_.mutex());
        if (!core_.stopped()) return;
        core_.set_stopped(false);
        attempt();
    }

    void stop() {
        std::lock_guard lock(core_.mutex());
        if (core_.stopped()) return;
        core_.finish(splitter_, LineEnd::LinkDropped);
        core_.set_stopped(true);
        close();
        core_.set_state(LinkState::Stopped);
        core_.set_open_connections(0);
    }

private:
    void close() {
        ++generation_;
        boost::system::error_code ignored;
        port_.close(ignored);
        timer_.cancel();
    }

    template <typename F>
    auto guarded(F&& f) {
        return [self = shared_from_this(), gen = generation_, f = std::forward<F>(f)](auto&&... args) mutable {
            std::lock_guard lock(self->core_.mutex());
            if (self->core_.stopped() || gen != self->generation_) return;
            f(std::forward<decltype(args)>(args)...);
        };
    }

    void attempt() {
        core_.set_state(LinkState::Connecting);
        delivered_ = false;
        up_ = false;
        boost::system::error_code ec;
        port_.open(settings_.device, ec);
        if (ec) return retry("cannot open serial port " + settings_.device + ": " + ec.message() +
                             " (check `device` and that the adapter is plugged in)");
        if (!configure(ec)) return retry("cannot set " + describe(settings_) + " on " + settings_.device + ": " + ec.message());
        up_ = true;
        core_.count_connect();
        core_.set_state(LinkState::Up);
        core_.set_open_connections(1);
        log::info("link", "link ", core_.name(), ": reading ", settings_.device, " at ", describe(settings_));
        read();
    }

    bool configure(boost::system::error_code& ec) {
        using sp = asio::serial_port_base;
        sp::parity::type parity = settings_.parity == Parity::Even  ? sp::parity::even
                                  : settings_.parity == Parity::Odd ? sp::parity::odd
                                                                    : sp::parity::none;
        sp::flow_control::type flow = settings_.flow == FlowControl::Hardware   ? sp::flow_control::hardware
                                      : settings_.flow == FlowControl::Software ? sp::flow_control::software
                                                                                : sp::flow_control::none;
        sp::stop_bits::type stop = settings_.stop_bits == 2 ? sp::stop_bits::two : sp::stop_bits::one;
        port_.set_option(sp::baud_rate(settings_.baud), ec);
        if (!ec) port_.set_option(sp::character_size(settings_.data_bits), ec);
        if (!ec) port_.set_option(sp::parity(parity), ec);
        if (!ec) port_.set_option(sp::stop_bits(stop), ec);
        if (!ec) port_.set_option(sp::flow_control(flow), ec);
        return !ec;
    }

    void read() {
        port_.async_read_some(asio::buffer(buffer_), guarded([this](const boost::system::error_code& ec, std::size_t n) {
            if (ec) {
                std::string why = ec == asio::error::eof ? std::string("end of input") : ec.message();
                return retry("reading " + settings_.device + " failed: " + why + " (adapter unplugged?)");
            }
            delivered_ = true;
            auto gen = generation_;
            core_.deliver(splitter_, std::string_view(buffer_.data(), n));
            if (!core_.stopped() && gen == generation_) read();
        }));
    }

    void retry(const std::string& what) {
        bool was_up = up_;
        up_ = false;
        core_.finish(splitter_, LineEnd::LinkDropped);
        close();
        core_.set_open_connections(0);
        if (delivered_) backoff_.reset();
        auto delay = backoff_.next();
        std::string line = "link " + core_.name() + ": " + what + "; retrying in " + format_delay(delay);
        log::warn("link", line);
        if (was_up) core_.count_drop(std::move(line));
        else core_.count_failure(std::move(line));
        core_.set_state(LinkState::Waiting);
        timer_.expires_after(delay);
        timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (!ec) attempt();
        }));
    }

    LinkCore core_;
    SerialSettings settings_;
    asio::serial_port port_;
    asio::steady_timer timer_;  // backoff
    Backoff backoff_;
    LineSplitter splitter_;
    bool up_ = false;
    bool delivered_ = false;
    std::uint64_t generation_ = 0;
    std::array<char, kReadBytes> buffer_{};
};

} // namespace

std::unique_ptr<Link> make_serial_link(asio::io_context& io, const LinkConfig& config, LineHandler handler,
                                       const Clock& clock) {
    return std::make_unique<LinkHandle<SerialLink>>(
        std::make_shared<SerialLink>(io, config, std::move(handler), clock));
}

} // namespace kxcti::server
